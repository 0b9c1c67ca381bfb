"""The Besluiten API 1.1.0 resources as the contract spells them. The serializers
validate (the `rules`) and shape; `services` write."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.validators import UniqueTogetherValidator

from openzaak.components.catalogi.models import BesluitType
from openzaak.components.documenten.models import EnkelvoudigInformatieObject
from openzaak.components.zaken.models import Zaak
from openzaak.zgw.fields import DisplayField
from openzaak.zgw.references import OptionalReferenceField, ReferenceField, SelfUrlField
from openzaak.zgw.serializers import ModelSerializer
from openzaak.zgw.validators import validate_rsin

from ..constants import VervalRedenen
from ..models import Besluit, BesluitInformatieObject
from ..rules import BESLUIT_RULES, BESLUITINFORMATIEOBJECT_RULES

URL_HELP = "URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object."
VERVALREDEN_HELP = "De omschrijving die aangeeft op grond waarvan het besluit is of komt te vervallen.\n\n" + (
    "Uitleg bij mogelijke waarden:\n\n" + "\n".join(f"* `{value}` - {label}" for value, label in VervalRedenen.choices)
)


@extend_schema_field({"type": "string", "readOnly": True})
class VervalredenWeergaveField(DisplayField):
    """`vervalredenWeergave`: empty while the besluit has no vervalreden."""


class BesluitSerializer(ModelSerializer):
    url = SelfUrlField(help_text=URL_HELP)
    identificatie = serializers.CharField(
        max_length=50,
        required=False,
        allow_blank=True,
        help_text="Identificatie van het besluit binnen de organisatie die het besluit heeft vastgesteld. Indien "
        "deze niet opgegeven is, dan wordt die gegenereerd.",
    )
    verantwoordelijkeOrganisatie = serializers.CharField(
        source="verantwoordelijke_organisatie",
        min_length=9,
        max_length=9,
        validators=[validate_rsin],
        help_text="Het RSIN van de niet-natuurlijk persoon zijnde de organisatie die het besluit heeft vastgesteld.",
    )
    besluittype = ReferenceField(
        model=BesluitType, help_text="URL-referentie naar het BESLUITTYPE (in de Catalogi API)."
    )
    zaak = OptionalReferenceField(
        model=Zaak, help_text="URL-referentie naar de ZAAK (in de Zaken API) waarvan dit besluit uitkomst is."
    )
    datum = serializers.DateField(help_text="De beslisdatum (AWB) van het besluit.")
    toelichting = serializers.CharField(required=False, allow_blank=True, help_text="Toelichting bij het besluit.")
    bestuursorgaan = serializers.CharField(
        max_length=50,
        required=False,
        allow_blank=True,
        help_text="Een orgaan van een rechtspersoon krachtens publiekrecht ingesteld of een persoon of college, met "
        "enig openbaar gezag bekleed onder wiens verantwoordelijkheid het besluit vastgesteld is.",
    )
    ingangsdatum = serializers.DateField(help_text="Ingangsdatum van de werkingsperiode van het besluit.")
    vervaldatum = serializers.DateField(
        required=False, allow_null=True, help_text="Datum waarop de werkingsperiode van het besluit eindigt."
    )
    vervalreden = serializers.ChoiceField(
        choices=VervalRedenen.choices, required=False, allow_blank=True, help_text=VERVALREDEN_HELP
    )
    vervalredenWeergave = VervalredenWeergaveField(source="vervalreden", choices=VervalRedenen.choices)
    publicatiedatum = serializers.DateField(
        required=False, allow_null=True, help_text="Datum waarop het besluit gepubliceerd wordt."
    )
    verzenddatum = serializers.DateField(
        required=False, allow_null=True, help_text="Datum waarop het besluit verzonden is."
    )
    uiterlijkeReactiedatum = serializers.DateField(
        source="uiterlijke_reactiedatum",
        required=False,
        allow_null=True,
        help_text="De datum tot wanneer verweer tegen het besluit mogelijk is.",
    )

    class Meta:
        model = Besluit
        fields = (
            "url",
            "identificatie",
            "verantwoordelijkeOrganisatie",
            "besluittype",
            "zaak",
            "datum",
            "toelichting",
            "bestuursorgaan",
            "ingangsdatum",
            "vervaldatum",
            "vervalreden",
            "vervalredenWeergave",
            "publicatiedatum",
            "verzenddatum",
            "uiterlijkeReactiedatum",
        )
        validators = list(BESLUIT_RULES)


class BesluitInformatieObjectSerializer(ModelSerializer):
    url = SelfUrlField(help_text=URL_HELP)
    informatieobject = ReferenceField(
        model=EnkelvoudigInformatieObject,
        help_text="URL-referentie naar het INFORMATIEOBJECT (in de Documenten API) waarin (een deel van) het "
        "besluit beschreven is.",
    )
    besluit = ReferenceField(model=Besluit, help_text="URL-referentie naar het BESLUIT.")

    class Meta:
        model = BesluitInformatieObject
        fields = ("url", "informatieobject", "besluit")
        validators = [
            UniqueTogetherValidator(
                queryset=BesluitInformatieObject.objects.all(),
                fields=("besluit", "informatieobject"),
                message="Dit informatieobject hoort al bij dit besluit.",
            ),
            *BESLUITINFORMATIEOBJECT_RULES,
        ]
