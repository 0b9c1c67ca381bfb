"""The Besluiten API's input rules (the standard's "Specificatie van gedrag", brc-0xx, and
the contract's "Er wordt gevalideerd op"), one small class each, raising the code
clients rely on: the one the standard names, else Open Zaak's.

Each rule is called with the new values by model field name (`attrs`) and something
with the `instance` being changed (None on create): a serializer in the API, the form's
context in the admin (`catalogi.admin.forms.RulesForm`). What a write changes in state
(the zaak's side of the relation, the document's mirror, the identificatie) is not
checked here but done by `services`.

    BesluitTypeGepubliceerd   not-published                  the besluittype is published
    Onveranderlijk            wijzigen-niet-toegelaten       brc-001, brc-002
    UniekeIdentificatie       identificatie-niet-uniek       brc-002
    BesluitTypeVanZaakType    zaaktype-mismatch              brc-007
    InformatieObjectTypeVanBesluitType
                              missing-besluittype-informatieobjecttype-relation   brc-008
    Datumvolgorde             future_not_allowed, date-mismatch, required
"""

from __future__ import annotations

from django.db.models import Q
from django.utils import timezone
from rest_framework import serializers

from .models import Besluit

NON_FIELD = "nonFieldErrors"


def _error(field: str, message: str, code: str) -> serializers.ValidationError:
    return serializers.ValidationError({field: serializers.ErrorDetail(message, code=code)})


def _value(attrs: dict, context, name: str):
    """The value the write leaves: the new one when given, else the instance's."""
    if name in attrs:
        return attrs[name]
    instance = getattr(context, "instance", None)
    return getattr(instance, name, None) if instance is not None else None


def _same_type(queryset, type_) -> Q:
    """`type_` among `queryset` of types, in any version: the same row, or one with the
    same key (catalogus and omschrijving) — zaaktypen, besluittypen and
    informatieobjecttypen relate by key (Catalogi API 1.3 historiemodel), so a newer
    version of a related type counts as related."""
    condition = Q(pk=type_.pk)
    if type_.omschrijving:
        condition |= Q(catalogus_id=type_.catalogus_id, omschrijving=type_.omschrijving)
    return queryset.filter(condition).exists()


class BesluitTypeGepubliceerd:
    """Publicatie `besluittype`: `concept` moet `false` zijn (the contract's create and
    update validation)."""

    requires_context = True
    code = "not-published"

    def __call__(self, attrs, context):
        besluittype = attrs.get("besluittype")
        if besluittype is not None and besluittype.concept:
            raise _error("besluittype", "Het besluittype is nog niet gepubliceerd.", self.code)


class Onveranderlijk:
    """brc-001 and brc-002: `besluittype`, `identificatie` and `verantwoordelijkeOrganisatie`
    of an existing besluit cannot be changed (sending the same value is fine)."""

    requires_context = True
    code = "wijzigen-niet-toegelaten"
    fields = (
        ("besluittype", "besluittype"),
        ("identificatie", "identificatie"),
        ("verantwoordelijke_organisatie", "verantwoordelijkeOrganisatie"),
    )

    def __call__(self, attrs, context):
        instance = getattr(context, "instance", None)
        if instance is None:
            return
        errors = {
            field: serializers.ErrorDetail("Dit veld mag niet gewijzigd worden.", code=self.code)
            for name, field in self.fields
            if name in attrs and attrs[name] != getattr(instance, name)
        }
        if errors:
            raise serializers.ValidationError(errors)


class UniekeIdentificatie:
    """brc-002: a given `identificatie` is unique within the `verantwoordelijkeOrganisatie`
    (a generated one is unique by construction, `zgw.identificatie`)."""

    requires_context = True
    code = "identificatie-niet-uniek"

    def __call__(self, attrs, context):
        identificatie = attrs.get("identificatie")
        organisatie = _value(attrs, context, "verantwoordelijke_organisatie")
        if not identificatie or not organisatie:
            return
        others = Besluit.objects.filter(identificatie=identificatie, verantwoordelijke_organisatie=organisatie)
        instance = getattr(context, "instance", None)
        if instance is not None:
            others = others.exclude(pk=instance.pk)
        if others.exists():
            raise _error(
                "identificatie",
                f"Deze identificatie ({identificatie}) bestaat al voor deze verantwoordelijke organisatie.",
                self.code,
            )


