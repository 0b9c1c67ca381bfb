import uuid

from django.db import models

from ..authorisation import Authorisation
from ..components import NOTIFICATIES


class Notification(models.Model):
    """A notification in the outbox (ARCHITECTURE rule 3).

    `openzaak.zgw.notifications.publish()` writes one in the same transaction as the
    change it announces, so it exists exactly when the change does. The delivery worker
    routes it to subscribers afterwards; `uuid` is the stable id subscribers deduplicate on.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True)
    kanaal = models.CharField(max_length=50)
    hoofd_object = models.CharField(max_length=1000)
    resource = models.CharField(max_length=100)
    resource_url = models.CharField(max_length=1000)
    actie = models.CharField(max_length=100)
    aanmaakdatum = models.DateTimeField()
    kenmerken = models.JSONField(default=dict, blank=True)
    # Set once the worker has turned it into deliveries; NULL rows are still to route.
    routed_at = models.DateTimeField(null=True, blank=True)

    authorisation = Authorisation(NOTIFICATIES)  # published through the Notificaties API

    class Meta:
        verbose_name = "notificatie"
        verbose_name_plural = "notificaties"
        indexes = [
            models.Index(fields=["id"], condition=models.Q(routed_at__isnull=True), name="zgw_notification_unrouted")
        ]

    def __str__(self):
        return f"{self.kanaal} {self.actie} {self.resource_url}"

    def message(self) -> dict:
        """The body the standard defines for a notification."""
        return {
            "kanaal": self.kanaal,
            "hoofdObject": self.hoofd_object,
            "resource": self.resource,
            "resourceUrl": self.resource_url,
            "actie": self.actie,
            "aanmaakdatum": self.aanmaakdatum.isoformat().replace("+00:00", "Z"),
            "kenmerken": self.kenmerken,
        }
