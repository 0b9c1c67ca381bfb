from django.db import models
from django.utils import timezone


class IdentificatieCounter(models.Model):
    """The last number handed out for one kind of identificatie (`prefix`: ZAAK,
    DOCUMENT, BESLUIT) of one organisation (an RSIN) in one year. Only
    `openzaak.zgw.identificatie` writes it, with one atomic upsert per allocation."""

    prefix = models.CharField(max_length=20)
    organisatie = models.CharField(max_length=9)
    jaar = models.PositiveSmallIntegerField()
    last = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "identificatieteller"
        verbose_name_plural = "identificatietellers"
        constraints = [
            models.UniqueConstraint(fields=["prefix", "organisatie", "jaar"], name="zgw_identificatiecounter_unique")
        ]

    def __str__(self):
        return f"{self.prefix}-{self.jaar} {self.organisatie}: {self.last}"


class IdentificatieReservering(models.Model):
    """An identificatie handed out ahead of the object it will identify (the Zaken API's
    `zaaknummer_reserveren`). The counter never hands the number out again, so it stays
    free until a create uses it; `identificatie.claim()` then removes the reservation."""

    prefix = models.CharField(max_length=20)
    organisatie = models.CharField(max_length=9)
    identificatie = models.CharField(max_length=50)
    aangemaakt = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "gereserveerde identificatie"
        verbose_name_plural = "gereserveerde identificaties"
        constraints = [
            models.UniqueConstraint(
                fields=["prefix", "organisatie", "identificatie"], name="zgw_identificatiereservering_unique"
            )
        ]

    def __str__(self):
        return f"{self.identificatie} ({self.organisatie})"
