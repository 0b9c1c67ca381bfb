"""The shapes of a rol's `betrokkeneIdentificatie` (one per betrokkeneType) and of a
zaakobject's `objectIdentificatie` (one per objectType), as the Zaken API 1.7.0
contract spells them: keys, nesting, lengths and enumerations.

Each shape is declared once below as a table (`SHAPES`) and built into a DRF
serializer (`shape_serializer(name)`) that validates what a client sends and names
the contract's component in the schema. The validated object is stored as it is, in
one JSON column (docs/data-model.md): every key of the shape present, an optional text
`""`, an optional group `null`, a list `[]`.
"""

from __future__ import annotations

from functools import cache

from drf_spectacular.utils import extend_schema_serializer
from rest_framework import serializers

from openzaak.zgw.constants import ZaakobjectType

from ...constants import (
    BetrokkeneType,
    Geslachtsaanduiding,
    InnRechtsvorm,
    ObjectInrichtingselementType,
    ObjectKunstwerkdeelType,
    ObjectSpoorbaandeelType,
    TypeWaterdeel,
)


def text(max_length: int, *, required: bool = False, pattern: str | None = None):
    def build():
        kwargs = {"max_length": max_length, "allow_blank": True}
        kwargs.update({"required": True} if required else {"required": False, "default": ""})
        if pattern:
            return serializers.RegexField(pattern, **kwargs)
        return serializers.CharField(trim_whitespace=False, **kwargs)

    return build


def number(*, required: bool = False):
    def build():
        if required:
            return serializers.IntegerField(min_value=0, max_value=99999)
        return serializers.IntegerField(min_value=0, max_value=99999, required=False, allow_null=True, default=None)

    return build


def choice(choices, *, required: bool = False, blank: bool = False):
    def build():
        if required:
            return serializers.ChoiceField(choices=choices, allow_blank=blank)
        return serializers.ChoiceField(choices=choices, allow_blank=True, required=False, default="")

    return build


def group(shape: str, *, nullable: bool = True):
    """A nested shape; optional (`null` when not given)."""

    def build():
        return shape_serializer(shape)(required=False, allow_null=nullable, default=None)

    return build


def text_list(max_length: int):
    def build():
        return serializers.ListField(
            child=serializers.CharField(max_length=max_length, allow_blank=True), required=False, default=list
        )

    return build


def any_object():
    def build():
        return serializers.DictField(help_text="Schema-loze data van het object.")

    return build


_VERBLIJFSADRES = {
    "aoaIdentificatie": text(100, required=True),
    "wplWoonplaatsNaam": text(80, required=True),
    "gorOpenbareRuimteNaam": text(80, required=True),
    "aoaPostcode": text(7),
    "aoaHuisnummer": number(required=True),
    "aoaHuisletter": text(1),
    "aoaHuisnummertoevoeging": text(4),
}

