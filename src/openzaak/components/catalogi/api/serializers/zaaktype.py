from rest_framework import serializers

from openzaak.zgw.constants import AardRelatie, VertrouwelijkheidAanduiding
from openzaak.zgw.references import ReferenceField, SelfUrlField, URLField
from openzaak.zgw.serializers import ModelSerializer, Serializer

from ...constants import IndicatieInternOfExtern
from ...models import BesluitType, Catalogus, ZaakType, ZaakTypenRelatie
from ...rules import (
    CorrectieOnlyExtends,
    EindeNaBegin,
    NoOverlappingVersions,
    RelationsInCatalogus,
    TypeKey,
    resolve_type_key,
    resolve_type_keys,
)
from ...selectielijst_rules import SelectielijstProcestypeValidator
from .fields import (
    BlankForNullMixin,
    DurationField,
    RelatedNamesField,
    RelatedUrlsField,
    VersionedReferenceField,
    VersionedReferenceListField,
)


class ReferentieProcesSerializer(BlankForNullMixin, Serializer):
    naam = serializers.CharField(
        source="referentieproces_naam", max_length=80, help_text="De naam van het Referentieproces."
    )
    link = serializers.URLField(
        source="referentieproces_link",
        max_length=200,
        required=False,
        allow_blank=True,
        help_text="De URL naar de beschrijving van het Referentieproces",
    )


class OmittedWhenEmpty:
    """A group the contract makes optional but not nullable (`broncatalogus`,
    `bronzaaktype`): left out of the response when none of its fields is set, so a
    zaaktype without bron data shows no `url: ""` (not a URI) and GET → PUT round-trips."""

    def get_attribute(self, instance):
        if not any(getattr(instance, field.source, None) for field in self.fields.values()):
            raise serializers.SkipField()
        return super().get_attribute(instance)


class BronCatalogusSerializer(OmittedWhenEmpty, Serializer):
    url = serializers.URLField(
        source="broncatalogus_url", max_length=200, help_text="URL-referentie naar de broncatalogus."
    )
    domein = serializers.CharField(
        source="broncatalogus_domein", max_length=5, help_text="Het domein van de broncatalogus."
    )
    rsin = serializers.CharField(source="broncatalogus_rsin", max_length=9, help_text="Het RSIN van de broncatalogus.")


class BronZaaktypeSerializer(OmittedWhenEmpty, Serializer):
    url = serializers.URLField(
        source="bronzaaktype_url", max_length=200, help_text="URL-referentie naar het bronzaaktype."
    )
    identificatie = serializers.CharField(
        source="bronzaaktype_identificatie", max_length=50, help_text="De identificatie van het bronzaaktype."
    )
    omschrijving = serializers.CharField(
        source="bronzaaktype_omschrijving", max_length=80, help_text="De omschrijving van het bronzaaktype."
    )


class ZaakTypenRelatieSerializer(ModelSerializer):
    zaaktype = VersionedReferenceField(
        model=ZaakType,
        source="gerelateerd_zaaktype",
        help_text="URL-referentie naar, of `identificatie` van, het gerelateerde ZAAKTYPE.",
    )
    zaaktypeIdentificatie = serializers.CharField(source="gerelateerd_zaaktype.identificatie", read_only=True)
    aardRelatie = serializers.ChoiceField(
        source="aard_relatie",
        choices=AardRelatie.choices,
        help_text="Omschrijving van de aard van de relatie van "
        "zaken van het ZAAKTYPE tot zaken van het andere ZAAKTYPE",
    )
    toelichting = serializers.CharField(max_length=255, required=False, allow_blank=True)

    class Meta:
        model = ZaakTypenRelatie
        fields = ("zaaktype", "zaaktypeIdentificatie", "aardRelatie", "toelichting")


