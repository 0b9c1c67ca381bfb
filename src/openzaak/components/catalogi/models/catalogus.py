import uuid

from django.db import models

from openzaak.zgw.authorisation import AuthorisedQuerySet
from openzaak.zgw.validators import validate_rsin

from .mixins import CATALOGI_AUTHORISATION


class Catalogus(models.Model):
    """A catalogue of types: one `domein` of one organisation (`rsin`)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True)
    naam = models.CharField(
        max_length=200, blank=True, help_text="De benaming die is gegeven aan de zaaktypecatalogus."
    )
    domein = models.CharField(
        max_length=5,
        help_text="Een afkorting waarmee wordt aangegeven voor welk domein in een CATALOGUS ZAAKTYPEn zijn uitgewerkt.",
    )
    rsin = models.CharField(
        max_length=9,
        validators=[validate_rsin],
        help_text="Het door een kamer toegekend uniek nummer voor de INGESCHREVEN NIET-NATUURLIJK PERSOON die de "
        "eigenaar is van een CATALOGUS.",
    )
    contactpersoon_beheer_naam = models.CharField(
        max_length=40,
        help_text="De naam van de contactpersoon die verantwoordelijk is voor het beheer van de CATALOGUS.",
    )
    contactpersoon_beheer_telefoonnummer = models.CharField(
        max_length=20,
        blank=True,
        help_text="Het telefoonnummer van de contactpersoon die verantwoordelijk is voor het beheer van de CATALOGUS.",
    )
    contactpersoon_beheer_emailadres = models.EmailField(
        max_length=254,
        blank=True,
        help_text="Het emailadres van de contactpersoon die verantwoordelijk is voor het beheer van de CATALOGUS.",
    )
    versie = models.CharField(
        max_length=20, blank=True, help_text="Versie-aanduiding van de van toepassing zijnde zaaktypecatalogus."
    )
    begindatum_versie = models.DateField(
        null=True, blank=True, help_text="Datum waarop de versie van de zaaktypecatalogus van toepassing is geworden."
    )

    authorisation = CATALOGI_AUTHORISATION
    objects = AuthorisedQuerySet.as_manager()

    class Meta:
        verbose_name = "catalogus"
        verbose_name_plural = "catalogussen"
        constraints = [models.UniqueConstraint(fields=["domein", "rsin"], name="catalogus_unique_domein_rsin")]
        indexes = [models.Index(fields=["rsin"], name="catalogus_rsin_idx")]

    def __str__(self):
        return self.naam or f"{self.domein} - {self.rsin}"
