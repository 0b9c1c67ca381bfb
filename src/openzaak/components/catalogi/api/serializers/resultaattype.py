from rest_framework import serializers

from openzaak.zgw.constants import Afleidingswijze, Archiefnominatie, ZaakobjectType
from openzaak.zgw.references import URLField
from openzaak.zgw.serializers import Serializer

from ...models import BesluitType, InformatieObjectType, ResultaatType
from ...rules import BrondatumArchiefprocedure, RelationsInCatalogus, resolve_type_keys
from ...selectielijst_rules import (
    AfleidingswijzeProcestermijnValidator,
    ResultaattypeomschrijvingValidator,
    SelectielijstklasseProcestypeValidator,
    SelectielijstklasseValidator,
)
from .base import ZaakTypeCatalogusField, ZaakTypeDeelSerializer
from .fields import BlankForNullMixin, DurationField, RelatedNamesField, VersionedReferenceListField

BRONDATUM_FIELDS = {
    "brondatum_archiefprocedure_afleidingswijze": "",
    "brondatum_archiefprocedure_datumkenmerk": "",
    "brondatum_archiefprocedure_einddatum_bekend": False,
    "brondatum_archiefprocedure_objecttype": "",
    "brondatum_archiefprocedure_registratie": "",
    "brondatum_archiefprocedure_procestermijn": None,
}


class BrondatumArchiefprocedureSerializer(BlankForNullMixin, Serializer):
    afleidingswijze = serializers.ChoiceField(
        source="brondatum_archiefprocedure_afleidingswijze",
        choices=Afleidingswijze.choices,
        help_text="Wijze van bepalen van de brondatum.",
    )
    datumkenmerk = serializers.CharField(
        source="brondatum_archiefprocedure_datumkenmerk",
        max_length=80,
        required=False,
        allow_blank=True,
        help_text="Naam van de attribuutsoort van het procesobject dat bepalend is voor het einde van de "
        "procestermijn.",
    )
    einddatumBekend = serializers.BooleanField(
        source="brondatum_archiefprocedure_einddatum_bekend",
        required=False,
        default=False,
        help_text="Indicatie dat de einddatum van het procesobject gedurende de uitvoering van de zaak bekend moet "
        "worden.",
    )
    objecttype = serializers.ChoiceField(
        source="brondatum_archiefprocedure_objecttype",
        choices=ZaakobjectType.choices,
        required=False,
        allow_blank=True,
        help_text="Het soort object in de registratie dat het procesobject representeert.",
    )
    registratie = serializers.CharField(
        source="brondatum_archiefprocedure_registratie",
        max_length=80,
        required=False,
        allow_blank=True,
        help_text="De naam van de registratie waarvan het procesobject deel uit maakt.",
    )
    procestermijn = DurationField(
        source="brondatum_archiefprocedure_procestermijn",
        required=False,
        allow_null=True,
        help_text="De periode dat het zaakdossier na afronding van de zaak actief gebruikt en/of geraadpleegd wordt "
        "ter ondersteuning van de taakuitoefening van de organisatie.",
    )

    def to_representation(self, instance):
        if not instance.brondatum_archiefprocedure_afleidingswijze:
            return None
        return super().to_representation(instance)


