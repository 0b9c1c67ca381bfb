"""Publishing notifications through the outbox (ARCHITECTURE rule 3).

Each component declares its kanalen once (`zgw.components`), and a write calls
`publish()` inside its transaction (services do, through `zgw.writes`). The outbox row
commits or rolls back with the change. After commit, `notification_committed` is sent
with the row's id so the delivery worker can start at once; a periodic sweep picks up
whatever that signal missed, so no notification depends on a message surviving.
"""

from __future__ import annotations

from django.db import models, transaction
from django.dispatch import Signal
from django.utils import timezone

from .components import Kanaal
from .context import WriteContext
from .models import Notification
from .references import build_url

notification_committed = Signal()  # sent with `notification_id` after the commit


def kenmerken(kanaal: Kanaal, context: WriteContext, hoofd_object: models.Model) -> dict[str, str]:
    """Each kenmerk is the hoofdobject's attribute of the same name; a related object is
    given by its URL."""
    values = {}
    for name in kanaal.kenmerken:
        value = getattr(hoofd_object, name, None)
        if isinstance(value, models.Model):
            value = build_url(context, value)
        values[name] = "" if value is None else str(value)
    return values


def publish(
    *,
    context: WriteContext,
    kanaal: Kanaal,
    actie: str,
    resource: str,
    resource_url: str,
    hoofd_object: models.Model,
    hoofd_object_url: str,
) -> Notification:
    notification = Notification.objects.create(
        kanaal=kanaal.naam,
        hoofd_object=hoofd_object_url,
        resource=resource,
        resource_url=resource_url,
        actie=actie,
        aanmaakdatum=timezone.now(),
        kenmerken=kenmerken(kanaal, context, hoofd_object),
    )
    transaction.on_commit(lambda: notification_committed.send(sender=Notification, notification_id=notification.pk))
    return notification
