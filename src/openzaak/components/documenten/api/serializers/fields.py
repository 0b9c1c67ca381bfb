"""Serializer fields of the Documenten API: contract groups kept as columns, the
document's content (base64 in, a download URL out) and the URL of the object an
objectinformatieobject relates to."""

from __future__ import annotations

from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from rest_framework import serializers

from openzaak.zgw.serializers import Serializer

from ... import content
from ...selectors import download_url, oio_object_url


class GroupSerializer(Serializer):
    """A contract group (`ondertekening`, `integriteit`, an address of a verzending)
    stored as the model's columns `<prefix>_<name>`: `null` when `presence` (its
    required fields) are empty, and `null` written as empty columns. The child fields
    name their column as `source`."""

    model = None
    prefix = ""
    presence: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        kwargs.update(source="*", required=False, allow_null=True)
        super().__init__(*args, **kwargs)

    @classmethod
    def columns(cls) -> dict[str, object]:
        """Each column of the group with its empty value."""
        fields = [field for field in cls.model._meta.concrete_fields if field.name.startswith(f"{cls.prefix}_")]
        return {field.name: (None if field.null else "") for field in fields}

    def to_representation(self, instance):
        columns = self.__dict__.get("_presence")
        if columns is None:
            columns = self._presence = [f"{self.prefix}_{name}" for name in self.presence]
        if all(getattr(instance, column) in (None, "") for column in columns):
            return None
        return super().to_representation(instance)

    def run_validation(self, data=serializers.empty):
        if data is None:
            return self.columns()
        return {**self.columns(), **super().run_validation(data)}


class ContentField(serializers.Field):
    """`inhoud`: written as base64 (the streaming parser hands a decoded file over;
    elsewhere a string is decoded here, in pieces), shown as the URL of the `download`
    of this versie, or null without content."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        return instance

    def to_representation(self, document):
        name = document.__dict__.get("inhoud")  # the column as loaded: a file name
        if type(name) is not str:
            name = document.inhoud  # a file being written, or a FieldFile (falsy without a name)
        if not name:
            return None
        return download_url(self.context.get("request"), document)

    def to_internal_value(self, data):
        if data == "":
            return None
        if isinstance(data, str | bytes):
            return content.decode_base64(data)
        if hasattr(data, "read"):
            return data
        raise serializers.ValidationError("Verwacht base64-gecodeerde inhoud.", code="invalid")


class ContentFieldSchema(OpenApiSerializerFieldExtension):
    target_class = ContentField

    def map_serializer_field(self, auto_schema, direction):
        if direction == "request":
            return {
                "type": "string",
                "format": "byte",
                "nullable": True,
                "description": "Binaire inhoud, in base64 geëncodeerd.",
            }
        return {
            "type": "string",
            "format": "uri",
            "nullable": True,
            "description": "Download URL van de binaire inhoud.",
        }


class ObjectField(serializers.Field):
    """The URL of the zaak, besluit or verzoek an objectinformatieobject relates to
    (resolved against `objectType` by the serializer)."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, oio):
        if oio.verzoek:
            return oio.verzoek
        return oio_object_url(self.context.get("request"), oio)

    def to_internal_value(self, data):
        if not isinstance(data, str) or not data:
            raise serializers.ValidationError("Verwacht een URL.", code="bad-url")
        return data


class ObjectFieldSchema(OpenApiSerializerFieldExtension):
    target_class = ObjectField

    def map_serializer_field(self, auto_schema, direction):
        return {"type": "string", "format": "uri", "minLength": 1, "maxLength": 1000}
