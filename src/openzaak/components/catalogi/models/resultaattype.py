from django.db import models

from openzaak.zgw.constants import Afleidingswijze, Archiefnominatie, ZaakobjectType

from ..durations import DurationField
from .mixins import ZaakTypeDeelMixin


class ResultaatType(ZaakTypeDeelMixin):
    """A result a zaak of the zaaktype can have, with what it means for archiving:
    the selectielijstklasse, archiefnominatie/-actietermijn and how the brondatum of
    the archiefprocedure is derived (brondatumArchiefprocedure, ztc-003 … ztc-008)."""

    zaaktype = models.ForeignKey("catalogi.ZaakType", on_delete=models.CASCADE, related_name="resultaattypen")
    omschrijving = models.CharField(max_length=30)
    resultaattypeomschrijving = models.URLField(max_length=1000)
    omschrijving_generiek = models.CharField(
        max_length=80, blank=True, help_text="Afgeleid uit de `omschrijving` van de resultaattypeomschrijving."
    )
    selectielijstklasse = models.URLField(max_length=1000)
    toelichting = models.TextField(blank=True)
    archiefnominatie = models.CharField(max_length=20, choices=Archiefnominatie.choices, blank=True)
    archiefactietermijn = DurationField(null=True, blank=True)
    brondatum_archiefprocedure_afleidingswijze = models.CharField(
        max_length=20, choices=Afleidingswijze.choices, blank=True
    )
    brondatum_archiefprocedure_datumkenmerk = models.CharField(max_length=80, blank=True)
    brondatum_archiefprocedure_einddatum_bekend = models.BooleanField(default=False)
    brondatum_archiefprocedure_objecttype = models.CharField(max_length=80, choices=ZaakobjectType.choices, blank=True)
    brondatum_archiefprocedure_registratie = models.CharField(max_length=80, blank=True)
    brondatum_archiefprocedure_procestermijn = DurationField(null=True, blank=True)
    procesobjectaard = models.CharField(max_length=200, blank=True)
    indicatie_specifiek = models.BooleanField(null=True, blank=True)
    procestermijn = DurationField(null=True, blank=True)
    besluittypen = models.ManyToManyField("catalogi.BesluitType", blank=True, related_name="resultaattypen")
    informatieobjecttypen = models.ManyToManyField(
        "catalogi.InformatieObjectType", blank=True, related_name="resultaattypen"
    )
    zaakobjecttype = models.ForeignKey(
        "catalogi.ZaakObjectType", on_delete=models.SET_NULL, null=True, blank=True, related_name="resultaattypen"
    )

    class Meta:
        verbose_name = "resultaattype"
        verbose_name_plural = "resultaattypen"
        constraints = [
            models.UniqueConstraint(fields=["zaaktype", "omschrijving"], name="resultaattype_unique_omschrijving")
        ]

    def __str__(self):
        return self.omschrijving