SHAPES: dict[str, dict] = {
    # groups inside the identificaties
    "VerblijfsAdres": {**_VERBLIJFSADRES, "inpLocatiebeschrijving": text(1000)},
    "SubVerblijfBuitenland": {
        "lndLandcode": text(4, required=True),
        "lndLandnaam": text(40, required=True),
        "subAdresBuitenland_1": text(35),
        "subAdresBuitenland_2": text(35),
        "subAdresBuitenland_3": text(35),
    },
    "TerreinGebouwdObjectAdres": {
        "numIdentificatie": text(100),
        "oaoIdentificatie": text(100),
        "aoaIdentificatie": text(100),
        "wplWoonplaatsNaam": text(80, required=True),
        "gorOpenbareRuimteNaam": text(80, required=True),
        "aoaPostcode": text(7),
        "aoaHuisnummer": number(required=True),
        "aoaHuisletter": text(1),
        "aoaHuisnummertoevoeging": text(4),
        "ogoLocatieAanduiding": text(100),
    },
    "WozObjectAdres": {**_VERBLIJFSADRES, "locatieOmschrijving": text(1000)},
    "ZakelijkRechtHeeftAlsGerechtigde": {
        "natuurlijkPersoon": group("RolNatuurlijkPersoon"),
        "nietNatuurlijkPersoon": group("RolNietNatuurlijkPersoon"),
    },
    # betrokkeneIdentificatie (and the objectIdentificatie of persons and organisations)
    "RolNatuurlijkPersoon": {
        "inpBsn": text(9),
        "anpIdentificatie": text(17),
        "inpA_nummer": text(10, pattern=r"^[1-9][0-9]{9}$"),
        "geslachtsnaam": text(200),
        "voorvoegselGeslachtsnaam": text(80),
        "voorletters": text(20),
        "voornamen": text(200),
        "geslachtsaanduiding": choice(Geslachtsaanduiding.choices),
        "geboortedatum": text(18),
        "verblijfsadres": group("VerblijfsAdres"),
        "subVerblijfBuitenland": group("SubVerblijfBuitenland"),
    },
    "RolNietNatuurlijkPersoon": {
        "innNnpId": text(9),
        "annIdentificatie": text(17),
        "statutaireNaam": text(500),
        "innRechtsvorm": choice(InnRechtsvorm.choices),
        "bezoekadres": text(1000),
        "subVerblijfBuitenland": group("SubVerblijfBuitenland"),
    },
    "RolVestiging": {
        "vestigingsNummer": text(24),
        "handelsnaam": text_list(625),
        "verblijfsadres": group("VerblijfsAdres"),
        "subVerblijfBuitenland": group("SubVerblijfBuitenland"),
        "kvkNummer": text(8),
    },
    "RolOrganisatorischeEenheid": {"identificatie": text(24), "naam": text(50), "isGehuisvestIn": text(24)},
    "RolMedewerker": {
        "identificatie": text(254),
        "achternaam": text(200),
        "voorletters": text(20),
        "voorvoegselAchternaam": text(10),
    },
    # objectIdentificatie
    "ObjectAdres": {
        "identificatie": text(100, required=True),
        "wplWoonplaatsNaam": text(80, required=True),
        "gorOpenbareRuimteNaam": text(80, required=True),
        "huisnummer": number(required=True),
        "huisletter": text(1),
        "huisnummertoevoeging": text(4),
        "postcode": text(7),
    },
    "ObjectBuurt": {
        "buurtCode": text(2, required=True),
        "buurtNaam": text(40, required=True),
        "gemGemeenteCode": text(4, required=True),
        "wykWijkCode": text(2, required=True),
    },
    "ObjectGemeente": {"gemeenteNaam": text(80, required=True), "gemeenteCode": text(4, required=True)},
    "ObjectGemeentelijkeOpenbareRuimte": {
        "identificatie": text(100, required=True),
        "openbareRuimteNaam": text(80, required=True),
    },
    "ObjectHuishouden": {"nummer": text(12, required=True), "isGehuisvestIn": group("ObjectTerreinGebouwdObject")},
    "ObjectInrichtingselement": {
        "type": choice(ObjectInrichtingselementType.choices, required=True),
        "identificatie": text(100, required=True),
        "naam": text(500),
    },
    "ObjectKadastraleOnroerendeZaak": {
        "kadastraleIdentificatie": text(100, required=True),
        "kadastraleAanduiding": text(1000, required=True),
    },
    "ObjectKunstwerkdeel": {
        "type": choice(ObjectKunstwerkdeelType.choices, required=True),
        "identificatie": text(100, required=True),
        "naam": text(80, required=True),
    },
    "ObjectMaatschappelijkeActiviteit": {"kvkNummer": text(8, required=True), "handelsnaam": text(200, required=True)},
    "ObjectOpenbareRuimte": {
        "identificatie": text(100, required=True),
        "wplWoonplaatsNaam": text(80, required=True),
        "gorOpenbareRuimteNaam": text(80, required=True),
    },
    "ObjectOverige": {"overigeData": any_object()},
    "ObjectPand": {"identificatie": text(100, required=True)},
    "ObjectSpoorbaandeel": {
        "type": choice(ObjectSpoorbaandeelType.choices, required=True),
        "identificatie": text(100, required=True),
        "naam": text(500),
    },
    "ObjectTerreinGebouwdObject": {
        "identificatie": text(100, required=True),
        "adresAanduidingGrp": group("TerreinGebouwdObjectAdres"),
    },
    "ObjectTerreindeel": {
        "type": text(40, required=True),
        "identificatie": text(100, required=True),
        "naam": text(500),
    },
    "ObjectWaterdeel": {
        "typeWaterdeel": choice(TypeWaterdeel.choices, required=True),
        "identificatie": text(100, required=True),
        "naam": text(500),
    },
    "ObjectWegdeel": {"type": text(100, required=True), "identificatie": text(100, required=True), "naam": text(500)},
    "ObjectWijk": {
        "wijkCode": text(2, required=True),
        "wijkNaam": text(40, required=True),
        "gemGemeenteCode": text(4, required=True),
    },
    "ObjectWoonplaats": {"identificatie": text(100, required=True), "woonplaatsNaam": text(80, required=True)},
    "ObjectWozDeelobject": {
        "nummerWozDeelObject": text(6, required=True),
        "isOnderdeelVan": group("ObjectWozObject", nullable=False),
    },
    "ObjectWozObject": {"wozObjectNummer": text(100, required=True), "aanduidingWozObject": group("WozObjectAdres")},
    "ObjectWozWaarde": {"waardepeildatum": text(9, required=True), "isVoor": group("ObjectWozObject", nullable=False)},
    "ObjectZakelijkRecht": {
        "identificatie": text(100, required=True),
        "avgAard": text(1000, required=True),
        "heeftBetrekkingOp": group("ObjectKadastraleOnroerendeZaak", nullable=False),
        "heeftAlsGerechtigde": group("ZakelijkRechtHeeftAlsGerechtigde", nullable=False),
    },
}

