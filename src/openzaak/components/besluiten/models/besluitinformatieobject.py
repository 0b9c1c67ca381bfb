import uuid

from django.db import models

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet


class BesluitInformatieObject(models.Model):
    """A document in which a besluit is laid down (aardRelatie `legt_vast`). Its mirror is
    the document's ObjectInformatieObject (objectType besluit), held to it by the database
    (besluiten.0002_mirrors) and deleted with it."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    besluit = models.ForeignKey(
        "besluiten.Besluit",
        on_delete=models.CASCADE,
        related_name="besluitinformatieobjecten",
        db_index=False,  # bio_unique_besluit_informatieobject starts with besluit
    )
    informatieobject = models.ForeignKey(
        "documenten.EnkelvoudigInformatieObject",
        on_delete=models.PROTECT,  # a document related to a besluit cannot be deleted (drc-008)
        related_name="besluitinformatieobjecten",
        help_text="URL-referentie naar het INFORMATIEOBJECT (in de Documenten API) waarin (een deel van) het "
        "besluit beschreven is.",
    )

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="besluit")

    class Meta:
        verbose_name = "besluitinformatieobject"
        verbose_name_plural = "besluitinformatieobjecten"
        constraints = [
            models.UniqueConstraint(fields=["besluit", "informatieobject"], name="bio_unique_besluit_informatieobject"),
        ]

    def __str__(self):
        return f"{self.besluit_id} – {self.informatieobject_id}"
