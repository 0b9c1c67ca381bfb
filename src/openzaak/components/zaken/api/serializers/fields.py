"""Serializer fields the Zaken API's resources share: ISO 8601 durations, the contract's
gegevensgroepen (groups of columns, zrc-012) and the schema of read-only URLs."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from openzaak.components.catalogi.durations import validate_duration


@extend_schema_field({"type": "string", "format": "duration"})
class DurationField(serializers.CharField):
    """An ISO 8601 duration (`P30D`), kept as written."""

    default_error_messages = {"invalid": "Geef een duur in ISO 8601-formaat, bijvoorbeeld P14D."}

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        try:
            validate_duration(value)
        except Exception:  # noqa: BLE001 - Django's ValidationError, reported as ours
            self.fail("invalid")
        return value


class GegevensGroep(serializers.Serializer):
    """A group of the contract (`verlenging`, `opschorting`, `processobject`) stored as
    columns named `<prefix>_<field>` (its fields' `source`). zrc-012: `null` means the
    group has no value, so its columns are emptied; an object is validated as the group
    (its required fields). Declare it with `source="*"`, `required=False, allow_null=True`."""

    empty_values: dict = {}  # column -> its value when the group is empty

    def run_validation(self, data=serializers.empty):
        if data is None:
            return dict(self.empty_values)
        return super().run_validation(data)


@extend_schema_field({"type": "array", "items": {"type": "string", "format": "uri"}, "readOnly": True})
class UrlListField(serializers.ReadOnlyField):
    """A read-only list of URLs of related resources (shown by the serializer's own
    representation, see `ZaakSerializer.to_representation`)."""


@extend_schema_field({"type": "string", "format": "uri", "readOnly": True, "nullable": True})
class NullableUrlField(serializers.ReadOnlyField):
    """A read-only URL that is null when there is none (a zaak's `status`, `resultaat`)."""
