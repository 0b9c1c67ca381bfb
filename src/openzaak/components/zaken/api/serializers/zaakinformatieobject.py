from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from openzaak.components.documenten.models import EnkelvoudigInformatieObject
from openzaak.zgw.references import ReferenceField

from ...constants import AardRelatieWeergave
from ...models import Status, ZaakInformatieObject
from ...rules import InformatieObjectTypeOfZaakType, OfTheSameZaak, Unchanged
from .common import ZaakDeelSerializer


@extend_schema_field({"type": "string", "enum": AardRelatieWeergave.labels, "readOnly": True})
class AardRelatieWeergaveField(serializers.Field):
    """zrc-004: a document of a zaak `hoort_bij` it (objectType zaak), always."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value):
        return AardRelatieWeergave.hoort_bij.label


class ZaakInformatieObjectSerializer(ZaakDeelSerializer):
    informatieobject = ReferenceField(
        model=EnkelvoudigInformatieObject,
        help_text="URL-referentie naar het INFORMATIEOBJECT (in de Documenten API), waar ook de relatieinformatie "
        "opgevraagd kan worden.",
    )
    aardRelatieWeergave = AardRelatieWeergaveField()
    titel = serializers.CharField(
        max_length=200,
        required=False,
        allow_blank=True,
        help_text="De naam waaronder het INFORMATIEOBJECT binnen het OBJECT bekend is.",
    )
    beschrijving = serializers.CharField(
        required=False,
        allow_blank=True,
        help_text="Een op het object gerichte beschrijving van de inhoud van het INFORMATIEOBJECT.",
    )
    registratiedatum = serializers.DateTimeField(
        read_only=True,
        help_text="De datum waarop de behandelende organisatie het INFORMATIEOBJECT heeft geregistreerd bij het "
        "OBJECT. Geldige waardes zijn datumtijden gelegen op of voor de huidige datum en tijd.",
    )
    vernietigingsdatum = serializers.DateTimeField(
        required=False,
        allow_null=True,
        help_text="De datum waarop het informatieobject uit het zaakdossier verwijderd moet worden.",
    )
    status = ReferenceField(
        model=Status,
        required=False,
        allow_null=True,
        help_text="De bij de desbetreffende ZAAK behorende STATUS waarvoor het ZAAK-INFORMATIEOBJECT relevant is "
        "(geweest) met het oog op het bereiken van die STATUS en/of de communicatie daarover.",
    )

    class Meta:
        model = ZaakInformatieObject
        fields = (
            "url",
            "uuid",
            "informatieobject",
            "zaak",
            "aardRelatieWeergave",
            "titel",
            "beschrijving",
            "registratiedatum",
            "vernietigingsdatum",
            "status",
        )
        validators = [
            Unchanged("zaak", "zaak"),
            Unchanged("informatieobject", "informatieobject"),
            serializers.UniqueTogetherValidator(
                queryset=ZaakInformatieObject.objects.all(),
                fields=("zaak", "informatieobject"),
                message="Dit informatieobject hoort al bij deze zaak.",
            ),
            InformatieObjectTypeOfZaakType(),
            OfTheSameZaak("status", "status"),
        ]
