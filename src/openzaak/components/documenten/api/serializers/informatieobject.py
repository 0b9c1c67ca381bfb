"""Enkelvoudige informatieobjecten (documents) and their bestandsdelen, as the Documenten
API 1.7.1 shows and accepts them. Serializers validate and shape; `services` write."""

from __future__ import annotations

from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import build_array_type
from rest_framework import serializers

from openzaak.components.catalogi.models import InformatieObjectType
from openzaak.zgw.constants import VertrouwelijkheidAanduiding
from openzaak.zgw.references import ReferenceField, SelfUrlField
from openzaak.zgw.serializers import ModelSerializer
from openzaak.zgw.validators import validate_rsin

from ...constants import ChecksumAlgoritme, OndertekeningSoort, Status
from ...models import BestandsDeel, EnkelvoudigInformatieObject
from ...rules import IndicatieGebruiksrecht, InformatieObjectTypePublished, StatusNotForReceived, UniekeIdentificatie
from .fields import ContentField, GroupSerializer

LOCK_HELP = "Hash string, wordt gebruikt als ID voor de lock"


class OndertekeningSerializer(GroupSerializer):
    model = EnkelvoudigInformatieObject
    prefix = "ondertekening"
    presence = ("soort",)

    soort = serializers.ChoiceField(
        source="ondertekening_soort",
        choices=OndertekeningSoort.choices,
        help_text="Aanduiding van de wijze van ondertekening van het INFORMATIEOBJECT",
    )
    datum = serializers.DateField(
        source="ondertekening_datum",
        help_text="De datum waarop de ondertekening van het INFORMATIEOBJECT heeft plaatsgevonden.",
    )


class IntegriteitSerializer(GroupSerializer):
    model = EnkelvoudigInformatieObject
    prefix = "integriteit"
    presence = ("algoritme",)

    algoritme = serializers.ChoiceField(
        source="integriteit_algoritme",
        choices=ChecksumAlgoritme.choices,
        help_text="Aanduiding van algoritme, gebruikt om de checksum te maken.",
    )
    waarde = serializers.CharField(source="integriteit_waarde", max_length=128, help_text="De waarde van de checksum.")
    datum = serializers.DateField(source="integriteit_datum", help_text="Datum waarop de checksum is gemaakt.")


class BestandsDeelSerializer(ModelSerializer):
    """A part of an upload, as a document lists it."""

    url = SelfUrlField()
    volgnummer = serializers.IntegerField(
        read_only=True, help_text="Een volgnummer dat de volgorde van de bestandsdelen aangeeft."
    )
    omvang = serializers.IntegerField(read_only=True, help_text="De grootte van dit specifieke bestandsdeel.")
    voltooid = serializers.BooleanField(
        read_only=True,
        help_text="Indicatie of dit bestandsdeel volledig is geupload. Dat wil zeggen: het aantal bytes dat staat "
        "genoemd bij grootte is daadwerkelijk ontvangen.",
    )
    lock = serializers.CharField(
        read_only=True, help_text="Hash string, which represents id of the lock of related informatieobject"
    )

    class Meta:
        model = BestandsDeel
        fields = ("url", "volgnummer", "omvang", "voltooid", "lock")


