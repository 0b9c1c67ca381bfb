"""Rows sent to PostgreSQL with `COPY … FROM STDIN` (text format), the fastest way in.

Values are rendered by the caller with `text()`, `nullable()`, `array()` and `jsonb()`;
`CopyTable` checks once that its columns are exactly the model's, so a model change
cannot make the generator write an incomplete or misplaced row."""

from __future__ import annotations

import io
import json

_ESCAPE = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
NULL = "\\N"


def text(value: str) -> str:
    return value.translate(_ESCAPE)


def nullable(value) -> str:
    """None → NULL; anything else by its str() (dates, numbers, uuids, safe strings)."""
    return NULL if value is None else str(value)


def boolean(value: bool | None) -> str:
    return NULL if value is None else ("t" if value else "f")


def array(values: list[str]) -> str:
    """A text[] / varchar[] literal."""
    quoted = ('"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values)
    return text("{" + ",".join(quoted) + "}")


def jsonb(value) -> str:
    return NULL if value is None else text(json.dumps(value, separators=(",", ":"), ensure_ascii=False))


class CopyTable:
    def __init__(self, model, columns: list[str], *, with_id: bool = False):
        expected = {
            field.column
            for field in model._meta.concrete_fields
            if (with_id or not field.primary_key) and not field.generated  # the database computes generated ones
        }
        assert set(columns) == expected and len(columns) == len(expected), (
            f"{model.__name__}: the generator writes {sorted(set(columns) ^ expected)} differently from the "
            "model; update its columns"
        )
        self.table = model._meta.db_table
        self.columns = columns
        self.rows = 0
        self._buffer = io.StringIO()

    def add(self, values: tuple[str, ...]) -> None:
        self._buffer.write("\t".join(values))
        self._buffer.write("\n")
        self.rows += 1

    def flush(self, cursor) -> int:
        """Send the buffered rows; how many."""
        sent, self.rows = self.rows, 0
        if sent:
            self._buffer.seek(0)
            cursor.copy_expert(f"COPY {self.table} ({', '.join(self.columns)}) FROM STDIN", self._buffer)
        self._buffer = io.StringIO()
        return sent
