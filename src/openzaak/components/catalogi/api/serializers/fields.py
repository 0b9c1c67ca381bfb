"""Serializer fields the catalogue's resources share: ISO 8601 durations, lists of
references, references that also accept the version-independent key of a type
(omschrijving/identificatie, as the 1.3.x historiemodel names related types), and the
validity dates a sub-type inherits from its zaaktype."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from openzaak.zgw.references import build_url, resolve_url

from ...durations import validate_duration
from ...rules import TypeKey
from .versions import VersionResolver


@extend_schema_field({"type": "string", "format": "duration"})
class DurationField(serializers.CharField):
    """An ISO 8601 duration (`P30D`, `P1Y6M`), kept as written."""

    default_error_messages = {"invalid": "Geef een duur in ISO 8601-formaat, bijvoorbeeld P30D of P1Y6M."}

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 50)
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        try:
            validate_duration(value)
        except Exception:
            self.fail("invalid")
        return value


@extend_schema_field({"type": "array", "items": {"type": "string", "format": "uri"}})
class ReferenceListField(serializers.Field):
    """A to-many relation shown and accepted as a list of URLs. Reading iterates
    `.all()`, so a prefetch keeps a list page at a fixed number of queries."""

    def __init__(self, *, model, **kwargs):
        self.model = model
        super().__init__(**kwargs)

    def to_representation(self, manager):
        request = self.context.get("request")
        return [build_url(request, obj) for obj in manager.all()]

    def to_internal_value(self, data):
        if not isinstance(data, list):
            raise serializers.ValidationError("Verwacht een lijst van URLs.", code="not_a_list")
        objects, errors = [], {}
        for index, url in enumerate(data):
            if not isinstance(url, str):
                errors[index] = [serializers.ErrorDetail("Verwacht een URL.", code="bad-url")]
                continue
            try:
                objects.append(resolve_url(url, self.model))
            except serializers.ValidationError as exc:
                errors[index] = exc.detail
        if errors:
            raise serializers.ValidationError(errors)
        return objects


def _is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


@extend_schema_field({"type": "string"})
class VersionedReferenceField(serializers.Field):
    """A reference to a versioned type: its URL, or its key (see `TypeKey`). Shown as URL."""

    def __init__(self, *, model, **kwargs):
        self.model = model
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return VersionResolver.for_request(self.context.get("request")).url(obj)

    def to_internal_value(self, data):
        if not isinstance(data, str) or not data:
            raise serializers.ValidationError("Verwacht een URL of een omschrijving/identificatie.", code="invalid")
        if _is_url(data):
            return resolve_url(data, self.model)
        return TypeKey(data)


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class VersionedReferenceListField(ReferenceListField):
    """A list of `VersionedReferenceField` values."""

    def to_representation(self, manager):
        resolver = VersionResolver.for_request(self.context.get("request"))
        return [resolver.url(obj) for obj in manager.all()]

    def to_internal_value(self, data):
        if not isinstance(data, list):
            raise serializers.ValidationError("Verwacht een lijst.", code="not_a_list")
        field = VersionedReferenceField(model=self.model)
        values, errors = [], {}
        for index, item in enumerate(data):
            try:
                values.append(field.to_internal_value(item))
            except serializers.ValidationError as exc:
                errors[index] = exc.detail
        if errors:
            raise serializers.ValidationError(errors)
        return values


@extend_schema_field({"type": "string", "format": "date", "nullable": True})
class InheritedDateField(serializers.DateField):
    """A sub-type's validity date: its own when set, else its zaaktype's (the standard:
    "Deze velden bevatten de afgeleide waarden van … het bijbehorende Zaaktype")."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        value = super().get_attribute(instance)
        if value is None:
            value = getattr(instance.zaaktype, self.source_attrs[-1])
        return value


class BlankForNullMixin:
    """The contract lets clients send `null` for optional texts; the database keeps
    those as "" (one empty value, not two)."""

    def to_internal_value(self, data):
        attrs = super().to_internal_value(data)
        for field in self._writable_fields:
            if isinstance(field, DurationField) or not isinstance(field, serializers.CharField):
                continue  # durations are nullable in the database
            if field.allow_null and field.source_attrs:
                key = field.source_attrs[-1]
                if key in attrs and attrs[key] is None and not _model_field_nullable(self, key):
                    attrs[key] = ""
        return attrs


def _model_field_nullable(serializer, name: str) -> bool:
    model = getattr(getattr(serializer, "Meta", None), "model", None)
    if model is None:
        return False
    try:
        return model._meta.get_field(name).null
    except Exception:
        return False


class RelatedValuesField(serializers.Field):
    """A read-only list derived from a to-many relation: the related objects' URLs
    (`value="url"`; with `versioned`, of the version valid on the peildatum, see
    `versions`) or one of their attributes (e.g. `value="omschrijving"`), optionally
    through a link object (`through="informatieobjecttype"` for zaaktype →
    zaaktype-informatieobjecttypen → informatieobjecttype). Duplicates are dropped,
    order kept. Reads `.all()`, so a prefetch serves a whole page."""

    def __init__(self, *, value: str = "url", through: str | None = None, versioned: bool = False, **kwargs):
        kwargs["read_only"] = True
        self.value, self.through, self.versioned = value, through, versioned
        super().__init__(**kwargs)

    def to_representation(self, manager):
        request = self.context.get("request")
        resolver = VersionResolver.for_request(request) if self.versioned else None
        seen, result = set(), []
        for obj in manager.all():
            if self.through:
                obj = getattr(obj, self.through)
            if self.value != "url":
                item = getattr(obj, self.value)
            else:
                item = resolver.url(obj) if resolver else build_url(request, obj)
            if item not in seen:
                seen.add(item)
                result.append(item)
        return result


@extend_schema_field({"type": "array", "items": {"type": "string", "format": "uri"}, "readOnly": True})
class RelatedUrlsField(RelatedValuesField):
    pass


@extend_schema_field({"type": "array", "items": {"type": "string"}, "readOnly": True})
class RelatedNamesField(RelatedValuesField):
    pass
