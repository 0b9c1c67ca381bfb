from django.db import models

from ..constants import Richting
from .mixins import ZaakTypeDeelMixin


class ZaakTypeInformatieObjectType(ZaakTypeDeelMixin):
    """Which informatieobjecttype documents of zaken of the zaaktype may have, in which
    order (volgnummer) and direction, optionally tied to a statustype."""

    zaaktype = models.ForeignKey(
        "catalogi.ZaakType", on_delete=models.CASCADE, related_name="zaaktypeinformatieobjecttypen"
    )
    informatieobjecttype = models.ForeignKey(
        "catalogi.InformatieObjectType", on_delete=models.CASCADE, related_name="zaaktypeinformatieobjecttypen"
    )
    volgnummer = models.PositiveIntegerField()
    richting = models.CharField(max_length=20, choices=Richting.choices)
    statustype = models.ForeignKey(
        "catalogi.StatusType",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="zaaktypeinformatieobjecttypen",
    )

    class Meta:
        verbose_name = "zaaktype-informatieobjecttype"
        verbose_name_plural = "zaaktype-informatieobjecttypen"
        constraints = [
            models.UniqueConstraint(fields=["zaaktype", "volgnummer"], name="ztiot_unique_volgnummer"),
        ]

    def __str__(self):
        return f"{self.zaaktype_id}: {self.volgnummer}. {self.informatieobjecttype_id}"
