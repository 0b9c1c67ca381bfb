from django.core.management.base import BaseCommand

from openzaak.zgw.auth.jwt import encode


class Command(BaseCommand):
    help = "Print a JWT for a client, valid for JWT_EXPIRY seconds from now."

    def add_arguments(self, parser):
        parser.add_argument("--client-id", required=True)
        parser.add_argument("--secret", required=True)
        parser.add_argument("--user-id", default="")
        parser.add_argument("--user-representation", default="")

    def handle(self, *, client_id, secret, user_id, user_representation, **options):
        self.stdout.write(encode(client_id, secret, user_id=user_id, user_representation=user_representation))
