"""Vocabulary the components share, spelled as the ZGW standard spells it: one place for
each enumeration that more than one register (or a register and Catalogi) uses. A
register's own vocabulary stays in its component's `constants.py`."""

from django.db import models


class VertrouwelijkheidAanduiding(models.TextChoices):
    """Ordered from least to most confidential; the order is what authorisation uses."""

    openbaar = "openbaar", "Openbaar"
    beperkt_openbaar = "beperkt_openbaar", "Beperkt openbaar"
    intern = "intern", "Intern"
    zaakvertrouwelijk = "zaakvertrouwelijk", "Zaakvertrouwelijk"
    vertrouwelijk = "vertrouwelijk", "Vertrouwelijk"
    confidentieel = "confidentieel", "Confidentieel"
    geheim = "geheim", "Geheim"
    zeer_geheim = "zeer_geheim", "Zeer geheim"

    @classmethod
    def up_to(cls, maximum: str) -> list[str]:
        """Every level at most as confidential as `maximum` (inclusive)."""
        values = cls.values
        return values[: values.index(maximum) + 1]

    @classmethod
    def at_most(cls, level: str, maximum: str) -> bool:
        """Whether `level` is at most as confidential as `maximum`."""
        values = cls.values
        return level in values and values.index(level) <= values.index(maximum)


class ComponentTypes(models.TextChoices):
    """The ZGW components, as the Autorisaties API names them."""

    ac = "ac", "Autorisaties API"
    nrc = "nrc", "Notificaties API"
    zrc = "zrc", "Zaken API"
    ztc = "ztc", "Catalogi API"
    drc = "drc", "Documenten API"
    brc = "brc", "Besluiten API"


class Archiefnominatie(models.TextChoices):
    """Of a resultaattype (Catalogi) and of a zaak (Zaken)."""

    blijvend_bewaren = (
        "blijvend_bewaren",
        "Het zaakdossier moet bewaard blijven en op de Archiefactiedatum overgedragen worden naar een "
        "archiefbewaarplaats.",
    )
    vernietigen = "vernietigen", "Het zaakdossier moet op of na de Archiefactiedatum vernietigd worden."


class Archiefstatus(models.TextChoices):
    """Of a zaak; a zaak leaves `nog_te_archiveren` only when its documents are
    `gearchiveerd` (zrc-022)."""

    nog_te_archiveren = "nog_te_archiveren", "De zaak cq. het zaakdossier is nog niet als geheel gearchiveerd."
    gearchiveerd = "gearchiveerd", "De zaak cq. het zaakdossier is als geheel niet-wijzigbaar bewaarbaar gemaakt."
    gearchiveerd_procestermijn_onbekend = (
        "gearchiveerd_procestermijn_onbekend",
        "De zaak cq. het zaakdossier is als geheel niet-wijzigbaar bewaarbaar gemaakt maar de vernietigingsdatum "
        "kan nog niet bepaald worden.",
    )
    overgedragen = "overgedragen", "De zaak cq. het zaakdossier is overgebracht naar een archiefbewaarplaats."


class Afleidingswijze(models.TextChoices):
    """How the brondatum of the archiefprocedure of a zaak is derived: declared on a
    resultaattype (ztc-003 … ztc-008), applied when the zaak closes (zrc-021)."""

    afgehandeld = "afgehandeld", "Afgehandeld"
    ander_datumkenmerk = "ander_datumkenmerk", "Ander datumkenmerk"
    eigenschap = "eigenschap", "Eigenschap"
    gerelateerde_zaak = "gerelateerde_zaak", "Gerelateerde zaak"
    hoofdzaak = "hoofdzaak", "Hoofdzaak"
    ingangsdatum_besluit = "ingangsdatum_besluit", "Ingangsdatum besluit"
    termijn = "termijn", "Termijn"
    vervaldatum_besluit = "vervaldatum_besluit", "Vervaldatum besluit"
    zaakobject = "zaakobject", "Zaakobject"


class AardRelatie(models.TextChoices):
    """How a zaak(type) relates to another: a gerelateerd zaaktype (Catalogi) and a
    zaak's relevanteAndereZaken (Zaken)."""

    vervolg = "vervolg", "Vervolg"
    bijdrage = "bijdrage", "Bijdrage"
    onderwerp = "onderwerp", "Onderwerp"


class RolOmschrijving(models.TextChoices):
    """The omschrijvingGeneriek of a roltype (Catalogi) and of a rol (Zaken)."""

    adviseur = "adviseur", "Adviseur"
    behandelaar = "behandelaar", "Behandelaar"
    belanghebbende = "belanghebbende", "Belanghebbende"
    beslisser = "beslisser", "Beslisser"
    initiator = "initiator", "Initiator"
    klantcontacter = "klantcontacter", "Klantcontacter"
    zaakcoordinator = "zaakcoordinator", "Zaakcoördinator"
    mede_initiator = "mede_initiator", "Mede-initiator"


class ZaakobjectType(models.TextChoices):
    """The objectType of a zaakobject (Zaken) and the objecttype a resultaattype's
    brondatumArchiefprocedure takes its date from (Catalogi)."""

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
