from django.db import models

from ..durations import DurationField
from .catalogus import Catalogus
from .mixins import ConceptMixin, GeldigheidMixin


class BesluitType(GeldigheidMixin, ConceptMixin):
    """One version of a besluittype; versions share `omschrijving` within a catalogus."""

    omschrijving = models.CharField(
        max_length=80, blank=True, help_text="Omschrijving van de aard van BESLUITen van het BESLUITTYPE."
    )
    omschrijving_generiek = models.CharField(max_length=80, blank=True)
    besluitcategorie = models.CharField(max_length=40, blank=True)
    reactietermijn = DurationField(null=True, blank=True)
    publicatie_indicatie = models.BooleanField()
    publicatietekst = models.TextField(blank=True)
    publicatietermijn = DurationField(null=True, blank=True)
    toelichting = models.TextField(blank=True)
    catalogus = models.ForeignKey(Catalogus, on_delete=models.CASCADE, related_name="besluittypen")
    informatieobjecttypen = models.ManyToManyField(
        "catalogi.InformatieObjectType", blank=True, related_name="besluittypen"
    )

    class Meta:
        verbose_name = "besluittype"
        verbose_name_plural = "besluittypen"
        indexes = [
            models.Index(fields=["catalogus", "omschrijving", "begin_geldigheid"], name="besluittype_versions_idx"),
            models.Index(fields=["concept", "begin_geldigheid"], name="besluittype_concept_idx"),
        ]

    def __str__(self):
        return f"{self.omschrijving or 'Besluittype'} ({self.begin_geldigheid})"
