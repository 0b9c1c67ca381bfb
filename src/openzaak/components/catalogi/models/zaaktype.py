from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models

from openzaak.zgw.constants import AardRelatie, VertrouwelijkheidAanduiding

from ..constants import IndicatieInternOfExtern
from ..durations import DurationField
from .catalogus import Catalogus
from .mixins import ConceptMixin, GeldigheidMixin


class ZaakType(GeldigheidMixin, ConceptMixin):
    """One version of a zaaktype. Versions share `identificatie` within a catalogus and
    their validity periods may not overlap (ztc-016)."""

    identificatie = models.CharField(
        max_length=50,
        help_text="Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt.",
    )
    omschrijving = models.CharField(max_length=80, help_text="Omschrijving van de aard van ZAAKen van het ZAAKTYPE.")
    omschrijving_generiek = models.CharField(max_length=80, blank=True)
    vertrouwelijkheidaanduiding = models.CharField(max_length=20, choices=VertrouwelijkheidAanduiding.choices)
    doel = models.TextField()
    aanleiding = models.TextField()
    toelichting = models.TextField(blank=True)
    indicatie_intern_of_extern = models.CharField(max_length=6, choices=IndicatieInternOfExtern.choices)
    handeling_initiator = models.CharField(max_length=20)
    onderwerp = models.CharField(max_length=80)
    handeling_behandelaar = models.CharField(max_length=20)
    doorlooptijd = DurationField()
    servicenorm = DurationField(null=True, blank=True)
    opschorting_en_aanhouding_mogelijk = models.BooleanField()
    verlenging_mogelijk = models.BooleanField()
    verlengingstermijn = DurationField(null=True, blank=True)
    trefwoorden = ArrayField(models.CharField(max_length=30), default=list, blank=True)
    publicatie_indicatie = models.BooleanField()
    publicatietekst = models.TextField(blank=True)
    verantwoordingsrelatie = ArrayField(models.CharField(max_length=40), default=list, blank=True)
    producten_of_diensten = ArrayField(models.URLField(max_length=1000), default=list, blank=True)
    selectielijst_procestype = models.URLField(max_length=200, blank=True)
    referentieproces_naam = models.CharField(max_length=80)
    referentieproces_link = models.URLField(max_length=200, blank=True)
    verantwoordelijke = models.CharField(max_length=50)
    broncatalogus_url = models.URLField(max_length=200, blank=True)
    broncatalogus_domein = models.CharField(max_length=5, blank=True)
    broncatalogus_rsin = models.CharField(max_length=9, blank=True)
    bronzaaktype_url = models.URLField(max_length=200, blank=True)
    bronzaaktype_identificatie = models.CharField(max_length=50, blank=True)
    bronzaaktype_omschrijving = models.CharField(max_length=80, blank=True)
    versiedatum = models.DateField(
        help_text="De datum waarop de (gewijzigde) kenmerken van het ZAAKTYPE geldig zijn geworden"
    )

    catalogus = models.ForeignKey(Catalogus, on_delete=models.CASCADE, related_name="zaaktypen")
    besluittypen = models.ManyToManyField("catalogi.BesluitType", blank=True, related_name="zaaktypen")
    deelzaaktypen = models.ManyToManyField("self", blank=True, symmetrical=False, related_name="hoofdzaaktypen")

    class Meta:
        verbose_name = "zaaktype"
        verbose_name_plural = "zaaktypen"
        indexes = [
            models.Index(fields=["catalogus", "identificatie", "begin_geldigheid"], name="zaaktype_versions_idx"),
            models.Index(fields=["identificatie"], name="zaaktype_identificatie_idx"),
            models.Index(fields=["concept", "begin_geldigheid"], name="zaaktype_concept_idx"),
            GinIndex(fields=["trefwoorden"], name="zaaktype_trefwoorden_gin"),
        ]

    def __str__(self):
        return f"{self.omschrijving} ({self.identificatie}, {self.versiedatum})"


class ZaakTypenRelatie(models.Model):
    """A gerelateerd zaaktype and how it relates (aardRelatie)."""

    zaaktype = models.ForeignKey(ZaakType, on_delete=models.CASCADE, related_name="zaaktypenrelaties")
    gerelateerd_zaaktype = models.ForeignKey(ZaakType, on_delete=models.CASCADE, related_name="+")
    aard_relatie = models.CharField(max_length=15, choices=AardRelatie.choices)
    toelichting = models.CharField(max_length=255, blank=True)

    class Meta:
        verbose_name = "zaaktypenrelatie"
        verbose_name_plural = "zaaktypenrelaties"

    def __str__(self):
        return f"{self.zaaktype} → {self.gerelateerd_zaaktype} ({self.aard_relatie})"
