from rest_framework import serializers

from openzaak.zgw.references import ReferenceField

from ...constants import Richting
from ...models import InformatieObjectType, StatusType, ZaakTypeInformatieObjectType
from ...rules import RelationConcept, RelationsInCatalogus, SameZaakType, ZaakTypeConcept, resolve_type_key
from .base import ZaakTypeCatalogusField, ZaakTypeDeelSerializer
from .fields import VersionedReferenceField


class ZaakTypeInformatieObjectTypeSerializer(ZaakTypeDeelSerializer):
    """Which documents (by informatieobjecttype) a zaak of the zaaktype may have. The
    informatieobjecttype is given by its `omschrijving` (the historiemodel's key; a URL
    is accepted as well) and shown as the URL of the version it was resolved to."""

    catalogus = ZaakTypeCatalogusField(read_only=True)
    informatieobjecttype = VersionedReferenceField(
        model=InformatieObjectType,
        help_text='De waarde van het attribuut "omschrijving" van het INFORMATIEOBJECTTYPE. Deze waarde wordt '
        "gebruikt om het informatieobjecttype te identificeren conform het historiemodel.",
    )
    volgnummer = serializers.IntegerField(
        min_value=1, max_value=999, help_text="Uniek volgnummer van het ZAAK-INFORMATIEOBJECTTYPE binnen het ZAAKTYPE."
    )
    richting = serializers.ChoiceField(
        choices=Richting.choices,
        help_text="Aanduiding van de richting van "
        "informatieobjecten van het gerelateerde INFORMATIEOBJECTTYPE bij zaken van "
        "het gerelateerde ZAAKTYPE.",
    )
    statustype = ReferenceField(
        model=StatusType, required=False, allow_null=True, help_text="URL-referentie naar het STATUSTYPE."
    )

    class Meta:
        model = ZaakTypeInformatieObjectType
        fields = (
            "url",
            "zaaktype",
            "zaaktypeIdentificatie",
            "catalogus",
            "informatieobjecttype",
            "volgnummer",
            "richting",
            "statustype",
        )
        validators = [
            *(rule for rule in ZaakTypeDeelSerializer.Meta.validators if type(rule) is not ZaakTypeConcept),
            RelationConcept(),
            SameZaakType(("statustype", "statustype")),
            RelationsInCatalogus(("informatieobjecttype", "informatieobjecttype")),
            serializers.UniqueTogetherValidator(
                queryset=ZaakTypeInformatieObjectType.objects.all(),
                fields=("zaaktype", "volgnummer"),
                message="Dit zaaktype heeft al een zaaktype-informatieobjecttype met dit volgnummer.",
            ),
        ]

    def to_internal_value(self, data):
        attrs = super().to_internal_value(data)
        zaaktype = attrs.get("zaaktype") or getattr(self.instance, "zaaktype", None)
        if "informatieobjecttype" in attrs and zaaktype is not None:
            attrs["informatieobjecttype"] = resolve_type_key(
                attrs["informatieobjecttype"],
                model=InformatieObjectType,
                key_field="omschrijving",
                catalogus=zaaktype.catalogus,
                field_name="informatieobjecttype",
            )
        return attrs
