"""Resources whose shape depends on a type field, as the contract has them: a rol's
`betrokkeneIdentificatie` follows its `betrokkeneType`, a zaakobject's
`objectIdentificatie` its `objectType`.

`IdentificatieField` validates the sent object with the shape of the type the same
request (or, for a PATCH without it, the stored object) names, and shows the stored
object. `PolymorphicSchema` writes the contract's schema for such a serializer: a
`oneOf` over one component per type (`natuurlijk_persoon_Rol`: the common fields and
that type's identificatie), with a `discriminator` on the type field, so a validator
and a client generator both know which shape goes with which type.
"""

from __future__ import annotations

from drf_spectacular.extensions import OpenApiSerializerExtension
from drf_spectacular.plumbing import ResolvedComponent, is_patched_serializer
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from .identificaties import shape_serializer, validate_shape


@extend_schema_field({"type": "object", "nullable": True})  # shown per type by PolymorphicSchema
class IdentificatieField(serializers.Field):
    """The identificatie object of the shape that `shapes[<type>]` names; `type_field`
    is the API name of the type field, `type_attribute` the model's."""

    def __init__(self, *, shapes: dict, type_field: str, type_attribute: str, **kwargs):
        self.shapes, self.type_field, self.type_attribute = shapes, type_field, type_attribute
        kwargs.setdefault("required", False)
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    def _type(self):
        parent = self.parent
        sent = parent.initial_data.get(self.type_field) if isinstance(parent.initial_data, dict) else None
        if sent is None and parent.instance is not None:
            sent = getattr(parent.instance, self.type_attribute)
        return sent

    def to_internal_value(self, data):
        shape = self.shapes.get(self._type())
        if shape is None:
            return None  # an unknown type fails on the type field; a type without shape has no identificatie
        return validate_shape(shape, data)

    def to_representation(self, value):
        return value


class PolymorphicSchema(OpenApiSerializerExtension):
    """The schema of a serializer with an `IdentificatieField` (see the module
    docstring). A subclass names its `target_class`."""

    match_subclasses = True

    def map_serializer(self, auto_schema, direction):
        serializer = self.target
        field_name, field = next(
            (name, field) for name, field in serializer.fields.items() if isinstance(field, IdentificatieField)
        )
        resource = serializer.Meta.model.__name__
        prefix = "Patched" if is_patched_serializer(serializer, direction) else ""
        suffix = "Request" if direction == "request" else ""
        base_schema = auto_schema._map_basic_serializer(serializer, direction)
        base_schema["properties"].pop(field_name, None)
        base_schema = auto_schema._postprocess_serializer_schema(base_schema, serializer, direction)
        base = self._register(auto_schema, f"{prefix}{resource}Basis{suffix}", base_schema)
        mapping, variants = {}, []
        for type_value, shape in field.shapes.items():
            # the type field pins the variant, so that exactly one matches (also for a
            # validator that ignores the discriminator)
            properties = {field.type_field: {"type": "string", "enum": [str(type_value)]}}
            if shape is not None:
                shape_ref = auto_schema.resolve_serializer(shape_serializer(shape), direction).ref
                properties[field_name] = {"allOf": [shape_ref], "nullable": True}
            parts = [base.ref, {"type": "object", "properties": properties}]
            variant = self._register(auto_schema, f"{type_value}_{prefix}{resource}{suffix}", {"allOf": parts})
            mapping[str(type_value)] = variant.ref["$ref"]
            variants.append(variant.ref)
        # a PATCH may leave the type out: then more than one variant fits
        union = "anyOf" if prefix else "oneOf"
        return {union: variants, "discriminator": {"propertyName": field.type_field, "mapping": mapping}}

    @staticmethod
    def _register(auto_schema, name: str, schema: dict) -> ResolvedComponent:
        component = ResolvedComponent(name=name, type=ResolvedComponent.SCHEMA, schema=schema, object=name)
        auto_schema.registry.register_on_missing(component)
        return component
