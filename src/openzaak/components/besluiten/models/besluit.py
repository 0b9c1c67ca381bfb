import uuid

from django.db import models

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet
from openzaak.zgw.components import BESLUITEN
from openzaak.zgw.identificatie import constraints as identificatie_constraints
from openzaak.zgw.instances import FastFromDb
from openzaak.zgw.validators import validate_rsin

from ..constants import VervalRedenen


class BesluitQuerySet(AuthorisedQuerySet):
    """Reads of besluiten. Authorised reads filter on `besluittype_id IN (…)` (besluiten
    have no vertrouwelijkheidaanduiding), answered by the besluittype index."""


class Besluit(FastFromDb, models.Model):
    """A besluit (decision), optionally taken in a zaak. With a zaak it has its
    `zaken.ZaakBesluit` (the Zaken register's side), created in the same transaction and
    held to it by the database (see `openzaak.components.zaken.models.relaties`). A zaak
    with besluiten cannot be deleted (`zaak` is protected): the besluit goes first."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    identificatie = models.CharField(
        max_length=50,
        help_text="Identificatie van het besluit binnen de organisatie die het besluit heeft vastgesteld. Indien "
        "deze niet opgegeven is, dan wordt die gegenereerd.",
    )
    verantwoordelijke_organisatie = models.CharField(
        max_length=9,
        validators=[validate_rsin],
        help_text="Het RSIN van de niet-natuurlijk persoon zijnde de organisatie die het besluit heeft vastgesteld.",
    )
    besluittype = models.ForeignKey(
        "catalogi.BesluitType",
        on_delete=models.PROTECT,
        related_name="besluiten",
        help_text="URL-referentie naar het BESLUITTYPE (in de Catalogi API).",
    )
    zaak = models.ForeignKey(
        "zaken.Zaak",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="besluiten",
        help_text="URL-referentie naar de ZAAK (in de Zaken API) waarvan dit besluit uitkomst is.",
    )
    datum = models.DateField(help_text="De beslisdatum (AWB) van het besluit.")
    toelichting = models.TextField(blank=True, help_text="Toelichting bij het besluit.")
    bestuursorgaan = models.CharField(
        max_length=50,
        blank=True,
        help_text="Een orgaan van een rechtspersoon krachtens publiekrecht ingesteld of een persoon of college, "
        "met enig openbaar gezag bekleed onder wiens verantwoordelijkheid het besluit vastgesteld is.",
    )
    ingangsdatum = models.DateField(help_text="Ingangsdatum van de werkingsperiode van het besluit.")
    vervaldatum = models.DateField(
        null=True, blank=True, help_text="Datum waarop de werkingsperiode van het besluit eindigt."
    )
    vervalreden = models.CharField(max_length=30, choices=VervalRedenen.choices, blank=True)
    publicatiedatum = models.DateField(null=True, blank=True, help_text="Datum waarop het besluit gepubliceerd wordt.")
    verzenddatum = models.DateField(null=True, blank=True, help_text="Datum waarop het besluit verzonden is.")
    uiterlijke_reactiedatum = models.DateField(
        null=True, blank=True, help_text="De datum tot wanneer verweer tegen het besluit mogelijk is."
    )

    objects = BesluitQuerySet.as_manager()

    authorisation = Authorisation(BESLUITEN, type_field="besluittype")

    class Meta:
        verbose_name = "besluit"
        verbose_name_plural = "besluiten"
        constraints = [
            *identificatie_constraints("besluit", "verantwoordelijke_organisatie"),
            # the key a ZaakBesluit refers to (zaken.0003_mirrors)
            models.UniqueConstraint(fields=["id", "zaak"], name="besluit_unique_id_zaak"),
        ]

    def __str__(self):
        return f"{self.identificatie} ({self.verantwoordelijke_organisatie})"
