"""Issue 8 for Notificaties: an abonnement belongs to its client, every callback is
guarded, and no one broken abonnement can stop the deliveries to the others."""

import pytest
from django.utils import timezone

from openzaak.zgw.scopes import SCOPE_NOTIFICATIES_CONSUMEREN

from ..constants import DeliveryStatus
from ..delivery import deliver_due
from ..models import Abonnement, Delivery, Kanaal
from ..routing import route_pending
from .factories import AbonnementFactory, FilterGroupFactory, NotificationFactory
from .subscriber import Subscriber
from .test_abonnementen import URL, body, invalid

pytestmark = pytest.mark.django_db


@pytest.fixture
def attacker_server(settings):
    server = Subscriber()
    yield server
    server.stop()


# --- 1. an abonnement belongs to the client that made it -------------------------------


def test_another_consumer_may_not_change_or_delete_an_abonnement(consumer, api_client, subscriber, attacker_server):
    url = consumer.post(URL, body(subscriber, auth="Bearer geheim"), format="json").json()["url"]
    other = api_client(component="nrc", scopes=[SCOPE_NOTIFICATIES_CONSUMEREN])

    for response in (
        other.patch(url, {"callbackUrl": attacker_server.url}, format="json"),
        other.put(url, body(attacker_server, auth="********"), format="json"),
        other.delete(url),
    ):
        assert response.status_code == 403, response.content
        assert response["Content-Type"] == "application/problem+json"

    abonnement = Abonnement.objects.get()
    assert (abonnement.callback_url, abonnement.auth, abonnement.deleted_at) == (subscriber.url, "Bearer geheim", None)
    assert attacker_server.received == []  # no test POST carried the secret anywhere


def test_the_owner_and_an_all_autorisaties_client_may(consumer, api_client, subscriber):
    url = consumer.post(URL, body(subscriber), format="json").json()["url"]

    assert consumer.patch(url, {"kanalen": [{"naam": "besluiten"}]}, format="json").status_code == 200
    assert api_client(heeft_alle_autorisaties=True).delete(url).status_code == 204


def test_the_masked_auth_sent_back_keeps_the_stored_secret(consumer, api_client, subscriber):
    url = consumer.post(URL, body(subscriber, auth="Bearer geheim"), format="json").json()["url"]
    admin = api_client(heeft_alle_autorisaties=True)

    response = admin.put(url, body(subscriber, auth="********"), format="json")
    assert response.status_code == 200, response.content
    assert consumer.patch(url, {"auth": "********"}, format="json").status_code == 200

    assert Abonnement.objects.get().auth == "Bearer geheim"
    assert subscriber.received[-1]["headers"]["Authorization"] == "Bearer geheim"


# --- 2. every callback is guarded --------------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "0x7f000001", "[::ffff:127.0.0.1]", "localhost"])
def test_subscribing_a_loopback_callback_is_refused_without_a_request(consumer, subscriber, settings, host):
    settings.REMOTE_ALLOWED_HOSTS = []
    callback = subscriber.url.replace("127.0.0.1", host)

    response = consumer.post(URL, body(subscriber, callbackUrl=callback), format="json")

    assert invalid(response) == {("callbackUrl", "invalid-callback-url")}
    assert "niet aangeroepen mag worden" in response.json()["invalidParams"][0]["reason"]
    assert subscriber.received == []


def test_a_refused_callback_answer_is_not_repeated(consumer, subscriber):
    subscriber.status = 500

    response = consumer.post(URL, body(subscriber), format="json")

    assert invalid(response) == {("callbackUrl", "invalid-callback-url")}
    assert response.json()["invalidParams"][0]["reason"].endswith("(HTTP 500).")


# --- 3. no poison pill -----------------------------------------------------------------


@pytest.mark.parametrize("auth", ["Bearer é€ 🔑", "Bearer a\r\nX-Injected: 1", "Bearer \x7f"])
def test_an_auth_that_cannot_be_a_header_is_refused_even_untested(consumer, subscriber, settings, auth):
    settings.NOTIFICATIES_TEST_CALLBACK = False

    response = consumer.post(URL, body(subscriber, auth=auth), format="json")

    assert invalid(response) == {("auth", "invalid-header-value")}


def test_one_broken_abonnement_delays_no_other(subscriber, settings):
    """A stored auth outside latin-1 made every sweep stop at the same row."""
    settings.NOTIFICATIES_RETRY_SCHEDULE = [60]
    settings.NOTIFICATIES_CIRCUIT_THRESHOLD = 100
    kanaal = Kanaal.objects.get(naam="zaken")
    broken = AbonnementFactory(callback_url=subscriber.url, auth="Bearer é€ 🔑")  # stored before the rule
    FilterGroupFactory(abonnement=broken, kanaal=kanaal)
    healthy = AbonnementFactory(callback_url=subscriber.url, auth="Bearer ok")
    FilterGroupFactory(abonnement=healthy, kanaal=kanaal)
    NotificationFactory.create_batch(3)
    route_pending()

    assert deliver_due() == 6

    assert subscriber.ids() and len(subscriber.received) == 3  # every one for the healthy subscriber
    for delivery in Delivery.objects.filter(abonnement=broken):
        assert (delivery.status, delivery.attempts) == (DeliveryStatus.pending, 1)  # a failed attempt, retried
        assert delivery.last_error == "Een header van het verzoek is geen geldige HTTP-header."
    assert set(Delivery.objects.filter(abonnement=healthy).values_list("status", flat=True)) == {
        DeliveryStatus.delivered
    }

    Delivery.objects.update(next_attempt_at=timezone.now())
    assert deliver_due() == 3  # retried like any other, then parked
    assert set(Delivery.objects.filter(abonnement=broken).values_list("status", flat=True)) == {DeliveryStatus.parked}
