from rest_framework import serializers
from rest_framework.validators import UniqueValidator

from openzaak.components.catalogi.models import ResultaatType
from openzaak.zgw.references import ReferenceField

from ...models import Resultaat, Zaak
from ...rules import Unchanged, ZaakTypeMatch
from .common import ZaakDeelSerializer


class ResultaatSerializer(ZaakDeelSerializer):
    zaak = ReferenceField(
        model=Zaak,
        validators=[UniqueValidator(queryset=Resultaat.objects.all(), message="Deze zaak heeft al een resultaat.")],
        help_text="URL-referentie naar de ZAAK.",
    )
    resultaattype = ReferenceField(
        model=ResultaatType, help_text="URL-referentie naar het RESULTAATTYPE (in de Catalogi API)."
    )
    toelichting = serializers.CharField(
        max_length=1000,
        required=False,
        allow_blank=True,
        help_text="Een toelichting op wat het resultaat van de zaak inhoudt.",
    )

    class Meta:
        model = Resultaat
        fields = ("url", "uuid", "zaak", "resultaattype", "toelichting")
        validators = [Unchanged("zaak", "zaak"), ZaakTypeMatch("resultaattype", "resultaattype")]
