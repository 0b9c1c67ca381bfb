from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from rest_framework import serializers

from openzaak.components.catalogi.models import BesluitType, InformatieObjectType, ZaakType
from openzaak.zgw.constants import ComponentTypes, VertrouwelijkheidAanduiding
from openzaak.zgw.fields import DisplayField
from openzaak.zgw.references import ReferenceField, SelfUrlField
from openzaak.zgw.serializers import ModelSerializer

from ..models import Applicatie, Autorisatie
from .validators import AutorisatieFields, AutorisatiesSpecification, UniqueClientIds


class TypeField(ReferenceField):
    """The type an autorisatie is limited to: a foreign key shown and accepted as the
    type's URL in the Catalogi API, and as "" where the autorisatie names none (as the
    Autorisaties API has always shown it). A URL that names no such type is refused with
    the resolver's code (`bad-url`, `invalid-resource`, `does_not_exist`)."""

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def validate_empty_values(self, data):
        if data in ("", None):
            return True, None
        return super().validate_empty_values(data)

    def get_attribute(self, instance):
        if type(instance) is dict:  # a row of zgw.prefetch.json_arrays: the type's uuid
            return instance.get(self.source) or ""
        return super().get_attribute(instance) or ""

    def to_representation(self, obj):
        return super().to_representation(obj) if obj else ""


class TypeFieldSchema(OpenApiSerializerFieldExtension):
    """As the contract has it: a URL, or "" for none."""

    target_class = TypeField

    def map_serializer_field(self, auto_schema, direction):
        return {"anyOf": [{"type": "string", "format": "uri", "maxLength": 1000}, {"type": "string", "maxLength": 0}]}


class AutorisatieSerializer(ModelSerializer):
    component = serializers.ChoiceField(
        choices=ComponentTypes.choices, help_text="Component waarop autorisatie van toepassing is."
    )
    componentWeergave = DisplayField(
        source="component", choices=ComponentTypes.choices, help_text="Omschrijving van `component`."
    )
    scopes = serializers.ListField(
        child=serializers.CharField(max_length=100),
        help_text="Lijst van scope labels. Elke scope geeft toegang tot een set van acties/operaties, zoals "
        "gedocumenteerd bij de betreffende component.",
    )
    zaaktype = TypeField(model=ZaakType, help_text="URL naar het zaaktype waarop de autorisatie van toepassing is.")
    informatieobjecttype = TypeField(
        model=InformatieObjectType,
        help_text="URL naar het informatieobjecttype waarop de autorisatie van toepassing is.",
    )
    besluittype = TypeField(
        model=BesluitType, help_text="URL naar het besluittype waarop de autorisatie van toepassing is."
    )
    maxVertrouwelijkheidaanduiding = serializers.ChoiceField(
        source="max_vertrouwelijkheidaanduiding",
        choices=VertrouwelijkheidAanduiding.choices,
        required=False,
        allow_blank=True,
        help_text="Maximaal toegelaten vertrouwelijkheidaanduiding (inclusief).",
    )

    class Meta:
        model = Autorisatie
        fields = (
            "component",
            "componentWeergave",
            "scopes",
            "zaaktype",
            "informatieobjecttype",
            "besluittype",
            "maxVertrouwelijkheidaanduiding",
        )
        validators = [AutorisatieFields()]


class ApplicatieSerializer(ModelSerializer):
    url = SelfUrlField(
        help_text="URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object."
    )
    clientIds = serializers.ListField(
        source="client_ids",
        child=serializers.CharField(max_length=50),
        validators=[UniqueClientIds()],
        help_text="Lijst van consumer identifiers (hun 'client_id'). Een `client_id` mag slechts bij één "
        "applicatie-object voorkomen.",
    )
    label = serializers.CharField(
        max_length=100, help_text="Een leesbare representatie van de applicatie, voor eindgebruikers."
    )
    heeftAlleAutorisaties = serializers.BooleanField(
        source="heeft_alle_autorisaties",
        required=False,
        help_text="Indien alle autorisaties gegeven zijn, dan hoeven deze niet individueel opgegeven te worden. "
        "Gebruik dit alleen als je de consumer helemaal vertrouwt.",
    )
    alleenIsGereedVoorPublicatie = serializers.BooleanField(
        source="alleen_is_gereed_voor_publicatie",
        required=False,
        default=False,
        help_text="Indien `true` mag de betreffende applicatie alleen documenten lezen met waarde `true` voor "
        "`isGereedVoorPublicatie`.",
    )
    autorisaties = AutorisatieSerializer(many=True, required=False)

    class Meta:
        model = Applicatie
        fields = ("url", "clientIds", "label", "heeftAlleAutorisaties", "alleenIsGereedVoorPublicatie", "autorisaties")
        validators = [AutorisatiesSpecification()]
