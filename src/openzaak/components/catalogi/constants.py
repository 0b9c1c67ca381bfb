"""The Catalogi API's own vocabulary (ImZTC 2.2 as the Catalogi API 1.3.3 spells it), once:
models, serializers, filters, admin and schema all use these choices. What the registers
share with Catalogi (archiefnominatie, afleidingswijze, omschrijvingGeneriek of a rol,
objectType of a zaakobject, aardRelatie) lives in `openzaak.zgw.constants`."""

from django.db import models


class IndicatieInternOfExtern(models.TextChoices):
    intern = "intern", "Intern"
    extern = "extern", "Extern"


class FormaatEigenschap(models.TextChoices):
    tekst = "tekst", "Tekst"
    getal = "getal", "Getal"
    datum = "datum", "Datum"
    datum_tijd = "datum_tijd", "Datum/tijd"


class Richting(models.TextChoices):
    """The direction of documents of a zaaktype-informatieobjecttype (deprecated by the
    standard in favour of the Documenten API's verzendingen; only Catalogi uses it)."""

    inkomend = "inkomend", "Inkomend"
    intern = "intern", "Intern"
    uitgaand = "uitgaand", "Uitgaand"


class ConceptStatus(models.TextChoices):
    """The `status` list filter: which versions by their `concept` flag."""

    alles = "alles", "Alle objecten, ongeacht `concept`"
    concept = "concept", "Alleen objecten met `concept=true`"
    definitief = "definitief", "Alleen objecten met `concept=false` (standaard)"
