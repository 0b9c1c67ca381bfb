"""The body of `POST /zaken/_zoek` (`ZaakZoek`): every list filter of GET /zaken as a
field of the same name (`…__in` as arrays), plus `uuid__in`, `zaaktype__in`,
`zaakgeometrie.within` (a GeoJSON geometry), `expand`, `ordering` and `fields`
(zrc-029). Its fields are derived from `ZaakFilter`, so the two cannot drift apart;
`filter_data()` turns a validated body back into the filter's query parameters."""

from __future__ import annotations

import datetime

from django.http import QueryDict
from django_filters import rest_framework as filters
from rest_framework import serializers

from openzaak.zgw.references import URLField

from ..filters import ORDERING_FIELDS, ZaakFilter
from ..geojson import GeometryField

# body fields that are no filter of GET /zaken
SEARCH_ONLY = ("uuid__in", "zaaktype__in", "zaakgeometrie", "expand", "fields")


def _field_for(name: str, filter_) -> serializers.Field:
    help_text = str(filter_.extra.get("help_text") or "")
    common = {"required": False, "help_text": help_text}
    if isinstance(filter_, filters.OrderingFilter):
        choices = [value for field in ORDERING_FIELDS for value in (field, f"-{field}")]
        return serializers.ChoiceField(choices=choices, **common)
    if isinstance(filter_, filters.BaseInFilter):
        choices = filter_.extra.get("choices")
        child = serializers.ChoiceField(choices=choices) if choices else serializers.CharField()
        return serializers.ListField(child=child, **common)
    if isinstance(filter_, filters.BooleanFilter):
        return serializers.BooleanField(**common)
    if isinstance(filter_, filters.DateFilter):
        return serializers.DateField(**common)
    if isinstance(filter_, filters.ChoiceFilter):
        return serializers.ChoiceField(choices=filter_.extra["choices"], **common)
    return serializers.CharField(max_length=filter_.extra.get("max_length"), **common)


class GeoWithinSerializer(serializers.Serializer):
    within = GeometryField(required=False, help_text="De geometrie waarbinnen de zaakgeometrie moet liggen.")


class ZaakZoekSerializerBase(serializers.Serializer):
    uuid__in = serializers.ListField(
        child=serializers.UUIDField(), required=False, help_text="Array of unieke resource identifiers (UUID4)"
    )
    zaaktype__in = serializers.ListField(
        child=URLField(max_length=1000), required=False, help_text="Array van zaaktypen."
    )
    zaakgeometrie = GeoWithinSerializer(required=False)
    expand = serializers.CharField(
        required=False,
        help_text="Haal details van gelinkte resources direct op, bijvoorbeeld `zaaktype,status.statustype`.",
    )
    fields = serializers.ListField(
        child=serializers.JSONField(),
        required=False,
        help_text="De elementen (fields) die worden teruggegeven, conform het expand-mechanisme: namen, en "
        '`{"<naam>": [...]}` voor de velden van een gerelateerde resource ("*": alle). Het gebruik van '
        '"fields" en "expand" sluit elkaar uit.',
    )

    default_error_messages = {
        "empty": "Geef minstens één zoekparameter op.",
        "unknown": "Onbekende zoekparameter.",
        "exclusive": "Gebruik `fields` of `expand`, niet beide.",
    }

    def to_internal_value(self, data):
        if not isinstance(data, dict) or not data:
            raise serializers.ValidationError(
                {"nonFieldErrors": [serializers.ErrorDetail(self.error_messages["empty"], code="empty_search_body")]}
            )
        unknown = sorted(set(data) - set(self.fields))
        if unknown:
            raise serializers.ValidationError(
                {
                    name: [serializers.ErrorDetail(self.error_messages["unknown"], code="unknown-parameters")]
                    for name in unknown
                }
            )
        attrs = super().to_internal_value(data)
        if attrs.get("fields") and attrs.get("expand"):
            raise serializers.ValidationError(
                {"fields": [serializers.ErrorDetail(self.error_messages["exclusive"], code="expand-fields-exclusive")]}
            )
        return attrs


def filter_data(attrs: dict) -> QueryDict:
    """The validated body's filters as the query parameters `ZaakFilter` reads."""
    data = QueryDict(mutable=True)
    for name, value in attrs.items():
        if name in SEARCH_ONLY:
            continue
        if isinstance(value, list):
            value = ",".join(str(item) for item in value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        elif isinstance(value, datetime.date):
            value = value.isoformat()
        data[name] = str(value)
    return data


ZaakZoekSerializer = type(
    "ZaakZoekSerializer",
    (ZaakZoekSerializerBase,),
    {
        "__doc__": "De zoekparameters van POST /zaken/_zoek.",
        "__module__": __name__,
        **{name: _field_for(name, filter_) for name, filter_ in ZaakFilter.base_filters.items()},
    },
)
