"""The Notificaties API's writes and the operator's actions (kanalen, abonnementen,
publishing from external sources, re-sending), called by the API, admin, commands and
tasks alike."""

from __future__ import annotations

from datetime import UTC

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from rest_framework import serializers

from openzaak.zgw.components import COMPONENTS
from openzaak.zgw.models import Notification
from openzaak.zgw.notifications import notification_committed

from .constants import TEST_MESSAGE, DeliveryStatus
from .delivery import Outcome, post_message
from .forwarding import authorization
from .models import Abonnement, Delivery, FilterGroup, Kanaal


def kanaal_create(*, naam: str, documentatie_link: str = "", filters: list[str] | None = None) -> Kanaal:
    try:
        with transaction.atomic():
            return Kanaal.objects.create(naam=naam, documentatie_link=documentatie_link, filters=filters or [])
    except IntegrityError:  # a concurrent request registered the same naam first
        raise serializers.ValidationError(
            {"naam": [serializers.ErrorDetail("Er bestaat al een kanaal met deze naam.", code="unique")]}
        ) from None


def kanalen_sync() -> None:
    """Register the kanalen of the standard's registers (`zgw.components`), each with
    its kenmerken as filters. Run after every migrate."""
    for component in COMPONENTS:
        for kanaal in component.kanalen:
            filters = list(kanaal.kenmerken)
            Kanaal.objects.update_or_create(
                naam=kanaal.naam,
                defaults={"filters": filters},
                create_defaults={"filters": filters, "documentatie_link": component.documentation_link},
            )


def abonnement_create(*, callback_url: str, auth: str, kanalen: list[dict], client_id: str = "") -> Abonnement:
    abonnement = Abonnement.objects.create(callback_url=callback_url, auth=auth, client_id=client_id)
    _set_kanalen(abonnement, kanalen)
    return abonnement


def abonnement_update(*, abonnement: Abonnement, kanalen: list[dict] | None = None, **fields) -> Abonnement:
    """Change the callback and/or replace the kanalen as a whole (as PUT/PATCH of a nested list means)."""
    for name, value in fields.items():
        setattr(abonnement, name, value)
    abonnement.save()
    if kanalen is not None:
        abonnement.kanalen.all().delete()
        _set_kanalen(abonnement, kanalen)
    return abonnement


def _set_kanalen(abonnement: Abonnement, kanalen: list[dict]) -> None:
    by_naam = Kanaal.objects.in_bulk([group["naam"] for group in kanalen], field_name="naam")
    FilterGroup.objects.bulk_create(
        FilterGroup(abonnement=abonnement, kanaal=by_naam[group["naam"]], filters=group.get("filters") or {})
        for group in kanalen
    )


def abonnement_delete(*, abonnement: Abonnement) -> None:
    """Remove an abonnement from the API; the row stays, with its deliveries and their
    history (pending ones are no longer attempted)."""
    abonnement.deleted_at = timezone.now()
    abonnement.save(update_fields=["deleted_at"])


def callback_test(*, callback_url: str, auth: str) -> Outcome:
    """POST the standard test message to a callback, as done before accepting an abonnement."""
    return post_message(callback_url, TEST_MESSAGE, auth=auth)


def abonnement_send_test(*, abonnement: Abonnement) -> Outcome:
    return callback_test(callback_url=abonnement.callback_url, auth=authorization(abonnement))


def notificatie_publish(
    *, kanaal: str, hoofd_object: str, resource: str, resource_url: str, actie: str, aanmaakdatum, kenmerken: dict
) -> Notification:
    """A notification from an external publisher enters the same outbox as our own
    registers' (`openzaak.zgw.notifications.publish`): committed with the request, and
    routed and delivered by the worker afterwards."""
    notification = Notification.objects.create(
        kanaal=kanaal,
        hoofd_object=hoofd_object,
        resource=resource,
        resource_url=resource_url,
        actie=actie,
        aanmaakdatum=aanmaakdatum.astimezone(UTC),  # stored and sent as UTC, like our own registers'
        kenmerken=kenmerken,
    )
    transaction.on_commit(lambda: notification_committed.send(sender=Notification, notification_id=notification.pk))
    return notification


def deliveries_resend(*, deliveries: QuerySet[Delivery]) -> int:
    """Start parked (or delivered) deliveries over: pending now, with the full retry
    schedule again. Their attempt log is kept. Returns how many were re-queued."""
    return deliveries.exclude(status=DeliveryStatus.pending).update(
        status=DeliveryStatus.pending, attempts=0, next_attempt_at=timezone.now(), delivered_at=None
    )


def circuit_reset(*, abonnementen: QuerySet[Abonnement]) -> int:
    """Close the circuit of these subscribers now (e.g. once the operator knows they are back)."""
    return abonnementen.update(consecutive_failures=0, paused_until=None)
