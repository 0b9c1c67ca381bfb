import uuid

from django.db import models

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet

from ..constants import AardRelatieVerzending, PostadresType


class Verzending(models.Model):
    """A document sent to or received from a betrokkene (a URL outside this project), with
    the address used at the time. The three address groups of the contract are columns
    with the group's name as prefix (a group is null when its required fields are empty):
    binnenlandsCorrespondentieadres, buitenlandsCorrespondentieadres and
    correspondentiePostadres."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    betrokkene = models.URLField(
        max_length=200,
        help_text="URL-referentie naar de betrokkene waarvan het informatieobject is ontvangen of "
        "waaraan dit is verzonden.",
    )
    informatieobject = models.ForeignKey(
        "documenten.EnkelvoudigInformatieObject",
        on_delete=models.CASCADE,
        related_name="verzendingen",
        help_text="URL-referentie naar het informatieobject dat is ontvangen of verzonden.",
    )
    aard_relatie = models.CharField(max_length=15, choices=AardRelatieVerzending.choices)
    toelichting = models.CharField(max_length=200, blank=True)
    ontvangstdatum = models.DateField(null=True, blank=True)
    verzenddatum = models.DateField(null=True, blank=True)
    contact_persoon = models.URLField(
        max_length=1000, help_text="URL-referentie naar de persoon die als aanspreekpunt fungeert."
    )
    contactpersoonnaam = models.CharField(max_length=40, blank=True)
    # binnenlandsCorrespondentieadres
    binnenlands_correspondentieadres_huisletter = models.CharField(max_length=1, blank=True)
    binnenlands_correspondentieadres_huisnummer = models.PositiveIntegerField(null=True, blank=True)
    binnenlands_correspondentieadres_huisnummer_toevoeging = models.CharField(max_length=4, blank=True)
    binnenlands_correspondentieadres_naam_openbare_ruimte = models.CharField(max_length=80, blank=True)
    binnenlands_correspondentieadres_postcode = models.CharField(max_length=6, blank=True)
    binnenlands_correspondentieadres_woonplaatsnaam = models.CharField(max_length=80, blank=True)
    # buitenlandsCorrespondentieadres
    buitenlands_correspondentieadres_adres_buitenland1 = models.CharField(max_length=35, blank=True)
    buitenlands_correspondentieadres_adres_buitenland2 = models.CharField(max_length=35, blank=True)
    buitenlands_correspondentieadres_adres_buitenland3 = models.CharField(max_length=35, blank=True)
    buitenlands_correspondentieadres_land_postadres = models.URLField(max_length=200, blank=True)
    # correspondentiePostadres
    correspondentie_postadres_post_bus_of_antwoordnummer = models.PositiveIntegerField(null=True, blank=True)
    correspondentie_postadres_postadres_postcode = models.CharField(max_length=6, blank=True)
    correspondentie_postadres_postadres_type = models.CharField(
        max_length=14, choices=PostadresType.choices, blank=True
    )
    correspondentie_postadres_woonplaatsnaam = models.CharField(max_length=80, blank=True)
    faxnummer = models.CharField(max_length=15, blank=True)
    emailadres = models.CharField(max_length=100, blank=True)
    mijn_overheid = models.BooleanField(default=False)
    telefoonnummer = models.CharField(max_length=15, blank=True)

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="informatieobject")

    class Meta:
        verbose_name = "verzending"
        verbose_name_plural = "verzendingen"
        indexes = [models.Index(fields=["betrokkene"], name="verzending_betrokkene_idx")]

    def __str__(self):
        return f"{self.informatieobject_id} {self.aard_relatie} {self.betrokkene}"
