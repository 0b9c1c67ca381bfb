"""What the sub-types of a zaaktype share in the API: the zaaktype they belong to (by
URL), its identificatie and catalogus, validity dates derived from it, and the rules of
ztc-010 (writes only while the zaaktype is a concept, or as a correctie)."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from openzaak.zgw.references import ReferenceField, SelfUrlField
from openzaak.zgw.serializers import ModelSerializer

from ...models import Catalogus, ZaakType
from ...rules import BeginGeldigheidOfZaakType, CatalogusOfZaakType, EindeNaBegin, ZaakTypeConcept
from .fields import BlankForNullMixin, InheritedDateField


@extend_schema_field({"type": "string", "format": "uri"})
class ZaakTypeCatalogusField(ReferenceField):
    """The catalogus of the sub-type's zaaktype; a client that sends one must name that
    one (`CatalogusOfZaakType`)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "opgegeven_catalogus")
        super().__init__(model=Catalogus, **kwargs)

    def get_attribute(self, instance):
        return instance.zaaktype.catalogus


class ZaakTypeDeelSerializer(BlankForNullMixin, ModelSerializer):
    url = SelfUrlField()
    zaaktype = ReferenceField(model=ZaakType, help_text="URL-referentie naar het ZAAKTYPE.")
    zaaktypeIdentificatie = serializers.CharField(source="zaaktype.identificatie", read_only=True)
    beginGeldigheid = InheritedDateField(source="begin_geldigheid", help_text="De datum waarop het is ontstaan.")
    eindeGeldigheid = InheritedDateField(source="einde_geldigheid", help_text="De datum waarop het is opgeheven.")
    beginObject = InheritedDateField(source="begin_object", help_text="De datum waarop het object is ontstaan.")
    eindeObject = InheritedDateField(source="einde_object", help_text="De datum waarop het object is opgeheven.")

    class Meta:
        validators = [ZaakTypeConcept(), CatalogusOfZaakType(), BeginGeldigheidOfZaakType(), EindeNaBegin()]
        geldigheid = ("beginGeldigheid", "eindeGeldigheid", "beginObject", "eindeObject")

    def validate(self, attrs):
        attrs.pop("opgegeven_catalogus", None)  # checked by CatalogusOfZaakType, derived from the zaaktype
        return super().validate(attrs)
