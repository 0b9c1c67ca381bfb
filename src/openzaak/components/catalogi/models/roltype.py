from django.db import models

from openzaak.zgw.constants import RolOmschrijving

from .mixins import ZaakTypeDeelMixin


class RolType(ZaakTypeDeelMixin):
    zaaktype = models.ForeignKey("catalogi.ZaakType", on_delete=models.CASCADE, related_name="roltypen")
    omschrijving = models.CharField(max_length=100)
    omschrijving_generiek = models.CharField(max_length=80, choices=RolOmschrijving.choices)

    class Meta:
        verbose_name = "roltype"
        verbose_name_plural = "roltypen"
        indexes = [models.Index(fields=["omschrijving_generiek"], name="roltype_generiek_idx")]

    def __str__(self):
        return self.omschrijving
