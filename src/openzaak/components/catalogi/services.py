"""The Catalogi API's state changes and the rules of the standard they obey:

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

from django.db import models
from django.db.models import Q
from rest_framework import serializers

from openzaak.zgw.scopes import SCOPE_CATALOGI_FORCED_DELETE, SCOPE_CATALOGI_FORCED_WRITE

from .models import Catalogus, ZaakType

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


def type_check_update(*, instance: models.Model, changed: set[str], client) -> None:
    """ztc-009 for PUT/PATCH of a zaaktype, informatieobjecttype or besluittype;
    `changed` names the API fields the request sends."""
    if instance.concept or client.has_scope("ztc", SCOPE_CATALOGI_FORCED_WRITE):
        return
    if changed and changed <= {"eindeGeldigheid"}:
        return
    raise _error(
        "Een gepubliceerd object kan alleen als correctie (scope catalogi.geforceerd-schrijven) worden "
        "bijgewerkt; zonder die scope alleen `eindeGeldigheid` met PATCH.",
        "non-concept-object",
    )


def type_check_destroy(*, instance: models.Model, client) -> None:
    """ztc-009: only concepts are deleted, and none that a published type relies on
    (a published zaaktype's besluittype, say); `catalogi.geforceerd-verwijderen`
    overrides both."""
    if client.has_scope("ztc", SCOPE_CATALOGI_FORCED_DELETE):
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


def subtype_check_destroy(*, instance: models.Model, client) -> None:
    """ztc-010: a sub-type of a published zaaktype is deleted only with
    `catalogi.geforceerd-verwijderen`."""
    if instance.zaaktype.concept or client.has_scope("ztc", SCOPE_CATALOGI_FORCED_DELETE):
        return
    raise _error(
        "Objecten gerelateerd aan een gepubliceerd zaaktype kunnen niet verwijderd worden.", "non-concept-zaaktype"
    )


def type_publish(*, instance: models.Model) -> models.Model:
    """Publish a concept version (see the module docstring for the rules)."""
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
