from rest_framework import serializers

from openzaak.zgw.references import ReferenceField
from openzaak.zgw.serializers import Serializer

from ...constants import FormaatEigenschap
from ...models import Eigenschap, StatusType
from ...rules import EigenschapSpecificatie, SameZaakType
from .base import ZaakTypeCatalogusField, ZaakTypeDeelSerializer
from .fields import BlankForNullMixin


class EigenschapSpecificatieSerializer(BlankForNullMixin, Serializer):
    groep = serializers.CharField(
        source="specificatie_groep",
        max_length=32,
        required=False,
        allow_blank=True,
        help_text="Benaming van het object of groepattribuut waarvan de EIGENSCHAP een inhoudelijk gegeven "
        "specificeert.",
    )
    formaat = serializers.ChoiceField(
        source="specificatie_formaat",
        choices=FormaatEigenschap.choices,
        help_text="Het soort tekens waarmee waarden van de EIGENSCHAP kunnen worden vastgelegd.",
    )
    lengte = serializers.CharField(
        source="specificatie_lengte",
        max_length=14,
        help_text="Het aantal karakters (lengte) waarmee waarden van de EIGENSCHAP worden vastgelegd.",
    )
    kardinaliteit = serializers.CharField(
        source="specificatie_kardinaliteit",
        max_length=3,
        help_text="Het aantal mogelijke voorkomens van waarden van deze EIGENSCHAP bij een zaak van het ZAAKTYPE.",
    )
    waardenverzameling = serializers.ListField(
        source="specificatie_waardenverzameling",
        child=serializers.CharField(max_length=100),
        required=False,
        help_text="Waarden die deze EIGENSCHAP kan hebben.",
    )


class EigenschapSerializer(ZaakTypeDeelSerializer):
    naam = serializers.CharField(max_length=20, help_text="De naam van de EIGENSCHAP")
    catalogus = ZaakTypeCatalogusField(read_only=True)
    definitie = serializers.CharField(max_length=255, help_text="De beschrijving van de betekenis van deze EIGENSCHAP")
    specificatie = EigenschapSpecificatieSerializer(source="*")
    toelichting = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    statustype = ReferenceField(
        model=StatusType,
        required=False,
        allow_null=True,
        help_text="Status type moet (onder andere) deze EIGENSCHAP hebben, voordat een STATUS van het STATUSTYPE kan "
        "worden gezet.",
    )

    class Meta:
        model = Eigenschap
        fields = (
            "url",
            "naam",
            "catalogus",
            "definitie",
            "specificatie",
            "toelichting",
            "zaaktype",
            "zaaktypeIdentificatie",
            "statustype",
            *ZaakTypeDeelSerializer.Meta.geldigheid,
        )
        validators = [
            *ZaakTypeDeelSerializer.Meta.validators,
            SameZaakType(("statustype", "statustype")),
            EigenschapSpecificatie(),
            serializers.UniqueTogetherValidator(
                queryset=Eigenschap.objects.all(),
                fields=("zaaktype", "naam"),
                message="Dit zaaktype heeft al een eigenschap met deze naam.",
            ),
        ]
