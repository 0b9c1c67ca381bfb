"""The Zaken API's own vocabulary (Zaken API 1.7.0), spelled exactly as the contract
spells it. What Zaken shares with Catalogi (Archiefnominatie, Archiefstatus,
Afleidingswijze, RolOmschrijving, ZaakobjectType, AardRelatie) and with every register
(VertrouwelijkheidAanduiding) lives in `openzaak.zgw.constants`."""

from django.db import models

# The prefix of generated zaak identificaties: ZAAK-2026-0000000001 (openzaak.zgw.identificatie).
IDENTIFICATIE_PREFIX = "ZAAK"


class Betalingsindicatie(models.TextChoices):
    nvt = "nvt", "Er is geen sprake van te betalen, met de zaak gemoeide, kosten."
    nog_niet = "nog_niet", "De met de zaak gemoeide kosten zijn (nog) niet betaald."
    gedeeltelijk = "gedeeltelijk", "De met de zaak gemoeide kosten zijn gedeeltelijk betaald."
    geheel = "geheel", "De met de zaak gemoeide kosten zijn geheel betaald."


class BetrokkeneType(models.TextChoices):
    """The kind of betrokkene of a rol; it decides the shape of `betrokkeneIdentificatie`."""

    natuurlijk_persoon = "natuurlijk_persoon", "Natuurlijk persoon"
    niet_natuurlijk_persoon = "niet_natuurlijk_persoon", "Niet-natuurlijk persoon"
    vestiging = "vestiging", "Vestiging"
    organisatorische_eenheid = "organisatorische_eenheid", "Organisatorische eenheid"
    medewerker = "medewerker", "Medewerker"


class IndicatieMachtiging(models.TextChoices):
    gemachtigde = (
        "gemachtigde",
        "De betrokkene in de rol bij de zaak is door een andere betrokkene bij dezelfde zaak gemachtigd om "
        "namens hem of haar te handelen",
    )
    machtiginggever = (
        "machtiginggever",
        "De betrokkene in de rol bij de zaak heeft een andere betrokkene bij dezelfde zaak gemachtigd om "
        "namens hem of haar te handelen",
    )


class Geslachtsaanduiding(models.TextChoices):
    """`geslachtsaanduiding` of a natuurlijk persoon (in betrokkeneIdentificatie)."""

    man = "m", "Man"
    vrouw = "v", "Vrouw"
    onbekend = "o", "Onbekend"


class AardRelatieWeergave(models.TextChoices):
    """`aardRelatieWeergave` of a zaakinformatieobject: always `hoort_bij` (zrc-004)."""

    hoort_bij = "hoort_bij", "Hoort bij, omgekeerd: kent"
    legt_vast = "legt_vast", "Legt vast, omgekeerd: kan vastgelegd zijn als"


class NotitieType(models.TextChoices):
    """Who may see a zaaknotitie: `intern` only staff, `extern` also the initiator."""

    intern = "intern", "Intern"
    extern = "extern", "Extern"


class NotitieStatus(models.TextChoices):
    concept = "concept", "Concept"
    definitief = "definitief", "Definitief"


# --- enumerations inside the JSON shapes (betrokkeneIdentificatie, objectIdentificatie),
# validated by the serializers that write those shapes --------------------------------


class InnRechtsvorm(models.TextChoices):
    besloten_vennootschap = "besloten_vennootschap", "Besloten vennootschap"
    cooperatie_europees_economische_samenwerking = (
        "cooperatie_europees_economische_samenwerking",
        "Coöperatie Europees Economische Samenwerking",
    )
    europese_cooperatieve_venootschap = "europese_cooperatieve_venootschap", "Europese cooperatieve venootschap"
    europese_cooperatieve_vennootschap = "europese_cooperatieve_vennootschap", "Europese cooperatieve vennootschap"
    europese_naamloze_vennootschap = "europese_naamloze_vennootschap", "Europese naamloze vennootschap"
    kerkelijke_organisatie = "kerkelijke_organisatie", "Kerkelijke organisatie"
    naamloze_vennootschap = "naamloze_vennootschap", "Naamloze vennootschap"
    onderlinge_waarborg_maatschappij = "onderlinge_waarborg_maatschappij", "Onderlinge waarborg maatschappij"
    overig_privaatrechtelijke_rechtspersoon = (
        "overig_privaatrechtelijke_rechtspersoon",
        "Overig privaatrechtelijke rechtspersoon",
    )
    stichting = "stichting", "Stichting"
    vereniging = "vereniging", "Vereniging"
    vereniging_van_eigenaars = "vereniging_van_eigenaars", "Vereniging van eigenaars"
    publiekrechtelijke_rechtspersoon = "publiekrechtelijke_rechtspersoon", "Publiekrechtelijke rechtspersoon"
    vennootschap_onder_firma = "vennootschap_onder_firma", "Vennootschap onder firma"
    maatschap = "maatschap", "Maatschap"
    rederij = "rederij", "Rederij"
    commanditaire_vennootschap = "commanditaire_vennootschap", "Commanditaire vennootschap"
    kapitaalvennootschap_binnen_eer = "kapitaalvennootschap_binnen_eer", "Kapitaalvennootschap binnen EER"
    overige_buitenlandse_rechtspersoon_vennootschap = (
        "overige_buitenlandse_rechtspersoon_vennootschap",
        "Overige buitenlandse rechtspersoon vennootschap",
    )
    kapitaalvennootschap_buiten_eer = "kapitaalvennootschap_buiten_eer", "Kapitaalvennootschap buiten EER"


class ObjectInrichtingselementType(models.TextChoices):
    bak = "bak", "Bak"
    bord = "bord", "Bord"
    installatie = "installatie", "Installatie"
    kast = "kast", "Kast"
    mast = "mast", "Mast"
    paal = "paal", "Paal"
    sensor = "sensor", "Sensor"
    straatmeubilair = "straatmeubilair", "Straatmeubilair"
    waterinrichtingselement = "waterinrichtingselement", "Waterinrichtingselement"
    weginrichtingselement = "weginrichtingselement", "Weginrichtingselement"


class ObjectKunstwerkdeelType(models.TextChoices):
    keermuur = "keermuur", "Keermuur"
    overkluizing = "overkluizing", "Overkluizing"
    duiker = "duiker", "Duiker"
    faunavoorziening = "faunavoorziening", "Faunavoorziening"
    vispassage = "vispassage", "Vispassage"
    bodemval = "bodemval", "Bodemval"
    coupure = "coupure", "Coupure"
    ponton = "ponton", "Ponton"
    voorde = "voorde", "Voorde"
    hoogspanningsmast = "hoogspanningsmast", "Hoogspanningsmast"
    gemaal = "gemaal", "Gemaal"
    perron = "perron", "Perron"
    sluis = "sluis", "Sluis"
    strekdam = "strekdam", "Strekdam"
    steiger = "steiger", "Steiger"
    stuw = "stuw", "Stuw"


class ObjectSpoorbaandeelType(models.TextChoices):
    breedspoor = "breedspoor", "Breedspoor"
    normaalspoor = "normaalspoor", "Normaalspoor"
    smalspoor = "smalspoor", "Smalspoor"
    spoorbaan = "spoorbaan", "Spoorbaan"


class TypeWaterdeel(models.TextChoices):
    zee = "zee", "Zee"
    waterloop = "waterloop", "Waterloop"
    watervlakte = "watervlakte", "Watervlakte"
    greppel_droge_sloot = "greppel_droge_sloot", "Greppel droge sloot"
