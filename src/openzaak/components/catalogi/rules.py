"""The Catalogi API's input rules, one small class each, raising the code clients rely
on (the standard's rule number in the docstring where it has one). The API's
serializers and the admin's forms both apply them (they read model field names); state
changes (publish, delete) live in `services.py`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils import timezone
from rest_framework import serializers

from openzaak.zgw.components import CATALOGI
from openzaak.zgw.constants import Afleidingswijze
from openzaak.zgw.context import client_of
from openzaak.zgw.scopes import SCOPE_CATALOGI_FORCED_WRITE

from .constants import FormaatEigenschap
from .services import overlapping_versions


@dataclass(frozen=True)
class TypeKey:
    """A related type named by its version-independent key (omschrijving of an
    informatieobjecttype or besluittype, identificatie of a zaaktype); resolved to a
    version within the catalogus by `resolve_type_keys`."""

    value: str


def _value(attrs, serializer, name):
    """The value a write leaves: the new one when given, else the instance's."""
    if name in attrs:
        return attrs[name]
    return getattr(serializer.instance, name, None) if serializer.instance is not None else None


def resolve_type_key(value, *, model, key_field: str, catalogus, field_name: str):
    """`resolve_type_keys` for one value."""
    try:
        [obj] = resolve_type_keys([value], model=model, key_field=key_field, catalogus=catalogus, field_name=field_name)
    except serializers.ValidationError as exc:
        raise serializers.ValidationError({field_name: exc.detail[field_name][0]}) from None
    return obj


def resolve_type_keys(values, *, model, key_field: str, catalogus, field_name: str):
    """Turn `TypeKey`s into the version of that type in `catalogus`: the one valid today,
    else the most recent. URLs were resolved by the field already."""
    resolved, errors = [], {}
    today = timezone.localdate()
    for index, value in enumerate(values):
        if not isinstance(value, TypeKey):
            resolved.append(value)
            continue
        versions = model.objects.filter(catalogus=catalogus, **{key_field: value.value})
        obj = (
            versions.geldig_op(today).order_by("-begin_geldigheid").first()
            or versions.order_by("-begin_geldigheid").first()
        )
        if obj is None:
            errors[index] = [
                serializers.ErrorDetail(
                    f"Er is geen {model._meta.verbose_name} met {key_field} '{value.value}' in deze catalogus.",
                    code="does_not_exist",
                )
            ]
        resolved.append(obj)
    if errors:
        raise serializers.ValidationError({field_name: errors})
    return resolved


class EindeNaBegin:
    """eindeGeldigheid is the last valid day: it may not precede beginGeldigheid (and
    likewise eindeObject and beginObject)."""

    requires_context = True
    pairs = (
        ("begin_geldigheid", "einde_geldigheid", "eindeGeldigheid"),
        ("begin_object", "einde_object", "eindeObject"),
    )

    def __call__(self, attrs, serializer):
        for begin_name, einde_name, field_name in self.pairs:
            begin, einde = _value(attrs, serializer, begin_name), _value(attrs, serializer, einde_name)
            if begin and einde and einde < begin:
                raise serializers.ValidationError(
                    {field_name: serializers.ErrorDetail(f"{field_name} ligt vóór het begin.", code="date-mismatch")}
                )


class RelationsInCatalogus:
    """Related types belong to the same catalogus as the type that refers to them."""

    requires_context = True
    code = "relations-incorrect-catalogus"

    def __init__(self, *fields: tuple[str, str]):
        self.fields = fields  # (attribute, field name in the API)

    def __call__(self, attrs, serializer):
        catalogus = _catalogus_of(attrs, serializer)
        for attribute, field_name in self.fields:
            related = attrs.get(attribute)
            if related is None:
                continue
            for obj in related if isinstance(related, list) else [related]:
                if obj.catalogus_id != catalogus.pk:
                    raise serializers.ValidationError(
                        {
                            field_name: serializers.ErrorDetail(
                                f"{obj._meta.verbose_name} hoort bij een andere catalogus.", code=self.code
                            )
                        }
                    )


def _catalogus_of(attrs, serializer):
    if "catalogus" in attrs and not hasattr(serializer.Meta.model, "zaaktype"):
        return attrs["catalogus"]
    zaaktype = _value(attrs, serializer, "zaaktype")
    if zaaktype is not None:
        return zaaktype.catalogus
    return _value(attrs, serializer, "catalogus")


