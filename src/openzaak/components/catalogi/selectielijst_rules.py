"""Validation against the Selectielijst API (Catalogi API 1.3.3, ztc-001 … ztc-003).

The rules, as the standard's prose and its reference implementation (Open Zaak) give them:

* ztc-001: `ZaakType.selectielijstProcestype`, when given, is a `ProcesType` of the
  Selectielijst API → `SelectielijstProcestypeValidator` (field).
* ztc-002: `ResultaatType.resultaattypeomschrijving` is a `ResultaattypeOmschrijving-
  Generiek` → `ResultaattypeomschrijvingValidator` (field); `omschrijvingGeneriek` is its
  `omschrijving` → `derived_from_selectielijst()`.
* ztc-002: `ResultaatType.selectielijstklasse` is a `Resultaat`
  → `SelectielijstklasseValidator` (field), of the zaaktype's procestype
  → `SelectielijstklasseProcestypeValidator` (serializer, code `procestype-mismatch`).
  When `archiefnominatie` / `archiefactietermijn` are not given they follow the
  resultaat's `waardering` / `bewaartermijn` → `derived_from_selectielijst()`.
* ztc-003: `brondatumArchiefprocedure.afleidingswijze` is `afgehandeld` when the
  resultaat's procestermijn is `nihil`, and `termijn` when it is
  `ingeschatte_bestaansduur_procesobject`; like the reference implementation we hold the
  converse too (`afgehandeld` only with `nihil`, `termijn` only with
  `ingeschatte_bestaansduur_procesobject`), and a resultaat without procestermijn allows
  every afleidingswijze → `AfleidingswijzeProcestermijnValidator` (serializer, code
  `invalid-afleidingswijze-for-procestermijn`). The per-afleidingswijze rules of
  ztc-004 … ztc-008 need no selectielijst and live with the other resultaattype rules.

A Selectielijst URL that cannot be used answers 400 naming the field, with code
`bad-url` (does not resolve, 404, not JSON), `invalid-resource` (not that kind of
resource of the configured API) or `remote-unavailable` (the API is down or slow).

Wiring (the serializers spell the contract's names and map them with `source=`):

    class ZaakTypeSerializer(...):
        selectielijstProcestype = URLField(
            source="selectielijst_procestype", required=False, allow_blank=True, max_length=200,
            validators=[SelectielijstProcestypeValidator()],
        )

    class ResultaatTypeSerializer(...):
        resultaattypeomschrijving = URLField(max_length=1000, validators=[ResultaattypeomschrijvingValidator()])
        selectielijstklasse = URLField(max_length=1000, validators=[SelectielijstklasseValidator()])

        class Meta:
            validators = [SelectielijstklasseProcestypeValidator(), AfleidingswijzeProcestermijnValidator()]

        def create(self, validated_data):
            validated_data.update(derived_from_selectielijst(validated_data))
            ...

        def update(self, instance, validated_data):
            validated_data.update(derived_from_selectielijst(validated_data))
            ...

The serializer-level validators read each value from `attrs` (validated data, model
field names) and fall back to `serializer.instance` for a partial update; they skip the
remote fetch when a PATCH touches none of their inputs. Their keyword arguments name
the `attrs` keys (`*_source`) and the contract field an error is reported on (`field`);
the defaults match the catalogi models. `attrs`, the instance and the zaaktype may
also be plain dicts, which is how the tests use them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rest_framework import serializers

from openzaak.zgw.constants import Afleidingswijze, Archiefnominatie
from openzaak.zgw.remote import RemoteError

from .selectielijst import (
    Procestermijn,
    get_procestype,
    get_resultaat,
    get_resultaattypeomschrijving,
    same_url,
)

_MISSING = object()


def _get(container, name: str, default=None):
    if container is None:
        return default
    if isinstance(container, Mapping):
        return container.get(name, default)
    return getattr(container, name, default)


def _current(attrs: Mapping, instance, source: str):
    """The value after this write: from the request, else (partial update) the instance."""
    value = attrs.get(source, _MISSING)
    return _get(instance, source) if value is _MISSING else value


def _error(field: str, message: str, code: str) -> serializers.ValidationError:
    return serializers.ValidationError({field: [serializers.ErrorDetail(message, code=code)]})


def _non_field(message: str, code: str) -> serializers.ValidationError:
    """An error of the combination (reported as `nonFieldErrors`, as the reference
    implementation does); DRF collects these of all validators, so a client sees every
    one that applies at once."""
    return serializers.ValidationError([serializers.ErrorDetail(message, code=code)])


def _named(field: str, exc: RemoteError) -> serializers.ValidationError:
    return _error(field, exc.reason, exc.code)


class SelectielijstProcestypeValidator:
    """ztc-001: a non-empty `selectielijstProcestype` is a procestype of the Selectielijst API."""

    def __call__(self, value):
        if value:
            get_procestype(value)


class SelectielijstklasseValidator:
    """ztc-002: `selectielijstklasse` is a resultaat of the Selectielijst API."""

    def __call__(self, value):
        get_resultaat(value)


class ResultaattypeomschrijvingValidator:
    """ztc-002: `resultaattypeomschrijving` is a generic resultaattypeomschrijving."""

    def __call__(self, value):
        get_resultaattypeomschrijving(value)


class SelectielijstklasseProcestypeValidator:
    """ztc-002: the selectielijstklasse belongs to the procestype configured on the
    resultaattype's zaaktype (`selectielijstProcestype`); a zaaktype without one has no
    resultaat that belongs to it."""

    requires_context = True
    code = "procestype-mismatch"

    def __init__(
        self,
        *,
        field: str = "selectielijstklasse",
        selectielijstklasse_source: str = "selectielijstklasse",
        zaaktype_source: str = "zaaktype",
        procestype_attribute: str = "selectielijst_procestype",
    ):
        self.field = field
        self.selectielijstklasse_source = selectielijstklasse_source
        self.zaaktype_source = zaaktype_source
        self.procestype_attribute = procestype_attribute

    def __call__(self, attrs: Mapping, serializer=None):
        if self.selectielijstklasse_source not in attrs and self.zaaktype_source not in attrs:
            return
        instance = _get(serializer, "instance")
        url = _current(attrs, instance, self.selectielijstklasse_source)
        zaaktype = _current(attrs, instance, self.zaaktype_source)
        if not url or zaaktype is None:
            return  # `required` is the fields' business
        procestype = _get(zaaktype, self.procestype_attribute) or ""
        try:
            resultaat = get_resultaat(url)
        except RemoteError as exc:
            raise _named(self.field, exc) from None
        if not same_url(resultaat.proces_type, procestype):
            reason = (
                "Het zaaktype heeft geen selectielijstProcestype."
                if not procestype
                else "De selectielijstklasse hoort niet bij het selectielijstProcestype van het zaaktype."
            )
            raise _non_field(reason, self.code)


class AfleidingswijzeProcestermijnValidator:
    """ztc-003: the afleidingswijze of the brondatumArchiefprocedure fits the
    selectielijstklasse's procestermijn (see the module docstring)."""

    requires_context = True
    code = "invalid-afleidingswijze-for-procestermijn"

    # procestermijn -> the only afleidingswijze it allows, and which it alone allows
    REQUIRED = {
        Procestermijn.nihil: Afleidingswijze.afgehandeld,
        Procestermijn.ingeschatte_bestaansduur_procesobject: Afleidingswijze.termijn,
    }

    def __init__(
        self,
        *,
        afleidingswijze_source: str = "brondatum_archiefprocedure_afleidingswijze",
        selectielijstklasse_source: str = "selectielijstklasse",
        selectielijstklasse_field: str = "selectielijstklasse",
    ):
        self.afleidingswijze_source = afleidingswijze_source
        self.selectielijstklasse_source = selectielijstklasse_source
        self.selectielijstklasse_field = selectielijstklasse_field

    def __call__(self, attrs: Mapping, serializer=None):
        if self.afleidingswijze_source not in attrs and self.selectielijstklasse_source not in attrs:
            return
        instance = _get(serializer, "instance")
        afleidingswijze = _current(attrs, instance, self.afleidingswijze_source)
        url = _current(attrs, instance, self.selectielijstklasse_source)
        if not afleidingswijze or not url:
            return  # no brondatumArchiefprocedure, or no klasse: nothing to hold it against
        try:
            procestermijn = get_resultaat(url).procestermijn
        except RemoteError as exc:
            raise _named(self.selectielijstklasse_field, exc) from None
        if not procestermijn:
            return
        required = self.REQUIRED.get(procestermijn)
        if afleidingswijze == required or (required is None and afleidingswijze not in self.REQUIRED.values()):
            return
        raise _non_field(
            f"De afleidingswijze kan niet `{afleidingswijze}` zijn bij een selectielijstklasse met "
            f"procestermijn `{procestermijn}`" + (f"; die vraagt `{required}`." if required else "."),
            self.code,
        )


