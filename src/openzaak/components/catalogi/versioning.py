"""A new version of a published zaaktype (Catalogi API 1.3.3, "Historiemodel" and
"Concepten").

Versions of one zaaktype share its `identificatie` within a catalogus and follow each
other in time. A published version may no longer change (ztc-009, ztc-010), so a change
starts as a copy: a concept with the same properties and sub-types (statustypen with
their checklist, roltypen, resultaattypen, eigenschappen, zaakobjecttypen and
zaaktype-informatieobjecttypen), valid from the day after the latest version ends, or
from today when that version is open-ended. The catalogue manager edits the concept
and publishes it; publishing (catalogi/services.py) checks the rules of the standard,
such as non-overlapping validity periods (ztc-016).

The copy keeps what the zaaktype refers to outside itself (besluittypen, deelzaaktypen,
gerelateerde zaaktypen, informatieobjecttypen) and re-points every reference between its
own sub-types (an eigenschap's statustype, a resultaattype's zaakobjecttype) to the copies.
"""

from __future__ import annotations

import datetime
import uuid
from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db import models, transaction

from openzaak.zgw import writes
from openzaak.zgw.context import WriteContext

from .models import (
    CheckListItem,
    Eigenschap,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
    ZaakTypenRelatie,
)

# the sub-types of a zaaktype version, each after the sub-types it refers to, with the
# path from the sub-type to its zaaktype
SUBTYPES: tuple[tuple[type[models.Model], str], ...] = (
    (ZaakObjectType, "zaaktype"),
    (StatusType, "zaaktype"),
    (CheckListItem, "statustype__zaaktype"),
    (RolType, "zaaktype"),
    (Eigenschap, "zaaktype"),
    (ResultaatType, "zaaktype"),
    (ZaakTypeInformatieObjectType, "zaaktype"),
    (ZaakTypenRelatie, "zaaktype"),
)


def next_begin_geldigheid(*, zaaktype: ZaakType, today: datetime.date | None = None) -> datetime.date:
    """The first day of the period after the latest version of `zaaktype`'s identificatie
    in its catalogus: the day after it ends, and never before today."""
    today = today or datetime.date.today()
    latest = (
        ZaakType.objects.filter(catalogus_id=zaaktype.catalogus_id, identificatie=zaaktype.identificatie)
        .order_by("-begin_geldigheid", "-pk")
        .only("begin_geldigheid", "einde_geldigheid")
        .first()
    )
    if latest.einde_geldigheid is not None:
        return max(today, latest.einde_geldigheid + datetime.timedelta(days=1))
    return max(today, latest.begin_geldigheid + datetime.timedelta(days=1))


@transaction.atomic
def zaaktype_new_version(
    *, context: WriteContext, zaaktype: ZaakType, begin_geldigheid: datetime.date | None = None
) -> ZaakType:
    """A concept copy of the published `zaaktype` with all its sub-types, valid from
    `begin_geldigheid` (default: `next_begin_geldigheid`), recorded as a create.

    Refused (`ValidationError`) for a concept, which can simply be edited, and when a
    concept version of the same identificatie already exists in the catalogus: two
    drafts of one zaaktype would compete for the same next period.
    """
    if zaaktype.concept:
        raise ValidationError(
            "Alleen van een gepubliceerd zaaktype kan een nieuwe versie gemaakt worden; "
            "een concept kan zelf nog gewijzigd worden.",
            code="concept-zaaktype",
        )
    draft = (
        ZaakType.objects.filter(catalogus_id=zaaktype.catalogus_id, identificatie=zaaktype.identificatie, concept=True)
        .only("pk", "versiedatum")
        .first()
    )
    if draft is not None:
        raise ValidationError(
            f"Er bestaat al een conceptversie van zaaktype {zaaktype.identificatie} "
            f"(versiedatum {draft.versiedatum}); werk die bij of verwijder die eerst.",
            code="concept-versie-bestaat",
        )
    begin = begin_geldigheid or next_begin_geldigheid(zaaktype=zaaktype)

    copies: dict[tuple[type[models.Model], int], models.Model] = {}
    new = _copy(
        [zaaktype],
        copies,
        concept=True,
        begin_geldigheid=begin,
        versiedatum=begin,
        einde_geldigheid=None,
    )[0]
    for model, path in SUBTYPES:
        rows = list(model.objects.filter(**{path: zaaktype}).order_by("pk"))
        overrides = {}
        if any(field.name == "begin_geldigheid" for field in model._meta.concrete_fields):
            # a sub-type's validity is derived from its zaaktype's (Catalogi API 1.2.0+)
            overrides = {"begin_geldigheid": lambda row: begin if row.begin_geldigheid else None}
            overrides["einde_geldigheid"] = None
        _copy(rows, copies, **overrides)
    writes.created(context, new)
    return new


def _copy(rows: list[models.Model], copies: dict, **overrides) -> list[models.Model]:
    """Insert copies of `rows` (all of one model): new primary keys and uuids, foreign
    keys and many-to-many links to already copied objects re-pointed to their copies,
    and `overrides` (a value, or a function of the original row) applied."""
    if not rows:
        return []
    model = type(rows[0])
    opts = model._meta
    new_rows = []
    for row in rows:
        values = {}
        for field in opts.concrete_fields:
            if field.primary_key:
                continue
            value = getattr(row, field.attname)
            if field.is_relation:
                copied = copies.get((field.related_model, value))
                value = copied.pk if copied is not None else value
            values[field.attname] = value
        if "uuid" in values:
            values["uuid"] = uuid.uuid4()
        for name, override in overrides.items():
            values[name] = override(row) if callable(override) else override
        new_rows.append(model(**values))
    model.objects.bulk_create(new_rows)
    for row, new_row in zip(rows, new_rows, strict=True):
        copies[(model, row.pk)] = new_row
    _copy_many_to_many(model, rows, copies)
    return new_rows


def _copy_many_to_many(model, rows, copies) -> None:
    pks = [row.pk for row in rows]
    for field in model._meta.many_to_many:
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        links = defaultdict(list)
        for source_pk, target_pk in through.objects.filter(**{f"{source}__in": pks}).values_list(
            f"{source}_id", f"{target}_id"
        ):
            links[source_pk].append(target_pk)
        through.objects.bulk_create(
            through(
                **{
                    f"{source}_id": copies[(model, source_pk)].pk,
                    f"{target}_id": getattr(copies.get((field.related_model, target_pk)), "pk", target_pk),
                }
            )
            for source_pk, target_pks in links.items()
            for target_pk in target_pks
        )