# betrokkeneType -> the shape of betrokkeneIdentificatie
BETROKKENE_SHAPES = {
    BetrokkeneType.natuurlijk_persoon: "RolNatuurlijkPersoon",
    BetrokkeneType.niet_natuurlijk_persoon: "RolNietNatuurlijkPersoon",
    BetrokkeneType.vestiging: "RolVestiging",
    BetrokkeneType.organisatorische_eenheid: "RolOrganisatorischeEenheid",
    BetrokkeneType.medewerker: "RolMedewerker",
}

# objectType -> the shape of objectIdentificatie (None: the object is only named by URL)
OBJECT_SHAPES = {
    ZaakobjectType.adres: "ObjectAdres",
    ZaakobjectType.besluit: None,
    ZaakobjectType.buurt: "ObjectBuurt",
    ZaakobjectType.enkelvoudig_document: None,
    ZaakobjectType.gemeente: "ObjectGemeente",
    ZaakobjectType.gemeentelijke_openbare_ruimte: "ObjectGemeentelijkeOpenbareRuimte",
    ZaakobjectType.huishouden: "ObjectHuishouden",
    ZaakobjectType.inrichtingselement: "ObjectInrichtingselement",
    ZaakobjectType.kadastrale_onroerende_zaak: "ObjectKadastraleOnroerendeZaak",
    ZaakobjectType.kunstwerkdeel: "ObjectKunstwerkdeel",
    ZaakobjectType.maatschappelijke_activiteit: "ObjectMaatschappelijkeActiviteit",
    ZaakobjectType.medewerker: "RolMedewerker",
    ZaakobjectType.natuurlijk_persoon: "RolNatuurlijkPersoon",
    ZaakobjectType.niet_natuurlijk_persoon: "RolNietNatuurlijkPersoon",
    ZaakobjectType.openbare_ruimte: "ObjectOpenbareRuimte",
    ZaakobjectType.organisatorische_eenheid: "RolOrganisatorischeEenheid",
    ZaakobjectType.pand: "ObjectPand",
    ZaakobjectType.spoorbaandeel: "ObjectSpoorbaandeel",
    ZaakobjectType.status: None,
    ZaakobjectType.terreindeel: "ObjectTerreindeel",
    ZaakobjectType.terrein_gebouwd_object: "ObjectTerreinGebouwdObject",
    ZaakobjectType.vestiging: "RolVestiging",
    ZaakobjectType.waterdeel: "ObjectWaterdeel",
    ZaakobjectType.wegdeel: "ObjectWegdeel",
    ZaakobjectType.wijk: "ObjectWijk",
    ZaakobjectType.woonplaats: "ObjectWoonplaats",
    ZaakobjectType.woz_deelobject: "ObjectWozDeelobject",
    ZaakobjectType.woz_object: "ObjectWozObject",
    ZaakobjectType.woz_waarde: "ObjectWozWaarde",
    ZaakobjectType.zakelijk_recht: "ObjectZakelijkRecht",
    ZaakobjectType.overige: "ObjectOverige",
}


@cache
def shape_serializer(name: str) -> type[serializers.Serializer]:
    """The serializer of the shape `name` (one class per shape, its component's name)."""
    attrs = {field_name: build() for field_name, build in SHAPES[name].items()}
    attrs["__module__"] = __name__
    attrs["__doc__"] = f"{name} (Zaken API 1.7.0)."
    cls = type(f"{name}Serializer", (serializers.Serializer,), attrs)
    return extend_schema_serializer(component_name=name)(cls)


def validate_shape(name: str, data):
    """The validated object of shape `name`, with every key; raises a ValidationError
    naming the keys at fault."""
    serializer = shape_serializer(name)(data=data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data
