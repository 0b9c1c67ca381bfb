"""Gebruiksrechten, objectinformatieobjecten and verzendingen: what relates to a document."""

from __future__ import annotations

from rest_framework import serializers

from openzaak.zgw.references import ReferenceField, SelfUrlField, URLField
from openzaak.zgw.serializers import ModelSerializer

from ...constants import AardRelatieVerzending, ObjectInformatieObjectType, PostadresType
from ...models import EnkelvoudigInformatieObject, Gebruiksrechten, ObjectInformatieObject, Verzending
from ...rules import Immutable, VerzendingEenAdres
from ...selectors import resolve_object
from .fields import GroupSerializer, ObjectField

INFORMATIEOBJECT_HELP = "URL-referentie naar het INFORMATIEOBJECT."
ADRES_GROEPEN = ("binnenlandsCorrespondentieadres", "buitenlandsCorrespondentieadres", "correspondentiePostadres")


class GebruiksrechtenSerializer(ModelSerializer):
    url = SelfUrlField()
    informatieobject = ReferenceField(
        model=EnkelvoudigInformatieObject, validators=[Immutable()], help_text=INFORMATIEOBJECT_HELP
    )
    startdatum = serializers.DateTimeField(
        help_text="Begindatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn. Doorgaans is de "
        "datum van creatie van het informatieobject de startdatum."
    )
    einddatum = serializers.DateTimeField(
        required=False,
        allow_null=True,
        help_text="Einddatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn.",
    )
    omschrijvingVoorwaarden = serializers.CharField(
        source="omschrijving_voorwaarden",
        help_text="Omschrijving van de van toepassing zijnde voorwaarden aan het gebruik anders dan raadpleging",
    )

    class Meta:
        model = Gebruiksrechten
        fields = ("url", "informatieobject", "startdatum", "einddatum", "omschrijvingVoorwaarden")


class ObjectInformatieObjectSerializer(ModelSerializer):
    url = SelfUrlField()
    informatieobject = ReferenceField(model=EnkelvoudigInformatieObject, help_text=INFORMATIEOBJECT_HELP)
    object = ObjectField(help_text="URL-referentie naar het gerelateerde OBJECT (in deze of een andere API).")
    objectType = serializers.ChoiceField(
        source="object_type",
        choices=ObjectInformatieObjectType.choices,
        help_text="Het type van het gerelateerde OBJECT.",
    )

    class Meta:
        model = ObjectInformatieObject
        fields = ("url", "informatieobject", "object", "objectType")

    def validate(self, attrs):
        """drc-002: the object must exist (a zaak or besluit of this installation; a
        verzoek is a URL in the Verzoeken API)."""
        url = attrs.pop("object")
        kind = attrs["object_type"]
        if kind == ObjectInformatieObjectType.verzoek:
            try:
                URLField().run_validation(url)
            except serializers.ValidationError:
                raise serializers.ValidationError(
                    {"object": [serializers.ErrorDetail("Voer een geldige URL in.", code="bad-url")]}
                ) from None
            attrs["verzoek"] = url
        else:
            try:
                attrs[kind] = resolve_object(url, kind)
            except serializers.ValidationError as exc:
                raise serializers.ValidationError({"object": exc.detail}) from None
        return attrs


class BinnenlandsCorrespondentieadresVerzendingSerializer(GroupSerializer):
    model = Verzending
    prefix = "binnenlands_correspondentieadres"
    presence = ("huisnummer", "naam_openbare_ruimte", "woonplaatsnaam")

    huisletter = serializers.CharField(
        source="binnenlands_correspondentieadres_huisletter", max_length=1, required=False, allow_blank=True
    )
    huisnummer = serializers.IntegerField(
        source="binnenlands_correspondentieadres_huisnummer", min_value=1, max_value=99999
    )
    huisnummerToevoeging = serializers.CharField(
        source="binnenlands_correspondentieadres_huisnummer_toevoeging", max_length=4, required=False, allow_blank=True
    )
    naamOpenbareRuimte = serializers.CharField(
        source="binnenlands_correspondentieadres_naam_openbare_ruimte", max_length=80
    )
    postcode = serializers.CharField(
        source="binnenlands_correspondentieadres_postcode", max_length=6, required=False, allow_blank=True
    )
    woonplaatsnaam = serializers.CharField(source="binnenlands_correspondentieadres_woonplaatsnaam", max_length=80)


