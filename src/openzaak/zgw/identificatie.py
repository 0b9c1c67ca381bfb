"""Identificaties generated when a client leaves them out: `ZAAK-2026-0000000001`,
`DOCUMENT-2026-0000000001`, `BESLUIT-2026-0000000001`, unique per organisation (the
zaak's bronorganisatie, the document's bronorganisatie, the besluit's
verantwoordelijkeOrganisatie; zrc-002 and its siblings).

    from openzaak.zgw import identificatie

    zaak.identificatie = identificatie.generate(
        "ZAAK",
        organisatie=zaak.bronorganisatie,
        datum=zaak.registratiedatum,
        taken=lambda value: Zaak.objects.filter(bronorganisatie=..., identificatie=value).exists(),
    )

Numbers come from one counter row per (prefix, organisatie, year), advanced by a single
`INSERT … ON CONFLICT DO UPDATE SET last = last + n RETURNING last`: PostgreSQL serialises
concurrent allocations on that row, so no two transactions ever get the same number (no
race, no unique violation, no retry). The row stays locked until the allocating
transaction ends, so call `generate()` late in the write (just before the insert): creates
of one organisation queue only for the rest of each other's transaction, other
organisations not at all. A rolled-back transaction returns its number (no gaps).

A client may also choose an identificatie itself; `taken` lets the generator step over
numbers a client already used, and the register's unique constraint on (organisation,
identificatie) stays the final guard.

Reserved numbers (the Zaken API's `zaaknummer_reserveren`) come from the same counter, so
the generator never hands them out again; `claim()` consumes the reservation when a create
uses one.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.db import connection, models

from .models import IdentificatieCounter, IdentificatieReservering

DIGITS = 10


def constraints(prefix: str, organisatie_field: str) -> list[models.BaseConstraint]:
    """A register's identificatie rules in its model's Meta: unique per organisation
    (identificatie first, so a filter on it alone uses the index too) and never empty."""
    return [
        models.UniqueConstraint(fields=["identificatie", organisatie_field], name=f"{prefix}_unique_identificatie"),
        models.CheckConstraint(condition=~models.Q(identificatie=""), name=f"{prefix}_identificatie_not_empty"),
    ]


def format_identificatie(prefix: str, jaar: int, nummer: int) -> str:
    return f"{prefix}-{jaar}-{nummer:0{DIGITS}d}"


def allocate(prefix: str, *, organisatie: str, jaar: int, aantal: int = 1) -> range:
    """Reserve `aantal` consecutive numbers of the counter and return them."""
    assert aantal >= 1, "allocate at least one number"
    table = IdentificatieCounter._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {table} (prefix, organisatie, jaar, last) VALUES (%s, %s, %s, %s)
            ON CONFLICT (prefix, organisatie, jaar) DO UPDATE SET last = {table}.last + EXCLUDED.last
            RETURNING last
            """,
            [prefix, organisatie, jaar, aantal],
        )
        (last,) = cursor.fetchone()
    return range(last - aantal + 1, last + 1)


def _free(prefix, organisatie, jaar, aantal, taken) -> list[str]:
    values: list[str] = []
    while len(values) < aantal:
        for nummer in allocate(prefix, organisatie=organisatie, jaar=jaar, aantal=aantal - len(values)):
            value = format_identificatie(prefix, jaar, nummer)
            if taken is None or not taken(value):
                values.append(value)
    return values


def generate(prefix: str, *, organisatie: str, datum: datetime.date, taken: Callable[[str], bool] | None = None) -> str:
    """A new identificatie for `organisatie`, numbered within the year of `datum`."""
    return _free(prefix, organisatie, datum.year, 1, taken)[0]


def reserve(
    prefix: str,
    *,
    organisatie: str,
    datum: datetime.date,
    aantal: int = 1,
    taken: Callable[[str], bool] | None = None,
) -> list[str]:
    """`aantal` identificaties set aside for later creates (`zaaknummer_reserveren`)."""
    values = _free(prefix, organisatie, datum.year, aantal, taken)
    IdentificatieReservering.objects.bulk_create(
        IdentificatieReservering(prefix=prefix, organisatie=organisatie, identificatie=value) for value in values
    )
    return values


def claim(prefix: str, *, organisatie: str, identificatie: str) -> bool:
    """Consume the reservation of `identificatie` (a create now uses it); whether it was
    reserved."""
    deleted, _ = IdentificatieReservering.objects.filter(
        prefix=prefix, organisatie=organisatie, identificatie=identificatie
    ).delete()
    return bool(deleted)
