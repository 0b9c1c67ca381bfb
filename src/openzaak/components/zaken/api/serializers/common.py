"""What the serializers of a zaak's sub-resources share: their own URL and uuid, the
zaak they belong to (by URL), lists of URLs read from uuid arrays on the page query,
and URLs outside this installation checked as the standard asks (`remote.py`)."""

from __future__ import annotations

from django.contrib.postgres.expressions import ArraySubquery
from django.db.models import OuterRef
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from openzaak.zgw import serializers as zgw_serializers
from openzaak.zgw.references import (  # noqa: F401  (OptionalReferenceField: the sub-resources import it from here)
    LooseURLValidator,
    OptionalReferenceField,
    ReferenceField,
    SelfUrlField,
    base_url,
    template_for,
)

from ...models import Zaak


class ZaakDeelSerializer(zgw_serializers.ModelSerializer):
    """A resource of one zaak: `url`, `uuid`, `zaak`."""

    url = SelfUrlField()
    uuid = serializers.UUIDField(read_only=True, help_text="Unieke resource identifier (UUID4)")
    zaak = ReferenceField(model=Zaak, help_text="URL-referentie naar de ZAAK.")


def uuids_of(queryset, field: str = "uuid") -> ArraySubquery:
    """An annotation: the uuids of the related rows, one array per row of the page (no
    prefetch, no model instances). `queryset` is filtered on `OuterRef("pk")`."""
    return ArraySubquery(queryset.order_by("pk").values(field))


def outer(field: str) -> dict:
    return {field: OuterRef("pk")}


@extend_schema_field(
    {
        "type": "array",
        "items": {"type": "string", "format": "uri", "minLength": 1, "maxLength": 1000},
        "readOnly": True,
        "uniqueItems": True,
    }
)
class UrlListField(serializers.Field):
    """The URLs of the related objects of `model`: from the annotation `source` (a uuid
    array, see `uuids_of`) where the queryset has it, else from `fallback(instance)`."""

    def __init__(self, *, model, source: str, fallback, **kwargs):
        self.model, self.fallback = model, fallback
        super().__init__(source="*", read_only=True, **kwargs)
        self.annotation = source

    def to_representation(self, instance):
        uuids = getattr(instance, self.annotation, None)
        if uuids is None:
            uuids = list(self.fallback(instance).order_by("pk").values_list("uuid", flat=True))
        prefix = f"{base_url(self.context.get('request'))}/{template_for(self.model).removesuffix('{uuid}')}"
        return [f"{prefix}{uuid}" for uuid in uuids]


class Groep(serializers.Serializer):
    """A group of the contract (`contactpersoonRol`, `objectTypeOverigeDefinitie`) stored
    as columns `<prefix>_<field>` (its fields' `source`); `null` when its `required`
    field is empty. Declare it with `source="*"`, `required=False, allow_null=True`; a
    `null` sent empties the columns."""

    key_field = ""  # the attribute that is empty when the group is

    def run_validation(self, data=serializers.empty):
        if data is None:
            return {field.source: "" for field in self.fields.values()}
        return super().run_validation(data)

    def get_attribute(self, instance):
        return instance if getattr(instance, self.key_field) else None


@extend_schema_field({"type": "string", "format": "uri", "maxLength": 1000})
class UrlOfElsewhere(serializers.CharField):
    """A URL of a resource outside this installation (a rol's betrokkene, a zaakobject's
    object, a contactmoment, a verzoek), checked by the validators the field is given."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 1000)
        super().__init__(**kwargs)
        self.validators.insert(0, LooseURLValidator(message="Voer een geldige URL in."))
