"""Publishing notifications through the outbox (ARCHITECTURE rule 3).

Each component declares its kanalen once (`components/<x>/api/kanalen.py`):

    KANAAL_ZAKEN = Kanaal("zaken", main_resource=Zaak, kenmerken=("bronorganisatie", "zaaktype"))

and a write calls `publish()` inside its transaction. The outbox row commits or rolls
back with the change. After commit, `notification_committed` is sent with the row's id
so the delivery worker can start at once; a periodic sweep picks up whatever that signal
missed, so no notification depends on a message surviving.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import models, transaction
from django.dispatch import Signal
from django.utils import timezone

from .models import Notification
from .references import build_url

KANALEN: dict[str, Kanaal] = {}

notification_committed = Signal()  # sent with `notification_id` after the commit


@dataclass(frozen=True)
class Kanaal:
    naam: str
    main_resource: type[models.Model]
    kenmerken: tuple[str, ...] = ()
    description: str = ""
    documentatie_link: str = field(default="")

    def __post_init__(self):
        KANALEN.setdefault(self.naam, self)

    def kenmerken_for(self, request, main_object) -> dict[str, str]:
        """Each kenmerk is the main object's attribute of the same name; a related
        object is given by its URL."""
        values = {}
        for name in self.kenmerken:
            value = getattr(main_object, name, None)
            if isinstance(value, models.Model):
                value = build_url(request, value)
            values[name] = "" if value is None else str(value)
        return values


def publish(
    *,
    kanaal: Kanaal,
    actie: str,
    resource: str,
    resource_url: str,
    main_object: models.Model,
    main_object_url: str | None = None,
    request=None,
) -> Notification:
    notification = Notification.objects.create(
        kanaal=kanaal.naam,
        hoofd_object=main_object_url or build_url(request, main_object),
        resource=resource,
        resource_url=resource_url,
        actie=actie,
        aanmaakdatum=timezone.now(),
        kenmerken=kanaal.kenmerken_for(request, main_object),
    )
    transaction.on_commit(lambda: notification_committed.send(sender=Notification, notification_id=notification.pk))
    return notification
