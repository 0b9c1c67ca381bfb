"""Every write to the catalogue, and the rules of the standard it obeys. The API, the
admin, the import and the commands all write through these, so each records the same
notification (`zgw.writes`):

* `create(context=, model=, data=)`, `update(…)`, `destroy(…)`: one type from validated
  data (the nested parts — a zaaktype's gerelateerde zaaktypen, a statustype's
  checklistitems — included), `publish(…)`: concept → definitief.

* ztc-009: a published (concept=false) zaaktype, informatieobjecttype or besluittype is
  changed only as a correctie (scope `catalogi.geforceerd-schrijven`), except a PATCH of
  just `eindeGeldigheid`; it is deleted only with `catalogi.geforceerd-verwijderen`.
* ztc-010: sub-types (statustype, roltype, eigenschap, resultaattype, zaakobjecttype,
  zaaktype-informatieobjecttype) of a published zaaktype likewise; their create/update
  rule is the `ZaakTypeConcept` validator, their delete rule is here.
* publish: concept → definitief; a zaaktype only once its besluittypen,
  informatieobjecttypen and deelzaaktypen are published (as the reference
  implementation requires), and no published version may overlap another's validity
  (ztc-016).
"""

from __future__ import annotations

from django.db import models, transaction
from django.db.models import Q
from rest_framework import serializers

from openzaak.zgw import services as plain
from openzaak.zgw import writes
from openzaak.zgw.components import CATALOGI
from openzaak.zgw.context import WriteContext
from openzaak.zgw.scopes import SCOPE_CATALOGI_FORCED_DELETE, SCOPE_CATALOGI_FORCED_WRITE

from .models import (
    Catalogus,
    CheckListItem,
    Eigenschap,
    ResultaatType,
    StatusType,
    ZaakType,
    ZaakTypeInformatieObjectType,
    ZaakTypenRelatie,
)

# The field that makes versions "the same type" (the historiemodel).
VERSION_KEY = {"zaaktype": "identificatie", "informatieobjecttype": "omschrijving", "besluittype": "omschrijving"}


def _error(message: str, code: str, name: str = "nonFieldErrors") -> serializers.ValidationError:
    return serializers.ValidationError({name: serializers.ErrorDetail(message, code=code)})


def overlapping_versions(model, *, key_field: str, catalogus, begin_geldigheid, einde_geldigheid, exclude=None, **key):
    """Published versions of the same type whose validity overlaps [begin, einde]
    (an empty einde is open-ended)."""
    queryset = model.objects.filter(catalogus=catalogus, concept=False, **{key_field: key[key_field]}).filter(
        Q(einde_geldigheid__isnull=True) | Q(einde_geldigheid__gte=begin_geldigheid)
    )
    if einde_geldigheid is not None:
        queryset = queryset.filter(begin_geldigheid__lte=einde_geldigheid)
    if exclude is not None:
        queryset = queryset.exclude(pk=exclude.pk)
    return queryset


# --- writes ------------------------------------------------------------------------------


def create(*, context: WriteContext, model: type[models.Model], data: dict) -> models.Model:
    data = dict(data)
    return plain.create_object(context=context, model=model, data=data, after_save=_nested_writer(model, data))


def update(
    *, context: WriteContext, instance: models.Model, data: dict, partial: bool, sent: set[str] | None = None
) -> models.Model:
    """`sent` names the API fields a PUT/PATCH sent (ztc-009 lets a published type's
    `eindeGeldigheid` alone be patched); None: all of them."""
    if _is_versioned_type(instance):
        _check_type_update(instance=instance, sent=sent if partial and sent is not None else {"*"}, context=context)
    data = dict(data)
    return plain.update_object(
        context=context, instance=instance, data=data, partial=partial, after_save=_nested_writer(type(instance), data)
    )


def destroy(*, context: WriteContext, instance: models.Model) -> None:
    if _is_versioned_type(instance):
        _check_type_destroy(instance=instance, context=context)
    else:
        _check_subtype_destroy(instance=instance, context=context)
    plain.destroy_object(context=context, instance=instance)


def _is_versioned_type(instance) -> bool:
    """A zaaktype, informatieobjecttype or besluittype (not a sub-type of a zaaktype)."""
    return hasattr(instance, "concept")


def _nested_writer(model, data: dict):
    """Pops from `data` what the model's own row does not hold, and returns what writes
    it once the row is saved (None when there is nothing)."""
    if model is ZaakType and "zaaktypenrelaties" in data:
        relaties = data.pop("zaaktypenrelaties")

        def write_relaties(zaaktype):
            zaaktype.zaaktypenrelaties.all().delete()  # a nested list is replaced as a whole
            ZaakTypenRelatie.objects.bulk_create(ZaakTypenRelatie(zaaktype=zaaktype, **r) for r in relaties)

        return write_relaties
    if model is StatusType:
        items = data.pop("checklistitems", None)
        eigenschappen = data.pop("eigenschappen", None)

        def write_statustype_parts(statustype):
            if items is not None:
                statustype.checklistitems.all().delete()
                CheckListItem.objects.bulk_create(CheckListItem(statustype=statustype, **item) for item in items)
            if eigenschappen is not None:
                keep = [eigenschap.pk for eigenschap in eigenschappen]
                statustype.eigenschappen.exclude(pk__in=keep).update(statustype=None)
                Eigenschap.objects.filter(pk__in=keep).update(statustype=statustype)

        return write_statustype_parts
    if model is ResultaatType:
        from .selectielijst_rules import derived_from_selectielijst

        data.update(derived_from_selectielijst(data))
    return None


