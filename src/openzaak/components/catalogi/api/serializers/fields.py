"""Serializer fields the catalogue's resources share: ISO 8601 durations, lists of
references, references that also accept the version-independent key of a type
(omschrijving/identificatie, as the 1.3.x historiemodel names related types), and the
validity dates a sub-type inherits from its zaaktype."""

from __future__ import annotations

from collections.abc import Mapping

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from openzaak.zgw.prefetch import loaded_one, related, related_rows, related_uuids
from openzaak.zgw.prefetch import value as related_value
from openzaak.zgw.references import build_url, resolve_url, url_builder

from ...durations import validate_duration
from ...rules import TypeKey
from .versions import KEYS, VersionResolver, version_columns, want_version, want_versions


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
    """A to-many relation shown and accepted as a list of URLs. Reads the page's uuid
    array or plain list (`zgw.prefetch`), else the relation itself."""

    def __init__(self, *, model, **kwargs):
        self.model = model
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance  # the relation is read in to_representation, from what the page loaded

    def to_representation(self, instance):
        prefix = self.__dict__.get("_prefix")  # this field serves one request
        if prefix is None:
            prefix = self._prefix = url_builder(self.context.get("request"), self.model).prefix
        return [f"{prefix}{uuid}" for uuid in related_uuids(instance, self.source)]

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

    def prepare(self, parents) -> None:
        request = self.context.get("request")
        resolver = VersionResolver.for_request(request)
        for parent in parents:
            if isinstance(parent, Mapping):  # a row of zgw.prefetch.json_arrays, see versions.version_json
                if parent.get(self.source):
                    want_version(request, parent[self.source], self.model)
            else:
                obj = loaded_one(parent, self.source)
                if obj is not None:
                    resolver.want([obj])

    def to_representation(self, obj):
        resolver = VersionResolver.for_request(self.context.get("request"))
        if isinstance(obj, Mapping):
            return resolver.url_for(self.model, obj["catalogus_id"], obj[KEYS[self.model]], obj["uuid"])
        return resolver.url(obj)

    def to_internal_value(self, data):
        if not isinstance(data, str) or not data:
            raise serializers.ValidationError("Verwacht een URL of een omschrijving/identificatie.", code="invalid")
        if _is_url(data):
            return resolve_url(data, self.model)
        return TypeKey(data)


@extend_schema_field({"type": "array", "items": {"type": "string"}})
class VersionedReferenceListField(ReferenceListField):
    """A list of `VersionedReferenceField` values. Reads the page's row array of versions
    (`versions.version_arrays`), else the relation."""

    def prepare(self, parents) -> None:
        want_versions(self.context.get("request"), parents, self.source, self.model)

    def to_representation(self, instance):
        resolver = self.__dict__.get("_resolver")  # this field serves one request
        if resolver is None:
            resolver = self._resolver = VersionResolver.for_request(self.context.get("request"))
        return resolver.urls(self.model, related_rows(instance, self.source, *version_columns(self.model)))

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
    order kept.

    Reads what the page loaded (`zgw.prefetch`), else the relation: plain URLs from its
    uuid array, versioned types (their URL or key) from its row array of versions
    (`versions.version_arrays`), other attributes from its plain list."""

    def __init__(self, *, value: str = "url", through: str | None = None, versioned: bool = False, **kwargs):
        kwargs["read_only"] = True
        self.value, self.through, self.versioned = value, through, versioned
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance  # the relation is read in to_representation, from what the page loaded

    def _target(self, instance) -> tuple[type, str]:
        """The model shown, and how: "uuids", "versions" (uuid, catalogus, key) or "objects"."""
        model = type(instance)._meta.get_field(self.source).related_model
        if self.through:
            model = model._meta.get_field(self.through).related_model
        if self.value == "url" and not (self.through or self.versioned):
            return model, "uuids"
        if model in KEYS and (self.versioned if self.value == "url" else self.value == KEYS[model]):
            return model, "versions"
        return model, "objects"

    def prepare(self, parents) -> None:
        if self.versioned and self.value == "url":
            model, how = self._target(parents[0])
            if how == "versions":
                path = f"{self.through}__" if self.through else ""
                want_versions(self.context.get("request"), parents, self.source, model, path)

    def to_representation(self, instance):
        show = self.__dict__.get("_show")
        if show is None:
            show = self._show = self._shower(instance)
        return show(instance)

    def _shower(self, instance):
        """How this field shows an instance: made on its first, for the request it serves."""
        model, how = self._target(instance)
        request, source, value = self.context.get("request"), self.source, self.value
        if how == "uuids":  # one object per uuid, no duplicates
            prefix = url_builder(request, model).prefix
            return lambda instance: [f"{prefix}{uuid}" for uuid in related_uuids(instance, source)]
        if how == "versions":
            columns = version_columns(model, f"{self.through}__" if self.through else "")
            if value != "url":
                return lambda instance: list(dict.fromkeys(row[2] for row in related_rows(instance, source, *columns)))
            resolver = VersionResolver.for_request(request)
            return lambda instance: list(dict.fromkeys(resolver.urls(model, related_rows(instance, source, *columns))))

        def show(instance):
            objects = related(instance, source)  # objects, or dicts (zgw.prefetch.json_arrays)
            if self.through:
                objects = [related_value(obj, self.through) for obj in objects]
            if value != "url":
                return list(dict.fromkeys(related_value(obj, value) for obj in objects))
            return list(dict.fromkeys(build_url(request, obj) for obj in objects))

        return show


@extend_schema_field({"type": "array", "items": {"type": "string", "format": "uri"}, "readOnly": True})
class RelatedUrlsField(RelatedValuesField):
    pass


@extend_schema_field({"type": "array", "items": {"type": "string"}, "readOnly": True})
class RelatedNamesField(RelatedValuesField):
    pass
