"""python src/manage.py generate_data --zaken N [--documenten-per-zaak D] [--besluiten-per-zaak B]

Adds N realistic zaken (see openzaak.components.zaken.datagen), fast enough for a
million on a laptop; each run appends without repeating an identificatie."""

from django.core.management.base import BaseCommand, CommandError

from ...datagen import Options, generate


class Command(BaseCommand):
    help = "Add synthetic zaken (with statussen, resultaat, rol, eigenschap, zaakobject; optionally documents "
    "and besluiten) for development and benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--zaken", type=int, required=True, help="How many zaken to add.")
        parser.add_argument("--documenten-per-zaak", type=int, default=0, help="Documents (with content) per zaak.")
        parser.add_argument(
            "--besluiten-per-zaak", type=int, default=0, help="Besluiten (each with a besluitbrief) per zaak."
        )
        parser.add_argument("--zaaktypen", type=int, default=100, help="Published zaaktypen to spread zaken over.")
        parser.add_argument("--bsns", type=int, default=5000, help="Distinct BSNs of the initiators.")
        parser.add_argument("--batch-size", type=int, default=10_000, help="Zaken per transaction.")
        parser.add_argument("--seed", type=int, default=None, help="Seed for reproducible values.")

    def handle(self, *args, **options):
        if options["zaken"] < 0 or options["zaaktypen"] < 1 or options["batch_size"] < 1:
            raise CommandError("--zaken must be ≥ 0, --zaaktypen and --batch-size ≥ 1")
        totals = generate(
            Options(
                zaken=options["zaken"],
                documenten_per_zaak=options["documenten_per_zaak"],
                besluiten_per_zaak=options["besluiten_per_zaak"],
                zaaktypen=options["zaaktypen"],
                bsns=options["bsns"],
                batch_size=options["batch_size"],
                seed=options["seed"],
            ),
            progress=lambda message: self.stdout.write(message) if options["verbosity"] else None,
        )
        if options["verbosity"]:
            self.stdout.write(", ".join(f"{table}: {rows:,}" for table, rows in totals.items() if rows))
