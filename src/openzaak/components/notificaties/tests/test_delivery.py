"""Delivery to a real local HTTP subscriber: the message and headers, any 2xx, retries on
the schedule, parking and re-sending, the circuit breaker, order per hoofdObject, the
attempt log and forwarding."""

from datetime import timedelta

import jwt
import pytest
from django.utils import timezone

from ..constants import DeliveryStatus
from ..delivery import deliver_due
from ..models import Abonnement, Delivery, Kanaal
from ..routing import route_pending
from ..services import circuit_reset, deliveries_resend
from .factories import AbonnementFactory, FilterGroupFactory, NotificationFactory

pytestmark = pytest.mark.django_db


def subscribe(subscriber, **kwargs):
    abonnement = AbonnementFactory(callback_url=subscriber.url, **kwargs)
    FilterGroupFactory(abonnement=abonnement, kanaal=Kanaal.objects.get(naam="zaken"))
    return abonnement


def publish(count=1, **kwargs):
    notifications = NotificationFactory.create_batch(count, **kwargs)
    route_pending()
    return notifications


@pytest.mark.parametrize("status", [200, 201, 202, 204])
def test_delivered_with_the_standard_message_and_headers(subscriber, status):
    subscriber.status = status
    subscribe(subscriber, auth="Bearer abonnee-token")
    [notification] = publish()

    assert deliver_due() == 1
    [received] = subscriber.received
    assert received["body"] == notification.message()
    assert received["headers"]["Authorization"] == "Bearer abonnee-token"
    assert received["headers"]["X-Notificatie-Id"] == str(notification.uuid)
    assert received["headers"]["Content-Type"] == "application/json"

    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.delivered, 1)
    [log] = delivery.attempt_log.all()
    assert (log.success, log.status_code, log.error) == (True, status, "")
    assert deliver_due() == 0


def test_failure_is_retried_on_the_schedule_then_parked_then_resent(subscriber, settings):
    settings.NOTIFICATIES_RETRY_SCHEDULE = [60, 600]
    settings.NOTIFICATIES_CIRCUIT_THRESHOLD = 100
    subscriber.status = 500
    subscribe(subscriber)
    publish()
    delivery = Delivery.objects.get()

    before = timezone.now()
    assert deliver_due() == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.pending, 1)
    assert before + timedelta(seconds=59) < delivery.next_attempt_at < timezone.now() + timedelta(seconds=61)
    assert "HTTP 500" in delivery.last_error
    assert deliver_due() == 0  # not due yet

    for expected_delay in (600, None):
        Delivery.objects.update(next_attempt_at=timezone.now())
        assert deliver_due() == 1
        delivery.refresh_from_db()
        if expected_delay:
            assert delivery.next_attempt_at > timezone.now() + timedelta(seconds=expected_delay - 2)
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.parked, 3)
    assert delivery.attempt_log.filter(success=False).count() == 3
    assert deliver_due() == 0

    subscriber.status = 204
    assert deliveries_resend(deliveries=Delivery.objects.all()) == 1
    assert deliver_due() == 1
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.delivered
    assert delivery.attempt_log.count() == 4  # the history is kept
    assert Delivery.objects.count() == 1  # nothing is ever deleted


def test_not_listening_and_timeouts_are_failures(subscriber, fast_retries):
    fast_retries.NOTIFICATIES_DELIVERY_TIMEOUT = 0.2
    subscriber.delay = 0.5
    subscribe(subscriber)
    publish()
    deliver_due(limit=1)
    assert Delivery.objects.get().attempt_log.get().error == "De URL antwoordde niet binnen 0.2 seconden."

    subscriber.stop()
    deliver_due(limit=1)
    assert Delivery.objects.get().attempt_log.last().error == "De URL kon niet bereikt worden."


