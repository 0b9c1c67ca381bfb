import uuid

from django.db import models
from django.utils import timezone

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet

from ..storage import documenten_storage
from .informatieobject import inhoud_path


class BestandsDeel(models.Model):
    """One part of a document's content uploaded in parts: the document is created or
    updated with `bestandsomvang` and no `inhoud`, locked, and answered with its parts
    (volgnummer, omvang); each part's file arrives with `PUT /bestandsdelen/{uuid}` under
    the document's lock, and `unlock` joins them into the document's content. `lock` is
    the lock the parts were made under."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    informatieobject = models.ForeignKey(
        "documenten.EnkelvoudigInformatieObject",
        on_delete=models.CASCADE,
        related_name="bestandsdelen",
        db_index=False,  # bestandsdeel_unique_volgnummer starts with informatieobject
    )
    volgnummer = models.PositiveIntegerField(help_text="Een volgnummer dat de volgorde van de bestandsdelen aangeeft.")
    omvang = models.PositiveBigIntegerField(help_text="De grootte van dit specifieke bestandsdeel.")
    inhoud = models.FileField(
        storage=documenten_storage, upload_to=inhoud_path, max_length=255, blank=True, help_text="De inhoud."
    )
    lock = models.CharField(max_length=100, help_text="Het lock-id van het document waaronder dit deel hoort.")
    datum_aangemaakt = models.DateTimeField(default=timezone.now)

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="informatieobject")

    class Meta:
        verbose_name = "bestandsdeel"
        verbose_name_plural = "bestandsdelen"
        ordering = ("informatieobject", "volgnummer")
        constraints = [
            models.UniqueConstraint(fields=["informatieobject", "volgnummer"], name="bestandsdeel_unique_volgnummer"),
        ]

    def __str__(self):
        return f"{self.informatieobject_id} deel {self.volgnummer}"

    @property
    def voltooid(self) -> bool:
        """Whether this part's file has been uploaded."""
        return bool(self.inhoud)
