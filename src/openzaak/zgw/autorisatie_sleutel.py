"""A type and a vertrouwelijkheidaanduiding in one integer, for authorised reads:
`type_id * 8 + level`, level 0 (openbaar) … 7 (zeer_geheim).

A client's autorisaties are groups "these types, up to this level". Written as
`(type IN A AND vertrouwelijkheid IN …) OR (type IN B AND vertrouwelijkheid IN …)`, a
second group leaves PostgreSQL without an index condition: it scans the whole
(type, vertrouwelijkheid) index (≈100 ms for a count at a million zaken). The same set as
keys is one `autorisatie_sleutel = ANY(…)` that the key's index answers with one descent
per key, however many groups (≈15 ms, index-only; docs/benchmark.md):

    keys = [key for type_id, maximum in grants for key in sleutels(type_id, maximum)]
    Zaak.objects.filter(autorisatie_sleutel__in=keys)

A register stores the key as a generated column (`field()`), so it can never disagree
with the two fields it encodes, and checks the vertrouwelijkheidaanduiding it reads
(`valid_vertrouwelijkheid()`)."""

from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.db.models.expressions import Expression

from .constants import VertrouwelijkheidAanduiding

LEVELS = VertrouwelijkheidAanduiding.values


def expression(type_field: str, vertrouwelijkheid_field: str) -> Expression:
    """The SQL expression of the key (an unknown level counts as the most confidential)."""
    level = Case(
        *(When(**{vertrouwelijkheid_field: value}, then=Value(index)) for index, value in enumerate(LEVELS)),
        default=Value(len(LEVELS) - 1),
    )
    return F(type_field) * len(LEVELS) + level


def sleutels(type_id: int, maximum: str) -> range:
    """The keys of one type at every level up to and including `maximum`."""
    return range(type_id * len(LEVELS), type_id * len(LEVELS) + LEVELS.index(maximum) + 1)


def field(type_field: str, vertrouwelijkheid_field: str = "vertrouwelijkheidaanduiding") -> models.GeneratedField:
    """The stored, generated `autorisatie_sleutel` column of a register's model."""
    return models.GeneratedField(
        expression=expression(type_field, vertrouwelijkheid_field),
        output_field=models.BigIntegerField(),
        db_persist=True,
        help_text="Type × vertrouwelijkheidaanduiding in één getal, voor geautoriseerd lezen.",
    )


def valid_vertrouwelijkheid(name: str, vertrouwelijkheid_field: str = "vertrouwelijkheidaanduiding"):
    """A check that the column authorisation reads holds one of the standard's levels."""
    return models.CheckConstraint(condition=Q(**{f"{vertrouwelijkheid_field}__in": LEVELS}), name=name)
