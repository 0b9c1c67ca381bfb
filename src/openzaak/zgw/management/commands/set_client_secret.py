from django.core.management.base import BaseCommand

from openzaak.zgw.models import ClientCredential


class Command(BaseCommand):
    help = "Set (or replace) the secret a client signs its JWTs with."

    def add_arguments(self, parser):
        parser.add_argument("--client-id", required=True)
        parser.add_argument("--secret", required=True)

    def handle(self, *, client_id, secret, **options):
        _, created = ClientCredential.objects.update_or_create(client_id=client_id, defaults={"secret": secret})
        self.stdout.write(f"{'Created' if created else 'Updated'} the secret of client {client_id}.")
