from rest_framework import serializers

from openzaak.zgw.constants import VertrouwelijkheidAanduiding
from openzaak.zgw.references import ReferenceField, SelfUrlField
from openzaak.zgw.serializers import ModelSerializer, Serializer

from ...models import BesluitType, Catalogus, InformatieObjectType, ZaakTypeInformatieObjectType
from ...rules import EindeNaBegin, NoOverlappingVersions
from .fields import BlankForNullMixin
from .versions import ReferringTypeKeysField, ReferringTypeUrlsField


class OmschrijvingGeneriekSerializer(BlankForNullMixin, Serializer):
    informatieobjecttypeOmschrijvingGeneriek = serializers.CharField(
        source="omschrijving_generiek_informatieobjecttype",
        max_length=80,
        help_text="Algemeen gehanteerde omschrijving van het type informatieobject.",
    )
    definitieInformatieobjecttypeOmschrijvingGeneriek = serializers.CharField(
        source="omschrijving_generiek_definitie",
        max_length=255,
        help_text="Nauwkeurige beschrijving van het generieke type informatieobject",
    )
    herkomstInformatieobjecttypeOmschrijvingGeneriek = serializers.CharField(
        source="omschrijving_generiek_herkomst",
        max_length=12,
        help_text="De naam van de waardenverzameling, of van de beherende organisatie daarvan, waaruit de waarde is "
        "overgenomen.",
    )
    hierarchieInformatieobjecttypeOmschrijvingGeneriek = serializers.CharField(
        source="omschrijving_generiek_hierarchie",
        max_length=80,
        help_text="De plaats in de rangorde van het informatieobjecttype.",
    )
    opmerkingInformatieobjecttypeOmschrijvingGeneriek = serializers.CharField(
        source="omschrijving_generiek_opmerking",
        max_length=255,
        required=False,
        allow_blank=True,
        allow_null=True,
        help_text="Zinvolle toelichting bij het informatieobjecttype",
    )


class InformatieObjectTypeSerializer(BlankForNullMixin, ModelSerializer):
    url = SelfUrlField()
    catalogus = ReferenceField(
        model=Catalogus, help_text="URL-referentie naar de CATALOGUS waartoe dit INFORMATIEOBJECTTYPE behoort."
    )
    omschrijving = serializers.CharField(
        max_length=80, help_text="Omschrijving van de aard van informatieobjecten van dit INFORMATIEOBJECTTYPE."
    )
    vertrouwelijkheidaanduiding = serializers.ChoiceField(
        choices=VertrouwelijkheidAanduiding.choices,
        help_text="Aanduiding van de mate waarin informatieobjecten van dit INFORMATIEOBJECTTYPE voor de openbaarheid "
        "bestemd zijn.",
    )
    beginGeldigheid = serializers.DateField(source="begin_geldigheid")
    eindeGeldigheid = serializers.DateField(source="einde_geldigheid", required=False, allow_null=True)
    beginObject = serializers.DateField(source="begin_object", required=False, allow_null=True)
    eindeObject = serializers.DateField(source="einde_object", required=False, allow_null=True)
    concept = serializers.BooleanField(read_only=True)
    zaaktypen = ReferringTypeUrlsField(
        link=ZaakTypeInformatieObjectType, target="informatieobjecttype", referrer="zaaktype"
    )
    zaaktypeIdentificaties = ReferringTypeKeysField(
        link=ZaakTypeInformatieObjectType, target="informatieobjecttype", referrer="zaaktype"
    )
    besluittypen = ReferringTypeUrlsField(
        link=BesluitType.informatieobjecttypen.through, target="informatieobjecttype", referrer="besluittype"
    )
    besluittypeOmschrijving = ReferringTypeKeysField(
        link=BesluitType.informatieobjecttypen.through, target="informatieobjecttype", referrer="besluittype"
    )
    informatieobjectcategorie = serializers.CharField(
        max_length=80, help_text="Categorie waarop het INFORMATIEOBJECTTYPE van toepassing is."
    )
    trefwoord = serializers.ListField(child=serializers.CharField(max_length=30), required=False)
    omschrijvingGeneriek = OmschrijvingGeneriekSerializer(source="*", required=False)

    class Meta:
        model = InformatieObjectType
        fields = (
            "url",
            "catalogus",
            "omschrijving",
            "vertrouwelijkheidaanduiding",
            "beginGeldigheid",
            "eindeGeldigheid",
            "beginObject",
            "eindeObject",
            "concept",
            "zaaktypen",
            "zaaktypeIdentificaties",
            "besluittypen",
            "besluittypeOmschrijving",
            "informatieobjectcategorie",
            "trefwoord",
            "omschrijvingGeneriek",
        )
        validators = [EindeNaBegin(), NoOverlappingVersions("omschrijving")]
