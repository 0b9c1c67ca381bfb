import uuid

from django.db import models
from django.db.models import Q

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet

from ..constants import ObjectInformatieObjectType


class ObjectInformatieObject(models.Model):
    """The Documenten register's side of a relation between a document and a zaak, a
    besluit (both in this project: foreign keys) or a verzoek (a URL outside it).

    For a zaak or besluit it mirrors the leading ZaakInformatieObject or
    BesluitInformatieObject: the database holds both sides to each other (composite
    foreign keys, deferred to commit, see `openzaak.components.zaken.models.relaties`), and
    deleting the leading relation deletes this mirror. A document with any of these
    cannot be deleted (drc-008: `informatieobject` is protected)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    informatieobject = models.ForeignKey(
        "documenten.EnkelvoudigInformatieObject",
        on_delete=models.PROTECT,
        related_name="objectinformatieobjecten",
        help_text="URL-referentie naar het INFORMATIEOBJECT.",
    )
    object_type = models.CharField(max_length=10, choices=ObjectInformatieObjectType.choices)
    zaak = models.ForeignKey(
        "zaken.Zaak",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,  # oio_unique_zaak starts with zaak
    )
    besluit = models.ForeignKey(
        "besluiten.Besluit",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        db_index=False,  # oio_unique_besluit starts with besluit
    )
    verzoek = models.URLField(
        max_length=1000, blank=True, help_text="URL-referentie naar het VERZOEK (in de Verzoeken API)."
    )

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="informatieobject")

    class Meta:
        verbose_name = "objectinformatieobject"
        verbose_name_plural = "objectinformatieobjecten"
        constraints = [
            models.CheckConstraint(
                condition=Q(
                    object_type=ObjectInformatieObjectType.zaak,
                    zaak__isnull=False,
                    besluit__isnull=True,
                    verzoek="",
                )
                | Q(
                    object_type=ObjectInformatieObjectType.besluit,
                    zaak__isnull=True,
                    besluit__isnull=False,
                    verzoek="",
                )
                | (
                    Q(object_type=ObjectInformatieObjectType.verzoek, zaak__isnull=True, besluit__isnull=True)
                    & ~Q(verzoek="")
                ),
                name="oio_object_matches_type",
            ),
            # drc-003: an object and a document are related once; the first two are also
            # the keys the leading relations refer to
            models.UniqueConstraint(fields=["zaak", "informatieobject"], name="oio_unique_zaak"),
            models.UniqueConstraint(fields=["besluit", "informatieobject"], name="oio_unique_besluit"),
            models.UniqueConstraint(
                fields=["verzoek", "informatieobject"], condition=~Q(verzoek=""), name="oio_unique_verzoek"
            ),
        ]

    def __str__(self):
        return f"{self.informatieobject_id} – {self.object_type} {self.zaak_id or self.besluit_id or self.verzoek}"
