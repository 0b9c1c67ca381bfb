"""Admin forms that hold the catalogue to the same rules as the API.

The rules live once, as the API's validators (`api/validators.py`,
`api/selectielijst_validators.py`); they read model field names, so a form's
`cleaned_data` is what they check here. Their errors, named as the API names them
(`specificatie.lengte`, `brondatumArchiefprocedure.datumkenmerk`), are shown on the
form field they concern.
"""

from __future__ import annotations

import re
from types import SimpleNamespace

from django import forms
from rest_framework import serializers

from ..rules import BrondatumArchiefprocedure, EigenschapSpecificatie, EindeNaBegin
from ..selectielijst_rules import (
    AfleidingswijzeProcestermijnValidator,
    ResultaattypeomschrijvingValidator,
    SelectielijstklasseProcestypeValidator,
    SelectielijstklasseValidator,
    SelectielijstProcestypeValidator,
    derived_from_selectielijst,
)


def model_field_name(api_name: str) -> str:
    """`brondatumArchiefprocedure.einddatumBekend` → `brondatum_archiefprocedure_einddatum_bekend`."""
    return re.sub(r"(?<!^)([A-Z])", r"_\1", api_name).replace(".", "_").lower()


class RulesForm(forms.ModelForm):
    """Runs `rules` (the API's validators, called with the cleaned data and the
    instance) and `field_rules` ({model field: validator}) after the form's own checks."""

    rules: tuple = ()
    field_rules: dict = {}

    def clean(self):
        cleaned = super().clean()
        context = SimpleNamespace(instance=self.instance if self.instance.pk else None)
        for name, rule in self.field_rules.items():
            if cleaned.get(name):
                self._apply(lambda rule=rule, name=name: rule(cleaned[name]), default_field=name)
        if not self.errors:
            for rule in self.rules:
                if getattr(rule, "requires_context", False):
                    self._apply(lambda rule=rule: rule(cleaned, context))
                else:
                    self._apply(lambda rule=rule: rule(cleaned))
        return cleaned

    def _apply(self, check, default_field: str | None = None) -> None:
        try:
            check()
        except serializers.ValidationError as exc:
            for name, messages in _by_field(exc.detail, default_field):
                field = model_field_name(name) if name else None
                field = field if field in self.fields else None
                for message in messages:
                    self.add_error(field, forms.ValidationError(str(message), code=getattr(message, "code", None)))


def _by_field(detail, default_field, prefix=""):
    """(API field name, [messages]) pairs of a DRF error detail."""
    if isinstance(detail, dict):
        for key, value in detail.items():
            yield from _by_field(value, default_field, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(detail, list) and detail and isinstance(detail[0], dict | list):
        for item in detail:
            yield from _by_field(item, default_field, prefix)
    else:
        yield (prefix or default_field), detail if isinstance(detail, list) else [detail]


class ZaakTypeForm(RulesForm):
    rules = (EindeNaBegin(),)
    field_rules = {"selectielijst_procestype": SelectielijstProcestypeValidator()}


class GeldigheidForm(RulesForm):
    """Informatieobjecttypen and besluittypen: a validity period that ends after it begins."""

    rules = (EindeNaBegin(),)


class ZaakTypeDeelForm(RulesForm):
    """A sub-type of a zaaktype; it is only added to a concept zaaktype (ztc-010)."""

    def clean(self):
        cleaned = super().clean()
        zaaktype = cleaned.get("zaaktype")
        if zaaktype is not None and not zaaktype.concept and "zaaktype" in self.changed_data:
            self.add_error(
                "zaaktype",
                forms.ValidationError(
                    "Aan een gepubliceerd zaaktype kunnen geen objecten worden toegevoegd; "
                    "maak een nieuwe versie van het zaaktype.",
                    code="non-concept-zaaktype",
                ),
            )
        return cleaned


class EigenschapForm(ZaakTypeDeelForm):
    rules = (EigenschapSpecificatie(),)


class ResultaatTypeForm(ZaakTypeDeelForm):
    """ztc-002 … ztc-008, and the values ztc-002 derives from the Selectielijst API
    (omschrijvingGeneriek, and archiefnominatie/-actietermijn when left empty)."""

    rules = (
        BrondatumArchiefprocedure(),
        SelectielijstklasseProcestypeValidator(),
        AfleidingswijzeProcestermijnValidator(),
    )
    field_rules = {
        "resultaattypeomschrijving": ResultaattypeomschrijvingValidator(),
        "selectielijstklasse": SelectielijstklasseValidator(),
    }

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            self._apply(lambda: cleaned.update(derived_from_selectielijst(cleaned)))
        return cleaned

    def _post_clean(self):
        super()._post_clean()
        for name in ("omschrijving_generiek", "archiefnominatie", "archiefactietermijn"):
            if name in self.cleaned_data and name not in self.fields:
                setattr(self.instance, name, self.cleaned_data[name])
