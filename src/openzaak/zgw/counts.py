"""Exact list counts that do not grow with the table.

A list's `count` is a `COUNT(*)` over every row the client may read. For a client that
may read most of a register that is a scan of a whole index: 9 ms at 100,000 zaken, 64 ms
at a million (docs/benchmark.md), more than the rest of the page. So a register's table
keeps, per `autorisatie_sleutel` (type × vertrouwelijkheidaanduiding,
`zgw.autorisatie_sleutel`), how many rows it holds, and a list without filters sums the
keys the client may read: a few hundred index entries, well under a millisecond,
whatever the size of the table.

The numbers are kept by statement triggers on the table (`install()`, in the register's
migration), so every write counts, whether it comes through the API, the admin, a bulk
`COPY` or SQL by hand: each statement adds one delta row per key it changed, then folds
all committed deltas of those keys into one row. Writers never wait for each other: the
fold skips rows another transaction is folding (`SKIP LOCKED`), so a key has about as
many rows as it has concurrent writers. A reader sums what its snapshot sees, so the
number is exact for it, as `COUNT(*)` would be.

A model opts in with `Authorisation(..., counted=True)`; `known_count()` answers for a
list request where the number applies (no filters, a client whose autorisaties are
types and levels only) and `None` where a real `COUNT` must run.
"""

from __future__ import annotations

from django.db import connection

from . import expand
from .authorisation import rule_for, sleutels_for
from .filters import GENERAL_PARAMETERS

TABLE = "zgw_sleutelaantal"

# query parameters that do not change which rows a list holds
NEUTRAL_PARAMETERS = frozenset({*GENERAL_PARAMETERS, expand.PARAMETER, "ordering"})


def _add_deltas(moved: str) -> str:
    """Insert one delta row per key of `moved` (rows of `sleutel`, ±1) and collect the
    keys into `changed`."""
    return f"""WITH delta AS (
            INSERT INTO {TABLE} (tabel, sleutel, aantal)
            SELECT TG_TABLE_NAME, sleutel, sum(aantal) FROM ({moved}) AS moved GROUP BY 2 HAVING sum(aantal) <> 0
            RETURNING sleutel
        ) SELECT array_agg(sleutel) INTO changed FROM delta;"""


_ADDED = "SELECT autorisatie_sleutel AS sleutel, 1 AS aantal FROM new_rows"
_REMOVED = "SELECT autorisatie_sleutel AS sleutel, -1 AS aantal FROM old_rows"

FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION zgw_sleutel_aantal() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed bigint[];
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM {TABLE} WHERE tabel = TG_TABLE_NAME;
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        {_add_deltas(_ADDED)}
    ELSIF TG_OP = 'DELETE' THEN
        {_add_deltas(_REMOVED)}
    ELSE
        {_add_deltas(f"{_ADDED} UNION ALL {_REMOVED}")}
    END IF;
    IF changed IS NULL THEN
        RETURN NULL;
    END IF;
    -- fold the deltas of these keys that no other transaction is folding
    WITH folded AS (
        DELETE FROM {TABLE} WHERE id IN (
            SELECT id FROM {TABLE} WHERE tabel = TG_TABLE_NAME AND sleutel = ANY (changed)
            FOR UPDATE SKIP LOCKED
        ) RETURNING sleutel, aantal
    )
    INSERT INTO {TABLE} (tabel, sleutel, aantal)
    SELECT TG_TABLE_NAME, sleutel, sum(aantal) FROM folded GROUP BY 2 HAVING sum(aantal) <> 0;
    RETURN NULL;
END $$;
"""


def install(table: str) -> tuple[list[str], list[str]]:
    """The SQL (forward, reverse) that makes `table` keep its counts, starting from the
    rows it holds; for a `RunSQL` in the register's migration."""
    run = "FOR EACH STATEMENT EXECUTE FUNCTION zgw_sleutel_aantal()"
    triggers = {
        "insert": f"AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows {run}",
        "update": f"AFTER UPDATE ON {table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows {run}",
        "delete": f"AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows {run}",
        "truncate": f"AFTER TRUNCATE ON {table} {run}",
    }
    forward = [f"CREATE TRIGGER {table}_aantal_{name} {when}" for name, when in triggers.items()]
    forward.append(
        f"INSERT INTO {TABLE} (tabel, sleutel, aantal) "
        f"SELECT '{table}', autorisatie_sleutel, count(*) FROM {table} GROUP BY 2"
    )
    reverse = [f"DROP TRIGGER {table}_aantal_{name} ON {table}" for name in triggers]
    reverse.append(f"DELETE FROM {TABLE} WHERE tabel = '{table}'")
    return forward, reverse


def count(model, sleutels: list[int] | None) -> int:
    """The rows of `model`'s table with one of `sleutels` (None: all of them)."""
    sql = f"SELECT coalesce(sum(aantal), 0)::bigint FROM {TABLE} WHERE tabel = %s"
    params: list = [model._meta.db_table]
    if sleutels is not None:
        sql += " AND sleutel = ANY(%s)"
        params.append(sleutels)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def known_count(view) -> int | None:
    """The `count` of a list request from the kept numbers, or None where the list is
    filtered (by anything but the client's types and levels) and a real COUNT must run."""
    if getattr(view, "action", None) != "list" or not NEUTRAL_PARAMETERS.issuperset(view.request.query_params):
        return None
    model, client = view.queryset.model, view.client
    if client is None or not model.authorisation.counted:
        return None
    rule = rule_for(model)
    if rule.gereed_voor_publicatie_path and client.alleen_is_gereed_voor_publicatie:
        return None  # a condition beyond type and level
    return count(model, sleutels_for(rule, client, view.read_scope()))
