from rest_framework import serializers

from ...models import KlantContact
from ...rules import not_in_future
from .common import ZaakDeelSerializer


class KlantContactSerializer(ZaakDeelSerializer):
    identificatie = serializers.CharField(
        max_length=14,
        required=False,
        allow_blank=True,
        help_text="De unieke aanduiding van een KLANTCONTACT",
    )
    datumtijd = serializers.DateTimeField(
        validators=[not_in_future], help_text="De datum en het tijdstip waarop het KLANTCONTACT begint"
    )
    kanaal = serializers.CharField(
        max_length=20,
        required=False,
        allow_blank=True,
        help_text="Het communicatiekanaal waarlangs het KLANTCONTACT gevoerd wordt",
    )
    onderwerp = serializers.CharField(
        max_length=200,
        required=False,
        allow_blank=True,
        help_text="Het onderwerp waarover contact is geweest met de klant.",
    )
    toelichting = serializers.CharField(
        max_length=1000,
        required=False,
        allow_blank=True,
        help_text="Een toelichting die inhoudelijk het contact met de klant beschrijft.",
    )

    class Meta:
        model = KlantContact
        fields = ("url", "uuid", "zaak", "identificatie", "datumtijd", "kanaal", "onderwerp", "toelichting")
