"""The Documenten API's own vocabulary (Documenten API 1.7.1), spelled exactly as the
contract spells it. VertrouwelijkheidAanduiding lives in `openzaak.zgw.constants`."""

from django.db import models

# The prefix of generated document identificaties: DOCUMENT-2026-0000000001.
IDENTIFICATIE_PREFIX = "DOCUMENT"


class Status(models.TextChoices):
    """Of an informatieobject; with an ontvangstdatum only definitief/gearchiveerd (drc-005)."""

    in_bewerking = "in_bewerking", "(In bewerking) Aan het informatieobject wordt nog gewerkt."
    ter_vaststelling = (
        "ter_vaststelling",
        "(Ter vaststelling) Informatieobject gereed maar moet nog vastgesteld worden.",
    )
    definitief = (
        "definitief",
        "(Definitief) Informatieobject door bevoegd iets of iemand vastgesteld dan wel ontvangen.",
    )
    gearchiveerd = (
        "gearchiveerd",
        "(Gearchiveerd) Informatieobject duurzaam bewaarbaar gemaakt; een gearchiveerd informatie-element.",
    )


class OndertekeningSoort(models.TextChoices):
    analoog = "analoog", "Analoog"
    digitaal = "digitaal", "Digitaal"
    pki = "pki", "PKI"


class ChecksumAlgoritme(models.TextChoices):
    """`integriteit.algoritme`."""

    crc_16 = "crc_16", "CRC-16"
    crc_32 = "crc_32", "CRC-32"
    crc_64 = "crc_64", "CRC-64"
    fletcher_4 = "fletcher_4", "Fletcher-4"
    fletcher_8 = "fletcher_8", "Fletcher-8"
    fletcher_16 = "fletcher_16", "Fletcher-16"
    fletcher_32 = "fletcher_32", "Fletcher-32"
    hmac = "hmac", "HMAC"
    md5 = "md5", "MD5"
    sha_1 = "sha_1", "SHA-1"
    sha_256 = "sha_256", "SHA-256"
    sha_512 = "sha_512", "SHA-512"
    sha_3 = "sha_3", "SHA-3"


class ObjectInformatieObjectType(models.TextChoices):
    """What an objectinformatieobject relates a document to."""

    besluit = "besluit", "Besluit"
    zaak = "zaak", "Zaak"
    verzoek = "verzoek", "Verzoek"


class AardRelatieVerzending(models.TextChoices):
    afzender = "afzender", "Afzender"
    geadresseerde = "geadresseerde", "Geadresseerde"


class PostadresType(models.TextChoices):
    antwoordnummer = "antwoordnummer", "Antwoordnummer"
    postbusnummer = "postbusnummer", "Postbusnummer"