class ResultaatTypeSerializer(ZaakTypeDeelSerializer):
    """A resultaattype. The selectielijst references (resultaattypeomschrijving,
    selectielijstklasse) are URLs into the VNG Selectielijst API; brondatumArchiefprocedure
    follows ztc-004 … ztc-008."""

    omschrijving = serializers.CharField(
        max_length=30, help_text="Omschrijving van de aard van resultaten van het RESULTAATTYPE."
    )
    resultaattypeomschrijving = URLField(
        max_length=1000,
        validators=[ResultaattypeomschrijvingValidator()],
        help_text="Algemeen gehanteerde omschrijving van de aard van resultaten van het RESULTAATTYPE. "
        "Dit moet een URL-referentie zijn naar de referenlijst van generieke resultaattypeomschrijvingen.",
    )
    omschrijvingGeneriek = serializers.CharField(
        source="omschrijving_generiek",
        read_only=True,
        help_text="Waarde van de omschrijving-generiek referentie (attribuut `omschrijving`)",
    )
    selectielijstklasse = URLField(
        max_length=1000,
        validators=[SelectielijstklasseValidator()],
        help_text="URL-referentie naar de, voor het archiefregime bij het RESULTAATTYPE relevante, "
        "categorie in de Selectielijst Archiefbescheiden (RESULTAAT in de Selectielijst API) van de voor het ZAAKTYPE "
        "verantwoordelijke overheidsorganisatie.",
    )
    toelichting = serializers.CharField(required=False, allow_blank=True)
    archiefnominatie = serializers.ChoiceField(
        choices=Archiefnominatie.choices,
        required=False,
        allow_blank=True,
        help_text="Aanduiding die aangeeft of ZAAKen met een resultaat van dit RESULTAATTYPE blijvend moeten worden "
        "bewaard of (op termijn) moeten worden vernietigd.",
    )
    archiefactietermijn = DurationField(required=False, allow_null=True)
    brondatumArchiefprocedure = BrondatumArchiefprocedureSerializer(source="*", required=False, allow_null=True)
    procesobjectaard = serializers.CharField(max_length=200, required=False, allow_blank=True, allow_null=True)
    catalogus = ZaakTypeCatalogusField(required=False, allow_null=True)
    indicatieSpecifiek = serializers.BooleanField(source="indicatie_specifiek", required=False, allow_null=True)
    procestermijn = DurationField(required=False, allow_null=True)
    besluittypen = VersionedReferenceListField(model=BesluitType, required=False)
    besluittypeOmschrijving = RelatedNamesField(source="besluittypen", value="omschrijving")
    informatieobjecttypen = VersionedReferenceListField(model=InformatieObjectType, required=False)
    informatieobjecttypeOmschrijving = RelatedNamesField(source="informatieobjecttypen", value="omschrijving")

    class Meta:
        model = ResultaatType
        fields = (
            "url",
            "zaaktype",
            "zaaktypeIdentificatie",
            "omschrijving",
            "resultaattypeomschrijving",
            "omschrijvingGeneriek",
            "selectielijstklasse",
            "toelichting",
            "archiefnominatie",
            "archiefactietermijn",
            "brondatumArchiefprocedure",
            "procesobjectaard",
            "catalogus",
            *ZaakTypeDeelSerializer.Meta.geldigheid,
            "indicatieSpecifiek",
            "procestermijn",
            "besluittypen",
            "besluittypeOmschrijving",
            "informatieobjecttypen",
            "informatieobjecttypeOmschrijving",
        )
        validators = [
            *ZaakTypeDeelSerializer.Meta.validators,
            BrondatumArchiefprocedure(),
            SelectielijstklasseProcestypeValidator(),
            AfleidingswijzeProcestermijnValidator(),
            RelationsInCatalogus(("besluittypen", "besluittypen"), ("informatieobjecttypen", "informatieobjecttypen")),
            serializers.UniqueTogetherValidator(
                queryset=ResultaatType.objects.all(),
                fields=("zaaktype", "omschrijving"),
                message="Dit zaaktype heeft al een resultaattype met deze omschrijving.",
            ),
        ]

    def to_internal_value(self, data):
        cleared = (
            isinstance(data, dict) and "brondatumArchiefprocedure" in data and data["brondatumArchiefprocedure"] is None
        )
        if cleared:
            data = {key: value for key, value in data.items() if key != "brondatumArchiefprocedure"}
        attrs = super().to_internal_value(data)
        if cleared:
            attrs.update(BRONDATUM_FIELDS)
        zaaktype = attrs.get("zaaktype") or getattr(self.instance, "zaaktype", None)
        for name, model in (("besluittypen", BesluitType), ("informatieobjecttypen", InformatieObjectType)):
            if name in attrs and zaaktype is not None:
                attrs[name] = resolve_type_keys(
                    attrs[name], model=model, key_field="omschrijving", catalogus=zaaktype.catalogus, field_name=name
                )
        return attrs