def derived_from_selectielijst(validated_data: Mapping) -> dict[str, Any]:
    """ztc-002: the resultaattype values that follow from the Selectielijst API, to
    `update()` the validated data with before saving:

    * `omschrijving_generiek`: the `omschrijving` of a given resultaattypeomschrijving;
    * `archiefnominatie` (from `waardering`) and `archiefactietermijn` (from
      `bewaartermijn`) of a given selectielijstklasse, for each that the request does
      not give. A partial update that leaves the selectielijstklasse alone changes
      neither; one that changes it re-derives what it does not give.

    The URLs were validated already; a RemoteError now (the API went away in between)
    is still a 400 naming the field."""
    derived: dict[str, Any] = {}
    if validated_data.get("resultaattypeomschrijving"):
        try:
            omschrijving = get_resultaattypeomschrijving(validated_data["resultaattypeomschrijving"])
        except RemoteError as exc:
            raise _named("resultaattypeomschrijving", exc) from None
        derived["omschrijving_generiek"] = omschrijving.omschrijving

    url = validated_data.get("selectielijstklasse")
    missing = [name for name in ("archiefnominatie", "archiefactietermijn") if not validated_data.get(name)]
    if url and missing:
        try:
            resultaat = get_resultaat(url)
        except RemoteError as exc:
            raise _named("selectielijstklasse", exc) from None
        values = {
            "archiefnominatie": Archiefnominatie(resultaat.waardering).value,
            "archiefactietermijn": resultaat.bewaartermijn,
        }
        derived.update({name: values[name] for name in missing})
    return derived
