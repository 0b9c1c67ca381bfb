from rest_framework import serializers

from openzaak.zgw.constants import RolOmschrijving

from ...models import RolType
from .base import ZaakTypeCatalogusField, ZaakTypeDeelSerializer


class RolTypeSerializer(ZaakTypeDeelSerializer):
    omschrijving = serializers.CharField(max_length=100, help_text="Omschrijving van de aard van de ROL.")
    omschrijvingGeneriek = serializers.ChoiceField(
        source="omschrijving_generiek",
        choices=RolOmschrijving.choices,
        help_text="Algemeen gehanteerde omschrijving van de aard van de ROL.",
    )
    catalogus = ZaakTypeCatalogusField(
        required=False,
        allow_null=True,
        help_text="URL-referentie naar de CATALOGUS waartoe dit ROLTYPE behoort. Let op, dit veld is verouderd, maar "
        "als je het meegeeft dan moet er naar dezelfde catalogus worden verwezen als die van het zaaktype.",
    )

    class Meta:
        model = RolType
        fields = (
            "url",
            "zaaktype",
            "zaaktypeIdentificatie",
            "omschrijving",
            "omschrijvingGeneriek",
            "catalogus",
            *ZaakTypeDeelSerializer.Meta.geldigheid,
        )
        validators = ZaakTypeDeelSerializer.Meta.validators
