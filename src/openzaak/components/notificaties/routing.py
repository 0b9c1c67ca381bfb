"""Routing: which abonnementen receive a notification (Notificaties API, "Routeren van
berichten").

An abonnement has, per kanaal, one or more filter groups; a notification goes to every
abonnement with a group on its kanaal whose every filter matches a kenmerk of the
notification. A filter value `*` matches anything (even a kenmerk the notification
lacks). Keys are compared without regard to case or underscores, because publishers
and subscribers spell them differently (`verantwoordelijke_organisatie` and
`verantwoordelijkeOrganisatie` are one kenmerk).

`route_pending()` turns outbox rows into one `Delivery` per (notification, target):
serialised by an advisory lock and in outbox order, so per abonnement the deliveries
about one hoofdObject are created in the order the notifications were published.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping

from django.db import connection, transaction
from django.utils import timezone

from openzaak.zgw.models import Notification

from .forwarding import forward_target
from .models import Delivery, FilterGroup

logger = logging.getLogger(__name__)

WILDCARD = "*"
LOCK_ROUTING = 7_301_004  # advisory lock key: one router at a time, in outbox order


def normalize_key(key: str) -> str:
    return key.replace("_", "").lower()


def unknown_keys(keys: Iterable[str], allowed: Iterable[str]) -> list[str]:
    """The keys that are none of `allowed` (compared as `normalize_key` does)."""
    known = {normalize_key(name) for name in allowed}
    return sorted(key for key in keys if normalize_key(key) not in known)


def matches(filters: Mapping[str, str], kenmerken: Mapping[str, str]) -> bool:
    """Whether a notification with these kenmerken passes one filter group."""
    values = {normalize_key(key): value for key, value in kenmerken.items()}
    for key, expected in filters.items():
        if expected == WILDCARD:
            continue
        if values.get(normalize_key(key)) != expected:
            return False
    return True


def route_pending(*, limit: int = 500) -> int:
    """Create the deliveries of up to `limit` unrouted notifications; returns how many
    notifications were routed. Safe to run anywhere, any number of times: a notification
    is routed once (unique delivery per target, `routed_at` set in the same transaction)."""
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_ROUTING])
        notifications = list(Notification.objects.filter(routed_at__isnull=True).order_by("pk")[:limit])
        if not notifications:
            return 0
        groups_by_kanaal: dict[str, list[FilterGroup]] = defaultdict(list)
        for group in FilterGroup.objects.filter(
            kanaal__naam__in={n.kanaal for n in notifications},
            abonnement__deleted_at__isnull=True,
            abonnement__is_forward=False,
        ).select_related("kanaal"):
            groups_by_kanaal[group.kanaal.naam].append(group)
        forward = forward_target()
        now = timezone.now()
        deliveries = []
        for notification in notifications:
            targets = {
                group.abonnement_id
                for group in groups_by_kanaal[notification.kanaal]
                if matches(group.filters, notification.kenmerken)
            }
            if forward is not None:
                targets.add(forward.pk)
            deliveries.extend(
                Delivery(
                    notification=notification,
                    abonnement_id=abonnement_id,
                    hoofd_object=notification.hoofd_object,
                    next_attempt_at=now,
                )
                for abonnement_id in sorted(targets)
            )
        Delivery.objects.bulk_create(deliveries, ignore_conflicts=True)
        Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(routed_at=now)
    logger.info("routed %d notification(s) into %d delivery(ies)", len(notifications), len(deliveries))
    return len(notifications)
