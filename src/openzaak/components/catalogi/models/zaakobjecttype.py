from django.db import models

from .mixins import ZaakTypeDeelMixin


class ZaakObjectType(ZaakTypeDeelMixin):
    """A kind of object zaken of the zaaktype can be about (an Objecttypen API URL)."""

    zaaktype = models.ForeignKey("catalogi.ZaakType", on_delete=models.CASCADE, related_name="zaakobjecttypen")
    ander_objecttype = models.BooleanField(
        default=False,
        help_text="Aanduiding waarmee wordt aangegeven of het ZAAKOBJECTTYPE een ander, niet in RSGB en "
        "RGBZ voorkomend, objecttype betreft.",
    )
    objecttype = models.URLField(max_length=200)
    relatie_omschrijving = models.CharField(max_length=80)

    class Meta:
        verbose_name = "zaakobjecttype"
        verbose_name_plural = "zaakobjecttypen"
        indexes = [models.Index(fields=["objecttype"], name="zaakobjecttype_objecttype_idx")]

    def __str__(self):
        return self.relatie_omschrijving
