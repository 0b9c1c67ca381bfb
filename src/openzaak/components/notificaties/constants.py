"""The vocabulary of notification delivery, spelled once (ARCHITECTURE rule 6)."""

from django.db import models


class DeliveryStatus(models.TextChoices):
    """Where one delivery (a notification for one abonnement) stands.

    `pending` covers both "not tried yet" and "failed, retrying later"; `parked` is the
    end of the retry schedule: kept, visible, and re-sendable, never deleted."""

    pending = "pending", "Wachtend"
    delivered = "delivered", "Afgeleverd"
    parked = "parked", "Geparkeerd"


# The id of the notification travels in this header, so a subscriber can drop the
# duplicates that at-least-once delivery may bring (the same id on every attempt).
NOTIFICATION_ID_HEADER = "X-Notificatie-Id"

# The message of the test POST to a new abonnement's callbackUrl (as other
# Notificaties APIs send it: kanaal `test`, so a subscriber can recognise and ignore it).
TEST_MESSAGE = {
    "kanaal": "test",
    "hoofdObject": "http://some.hoofdobject.nl/",
    "resource": "some_resource",
    "resourceUrl": "http://some.resource.nl/",
    "actie": "create",
    "aanmaakdatum": "2019-01-01T12:00:00Z",
    "kenmerken": {},
}