class ZaakTypeSerializer(BlankForNullMixin, ModelSerializer):
    """A zaaktype version with its sub-types (read-only lists: they are written on their
    own endpoints) and its relations to besluittypen, deelzaaktypen and gerelateerde
    zaaktypen (written here, by URL or by their version-independent key)."""

    url = SelfUrlField()
    identificatie = serializers.CharField(
        max_length=50,
        help_text="Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt.",
    )
    omschrijving = serializers.CharField(
        max_length=80, help_text="Omschrijving van de aard van ZAAKen van het ZAAKTYPE."
    )
    omschrijvingGeneriek = serializers.CharField(
        source="omschrijving_generiek",
        max_length=80,
        required=False,
        allow_blank=True,
        help_text="Algemeen gehanteerde omschrijving van de aard van ZAAKen van het ZAAKTYPE",
    )
    vertrouwelijkheidaanduiding = serializers.ChoiceField(choices=VertrouwelijkheidAanduiding.choices)
    doel = serializers.CharField(
        help_text="Een omschrijving van hetgeen beoogd is te bereiken met een zaak van dit zaaktype."
    )
    aanleiding = serializers.CharField(
        help_text="Een omschrijving van de gebeurtenis die leidt tot het starten van een ZAAK van dit ZAAKTYPE."
    )
    toelichting = serializers.CharField(required=False, allow_blank=True)
    indicatieInternOfExtern = serializers.ChoiceField(
        source="indicatie_intern_of_extern", choices=IndicatieInternOfExtern.choices
    )
    handelingInitiator = serializers.CharField(source="handeling_initiator", max_length=20)
    onderwerp = serializers.CharField(max_length=80)
    handelingBehandelaar = serializers.CharField(source="handeling_behandelaar", max_length=20)
    doorlooptijd = DurationField(
        help_text="De periode waarbinnen volgens wet- en regelgeving een ZAAK van het ZAAKTYPE afgerond dient te "
        "zijn, in kalenderdagen."
    )
    servicenorm = DurationField(required=False, allow_null=True)
    opschortingEnAanhoudingMogelijk = serializers.BooleanField(source="opschorting_en_aanhouding_mogelijk")
    verlengingMogelijk = serializers.BooleanField(source="verlenging_mogelijk")
    verlengingstermijn = DurationField(required=False, allow_null=True)
    trefwoorden = serializers.ListField(child=serializers.CharField(max_length=30), required=False)
    publicatieIndicatie = serializers.BooleanField(source="publicatie_indicatie")
    publicatietekst = serializers.CharField(required=False, allow_blank=True)
    verantwoordingsrelatie = serializers.ListField(child=serializers.CharField(max_length=40), required=False)
    productenOfDiensten = serializers.ListField(
        source="producten_of_diensten", child=serializers.URLField(max_length=1000)
    )
    selectielijstProcestype = URLField(
        source="selectielijst_procestype",
        max_length=200,
        required=False,
        allow_blank=True,
        validators=[SelectielijstProcestypeValidator()],
        help_text="URL-referentie naar een vanuit archiveringsoptiek onderkende groep processen met dezelfde "
        "kenmerken (PROCESTYPE in de Selectielijst API).",
    )
    referentieproces = ReferentieProcesSerializer(source="*")
    verantwoordelijke = serializers.CharField(max_length=50)
    zaakobjecttypen = RelatedUrlsField()
    broncatalogus = BronCatalogusSerializer(source="*", required=False)
    bronzaaktype = BronZaaktypeSerializer(source="*", required=False)
    catalogus = ReferenceField(
        model=Catalogus, help_text="URL-referentie naar de CATALOGUS waartoe dit ZAAKTYPE behoort."
    )
    statustypen = RelatedUrlsField()
    resultaattypen = RelatedUrlsField()
    eigenschappen = RelatedUrlsField()
    informatieobjecttypen = RelatedUrlsField(
        source="zaaktypeinformatieobjecttypen", through="informatieobjecttype", versioned=True
    )
    informatieobjecttypeOmschrijving = RelatedNamesField(
        source="zaaktypeinformatieobjecttypen", through="informatieobjecttype", value="omschrijving"
    )
    roltypen = RelatedUrlsField()
    besluittypen = VersionedReferenceListField(
        model=BesluitType,
        help_text="URL-referenties naar (of omschrijvingen van) de BESLUITTYPEN die mogelijk zijn binnen dit ZAAKTYPE.",
    )
    besluittypeOmschrijving = RelatedNamesField(source="besluittypen", value="omschrijving")
    deelzaaktypen = VersionedReferenceListField(
        model=ZaakType,
        required=False,
        help_text="De ZAAKTYPE(n) (URL of identificatie) waaronder ZAAKen als deelzaak kunnen voorkomen bij ZAAKen "
        "van dit ZAAKTYPE.",
    )
    deelzaaktypeIdentificaties = RelatedNamesField(source="deelzaaktypen", value="identificatie")
    gerelateerdeZaaktypen = ZaakTypenRelatieSerializer(source="zaaktypenrelaties", many=True)
    beginGeldigheid = serializers.DateField(
        source="begin_geldigheid", help_text="De datum waarop de versie van het ZAAKTYPE geldig is geworden"
    )
    eindeGeldigheid = serializers.DateField(source="einde_geldigheid", required=False, allow_null=True)
    beginObject = serializers.DateField(source="begin_object", required=False, allow_null=True)
    eindeObject = serializers.DateField(source="einde_object", required=False, allow_null=True)
    versiedatum = serializers.DateField(
        required=False, help_text="De datum waarop de (gewijzigde) kenmerken van het ZAAKTYPE geldig zijn geworden"
    )
    concept = serializers.BooleanField(read_only=True)

    class Meta:
        model = ZaakType
        fields = (
            "url",
            "identificatie",
            "omschrijving",
            "omschrijvingGeneriek",
            "vertrouwelijkheidaanduiding",
            "doel",
            "aanleiding",
            "toelichting",
            "indicatieInternOfExtern",
            "handelingInitiator",
            "onderwerp",
            "handelingBehandelaar",
            "doorlooptijd",
            "servicenorm",
            "opschortingEnAanhoudingMogelijk",
            "verlengingMogelijk",
            "verlengingstermijn",
            "trefwoorden",
            "publicatieIndicatie",
            "publicatietekst",
            "verantwoordingsrelatie",
            "productenOfDiensten",
            "selectielijstProcestype",
            "referentieproces",
            "verantwoordelijke",
            "zaakobjecttypen",
            "broncatalogus",
            "bronzaaktype",
            "catalogus",
            "statustypen",
            "resultaattypen",
            "eigenschappen",
            "informatieobjecttypen",
            "informatieobjecttypeOmschrijving",
            "roltypen",
            "besluittypen",
            "besluittypeOmschrijving",
            "deelzaaktypen",
            "deelzaaktypeIdentificaties",
            "gerelateerdeZaaktypen",
            "beginGeldigheid",
            "eindeGeldigheid",
            "beginObject",
            "eindeObject",
            "versiedatum",
            "concept",
        )
        validators = [
            EindeNaBegin(),
            NoOverlappingVersions("identificatie"),
            RelationsInCatalogus(("besluittypen", "besluittypen"), ("deelzaaktypen", "deelzaaktypen")),
            CorrectieOnlyExtends(
                ("besluittypen", "besluittypen", "omschrijving"),
                ("deelzaaktypen", "deelzaaktypen", "identificatie"),
                ("zaaktypenrelaties", "gerelateerdeZaaktypen", "identificatie"),
            ),
        ]

    def to_internal_value(self, data):
        attrs = super().to_internal_value(data)
        catalogus = attrs.get("catalogus") or getattr(self.instance, "catalogus", None)
        if catalogus is not None:
            for name, model, key in (
                ("besluittypen", BesluitType, "omschrijving"),
                ("deelzaaktypen", ZaakType, "identificatie"),
            ):
                if name in attrs:
                    attrs[name] = resolve_type_keys(
                        attrs[name], model=model, key_field=key, catalogus=catalogus, field_name=name
                    )
            for index, relatie in enumerate(attrs.get("zaaktypenrelaties", [])):
                if isinstance(relatie["gerelateerd_zaaktype"], TypeKey):
                    relatie["gerelateerd_zaaktype"] = resolve_type_key(
                        relatie["gerelateerd_zaaktype"],
                        model=ZaakType,
                        key_field="identificatie",
                        catalogus=catalogus,
                        field_name=f"gerelateerdeZaaktypen.{index}.zaaktype",
                    )
        return attrs

    def validate(self, attrs):
        verlenging = attrs.get("verlenging_mogelijk", getattr(self.instance, "verlenging_mogelijk", False))
        termijn = attrs.get("verlengingstermijn", getattr(self.instance, "verlengingstermijn", None))
        if verlenging and not termijn:
            raise serializers.ValidationError(
                {
                    "verlengingstermijn": serializers.ErrorDetail(
                        "Verlengingstermijn is vereist als verlenging mogelijk is.", code="required"
                    )
                }
            )
        if "versiedatum" not in attrs and self.instance is None:
            attrs["versiedatum"] = attrs["begin_geldigheid"]
        return attrs
