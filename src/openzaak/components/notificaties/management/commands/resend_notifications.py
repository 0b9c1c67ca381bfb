import uuid

from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_datetime

from ...constants import DeliveryStatus
from ...models import Delivery
from ...services import deliveries_resend


class Command(BaseCommand):
    help = (
        "Re-send parked notification deliveries (the whole retry schedule again); the worker "
        "picks them up on its next sweep. Narrow down with --abonnement and --since."
    )

    def add_arguments(self, parser):
        parser.add_argument("--abonnement", help="uuid of one abonnement")
        parser.add_argument("--since", help="only deliveries created at or after this ISO 8601 moment")
        parser.add_argument(
            "--delivered", action="store_true", help="also re-send delivered ones (e.g. after a subscriber lost data)"
        )
        parser.add_argument("--dry-run", action="store_true", help="only count")

    def handle(self, *, abonnement, since, delivered, dry_run, **options):
        statuses = [DeliveryStatus.parked, *([DeliveryStatus.delivered] if delivered else [])]
        deliveries = Delivery.objects.filter(status__in=statuses)
        if abonnement:
            try:
                deliveries = deliveries.filter(abonnement__uuid=uuid.UUID(abonnement))
            except ValueError:
                raise CommandError(f"--abonnement is no uuid: {abonnement}") from None
        if since:
            moment = parse_datetime(since)
            if moment is None:
                raise CommandError(f"--since is no ISO 8601 date-time: {since}")
            deliveries = deliveries.filter(created__gte=moment)
        if dry_run:
            self.stdout.write(f"{deliveries.count()} delivery(ies) would be re-sent")
            return
        self.stdout.write(f"{deliveries_resend(deliveries=deliveries)} delivery(ies) re-sent")
