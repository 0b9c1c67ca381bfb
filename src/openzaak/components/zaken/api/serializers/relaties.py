"""A zaak's relations to resources of other APIs: zaakcontactmomenten and zaakverzoeken."""

from rest_framework import serializers

from ...models import ZaakContactMoment, ZaakVerzoek
from ...rules import contactmoment, verzoek
from .common import UrlOfElsewhere, ZaakDeelSerializer


class ZaakContactMomentSerializer(ZaakDeelSerializer):
    contactmoment = UrlOfElsewhere(
        validators=[contactmoment], help_text="URL-referentie naar het CONTACTMOMENT (in de Klantinteractie API)."
    )

    class Meta:
        model = ZaakContactMoment
        fields = ("url", "uuid", "zaak", "contactmoment")
        validators = [
            serializers.UniqueTogetherValidator(
                queryset=ZaakContactMoment.objects.all(),
                fields=("zaak", "contactmoment"),
                message="Dit contactmoment hoort al bij deze zaak.",
            )
        ]


class ZaakVerzoekSerializer(ZaakDeelSerializer):
    verzoek = UrlOfElsewhere(
        validators=[verzoek], help_text="URL-referentie naar het VERZOEK (in de Klantinteractie API)."
    )

    class Meta:
        model = ZaakVerzoek
        fields = ("url", "uuid", "zaak", "verzoek")
        validators = [
            serializers.UniqueTogetherValidator(
                queryset=ZaakVerzoek.objects.all(),
                fields=("zaak", "verzoek"),
                message="Dit verzoek hoort al bij deze zaak.",
            )
        ]