class CatalogusOfZaakType:
    """A sub-type's (deprecated or derived) `catalogus`, when given, is its zaaktype's."""

    requires_context = True

    def __call__(self, attrs, serializer):
        catalogus = attrs.get("opgegeven_catalogus")
        zaaktype = _value(attrs, serializer, "zaaktype")
        if catalogus is not None and zaaktype is not None and catalogus.pk != zaaktype.catalogus_id:
            raise serializers.ValidationError(
                {
                    "catalogus": serializers.ErrorDetail(
                        "De catalogus moet de catalogus van het zaaktype zijn.", code="relations-incorrect-catalogus"
                    )
                }
            )


class SameZaakType:
    """A sub-type refers only to sub-types of its own zaaktype (e.g. eigenschap.statustype)."""

    requires_context = True

    def __init__(self, *fields: tuple[str, str]):
        self.fields = fields

    def __call__(self, attrs, serializer):
        zaaktype = _value(attrs, serializer, "zaaktype")
        for attribute, field_name in self.fields:
            related = attrs.get(attribute)
            for obj in (related if isinstance(related, list) else [related]) if related is not None else []:
                if obj.zaaktype_id != zaaktype.pk:
                    raise serializers.ValidationError(
                        {
                            field_name: serializers.ErrorDetail(
                                f"{obj._meta.verbose_name} hoort bij een ander zaaktype.",
                                code="relations-incorrect-zaaktype",
                            )
                        }
                    )


class BeginGeldigheidOfZaakType:
    """A sub-type's beginGeldigheid, when given, is its zaaktype's (the standard: "Deze
    MOETen overeenkomen"); left out, the zaaktype's applies."""

    requires_context = True

    def __call__(self, attrs, serializer):
        begin = attrs.get("begin_geldigheid")
        zaaktype = _value(attrs, serializer, "zaaktype")
        if begin and zaaktype is not None and begin != zaaktype.begin_geldigheid:
            raise serializers.ValidationError(
                {
                    "beginGeldigheid": serializers.ErrorDetail(
                        "beginGeldigheid moet gelijk zijn aan de beginGeldigheid van het zaaktype.",
                        code="begin-geldigheid-mismatch",
                    )
                }
            )


class ZaakTypeConcept:
    """ztc-010: a sub-type of a published zaaktype is created or changed only as a
    correctie, i.e. with `catalogi.geforceerd-schrijven`. Both the old and the new
    zaaktype count when a write moves it."""

    requires_context = True
    code = "non-concept-zaaktype"
    message = (
        "Objecten van een gepubliceerd zaaktype kunnen alleen als correctie (scope catalogi.geforceerd-schrijven) "
        "worden aangemaakt of gewijzigd."
    )

    def __call__(self, attrs, serializer):
        if self.writable(attrs, serializer.instance):
            return
        client = client_of(serializer.context["request"])
        if client is not None and client.has_scope(CATALOGI, SCOPE_CATALOGI_FORCED_WRITE):
            return
        raise serializers.ValidationError({"nonFieldErrors": serializers.ErrorDetail(self.message, code=self.code)})

    def writable(self, attrs, instance) -> bool:
        zaaktypen = [attrs.get("zaaktype"), getattr(instance, "zaaktype", None)]
        return all(zaaktype is None or zaaktype.concept for zaaktype in zaaktypen)


class RelationConcept(ZaakTypeConcept):
    """A zaaktype-informatieobjecttype relation is written while its zaaktype or its
    informatieobjecttype is a concept (as the reference implementation has it); one
    between two published types only as a correctie (`non-concept-relation`)."""

    code = "non-concept-relation"
    message = (
        "Een relatie tussen een gepubliceerd zaaktype en een gepubliceerd informatieobjecttype kan alleen als "
        "correctie (scope catalogi.geforceerd-schrijven) worden aangemaakt of gewijzigd."
    )

    def writable(self, attrs, instance) -> bool:
        zaaktype = attrs.get("zaaktype") or getattr(instance, "zaaktype", None)
        informatieobjecttype = attrs.get("informatieobjecttype") or getattr(instance, "informatieobjecttype", None)
        return zaaktype is None or informatieobjecttype is None or zaaktype.concept or informatieobjecttype.concept


class NoOverlappingVersions:
    """ztc-016: published versions of a type with the same key (identificatie of a
    zaaktype, omschrijving of an informatieobjecttype/besluittype) within a catalogus
    do not overlap in validity. Checked for a published version that changes; `publish`
    checks it too."""

    requires_context = True

    def __init__(self, key_field: str):
        self.key_field = key_field

    def __call__(self, attrs, serializer):
        instance = serializer.instance
        if instance is None or instance.concept:
            return
        values = {
            name: _value(attrs, serializer, name)
            for name in (self.key_field, "catalogus", "begin_geldigheid", "einde_geldigheid")
        }
        if overlapping_versions(type(instance), key_field=self.key_field, exclude=instance, **values).exists():
            raise serializers.ValidationError(
                {
                    "beginGeldigheid": serializers.ErrorDetail(
                        "Er is al een gepubliceerde versie in deze catalogus met een overlappende geldigheidsperiode.",
                        code="overlap",
                    )
                }
            )