class BuitenlandsCorrespondentieadresVerzendingSerializer(GroupSerializer):
    model = Verzending
    prefix = "buitenlands_correspondentieadres"
    presence = ("adres_buitenland1", "land_postadres")

    adresBuitenland1 = serializers.CharField(source="buitenlands_correspondentieadres_adres_buitenland1", max_length=35)
    adresBuitenland2 = serializers.CharField(
        source="buitenlands_correspondentieadres_adres_buitenland2", max_length=35, required=False, allow_blank=True
    )
    adresBuitenland3 = serializers.CharField(
        source="buitenlands_correspondentieadres_adres_buitenland3", max_length=35, required=False, allow_blank=True
    )
    landPostadres = URLField(source="buitenlands_correspondentieadres_land_postadres", max_length=200)


class BuitenlandsCorrespondentiepostadresVerzendingSerializer(GroupSerializer):
    model = Verzending
    prefix = "correspondentie_postadres"
    presence = ("post_bus_of_antwoordnummer",)

    postBusOfAntwoordnummer = serializers.IntegerField(
        source="correspondentie_postadres_post_bus_of_antwoordnummer", min_value=1, max_value=9999
    )
    postadresPostcode = serializers.CharField(source="correspondentie_postadres_postadres_postcode", max_length=6)
    postadresType = serializers.ChoiceField(
        source="correspondentie_postadres_postadres_type", choices=PostadresType.choices
    )
    woonplaatsnaam = serializers.CharField(source="correspondentie_postadres_woonplaatsnaam", max_length=80)


class VerzendingSerializer(ModelSerializer):
    url = SelfUrlField()
    betrokkene = URLField(
        max_length=200,
        help_text="URL-referentie naar de betrokkene waarvan het informatieobject is ontvangen of waaraan dit is "
        "verzonden.",
    )
    informatieobject = ReferenceField(
        model=EnkelvoudigInformatieObject,
        help_text="URL-referentie naar het informatieobject dat is ontvangen of verzonden.",
    )
    aardRelatie = serializers.ChoiceField(
        source="aard_relatie",
        choices=AardRelatieVerzending.choices,
        help_text="Omschrijving van de aard van de relatie van de BETROKKENE tot het INFORMATIEOBJECT.",
    )
    toelichting = serializers.CharField(max_length=200, required=False, allow_blank=True)
    ontvangstdatum = serializers.DateField(required=False, allow_null=True)
    verzenddatum = serializers.DateField(required=False, allow_null=True)
    contactPersoon = URLField(
        source="contact_persoon",
        max_length=1000,
        help_text="URL-referentie naar de persoon die als aanspreekpunt fungeert voor de BETROKKENE inzake het "
        "ontvangen of verzonden INFORMATIEOBJECT.",
    )
    contactpersoonnaam = serializers.CharField(max_length=40, required=False, allow_blank=True)
    binnenlandsCorrespondentieadres = BinnenlandsCorrespondentieadresVerzendingSerializer()
    buitenlandsCorrespondentieadres = BuitenlandsCorrespondentieadresVerzendingSerializer()
    correspondentiePostadres = BuitenlandsCorrespondentiepostadresVerzendingSerializer()
    faxnummer = serializers.CharField(max_length=15, required=False, allow_blank=True, allow_null=True)
    emailadres = serializers.CharField(max_length=100, required=False, allow_blank=True, allow_null=True)
    mijnOverheid = serializers.BooleanField(source="mijn_overheid", required=False, default=False)
    telefoonnummer = serializers.CharField(max_length=15, required=False, allow_blank=True, allow_null=True)

    class Meta:
        model = Verzending
        fields = (
            "url",
            "betrokkene",
            "informatieobject",
            "aardRelatie",
            "toelichting",
            "ontvangstdatum",
            "verzenddatum",
            "contactPersoon",
            "contactpersoonnaam",
            "binnenlandsCorrespondentieadres",
            "buitenlandsCorrespondentieadres",
            "correspondentiePostadres",
            "faxnummer",
            "emailadres",
            "mijnOverheid",
            "telefoonnummer",
        )
        validators = [VerzendingEenAdres()]

    def validate(self, attrs):
        for name in ("faxnummer", "emailadres", "telefoonnummer"):
            if attrs.get(name) is None and (name in attrs or not self.partial):
                attrs[name] = ""  # stored as "" (docs/data-model.md); a PUT without it empties it
        if not self.partial:  # a PUT replaces the address: the groups it leaves out are emptied
            for group in (self.fields[name] for name in ADRES_GROEPEN):
                for column, empty in group.columns().items():
                    attrs.setdefault(column, empty)
            attrs.setdefault("mijn_overheid", False)
        return super().validate(attrs)
