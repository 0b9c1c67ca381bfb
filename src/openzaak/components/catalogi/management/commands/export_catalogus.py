from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ...import_export import ExportRefused, export_catalogus, export_zaaktypen
from ...models import Catalogus, ZaakType
from ._lookup import by_uuid_or_url


class Command(BaseCommand):
    help = (
        "Export a catalogus with all its types, or (with --zaaktype) some zaaktypen with everything they refer "
        "to, as a ZIP of the Catalogi API's JSON that import_catalogus reads."
    )

    def add_arguments(self, parser):
        parser.add_argument("catalogus", nargs="?", help="uuid or URL of the catalogus to export")
        parser.add_argument(
            "--zaaktype", action="append", default=[], help="uuid or URL of a zaaktype to export (repeatable)"
        )
        parser.add_argument("--output", "-o", required=True, help="the ZIP file to write")
        parser.add_argument(
            "--base-url", default="", help="scheme, host and prefix of the URLs (default: PUBLIC_BASE_URL)"
        )

    def handle(self, *, catalogus, zaaktype, output, base_url, **options):
        if bool(catalogus) == bool(zaaktype):
            raise CommandError("Give either a catalogus or one or more --zaaktype.")
        try:
            if catalogus:
                content = export_catalogus(catalogus=by_uuid_or_url(Catalogus, catalogus), base_url=base_url)
            else:
                zaaktypen = [by_uuid_or_url(ZaakType, value) for value in zaaktype]
                content = export_zaaktypen(zaaktypen=zaaktypen, base_url=base_url)
        except ExportRefused as exc:
            raise CommandError(str(exc)) from None
        Path(output).write_bytes(content)
        self.stdout.write(f"Written {output} ({len(content)} bytes).")
