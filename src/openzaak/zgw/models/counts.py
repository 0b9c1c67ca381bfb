from django.db import models


class SleutelAantal(models.Model):
    """How many rows of a register's table (`tabel`) have one `autorisatie_sleutel`
    (type × vertrouwelijkheidaanduiding), as rows to be summed: triggers add a delta
    per write and fold the deltas of the keys they touched (`openzaak.zgw.counts`).
    Nothing else writes it."""

    tabel = models.CharField(max_length=63)
    sleutel = models.BigIntegerField()
    aantal = models.BigIntegerField()

    class Meta:
        verbose_name = "aantal per autorisatiesleutel"
        verbose_name_plural = "aantallen per autorisatiesleutel"
        indexes = [models.Index(fields=["tabel", "sleutel"], name="zgw_sleutelaantal_idx", include=["aantal"])]

    def __str__(self):
        return f"{self.tabel} {self.sleutel}: {self.aantal}"
