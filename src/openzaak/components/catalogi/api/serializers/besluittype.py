from rest_framework import serializers

from openzaak.zgw.references import ReferenceField, SelfUrlField
from openzaak.zgw.serializers import ModelSerializer

from ...models import BesluitType, Catalogus, InformatieObjectType, ZaakType
from ...rules import (
    CorrectieOnlyExtends,
    EindeNaBegin,
    NoOverlappingVersions,
    RelationsInCatalogus,
    resolve_type_keys,
)
from .fields import BlankForNullMixin, DurationField, RelatedNamesField, RelatedUrlsField, VersionedReferenceListField
from .versions import ReferringTypeKeysField, ReferringTypeUrlsField


class BesluitTypeSerializer(BlankForNullMixin, ModelSerializer):
    """A besluittype version. Its zaaktypen and resultaattypen are read-only here: the
    relation is written from the zaaktype and resultaattype side."""

    url = SelfUrlField()
    catalogus = ReferenceField(
        model=Catalogus, help_text="URL-referentie naar de CATALOGUS waartoe dit BESLUITTYPE behoort."
    )
    zaaktypen = ReferringTypeUrlsField(
        link=ZaakType.besluittypen.through,
        target="besluittype",
        referrer="zaaktype",
        help_text="ZAAKTYPE met ZAAKen die relevant kunnen zijn voor dit BESLUITTYPE",
    )
    zaaktypeIdentificaties = ReferringTypeKeysField(
        link=ZaakType.besluittypen.through, target="besluittype", referrer="zaaktype"
    )
    omschrijving = serializers.CharField(
        max_length=80,
        required=False,
        allow_blank=True,
        help_text="Omschrijving van de aard van BESLUITen van het BESLUITTYPE.",
    )
    omschrijvingGeneriek = serializers.CharField(
        source="omschrijving_generiek", max_length=80, required=False, allow_blank=True
    )
    besluitcategorie = serializers.CharField(max_length=40, required=False, allow_blank=True)
    reactietermijn = DurationField(required=False, allow_null=True)
    publicatieIndicatie = serializers.BooleanField(source="publicatie_indicatie")
    publicatietekst = serializers.CharField(required=False, allow_blank=True)
    publicatietermijn = DurationField(required=False, allow_null=True)
    toelichting = serializers.CharField(required=False, allow_blank=True)
    informatieobjecttypen = VersionedReferenceListField(
        model=InformatieObjectType,
        help_text="URL-referenties naar (of omschrijvingen van) de INFORMATIEOBJECTTYPEn van informatieobjecten "
        "waarin besluiten van dit BESLUITTYPE worden vastgelegd.",
    )
    informatieobjecttypeOmschrijvingen = RelatedNamesField(source="informatieobjecttypen", value="omschrijving")
    # the contract's BesluitTypePostResponse spells it in the singular as well
    informatieobjecttypeOmschrijving = RelatedNamesField(source="informatieobjecttypen", value="omschrijving")
    beginGeldigheid = serializers.DateField(source="begin_geldigheid")
    eindeGeldigheid = serializers.DateField(source="einde_geldigheid", required=False, allow_null=True)
    beginObject = serializers.DateField(source="begin_object", required=False, allow_null=True)
    eindeObject = serializers.DateField(source="einde_object", required=False, allow_null=True)
    concept = serializers.BooleanField(read_only=True)
    resultaattypen = RelatedUrlsField()
    resultaattypenOmschrijving = RelatedNamesField(source="resultaattypen", value="omschrijving")
    vastgelegdIn = RelatedNamesField(source="informatieobjecttypen", value="omschrijving")

    class Meta:
        model = BesluitType
        fields = (
            "url",
            "catalogus",
            "zaaktypen",
            "zaaktypeIdentificaties",
            "omschrijving",
            "omschrijvingGeneriek",
            "besluitcategorie",
            "reactietermijn",
            "publicatieIndicatie",
            "publicatietekst",
            "publicatietermijn",
            "toelichting",
            "informatieobjecttypen",
            "informatieobjecttypeOmschrijvingen",
            "informatieobjecttypeOmschrijving",
            "beginGeldigheid",
            "eindeGeldigheid",
            "beginObject",
            "eindeObject",
            "concept",
            "resultaattypen",
            "resultaattypenOmschrijving",
            "vastgelegdIn",
        )
        validators = [
            EindeNaBegin(),
            NoOverlappingVersions("omschrijving"),
            RelationsInCatalogus(("informatieobjecttypen", "informatieobjecttypen")),
            CorrectieOnlyExtends(("informatieobjecttypen", "informatieobjecttypen", "omschrijving")),
        ]

    def to_internal_value(self, data):
        attrs = super().to_internal_value(data)
        catalogus = attrs.get("catalogus") or getattr(self.instance, "catalogus", None)
        if "informatieobjecttypen" in attrs and catalogus is not None:
            attrs["informatieobjecttypen"] = resolve_type_keys(
                attrs["informatieobjecttypen"],
                model=InformatieObjectType,
                key_field="omschrijving",
                catalogus=catalogus,
                field_name="informatieobjecttypen",
            )
        return attrs