@transaction.atomic
def publish(*, context: WriteContext, instance: models.Model) -> models.Model:
    """Publish a concept version (see the module docstring for the rules)."""
    before = writes.before(context, instance)
    type_publish(instance=instance)
    writes.updated(context, instance, before, actie="publish")
    return instance


# --- the rules ------------------------------------------------------------------------


def _check_type_update(*, instance: models.Model, sent: set[str], context: WriteContext) -> None:
    """ztc-009 for PUT/PATCH of a zaaktype, informatieobjecttype or besluittype; `sent`
    names the API fields the request sends."""
    if instance.concept or context.client.has_scope(CATALOGI, SCOPE_CATALOGI_FORCED_WRITE):
        return
    if sent and sent <= {"eindeGeldigheid"}:
        return
    raise _error(
        "Een gepubliceerd object kan alleen als correctie (scope catalogi.geforceerd-schrijven) worden "
        "bijgewerkt; zonder die scope alleen `eindeGeldigheid` met PATCH.",
        "non-concept-object",
    )


def _check_type_destroy(*, instance: models.Model, context: WriteContext) -> None:
    """ztc-009: only concepts are deleted, and none that a published type relies on
    (a published zaaktype's besluittype, say); `catalogi.geforceerd-verwijderen`
    overrides both."""
    if context.client.has_scope(CATALOGI, SCOPE_CATALOGI_FORCED_DELETE):
        return
    if not instance.concept:
        raise _error("Alleen concepten kunnen worden verwijderd.", "non-concept-object")
    dependents = [name for name, queryset in _published_dependents(instance) if queryset.exists()]
    if dependents:
        raise _error(f"Gepubliceerde typen verwijzen naar dit object: {', '.join(dependents)}.", "non-concept-relation")


def _published_dependents(instance):
    """The published types that refer to `instance`, per relation."""
    name = instance._meta.model_name
    if name == "zaaktype":
        return [
            ("hoofdzaaktypen", instance.hoofdzaaktypen.filter(concept=False)),
            (
                "gerelateerdeZaaktypen",
                ZaakType.objects.filter(concept=False, zaaktypenrelaties__gerelateerd_zaaktype=instance),
            ),
        ]
    if name == "informatieobjecttype":
        return [
            (
                "zaaktypen",
                ZaakType.objects.filter(concept=False, zaaktypeinformatieobjecttypen__informatieobjecttype=instance),
            ),
            ("besluittypen", instance.besluittypen.filter(concept=False)),
            ("resultaattypen", instance.resultaattypen.filter(zaaktype__concept=False)),
        ]
    return [
        ("zaaktypen", instance.zaaktypen.filter(concept=False)),
        ("resultaattypen", instance.resultaattypen.filter(zaaktype__concept=False)),
    ]


def _check_subtype_destroy(*, instance: models.Model, context: WriteContext) -> None:
    """ztc-010: a sub-type of a published zaaktype is deleted only with
    `catalogi.geforceerd-verwijderen`; a zaaktype-informatieobjecttype relation while
    either of its types is a concept (`rules.RelationConcept`)."""
    if context.client.has_scope(CATALOGI, SCOPE_CATALOGI_FORCED_DELETE):
        return
    if isinstance(instance, ZaakTypeInformatieObjectType):
        if not (instance.zaaktype.concept or instance.informatieobjecttype.concept):
            raise _error("Een relatie tussen gepubliceerde typen kan niet verwijderd worden.", "non-concept-relation")
        return
    if not instance.zaaktype.concept:
        raise _error(
            "Objecten gerelateerd aan een gepubliceerd zaaktype kunnen niet verwijderd worden.", "non-concept-zaaktype"
        )


def type_publish(*, instance: models.Model) -> models.Model:
    """The state change of `publish`, unrecorded (the import publishes in bulk)."""
    # one publish per catalogus at a time, so two versions cannot both pass the overlap check
    Catalogus.objects.select_for_update().filter(pk=instance.catalogus_id).first()
    instance.refresh_from_db(fields=["concept"])
    if not instance.concept:
        raise _error("Dit object is al gepubliceerd.", "non-concept-object")
    if isinstance(instance, ZaakType):
        _check_related_published(instance)
    key_field = VERSION_KEY[instance._meta.model_name]
    overlap = overlapping_versions(
        type(instance),
        key_field=key_field,
        catalogus=instance.catalogus,
        begin_geldigheid=instance.begin_geldigheid,
        einde_geldigheid=instance.einde_geldigheid,
        exclude=instance,
        **{key_field: getattr(instance, key_field)},
    )
    if overlap.exists():
        raise _error(
            f"Er is al een gepubliceerde versie met dezelfde {key_field} in deze catalogus met een overlappende "
            "geldigheidsperiode (ztc-016).",
            "overlap",
            "beginGeldigheid",
        )
    instance.concept = False
    instance.save(update_fields=["concept"])
    return instance


def _check_related_published(zaaktype: ZaakType) -> None:
    unpublished = [
        name
        for name, queryset in (
            ("besluittypen", zaaktype.besluittypen.all()),
            (
                "informatieobjecttypen",
                zaaktype.zaaktypeinformatieobjecttypen.filter(informatieobjecttype__concept=True),
            ),
            ("deelzaaktypen", zaaktype.deelzaaktypen.all()),
        )
        if (queryset.filter(concept=True) if name != "informatieobjecttypen" else queryset).exists()
    ]
    if unpublished:
        raise _error(
            f"Alle gerelateerde typen moeten gepubliceerd zijn; nog concept: {', '.join(unpublished)}.",
            "concept-relation",
        )
