import uuid

from django.db import models

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet


class Resultaat(models.Model):
    """The outcome of a zaak: at most one per zaak; needed to close it (zrc-007), and its
    resultaattype decides the zaak's archiving (zrc-021)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    zaak = models.OneToOneField("zaken.Zaak", on_delete=models.CASCADE, related_name="resultaat")
    resultaattype = models.ForeignKey(
        "catalogi.ResultaatType",
        on_delete=models.PROTECT,
        related_name="resultaten",
        help_text="URL-referentie naar het RESULTAATTYPE (in de Catalogi API).",
    )
    toelichting = models.CharField(
        max_length=1000, blank=True, help_text="Een toelichting op wat het resultaat van de zaak inhoudt."
    )

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="zaak")

    class Meta:
        verbose_name = "resultaat"
        verbose_name_plural = "resultaten"

    def __str__(self):
        return f"{self.zaak_id}: {self.resultaattype_id}"
