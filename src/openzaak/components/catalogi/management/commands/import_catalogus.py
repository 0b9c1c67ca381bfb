from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from ...import_export import ArchiveRefused, import_archive
from ...models import Catalogus
from ._lookup import by_uuid_or_url


class Command(BaseCommand):
    help = (
        "Import a ZIP made by export_catalogus (here or in another installation): the same types with new "
        "URLs, in a new catalogus or (with --catalogus) an existing one. All or nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the ZIP file to import")
        parser.add_argument("--catalogus", default="", help="uuid or URL of an existing catalogus to import into")
        parser.add_argument(
            "--base-url", default="", help="scheme, host and prefix of the new URLs (default: PUBLIC_BASE_URL)"
        )

    def handle(self, *, archive, catalogus, base_url, **options):
        path = Path(archive)
        if not path.is_file():
            raise CommandError(f"{archive}: no such file.")
        target = by_uuid_or_url(Catalogus, catalogus) if catalogus else None
        try:
            result = import_archive(source=path.read_bytes(), catalogus=target, base_url=base_url, user="manage.py")
        except ArchiveRefused as exc:
            raise CommandError(f"Nothing imported: {exc}") from None
        counts = ", ".join(f"{count} {name}" for name, count in result.created.items() if count)
        self.stdout.write(
            f"Imported into catalogus {result.catalogus} ({result.catalogus.uuid}): {counts or 'nothing'}; "
            f"{result.published} published."
        )
