"""Delivering notifications, at least once (issue 4; ARCHITECTURE rule 3).

`deliver_due()` claims one due delivery at a time with `SELECT … FOR UPDATE SKIP
LOCKED` and keeps that row locked while it POSTs the message, so any number of workers
share the work and a worker that dies mid-POST (even by SIGKILL) leaves its delivery
pending for the next sweep: nothing depends on a broker message surviving.

A delivery is due when it is pending, its next attempt time has come, its subscriber's
circuit is closed (or its pause is over), and no earlier notification about the same
hoofdObject is still pending for the same abonnement: that is what keeps them in the
order they were published, also across retries.

Each attempt is logged. Any 2xx is success. Every POST goes through `zgw.http`, the
guarded client (no private addresses unless allowed, a total deadline of
`NOTIFICATIES_DELIVERY_TIMEOUT`, the answer's body never read), and the error recorded
is ours (`HTTP 503`, "niet bereikbaar"), never the callee's body. Whatever goes wrong
with one delivery, even a bug of ours, is a failed attempt of that delivery: the sweep
goes on with the others (no poison pill). A failure schedules the next attempt after
the configured delay (`NOTIFICATIES_RETRY_SCHEDULE`); after the last one the delivery
is parked, never deleted, and `deliveries_resend()` starts it over. Consecutive
failures of one subscriber open its circuit for `NOTIFICATIES_CIRCUIT_COOLDOWN`
seconds; its deliveries then wait without spending attempts, and the others go on.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from openzaak.zgw import http

from .constants import NOTIFICATION_ID_HEADER, DeliveryStatus
from .forwarding import authorization
from .models import Abonnement, Delivery, DeliveryAttempt

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    success: bool
    status_code: int | None
    error: str
    duration_ms: int


def post_message(url: str, message: dict, *, auth: str = "", notification_id: str = "") -> Outcome:
    """POST one message to a callback; never raises for the subscriber's faults, and
    says what went wrong in our words only."""
    headers = {"Content-Type": "application/json"}
    if auth:
        headers["Authorization"] = auth
    if notification_id:
        headers[NOTIFICATION_ID_HEADER] = notification_id
    started = time.monotonic()
    try:
        answer = http.request(
            "POST",
            url,
            data=json.dumps(message).encode(),
            headers=headers,
            timeout=settings.NOTIFICATIES_DELIVERY_TIMEOUT,
            read_body=False,
        )
    except http.OutgoingError as exc:
        return Outcome(False, None, exc.reason, _ms_since(started))
    success = 200 <= answer.status < 300
    return Outcome(success, answer.status, "" if success else f"HTTP {answer.status}", _ms_since(started))


def _ms_since(started: float) -> int:
    return int((time.monotonic() - started) * 1000)


def due_deliveries(now=None):
    """The deliveries that may be attempted now, oldest first (see the module docstring)."""
    now = now or timezone.now()
    earlier_pending = Delivery.objects.filter(
        abonnement_id=OuterRef("abonnement_id"),
        hoofd_object=OuterRef("hoofd_object"),
        status=DeliveryStatus.pending,
        notification_id__lt=OuterRef("notification_id"),
    )
    return (
        Delivery.objects.filter(status=DeliveryStatus.pending, next_attempt_at__lte=now)
        .filter(abonnement__deleted_at__isnull=True)
        .filter(Q(abonnement__paused_until__isnull=True) | Q(abonnement__paused_until__lte=now))
        .exclude(Exists(earlier_pending))
        .order_by("next_attempt_at", "pk")
    )


def deliver_due(*, limit: int | None = None) -> int:
    """Attempt up to `limit` due deliveries, one transaction each; returns how many were
    tried. A delivery whose attempt could not even be recorded is left for a later sweep
    and skipped in this one, so it cannot hold up the others."""
    limit = settings.NOTIFICATIES_BATCH_SIZE if limit is None else limit
    tried = 0
    skipped: set[int] = set()
    while tried < limit:
        claimed = None
        try:
            with transaction.atomic():
                delivery = (
                    due_deliveries()
                    .exclude(pk__in=skipped)
                    .select_for_update(skip_locked=True, of=("self",))
                    .select_related("notification", "abonnement")
                    .first()
                )
                if delivery is None:
                    break
                claimed = delivery.pk
                attempt(delivery)
        except Exception:
            if claimed is None:
                raise  # the database itself: the sweep's caller retries later
            logger.exception("could not record an attempt of delivery %s; skipped in this sweep", claimed)
            skipped.add(claimed)
        tried += 1
    return tried


def attempt(delivery: Delivery) -> DeliveryAttempt:
    """POST the delivery's message once and record the outcome (the caller holds the row lock)."""
    abonnement = delivery.abonnement
    notification = delivery.notification
    started_at = timezone.now()
    try:
        outcome = post_message(
            abonnement.callback_url,
            notification.message(),
            auth=authorization(abonnement),
            notification_id=str(notification.uuid),
        )
    except Exception:  # noqa: BLE001 - a bug of ours must fail this delivery, not the sweep
        logger.exception("delivery %s failed unexpectedly", delivery.pk)
        outcome = Outcome(False, None, "Interne fout bij het afleveren; zie het log.", 0)
    log = DeliveryAttempt.objects.create(
        delivery=delivery,
        started_at=started_at,
        duration_ms=outcome.duration_ms,
        status_code=outcome.status_code,
        success=outcome.success,
        error=outcome.error,
    )
    now = timezone.now()
    delivery.attempts += 1
    delivery.last_attempt_at = now
    if outcome.success:
        delivery.status = DeliveryStatus.delivered
        delivery.delivered_at = now
        delivery.last_error = ""
        _circuit_success(abonnement)
    else:
        delivery.last_error = outcome.error
        schedule = settings.NOTIFICATIES_RETRY_SCHEDULE
        if delivery.attempts > len(schedule):
            delivery.status = DeliveryStatus.parked
            logger.warning("parked delivery %s after %d attempts: %s", delivery.pk, delivery.attempts, outcome.error)
        else:
            delivery.next_attempt_at = now + timedelta(seconds=schedule[delivery.attempts - 1])
        _circuit_failure(abonnement, now)
    delivery.save(
        update_fields=["attempts", "last_attempt_at", "status", "delivered_at", "last_error", "next_attempt_at"]
    )
    return log


def _circuit_success(abonnement: Abonnement) -> None:
    Abonnement.objects.filter(pk=abonnement.pk, consecutive_failures__gt=0).update(
        consecutive_failures=0, paused_until=None
    )


def _circuit_failure(abonnement: Abonnement, now) -> None:
    """Count the failure; at the threshold, (re)open the circuit for the cooldown. A
    failed probe after a pause reopens it at once (the count stays past the threshold)."""
    Abonnement.objects.filter(pk=abonnement.pk).update(consecutive_failures=F("consecutive_failures") + 1)
    failures = Abonnement.objects.values_list("consecutive_failures", flat=True).get(pk=abonnement.pk)
    if failures >= settings.NOTIFICATIES_CIRCUIT_THRESHOLD:
        paused_until = now + timedelta(seconds=settings.NOTIFICATIES_CIRCUIT_COOLDOWN)
        Abonnement.objects.filter(pk=abonnement.pk).update(paused_until=paused_until)
        logger.warning("circuit open for %s until %s after %d failures", abonnement, paused_until, failures)
