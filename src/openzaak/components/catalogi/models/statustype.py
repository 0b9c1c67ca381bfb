from django.db import models

from ..durations import DurationField
from .mixins import ZaakTypeDeelMixin


class StatusType(ZaakTypeDeelMixin):
    """A status a zaak of the zaaktype can reach; the highest volgnummer is the eindstatus."""

    zaaktype = models.ForeignKey("catalogi.ZaakType", on_delete=models.CASCADE, related_name="statustypen")
    omschrijving = models.CharField(max_length=80)
    omschrijving_generiek = models.CharField(max_length=80, blank=True)
    statustekst = models.CharField(max_length=1000, blank=True)
    volgnummer = models.PositiveIntegerField(
        help_text="Een volgnummer voor statussen van het STATUSTYPE binnen een zaak."
    )
    informeren = models.BooleanField(default=False)
    doorlooptijd = DurationField(null=True, blank=True)
    toelichting = models.CharField(max_length=1000, blank=True)
    zaakobjecttype = models.ForeignKey(
        "catalogi.ZaakObjectType", on_delete=models.SET_NULL, null=True, blank=True, related_name="statustypen"
    )

    class Meta:
        verbose_name = "statustype"
        verbose_name_plural = "statustypen"
        ordering = ("zaaktype", "volgnummer")
        constraints = [
            models.UniqueConstraint(fields=["zaaktype", "volgnummer"], name="statustype_unique_volgnummer"),
        ]

    def __str__(self):
        return f"{self.volgnummer}. {self.omschrijving}"


class CheckListItem(models.Model):
    """One item of a statustype's checklist (checklistitemStatustype)."""

    statustype = models.ForeignKey(StatusType, on_delete=models.CASCADE, related_name="checklistitems")
    itemnaam = models.CharField(max_length=30)
    toelichting = models.CharField(max_length=1000, blank=True)
    vraagstelling = models.CharField(max_length=255)
    verplicht = models.BooleanField(default=False)

    class Meta:
        verbose_name = "checklistitem"
        verbose_name_plural = "checklistitems"
        ordering = ("pk",)

    def __str__(self):
        return self.itemnaam
