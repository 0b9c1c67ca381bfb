import uuid

from django.db import models
from django.utils import timezone

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet

from ..constants import NotitieStatus, NotitieType


class ZaakNotitie(models.Model):
    """A note on a zaak (`gerelateerdAan`)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    gerelateerd_aan = models.ForeignKey(
        "zaken.Zaak",
        on_delete=models.CASCADE,
        related_name="notities",
        help_text="URL-referentie naar een ZAAK.",
    )
    onderwerp = models.CharField(max_length=255, help_text="Korte omschrijving of titel van de notitie")
    tekst = models.TextField(help_text="De volledige inhoud of beschrijving van de notitie")
    aangemaakt_door = models.CharField(
        max_length=255, blank=True, help_text="Naam of identificatie van de auteur van de notitie"
    )
    notitie_type = models.CharField(
        max_length=6,
        choices=NotitieType.choices,
        blank=True,
        help_text="Intern mag enkel een medewerker zien, extern mag gezien worden door medewerker en de initiator.",
    )
    status = models.CharField(max_length=10, choices=NotitieStatus.choices, blank=True)
    aanmaakdatum = models.DateTimeField(default=timezone.now, help_text="De datum waarop de handeling is gedaan.")
    wijzigingsdatum = models.DateTimeField(
        auto_now=True, help_text="Datum en tijd waarop de notitie voor het laatst is gewijzigd"
    )

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="gerelateerd_aan")

    class Meta:
        verbose_name = "zaaknotitie"
        verbose_name_plural = "zaaknotities"

    def __str__(self):
        return self.onderwerp
