"""Export and import of catalogi as ZIP archives of the Catalogi API's own JSON
(`archive` describes the format). Used by the admin and by the `export_catalogus` and
`import_catalogus` management commands."""

from .archive import ArchiveRefused
from .exporting import ExportRefused, export_catalogus, export_zaaktypen
from .importing import ImportResult, import_archive

__all__ = [
    "ArchiveRefused",
    "ExportRefused",
    "ImportResult",
    "export_catalogus",
    "export_zaaktypen",
    "import_archive",
]
