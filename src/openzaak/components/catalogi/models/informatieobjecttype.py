from django.contrib.postgres.fields import ArrayField
from django.db import models

from openzaak.zgw.constants import VertrouwelijkheidAanduiding

from .catalogus import Catalogus
from .mixins import ConceptMixin, GeldigheidMixin


class InformatieObjectType(GeldigheidMixin, ConceptMixin):
    """One version of an informatieobjecttype; versions share `omschrijving` within a catalogus."""

    omschrijving = models.CharField(
        max_length=80, help_text="Omschrijving van de aard van INFORMATIEOBJECTen van dit INFORMATIEOBJECTTYPE."
    )
    vertrouwelijkheidaanduiding = models.CharField(max_length=20, choices=VertrouwelijkheidAanduiding.choices)
    informatieobjectcategorie = models.CharField(max_length=80)
    trefwoord = ArrayField(models.CharField(max_length=30), default=list, blank=True)
    omschrijving_generiek_informatieobjecttype = models.CharField(max_length=80, blank=True)
    omschrijving_generiek_definitie = models.CharField(max_length=255, blank=True)
    omschrijving_generiek_herkomst = models.CharField(max_length=12, blank=True)
    omschrijving_generiek_hierarchie = models.CharField(max_length=80, blank=True)
    omschrijving_generiek_opmerking = models.CharField(max_length=255, blank=True)
    catalogus = models.ForeignKey(Catalogus, on_delete=models.CASCADE, related_name="informatieobjecttypen")

    class Meta:
        verbose_name = "informatieobjecttype"
        verbose_name_plural = "informatieobjecttypen"
        indexes = [
            models.Index(fields=["catalogus", "omschrijving", "begin_geldigheid"], name="iotype_versions_idx"),
            models.Index(fields=["concept", "begin_geldigheid"], name="iotype_concept_idx"),
        ]

    def __str__(self):
        return f"{self.omschrijving} ({self.begin_geldigheid})"
