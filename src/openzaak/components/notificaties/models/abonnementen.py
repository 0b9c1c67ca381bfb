import uuid

from django.db import models

from openzaak.zgw.authorisation import Authorisation
from openzaak.zgw.components import NOTIFICATIES


class AbonnementQuerySet(models.QuerySet):
    def subscribers(self):
        """The abonnementen of the API: not removed, not the forwarding target."""
        return self.filter(is_forward=False, deleted_at__isnull=True)


class Abonnement(models.Model):
    """An ABONNEMENT: where (callbackUrl, with its Authorization value) the notifications
    of some kanalen go, filtered per kanaal by a `FilterGroup`.

    The same table holds the optional forwarding target (`is_forward`): an external
    Notificaties API that receives every notification with the same delivery guarantees.
    A removed abonnement is kept (`deleted_at`), so its deliveries keep their history.
    The circuit breaker's state lives here too: consecutive failed attempts, and until
    when deliveries to this subscriber are paused.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True)
    callback_url = models.CharField(max_length=1000)
    auth = models.CharField(max_length=1000, blank=True)
    client_id = models.CharField(max_length=50, blank=True, help_text="De client die het abonnement aanmaakte.")
    is_forward = models.BooleanField(
        default=False, help_text="Het doorstuurdoel: een externe Notificaties API die alle notificaties krijgt."
    )
    created = models.DateTimeField(auto_now_add=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    paused_until = models.DateTimeField(null=True, blank=True)

    objects = AbonnementQuerySet.as_manager()
    authorisation = Authorisation(NOTIFICATIES)

    class Meta:
        verbose_name = "abonnement"
        verbose_name_plural = "abonnementen"
        constraints = [
            models.UniqueConstraint(
                fields=["callback_url"],
                condition=models.Q(is_forward=True, deleted_at__isnull=True),
                name="notificaties_one_forward_per_url",
            )
        ]

    def __str__(self):
        return f"{'doorsturen naar ' if self.is_forward else ''}{self.callback_url}"


class FilterGroup(models.Model):
    """One kanaal of an abonnement with the kenmerken its notifications must have
    (`{"zaaktype": "https://…", "bronorganisatie": "*"}`; `*` matches anything)."""

    abonnement = models.ForeignKey(Abonnement, on_delete=models.CASCADE, related_name="kanalen")
    kanaal = models.ForeignKey("notificaties.Kanaal", on_delete=models.CASCADE, related_name="filter_groups")
    filters = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = "kanaal van een abonnement"
        verbose_name_plural = "kanalen van abonnementen"

    def __str__(self):
        return f"{self.kanaal} {self.filters}"
