"""Database constraints Django cannot declare, for migrations.

`composite_foreign_key()` holds two rows of different tables to each other on several
columns, checked at commit (DEFERRABLE INITIALLY DEFERRED, like Django's own foreign
keys). The registers use it to tie a relation to its mirror in the other register; the
referenced columns need a unique constraint (any column order)."""

from django.db import migrations


def composite_foreign_key(
    table: str, name: str, columns: str, target: str, target_columns: str, *, on_delete_cascade: bool = False
) -> migrations.RunSQL:
    on_delete = "ON DELETE CASCADE" if on_delete_cascade else ""
    return migrations.RunSQL(
        f"ALTER TABLE {table} ADD CONSTRAINT {name} FOREIGN KEY ({columns}) "
        f"REFERENCES {target} ({target_columns}) {on_delete} DEFERRABLE INITIALLY DEFERRED",
        f"ALTER TABLE {table} DROP CONSTRAINT {name}",
    )
