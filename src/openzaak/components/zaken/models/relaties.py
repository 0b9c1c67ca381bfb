"""A zaak's relations to documents, besluiten, contactmomenten and verzoeken.

Documents and besluiten are in this project, so those relations are foreign keys, and
each has its mirror in the other register, held to it by the database (composite foreign
keys, deferred to commit; migrations `zaken.0003_mirrors` and `besluiten.0002_mirrors`):

- a ZaakInformatieObject needs its ObjectInformatieObject (objectType zaak) with the same
  zaak and informatieobject, and deleting the ZaakInformatieObject deletes that mirror
  (zrc-005, zrc-023);
- a ZaakBesluit exists exactly for a besluit whose `zaak` is set, with that zaak.

Create both sides in the same transaction (the services do); a forgotten mirror fails
the commit instead of leaving the registers out of step.
"""

import uuid

from django.contrib.postgres.indexes import HashIndex
from django.db import models
from django.db.models import Q
from django.utils import timezone

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet


class ZaakInformatieObject(models.Model):
    """A document of a zaak (aardRelatie `hoort_bij`, zrc-004)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    zaak = models.ForeignKey(
        "zaken.Zaak",
        on_delete=models.CASCADE,
        related_name="zaakinformatieobjecten",
        db_index=False,  # zio_unique_zaak_informatieobject starts with zaak
    )
    informatieobject = models.ForeignKey(
        "documenten.EnkelvoudigInformatieObject",
        on_delete=models.PROTECT,  # a document related to a zaak cannot be deleted (drc-008)
        related_name="zaakinformatieobjecten",
        help_text="URL-referentie naar het INFORMATIEOBJECT (in de Documenten API).",
    )
    titel = models.CharField(
        max_length=200, blank=True, help_text="De naam waaronder het INFORMATIEOBJECT binnen het OBJECT bekend is."
    )
    beschrijving = models.TextField(
        blank=True, help_text="Een op het object gerichte beschrijving van de inhoud van het INFORMATIEOBJECT."
    )
    registratiedatum = models.DateTimeField(
        default=timezone.now,
        help_text="De datum waarop de behandelende organisatie het INFORMATIEOBJECT heeft geregistreerd bij het "
        "OBJECT (gezet bij aanmaken, zrc-004).",
    )
    vernietigingsdatum = models.DateTimeField(
        null=True,
        blank=True,
        help_text="De datum waarop het informatieobject uit het zaakdossier verwijderd moet worden.",
    )
    status = models.ForeignKey(
        "zaken.Status",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="zaakinformatieobjecten",
        db_index=False,  # zio_status_idx: only the rows that have one
        help_text="De bij de desbetreffende ZAAK behorende STATUS waarvoor het ZAAK-INFORMATIEOBJECT relevant is.",
    )

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="zaak")

    class Meta:
        verbose_name = "zaakinformatieobject"
        verbose_name_plural = "zaakinformatieobjecten"
        constraints = [
            # a document once per zaak; also the key its ObjectInformatieObject mirror refers to
            models.UniqueConstraint(fields=["zaak", "informatieobject"], name="zio_unique_zaak_informatieobject"),
        ]
        indexes = [models.Index(fields=["status"], condition=Q(status__isnull=False), name="zio_status_idx")]

    def __str__(self):
        return f"{self.zaak_id} – {self.informatieobject_id}"


class ZaakBesluit(models.Model):
    """A besluit taken in a zaak (GET /zaken/{uuid}/besluiten): the Zaken register's side
    of `Besluit.zaak`, one per besluit."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    zaak = models.ForeignKey(
        "zaken.Zaak",
        on_delete=models.CASCADE,
        related_name="zaakbesluiten",
        db_index=False,  # zaakbesluit_unique_zaak_besluit starts with zaak
    )
    besluit = models.OneToOneField(
        "besluiten.Besluit",
        on_delete=models.CASCADE,
        related_name="zaakbesluit",
        help_text="URL-referentie naar het BESLUIT (in de Besluiten API).",
    )

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="zaak")

    class Meta:
        verbose_name = "zaakbesluit"
        verbose_name_plural = "zaakbesluiten"
        constraints = [
            # the key the besluit's own `zaak` refers to (zaken.0003_mirrors)
            models.UniqueConstraint(fields=["zaak", "besluit"], name="zaakbesluit_unique_zaak_besluit"),
        ]

    def __str__(self):
        return f"{self.zaak_id} – {self.besluit_id}"


class ZaakContactMoment(models.Model):
    """A contactmoment (in a Contactmomenten API, outside this project) about a zaak."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="zaakcontactmomenten")
    contactmoment = models.URLField(
        max_length=1000, help_text="URL-referentie naar het CONTACTMOMENT (in de Klantinteractie API)."
    )

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="zaak")

    class Meta:
        verbose_name = "zaakcontactmoment"
        verbose_name_plural = "zaakcontactmomenten"
        # equality filter on URLs: a hash index stays small whatever their length
        indexes = [HashIndex(fields=["contactmoment"], name="zaakcontactmoment_cm_idx")]

    def __str__(self):
        return f"{self.zaak_id} – {self.contactmoment}"


class ZaakVerzoek(models.Model):
    """A verzoek (in a Verzoeken API, outside this project) that led to or concerns a zaak."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="zaakverzoeken")
    verzoek = models.URLField(max_length=1000, help_text="URL-referentie naar het VERZOEK (in de Klantinteractie API).")

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="zaak")

    class Meta:
        verbose_name = "zaakverzoek"
        verbose_name_plural = "zaakverzoeken"
        indexes = [HashIndex(fields=["verzoek"], name="zaakverzoek_verzoek_idx")]

    def __str__(self):
        return f"{self.zaak_id} – {self.verzoek}"
