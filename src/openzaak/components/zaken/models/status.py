import uuid

from django.db import models
from django.db.models import Q

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet


class Status(models.Model):
    """A status a zaak reached. The zaak's current status is the one with the latest
    `datum_status_gezet`; `indicatie_laatst_gezette_status` marks it, at most one per zaak
    (a partial unique index). The service that adds a status locks the zaak row
    (`select_for_update`) and moves the mark, so concurrent statussen cannot both claim it."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    zaak = models.ForeignKey(
        "zaken.Zaak",
        on_delete=models.CASCADE,
        related_name="statussen",
        db_index=False,  # status_zaak_datum_idx starts with zaak
    )
    statustype = models.ForeignKey(
        "catalogi.StatusType",
        on_delete=models.PROTECT,
        related_name="statussen",
        help_text="URL-referentie naar het STATUSTYPE (in de Catalogi API).",
    )
    datum_status_gezet = models.DateTimeField(help_text="De datum waarop de ZAAK de status heeft verkregen.")
    statustoelichting = models.CharField(
        max_length=1000,
        blank=True,
        help_text="Een, voor de initiator van de zaak relevante, toelichting op de status van een zaak.",
    )
    gezetdoor = models.ForeignKey(
        "zaken.Rol",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="statussen",
        db_index=False,  # status_gezetdoor_idx: only the rows that have one
        help_text="De BETROKKENE die in zijn/haar ROL in een ZAAK heeft geregistreerd dat STATUSsen in die ZAAK "
        "bereikt zijn.",
    )
    indicatie_laatst_gezette_status = models.BooleanField(
        default=False,
        help_text="Of dit de status van de zaak met de laatste `datumStatusGezet` is (de huidige status).",
    )

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="zaak")

    class Meta:
        verbose_name = "status"
        verbose_name_plural = "statussen"
        constraints = [
            models.UniqueConstraint(
                fields=["zaak"],
                condition=Q(indicatie_laatst_gezette_status=True),
                name="status_een_laatst_gezette_per_zaak",
            ),
        ]
        indexes = [
            # a zaak's statussen in order, and the newest first
            models.Index(fields=["zaak", "datum_status_gezet"], name="status_zaak_datum_idx"),
            models.Index(fields=["gezetdoor"], condition=Q(gezetdoor__isnull=False), name="status_gezetdoor_idx"),
        ]

    def __str__(self):
        return f"{self.zaak_id}: {self.statustype_id} ({self.datum_status_gezet:%Y-%m-%d %H:%M})"
