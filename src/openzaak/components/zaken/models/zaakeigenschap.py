import uuid

from django.db import models

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet


class ZaakEigenschap(models.Model):
    """The value of one eigenschap (of the zaak's zaaktype, zrc-018) for a zaak; `naam`
    of the contract is the eigenschap's naam."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="zaakeigenschappen")
    eigenschap = models.ForeignKey(
        "catalogi.Eigenschap",
        on_delete=models.PROTECT,
        related_name="zaakeigenschappen",
        help_text="URL-referentie naar de EIGENSCHAP (in de Catalogi API).",
    )
    waarde = models.TextField()

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="zaak")

    class Meta:
        verbose_name = "zaakeigenschap"
        verbose_name_plural = "zaakeigenschappen"

    def __str__(self):
        return f"{self.eigenschap_id}: {self.waarde}"