class BesluitTypeVanZaakType:
    """brc-007: a besluit in a zaak has a besluittype of that zaak's zaaktype
    (`zaak.zaaktype.besluittypen`)."""

    requires_context = True
    code = "zaaktype-mismatch"

    def __call__(self, attrs, context):
        zaak = _value(attrs, context, "zaak")
        besluittype = _value(attrs, context, "besluittype")
        if zaak is None or besluittype is None:
            return
        if not _same_type(zaak.zaaktype.besluittypen.all(), besluittype):
            raise _error(NON_FIELD, "Het besluittype hoort niet bij het zaaktype van de zaak.", self.code)


class InformatieObjectTypeVanBesluitType:
    """brc-008: the document of a besluitinformatieobject has an informatieobjecttype of
    the besluit's besluittype (`besluit.besluittype.informatieobjecttypen`)."""

    requires_context = True
    code = "missing-besluittype-informatieobjecttype-relation"

    def __call__(self, attrs, context):
        besluit = attrs.get("besluit")
        informatieobject = attrs.get("informatieobject")
        if besluit is None or informatieobject is None:
            return
        if not _same_type(besluit.besluittype.informatieobjecttypen.all(), informatieobject.informatieobjecttype):
            raise _error(
                NON_FIELD,
                "Het informatieobjecttype van het informatieobject hoort niet bij het besluittype van het besluit.",
                self.code,
            )


class Datumvolgorde:
    """The dates of a besluit, in the order the standard's definitions (RGBZ) give them:

    - `datum`, the beslisdatum, is today or earlier ("`datum` in het verleden of nu");
    - the werkingsperiode does not end before it begins: `vervaldatum` ≥ `ingangsdatum`;
    - a besluit is published and sent once it is taken: `publicatiedatum` ≥ `datum`,
      `verzenddatum` ≥ `datum`;
    - the reaction period ends after the besluit is sent (or, unsent, taken):
      `uiterlijkeReactiedatum` ≥ `verzenddatum` (else `datum`);
    - a `vervalreden` says why the werkingsperiode ends, so it comes with a `vervaldatum`.

    `ingangsdatum` may precede `datum` (a besluit with retroactive effect)."""

    requires_context = True
    order = (
        # (later field, earlier fields in order of preference, API name)
        ("vervaldatum", ("ingangsdatum",), "vervaldatum"),
        ("publicatiedatum", ("datum",), "publicatiedatum"),
        ("verzenddatum", ("datum",), "verzenddatum"),
        ("uiterlijke_reactiedatum", ("verzenddatum", "datum"), "uiterlijkeReactiedatum"),
    )
    names = {"datum": "datum", "ingangsdatum": "ingangsdatum", "verzenddatum": "verzenddatum"}

    def __call__(self, attrs, context):
        errors = {}
        datum = attrs.get("datum")
        if datum is not None and datum > timezone.localdate():
            errors["datum"] = serializers.ErrorDetail("De datum mag niet in de toekomst liggen.", "future_not_allowed")
        for name, earlier_names, field in self.order:
            later = _value(attrs, context, name)
            earlier_name = next((n for n in earlier_names if _value(attrs, context, n) is not None), None)
            if later is None or earlier_name is None:
                continue
            if later < _value(attrs, context, earlier_name):
                errors[field] = serializers.ErrorDetail(
                    f"{field} mag niet vóór {self.names[earlier_name]} liggen.", "date-mismatch"
                )
        if _value(attrs, context, "vervalreden") and _value(attrs, context, "vervaldatum") is None:
            errors.setdefault(
                "vervaldatum", serializers.ErrorDetail("Een vervalreden vraagt om een vervaldatum.", "required")
            )
        if errors:
            raise serializers.ValidationError(errors)


BESLUIT_RULES = (
    BesluitTypeGepubliceerd(),
    Onveranderlijk(),
    UniekeIdentificatie(),
    BesluitTypeVanZaakType(),
    Datumvolgorde(),
)
BESLUITINFORMATIEOBJECT_RULES = (InformatieObjectTypeVanBesluitType(),)