# --- Eigenschap.specificatie ------------------------------------------------------------
LENGTE = {FormaatEigenschap.datum: "8", FormaatEigenschap.datum_tijd: "14"}
KARDINALITEIT = re.compile(r"^([1-9]\d{0,2}|N)$")
GETAL_LENGTE = re.compile(r"^\d+([.,]\d+)?$")
TEKST_LENGTE = re.compile(r"^[1-9]\d*$")
WAARDE = {
    FormaatEigenschap.getal: re.compile(r"^-?\d+([.,]\d+)?$"),
    FormaatEigenschap.datum: re.compile(r"^\d{8}$"),
    FormaatEigenschap.datum_tijd: re.compile(r"^\d{14}$"),
}


class EigenschapSpecificatie:
    """The specificatie of an eigenschap: ztc-015 (formaat `datum` has lengte 8 and
    values YYYYMMDD, `datum_tijd` lengte 14 and YYYYMMDDhhmmss), a lengte that suits the
    formaat (a whole number; for `getal` optionally with decimals, "8,2"), a
    kardinaliteit of 1-999 or N, and a waardenverzameling whose values fit formaat and
    lengte."""

    def __call__(self, attrs):
        if "specificatie_formaat" not in attrs:
            return  # a PATCH without specificatie
        formaat = attrs["specificatie_formaat"]
        lengte = attrs.get("specificatie_lengte", "")
        errors = {}
        if formaat in LENGTE and lengte != LENGTE[formaat]:
            errors["specificatie.lengte"] = serializers.ErrorDetail(
                f"Bij formaat '{formaat}' is de lengte {LENGTE[formaat]} (ztc-015).", code="invalid-length"
            )
        elif not (GETAL_LENGTE if formaat == FormaatEigenschap.getal else TEKST_LENGTE).match(lengte):
            errors["specificatie.lengte"] = serializers.ErrorDetail(
                f"Ongeldige lengte '{lengte}' voor formaat '{formaat}'.", code="invalid-length"
            )
        if not KARDINALITEIT.match(attrs.get("specificatie_kardinaliteit", "")):
            errors["specificatie.kardinaliteit"] = serializers.ErrorDetail(
                "De kardinaliteit is een getal van 1 tot 999, of N.", code="invalid"
            )
        bad = [
            waarde for waarde in attrs.get("specificatie_waardenverzameling", []) if not _fits(waarde, formaat, lengte)
        ]
        if bad:
            errors["specificatie.waardenverzameling"] = serializers.ErrorDetail(
                f"Deze waarden passen niet bij formaat en lengte: {', '.join(bad)}.", code="invalid-value"
            )
        if errors:
            raise serializers.ValidationError(errors)


def _fits(waarde: str, formaat: str, lengte: str) -> bool:
    if formaat in WAARDE and not WAARDE[formaat].match(waarde):
        return False
    if formaat == FormaatEigenschap.tekst and TEKST_LENGTE.match(lengte):
        return len(waarde) <= int(lengte)
    return True


# --- Resultaattype.brondatumArchiefprocedure (ztc-004 … ztc-008) ---------------------------
A = Afleidingswijze
# Per afleidingswijze: which parameters are required (True) and which must be empty
# (False). einddatumBekend (ztc-005) is only forbidden for afgehandeld and termijn.
BRONDATUM_PARAMETERS = {
    A.afgehandeld: {
        "procestermijn": False,
        "datumkenmerk": False,
        "einddatum_bekend": False,
        "objecttype": False,
        "registratie": False,
    },
    A.ander_datumkenmerk: {"procestermijn": False, "datumkenmerk": True, "objecttype": True, "registratie": True},
    A.eigenschap: {"procestermijn": False, "datumkenmerk": True, "objecttype": False, "registratie": False},
    A.gerelateerde_zaak: {"procestermijn": False, "datumkenmerk": False, "objecttype": False, "registratie": False},
    A.hoofdzaak: {"procestermijn": False, "datumkenmerk": False, "objecttype": False, "registratie": False},
    A.ingangsdatum_besluit: {"procestermijn": False, "datumkenmerk": False, "objecttype": False, "registratie": False},
    A.termijn: {
        "procestermijn": True,
        "datumkenmerk": False,
        "einddatum_bekend": False,
        "objecttype": False,
        "registratie": False,
    },
    A.vervaldatum_besluit: {"procestermijn": False, "datumkenmerk": False, "objecttype": False, "registratie": False},
    A.zaakobject: {"procestermijn": False, "datumkenmerk": True, "objecttype": True, "registratie": False},
}
API_NAMES = {"einddatum_bekend": "einddatumBekend"}


