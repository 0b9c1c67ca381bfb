from rest_framework import serializers

from openzaak.zgw.references import URLField

from ...models import ZaakObjectType
from .base import ZaakTypeCatalogusField, ZaakTypeDeelSerializer
from .fields import RelatedNamesField, RelatedUrlsField


class ZaakObjectTypeSerializer(ZaakTypeDeelSerializer):
    anderObjecttype = serializers.BooleanField(
        source="ander_objecttype",
        help_text="Aanduiding waarmee wordt aangegeven of het ZAAKOBJECTTYPE een ander, niet in RSGB en RGBZ "
        "voorkomend, objecttype betreft.",
    )
    objecttype = URLField(
        max_length=200, help_text="URL-referentie naar de OBJECTTYPE waartoe dit ZAAKOBJECTTYPE behoort."
    )
    relatieOmschrijving = serializers.CharField(
        source="relatie_omschrijving",
        max_length=80,
        help_text="Omschrijving van de betrekking van het Objecttype op zaken van het gerelateerde ZAAKTYPE.",
    )
    resultaattypen = RelatedUrlsField(help_text="URL-referenties naar de RESULTAATTYPEN.")
    resultaattypeOmschrijving = RelatedNamesField(source="resultaattypen", value="omschrijving")
    statustypen = RelatedUrlsField(help_text="URL-referenties naar de STATUSTYPEN.")
    catalogus = ZaakTypeCatalogusField(help_text="URL-referentie naar de CATALOGUS waartoe dit ZAAKOBJECTTYPE behoort.")

    class Meta:
        model = ZaakObjectType
        fields = (
            "url",
            "anderObjecttype",
            *ZaakTypeDeelSerializer.Meta.geldigheid,
            "objecttype",
            "relatieOmschrijving",
            "zaaktype",
            "zaaktypeIdentificatie",
            "resultaattypen",
            "resultaattypeOmschrijving",
            "statustypen",
            "catalogus",
        )
        validators = ZaakTypeDeelSerializer.Meta.validators
