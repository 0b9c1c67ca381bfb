"""The Catalogi API's vocabulary (ImZTC 2.2 as the Catalogi API 1.3.3 spells it), once:
models, serializers, filters, admin and schema all use these choices."""

from django.db import models


class IndicatieInternOfExtern(models.TextChoices):
    intern = "intern", "Intern"
    extern = "extern", "Extern"


class AardRelatie(models.TextChoices):
    """How a gerelateerd zaaktype relates to a zaaktype."""

    vervolg = "vervolg", "Vervolg"
    bijdrage = "bijdrage", "Bijdrage"
    onderwerp = "onderwerp", "Onderwerp"


class Archiefnominatie(models.TextChoices):
    blijvend_bewaren = (
        "blijvend_bewaren",
        "Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een "
        "archiefbewaarplaats.",
    )
    vernietigen = "vernietigen", "Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden."


class Afleidingswijze(models.TextChoices):
    """How the brondatum of the archiefprocedure of a zaak is derived (ztc-003 … ztc-008)."""

    afgehandeld = "afgehandeld", "Afgehandeld"
    ander_datumkenmerk = "ander_datumkenmerk", "Ander datumkenmerk"
    eigenschap = "eigenschap", "Eigenschap"
    gerelateerde_zaak = "gerelateerde_zaak", "Gerelateerde zaak"
    hoofdzaak = "hoofdzaak", "Hoofdzaak"
    ingangsdatum_besluit = "ingangsdatum_besluit", "Ingangsdatum besluit"
    termijn = "termijn", "Termijn"
    vervaldatum_besluit = "vervaldatum_besluit", "Vervaldatum besluit"
    zaakobject = "zaakobject", "Zaakobject"


class ZaakobjectType(models.TextChoices):
    """The objecttypen a brondatumArchiefprocedure can take its date from."""

    adres = "adres", "Adres"
    besluit = "besluit", "Besluit"
    buurt = "buurt", "Buurt"
    enkelvoudig_document = "enkelvoudig_document", "Enkelvoudig document"
    gemeente = "gemeente", "Gemeente"
    gemeentelijke_openbare_ruimte = "gemeentelijke_openbare_ruimte", "Gemeentelijke openbare ruimte"
    huishouden = "huishouden", "Huishouden"
    inrichtingselement = "inrichtingselement", "Inrichtingselement"
    kadastrale_onroerende_zaak = "kadastrale_onroerende_zaak", "Kadastrale onroerende zaak"
    kunstwerkdeel = "kunstwerkdeel", "Kunstwerkdeel"
    maatschappelijke_activiteit = "maatschappelijke_activiteit", "Maatschappelijke activiteit"
    medewerker = "medewerker", "Medewerker"
    natuurlijk_persoon = "natuurlijk_persoon", "Natuurlijk persoon"
    niet_natuurlijk_persoon = "niet_natuurlijk_persoon", "Niet-natuurlijk persoon"
    openbare_ruimte = "openbare_ruimte", "Openbare ruimte"
    organisatorische_eenheid = "organisatorische_eenheid", "Organisatorische eenheid"
    pand = "pand", "Pand"
    spoorbaandeel = "spoorbaandeel", "Spoorbaandeel"
    status = "status", "Status"
    terreindeel = "terreindeel", "Terreindeel"
    terrein_gebouwd_object = "terrein_gebouwd_object", "Terrein gebouwd object"
    vestiging = "vestiging", "Vestiging"
    waterdeel = "waterdeel", "Waterdeel"
    wegdeel = "wegdeel", "Wegdeel"
    wijk = "wijk", "Wijk"
    woonplaats = "woonplaats", "Woonplaats"
    woz_deelobject = "woz_deelobject", "WOZ-deelobject"
    woz_object = "woz_object", "WOZ-object"
    woz_waarde = "woz_waarde", "WOZ-waarde"
    zakelijk_recht = "zakelijk_recht", "Zakelijk recht"
    overige = "overige", "Overige"


class FormaatEigenschap(models.TextChoices):
    tekst = "tekst", "Tekst"
    getal = "getal", "Getal"
    datum = "datum", "Datum"
    datum_tijd = "datum_tijd", "Datum/tijd"


class RolOmschrijving(models.TextChoices):
    """The omschrijvingGeneriek of a roltype."""

    adviseur = "adviseur", "Adviseur"
    behandelaar = "behandelaar", "Behandelaar"
    belanghebbende = "belanghebbende", "Belanghebbende"
    beslisser = "beslisser", "Beslisser"
    initiator = "initiator", "Initiator"
    klantcontacter = "klantcontacter", "Klantcontacter"
    zaakcoordinator = "zaakcoordinator", "Zaakcoördinator"
    mede_initiator = "mede_initiator", "Mede-initiator"


class Richting(models.TextChoices):
    """The direction of documents of a zaaktype-informatieobjecttype."""

    inkomend = "inkomend", "Inkomend"
    intern = "intern", "Intern"
    uitgaand = "uitgaand", "Uitgaand"


class ConceptStatus(models.TextChoices):
    """The `status` list filter: which versions by their `concept` flag."""

    alles = "alles", "Alle objecten, ongeacht `concept`"
    concept = "concept", "Alleen objecten met `concept=true`"
    definitief = "definitief", "Alleen objecten met `concept=false` (standaard)"