def test_circuit_breaker_pauses_a_failing_subscriber_without_blocking_others(subscriber, settings):
    from .subscriber import Subscriber

    settings.NOTIFICATIES_RETRY_SCHEDULE = [0, 0, 0, 0]
    settings.NOTIFICATIES_CIRCUIT_THRESHOLD = 2
    settings.NOTIFICATIES_CIRCUIT_COOLDOWN = 3600
    failing = Subscriber(status=503)
    try:
        broken = subscribe(failing)
        healthy = subscribe(subscriber)
        publish(3)

        deliver_due()
        assert len(subscriber.messages()) == 3  # the healthy one gets everything
        broken.refresh_from_db()
        assert broken.consecutive_failures == 2 and broken.paused_until > timezone.now()
        attempts = Delivery.objects.filter(abonnement=broken).values_list("attempts", flat=True)
        assert sum(attempts) == 2  # paused: the rest waits without spending attempts
        assert set(Delivery.objects.filter(abonnement=broken).values_list("status", flat=True)) == {"pending"}

        failing.status = 204
        assert deliver_due() == 0  # still paused
        circuit_reset(abonnementen=Abonnement.objects.filter(pk=broken.pk))
        assert deliver_due() == 3
        assert len(failing.messages()) == 3
        healthy.refresh_from_db()
        assert healthy.consecutive_failures == 0
    finally:
        failing.stop()


def test_a_failed_probe_reopens_the_circuit(subscriber, settings):
    settings.NOTIFICATIES_RETRY_SCHEDULE = [0] * 5
    settings.NOTIFICATIES_CIRCUIT_THRESHOLD = 1
    settings.NOTIFICATIES_CIRCUIT_COOLDOWN = 3600
    subscriber.status = 500
    abonnement = subscribe(subscriber)
    publish(2)
    assert deliver_due() == 1
    Abonnement.objects.filter(pk=abonnement.pk).update(paused_until=timezone.now())  # cooldown over
    assert deliver_due() == 1  # one probe, which fails: paused again
    abonnement.refresh_from_db()
    assert abonnement.paused_until > timezone.now() + timedelta(seconds=3000)


def test_order_per_hoofd_object_holds_under_retries(subscriber, settings):
    settings.NOTIFICATIES_RETRY_SCHEDULE = [0.0] * 3
    settings.NOTIFICATIES_CIRCUIT_THRESHOLD = 100
    subscribe(subscriber)
    zaak = "http://testserver/zaken/api/v1/zaken/1"
    first, second, third = publish(3, hoofd_object=zaak)
    [other] = publish(1)

    subscriber.status = 500
    assert deliver_due(limit=1) == 1  # the first about `zaak` fails and waits for its retry
    Delivery.objects.filter(notification=first).update(next_attempt_at=timezone.now() + timedelta(hours=1))
    subscriber.status = 204
    assert deliver_due() == 1  # only the other hoofdObject's notification may go now
    assert [m["resourceUrl"] for m in subscriber.messages()] == [other.resource_url]

    Delivery.objects.filter(notification=first).update(next_attempt_at=timezone.now())
    assert deliver_due() == 3
    ids = subscriber.ids()[1:]
    assert ids == [str(first.uuid), str(second.uuid), str(third.uuid)]


def test_removed_abonnement_is_not_attempted(subscriber):
    abonnement = subscribe(subscriber)
    publish()
    Abonnement.objects.filter(pk=abonnement.pk).update(deleted_at=timezone.now())
    assert deliver_due() == 0
    assert Delivery.objects.get().status == DeliveryStatus.pending


def test_forwarding_posts_with_a_fresh_jwt(subscriber, settings):
    settings.NOTIFICATIES_FORWARD_URL = subscriber.url
    settings.NOTIFICATIES_FORWARD_CLIENT_ID = "openzaak"
    settings.NOTIFICATIES_FORWARD_SECRET = "central-nrc-secret-of-32-bytes!!"
    [notification] = publish(kanaal="autorisaties", kenmerken={})
    assert deliver_due() == 1
    [received] = subscriber.received
    assert received["body"] == notification.message()
    scheme, token = received["headers"]["Authorization"].split()
    claims = jwt.decode(token, settings.NOTIFICATIES_FORWARD_SECRET, algorithms=["HS256"])
    assert scheme == "Bearer" and claims["client_id"] == "openzaak"
