import uuid

from django.db import models

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet


class KlantContact(models.Model):
    """A contact with a klant about a zaak (deprecated by the standard in favour of
    zaakcontactmomenten, still part of the contract)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="klantcontacten")
    identificatie = models.CharField(max_length=14, blank=True, help_text="De unieke aanduiding van een KLANTCONTACT")
    datumtijd = models.DateTimeField(help_text="De datum en het tijdstip waarop het KLANTCONTACT begint")
    kanaal = models.CharField(
        max_length=20, blank=True, help_text="Het communicatiekanaal waarlangs het KLANTCONTACT gevoerd wordt"
    )
    onderwerp = models.CharField(
        max_length=200, blank=True, help_text="Het onderwerp waarover contact is geweest met de klant."
    )
    toelichting = models.CharField(
        max_length=1000,
        blank=True,
        help_text="Een toelichting die inhoudelijk het contact met de klant beschrijft.",
    )

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="zaak")

    class Meta:
        verbose_name = "klantcontact"
        verbose_name_plural = "klantcontacten"

    def __str__(self):
        return f"{self.zaak_id}: {self.identificatie or self.datumtijd}"
