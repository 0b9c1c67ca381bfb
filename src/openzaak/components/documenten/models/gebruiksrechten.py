import uuid

from django.db import models

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet


class Gebruiksrechten(models.Model):
    """Conditions on the use of a document; while any exist, the document's
    `indicatie_gebruiksrecht` is true (drc-006)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    informatieobject = models.ForeignKey(
        "documenten.EnkelvoudigInformatieObject",
        on_delete=models.CASCADE,  # deleted with the document (drc-008)
        related_name="gebruiksrechten",
        help_text="URL-referentie naar het INFORMATIEOBJECT.",
    )
    startdatum = models.DateTimeField(
        help_text="Begindatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn."
    )
    einddatum = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Einddatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn.",
    )
    omschrijving_voorwaarden = models.TextField(
        help_text="Omschrijving van de van toepassing zijnde voorwaarden aan het gebruik anders dan raadpleging."
    )

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="informatieobject")

    class Meta:
        verbose_name = "gebruiksrechten"
        verbose_name_plural = "gebruiksrechten"

    def __str__(self):
        return f"{self.informatieobject_id}: {self.startdatum:%Y-%m-%d}"
