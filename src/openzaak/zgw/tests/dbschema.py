"""Test helpers that read the database's own catalogue: which indexes and constraints a
table has, and which plan PostgreSQL picks for a query."""

from django.db import connection


def indexes(table: str) -> dict[str, str]:
    """Index name → its definition (`CREATE INDEX … USING btree (…) WHERE …`)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s", [table])
        return dict(cursor.fetchall())


def constraints(table: str) -> dict[str, str]:
    """Constraint name → its definition (`FOREIGN KEY (…) REFERENCES … DEFERRABLE …`)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s::regclass", [table]
        )
        return dict(cursor.fetchall())


def plan(queryset_or_sql, params=(), *, disable=("seqscan",)) -> str:
    """The plan PostgreSQL picks. On a test's handful of rows a sequential scan always wins,
    so by default it is priced out (`disable`: planner methods to switch off for this
    query), which shows whether an index *can* answer the query."""
    if hasattr(queryset_or_sql, "query"):
        sql, params = queryset_or_sql.query.sql_with_params()
    else:
        sql = queryset_or_sql
    with connection.cursor() as cursor:
        for method in disable:
            cursor.execute(f"SET LOCAL enable_{method} = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        result = "\n".join(row[0] for row in cursor.fetchall())
        for method in disable:
            cursor.execute(f"RESET enable_{method}")
    return result