class BestandsdelenField(serializers.Field):
    """The parts of an upload in progress. Only a locked document has any, so a page
    loads the parts of its locked documents in one query (`prepare`) and the others
    cost nothing."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def prepare(self, documents: list) -> None:
        locked = {
            document.pk: document
            for document in documents
            if document.lock and not getattr(document, "shows_versie", False)
        }
        for document in locked.values():
            document._bestandsdelen = []
        if locked:
            for part in BestandsDeel.objects.filter(informatieobject_id__in=locked).order_by("volgnummer"):
                locked[part.informatieobject_id]._bestandsdelen.append(part)

    def get_attribute(self, document):
        if not document.lock or getattr(document, "shows_versie", False):
            return []
        parts = document.__dict__.get("_bestandsdelen")
        return parts if parts is not None else list(document.bestandsdelen.order_by("volgnummer"))

    def to_representation(self, parts):
        if not parts:
            return []
        return BestandsDeelSerializer(parts, many=True, context=self.context).data


class BestandsdelenFieldSchema(OpenApiSerializerFieldExtension):
    target_class = BestandsdelenField

    def map_serializer_field(self, auto_schema, direction):
        schema = build_array_type(auto_schema.resolve_serializer(BestandsDeelSerializer, "response").ref)
        schema["readOnly"] = True
        return schema


class EnkelvoudigInformatieObjectSerializer(ModelSerializer):
    """Serializer for the EnkelvoudigInformatieObject model"""

    url = SelfUrlField()
    identificatie = serializers.CharField(
        max_length=40,
        required=False,
        allow_blank=True,
        help_text="Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.",
    )
    bronorganisatie = serializers.CharField(
        max_length=9,
        validators=[validate_rsin],
        help_text=EnkelvoudigInformatieObject._meta.get_field("bronorganisatie").help_text,
    )
    creatiedatum = serializers.DateField(
        help_text="Een datum of een gebeurtenis in de levenscyclus van het INFORMATIEOBJECT."
    )
    titel = serializers.CharField(max_length=200, help_text="De naam waaronder het INFORMATIEOBJECT formeel bekend is.")
    vertrouwelijkheidaanduiding = serializers.ChoiceField(
        choices=VertrouwelijkheidAanduiding.choices,
        required=False,
        allow_blank=True,
        help_text="Aanduiding van de mate waarin het INFORMATIEOBJECT voor de openbaarheid bestemd is (afgeleid uit "
        "het INFORMATIEOBJECTTYPE indien niet opgegeven, drc-007).",
    )
    auteur = serializers.CharField(
        max_length=200,
        help_text="De persoon of organisatie die in de eerste plaats "
        "verantwoordelijk is voor het creëren van de inhoud van het INFORMATIEOBJECT.",
    )
    status = serializers.ChoiceField(choices=Status.choices, required=False, allow_blank=True)
    formaat = serializers.CharField(max_length=255, required=False, allow_blank=True)
    taal = serializers.CharField(
        min_length=3,
        max_length=3,
        help_text="Een ISO 639-2/B taalcode waarin de inhoud van het INFORMATIEOBJECT is vastgelegd. Voorbeeld: `dut`.",
    )
    versie = serializers.IntegerField(
        read_only=True,
        help_text="Het (automatische) versienummer van het "
        "INFORMATIEOBJECT. Deze begint bij 1 als het INFORMATIEOBJECT aangemaakt wordt.",
    )
    beginRegistratie = serializers.DateTimeField(source="begin_registratie", read_only=True)
    bestandsnaam = serializers.CharField(max_length=255, required=False, allow_blank=True)
    inhoud = ContentField()
    bestandsomvang = serializers.IntegerField(min_value=0, required=False, allow_null=True)
    link = serializers.URLField(max_length=200, required=False, allow_blank=True)
    beschrijving = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    ontvangstdatum = serializers.DateField(required=False, allow_null=True)
    verzenddatum = serializers.DateField(required=False, allow_null=True)
    indicatieGebruiksrecht = serializers.BooleanField(source="indicatie_gebruiksrecht", required=False, allow_null=True)
    verschijningsvorm = serializers.CharField(required=False, allow_blank=True)
    ondertekening = OndertekeningSerializer(
        help_text="Aanduiding van de rechtskracht van een informatieobject. Mag niet van een waarde zijn voorzien "
        "als de `status` de waarde 'in bewerking' of 'ter vaststelling' heeft."
    )
    integriteit = IntegriteitSerializer(
        help_text="Uitdrukking van mate van volledigheid en onbeschadigd zijn van digitaal bestand."
    )
    informatieobjecttype = ReferenceField(
        model=InformatieObjectType,
        validators=[InformatieObjectTypePublished()],
        help_text="URL-referentie naar het INFORMATIEOBJECTTYPE (in de Catalogi API).",
    )
    locked = serializers.BooleanField(
        read_only=True,
        help_text="Geeft aan of het document gelocked is. Alleen als een document gelocked is, mogen er "
        "aanpassingen gemaakt worden.",
    )
    bestandsdelen = BestandsdelenField()
    trefwoorden = serializers.ListField(child=serializers.CharField(), required=False)
    inhoudIsVervallen = serializers.BooleanField(source="inhoud_is_vervallen", required=False, allow_null=True)
    isGereedVoorPublicatie = serializers.BooleanField(
        source="is_gereed_voor_publicatie", required=False, allow_null=True
    )
    tonenAanInitiator = serializers.BooleanField(source="tonen_aan_initiator", required=False, default=False)

    class Meta:
        model = EnkelvoudigInformatieObject
        fields = (
            "url",
            "identificatie",
            "bronorganisatie",
            "creatiedatum",
            "titel",
            "vertrouwelijkheidaanduiding",
            "auteur",
            "status",
            "formaat",
            "taal",
            "versie",
            "beginRegistratie",
            "bestandsnaam",
            "inhoud",
            "bestandsomvang",
            "link",
            "beschrijving",
            "ontvangstdatum",
            "verzenddatum",
            "indicatieGebruiksrecht",
            "verschijningsvorm",
            "ondertekening",
            "integriteit",
            "informatieobjecttype",
            "locked",
            "bestandsdelen",
            "trefwoorden",
            "inhoudIsVervallen",
            "isGereedVoorPublicatie",
            "tonenAanInitiator",
        )
        validators = [StatusNotForReceived(), IndicatieGebruiksrecht(), UniekeIdentificatie()]


class EnkelvoudigInformatieObjectCreateLockSerializer(EnkelvoudigInformatieObjectSerializer):
    """This serializer class is used by EnkelvoudigInformatieObjectViewSet for
    create operation for large files"""

    lock = serializers.CharField(
        read_only=True,
        help_text="Lock id generated if the large file is created and should be used while updating the document. "
        "Documents with base64 encoded files are created without lock",
    )

    class Meta(EnkelvoudigInformatieObjectSerializer.Meta):
        fields = (*EnkelvoudigInformatieObjectSerializer.Meta.fields, "lock")


class EnkelvoudigInformatieObjectWithLockSerializer(EnkelvoudigInformatieObjectSerializer):
    """This serializer class is used by EnkelvoudigInformatieObjectViewSet for
    update and partial_update operations"""

    lock = serializers.CharField(
        write_only=True,
        max_length=100,
        help_text="Tijdens het updaten van een document (PATCH, PUT) moet het `lock` veld opgegeven worden. Bij het "
        "aanmaken (POST) mag het geen waarde hebben.",
    )

    class Meta(EnkelvoudigInformatieObjectSerializer.Meta):
        fields = (*EnkelvoudigInformatieObjectSerializer.Meta.fields, "lock")


class LockEnkelvoudigInformatieObjectSerializer(serializers.Serializer):
    """Serializer for the lock action of EnkelvoudigInformatieObjectCanonical
    model"""

    lock = serializers.CharField(read_only=True, help_text=LOCK_HELP)


class UnlockEnkelvoudigInformatieObjectSerializer(serializers.Serializer):
    """Serializer for the unlock action of EnkelvoudigInformatieObjectCanonical
    model"""

    lock = serializers.CharField(required=False, allow_blank=True, max_length=100, help_text=LOCK_HELP)


class EIOZoekSerializer(serializers.Serializer):
    uuid__in = serializers.ListField(
        child=serializers.UUIDField(), help_text="Array of unieke resource identifiers (UUID4)"
    )
    identificatie = serializers.CharField(
        required=False,
        help_text="Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.",
    )
    bronorganisatie = serializers.CharField(
        required=False,
        help_text="Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft "
        "gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.",
    )
    expand = serializers.CharField(
        required=False,
        help_text="Haal details van gelinkte resources direct op. Als je meerdere resources tegelijk wilt ophalen "
        "kun je deze scheiden met een komma. Voor het ophalen van resources die een laag dieper genest zijn wordt "
        "de punt-notatie gebruikt.",
    )


class BestandsDeelUploadSerializer(serializers.Serializer):
    """`PUT /bestandsdelen/{uuid}`: the part's file (multipart) and the document's lock."""

    inhoud = serializers.FileField(
        write_only=True, allow_empty_file=True, help_text="De (binaire) bestandsinhoud van dit specifieke bestandsdeel."
    )
    lock = serializers.CharField(
        write_only=True, help_text="Hash string, which represents id of the lock of related informatieobject"
    )


class BestandsDeelResponseSerializer(BestandsDeelSerializer):
    pass