class BrondatumArchiefprocedure:
    """ztc-004 … ztc-008: the parameters each afleidingswijze requires, and those it
    forbids (`required` / `must-be-empty`, named `brondatumArchiefprocedure.<veld>`)."""

    def __call__(self, attrs):
        afleidingswijze = attrs.get("brondatum_archiefprocedure_afleidingswijze")
        if not afleidingswijze:
            return
        errors = {}
        for name, required in BRONDATUM_PARAMETERS[afleidingswijze].items():
            present = bool(attrs.get(f"brondatum_archiefprocedure_{name}"))
            if present == required:
                continue
            api_name = f"brondatumArchiefprocedure.{API_NAMES.get(name, name)}"
            if required:
                errors[api_name] = serializers.ErrorDetail(
                    f"Dit veld is vereist bij afleidingswijze '{afleidingswijze}'.", code="required"
                )
            else:
                errors[api_name] = serializers.ErrorDetail(
                    f"Dit veld moet leeg zijn bij afleidingswijze '{afleidingswijze}'.", code="must-be-empty"
                )
        if errors:
            raise serializers.ValidationError(errors)


__all__ = [
    "BeginGeldigheidOfZaakType",
    "BrondatumArchiefprocedure",
    "CatalogusOfZaakType",
    "EigenschapSpecificatie",
    "EindeNaBegin",
    "NoOverlappingVersions",
    "RelationsInCatalogus",
    "SameZaakType",
    "ZaakTypeConcept",
    "CorrectieOnlyExtends",
    "StatustypeCorrectieAchteraan",
    "resolve_type_keys",
]


class CorrectieOnlyExtends:
    """A correctie of a published type extends it: relations may be added, not removed
    (the standard's "Correctie": "Er mogen dus geen relaties of gerelateerde objecten
    verwijderd worden"). Relations compare by the related type's key, so pointing at a
    newer version of the same type is no removal."""

    requires_context = True
    code = "correctie-removes-relation"

    def __init__(self, *relations: tuple[str, str, str]):
        self.relations = relations  # (attribute, field name in the API, key of the related type)

    def __call__(self, attrs, serializer):
        instance = serializer.instance
        if instance is None or instance.concept:
            return
        for attribute, field_name, key in self.relations:
            if attribute not in attrs:
                continue
            old = {_key(obj, key) for obj in getattr(instance, attribute).all()}
            new = {_key(item, key) for item in attrs[attribute]}
            removed = sorted(old - new)
            if removed:
                raise serializers.ValidationError(
                    {
                        field_name: serializers.ErrorDetail(
                            f"Een correctie van een gepubliceerd object verwijdert geen relaties: "
                            f"{', '.join(removed)}.",
                            code=self.code,
                        )
                    }
                )


def _key(item, key: str) -> str:
    if isinstance(item, dict):  # a nested relation, e.g. a gerelateerd zaaktype
        item = item["gerelateerd_zaaktype"]
    if hasattr(item, "gerelateerd_zaaktype"):
        item = item.gerelateerd_zaaktype
    return getattr(item, key)


class StatustypeCorrectieAchteraan:
    """A statustype added to a published zaaktype (a correctie) comes after the
    statustypen it has ("een statustype aan het eind van de reeds geconfigureerde
    statustypen"); existing ones keep their place."""

    requires_context = True

    def __call__(self, attrs, serializer):
        zaaktype = _value(attrs, serializer, "zaaktype")
        volgnummer = attrs.get("volgnummer")
        if zaaktype is None or zaaktype.concept or volgnummer is None:
            return
        if serializer.instance is not None and volgnummer == serializer.instance.volgnummer:
            return
        others = zaaktype.statustypen.all()
        if serializer.instance is not None:
            others = others.exclude(pk=serializer.instance.pk)
        highest = max(others.values_list("volgnummer", flat=True), default=0)
        if volgnummer <= highest:
            raise serializers.ValidationError(
                {
                    "volgnummer": serializers.ErrorDetail(
                        "Een correctie voegt een statustype alleen achteraan toe.", code="correctie-volgnummer"
                    )
                }
            )
