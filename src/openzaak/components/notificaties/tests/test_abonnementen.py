"""ABONNEMENT through HTTP: full CRUD, the standard's validation (the kanaal must exist,
filters must be its kenmerken), the test POST to the callbackUrl, scopes."""

import pytest

from openzaak.zgw.scopes import SCOPE_NOTIFICATIES_CONSUMEREN, SCOPE_NOTIFICATIES_PUBLICEREN

from ..models import Abonnement
from .factories import AbonnementFactory, FilterGroupFactory

pytestmark = pytest.mark.django_db

URL = "/notificaties/api/v1/abonnement"
ZAAKTYPE = "http://testserver/catalogi/api/v1/zaaktypen/0b5a1c3e-1111-4a1b-9c1d-2e3f4a5b6c7d"


def invalid(response):
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    return {(param["name"], param["code"]) for param in response.json()["invalidParams"]}


def body(subscriber, **overrides):
    return {
        "callbackUrl": subscriber.url,
        "auth": "Bearer abc",
        "kanalen": [{"naam": "zaken", "filters": {"zaaktype": ZAAKTYPE, "bronorganisatie": "*"}}],
        **overrides,
    }


def test_create_read_update_delete(consumer, subscriber):
    response = consumer.post(URL, body(subscriber), format="json")
    assert response.status_code == 201, response.content
    created = response.json()
    assert created == {"url": created["url"], **body(subscriber)}
    assert response["Location"] == created["url"]
    assert Abonnement.objects.get().client_id == consumer.client_id

    # the test POST: the standard's test message, with the abonnement's auth
    [test] = subscriber.received
    assert test["body"]["kanaal"] == "test" and test["headers"]["Authorization"] == "Bearer abc"

    assert consumer.get(created["url"]).json() == created
    assert consumer.get(URL).json() == [created]

    response = consumer.patch(created["url"], {"kanalen": [{"naam": "besluiten"}]}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["kanalen"] == [{"naam": "besluiten", "filters": {}}]
    assert len(subscriber.received) == 1  # callback unchanged: no new test POST

    response = consumer.put(created["url"], body(subscriber, auth="Bearer new"), format="json")
    assert response.status_code == 200 and response.json()["auth"] == "Bearer new"
    assert len(subscriber.received) == 2

    assert consumer.delete(created["url"]).status_code == 204
    assert consumer.get(created["url"]).status_code == 404
    assert consumer.get(URL).json() == []
    assert Abonnement.objects.get().deleted_at is not None  # kept, with its deliveries


def test_auth_is_shown_only_to_the_subscriber(consumer, api_client, subscriber):
    url = consumer.post(URL, body(subscriber), format="json").json()["url"]
    other = api_client(component="nrc", scopes=[SCOPE_NOTIFICATIES_CONSUMEREN])
    assert other.get(url).json()["auth"] == "********"
    assert other.get(URL).json()[0]["auth"] == "********"
    assert api_client(heeft_alle_autorisaties=True).get(url).json()["auth"] == "Bearer abc"
    assert consumer.get(url).json()["auth"] == "Bearer abc"


def test_kanaal_must_exist(consumer, subscriber):
    response = consumer.post(URL, body(subscriber, kanalen=[{"naam": "bestaat-niet"}]), format="json")
    assert invalid(response) == {("kanalen.0.naam", "kanaal_naam")}


def test_filters_must_be_kenmerken_of_the_kanaal(consumer, subscriber):
    response = consumer.post(
        URL, body(subscriber, kanalen=[{"naam": "zaken", "filters": {"wijk": "noord"}}]), format="json"
    )
    assert invalid(response) == {("kanalen.0.filters", "inconsistent-abonnement-filters")}


def test_filter_keys_compare_without_case_or_underscores(consumer, subscriber):
    kanalen = [{"naam": "besluiten", "filters": {"verantwoordelijkeOrganisatie": "123456782"}}]
    assert consumer.post(URL, body(subscriber, kanalen=kanalen), format="json").status_code == 201


def test_callback_must_accept_the_test_message(consumer, subscriber):
    subscriber.status = 403
    assert invalid(consumer.post(URL, body(subscriber), format="json")) == {("callbackUrl", "invalid-callback-url")}
    subscriber.stop()
    assert invalid(consumer.post(URL, body(subscriber), format="json")) == {("callbackUrl", "invalid-callback-url")}
    assert not Abonnement.objects.exists()


def test_test_post_can_be_turned_off(consumer, settings):
    settings.NOTIFICATIES_TEST_CALLBACK = False
    response = consumer.post(
        URL, {"callbackUrl": "http://127.0.0.1:9/nobody", "auth": "x", "kanalen": []}, format="json"
    )
    assert response.status_code == 201, response.content


def test_required_fields(consumer):
    assert invalid(consumer.post(URL, {}, format="json")) == {
        ("callbackUrl", "required"),
        ("auth", "required"),
        ("kanalen", "required"),
    }
    assert ("callbackUrl", "bad-url") in invalid(consumer.post(URL, {"callbackUrl": "geen url"}, format="json")) or (
        ("callbackUrl", "invalid") in invalid(consumer.post(URL, {"callbackUrl": "geen url"}, format="json"))
    )


@pytest.mark.parametrize("rows", [1, 40])
def test_list_query_count_is_fixed(consumer, django_assert_max_num_queries, rows):
    for _ in range(rows):
        FilterGroupFactory(abonnement=AbonnementFactory(), kanaal_id=1)
    AbonnementFactory(removed=True)
    consumer.get(URL)  # warm the client cache
    # savepoint, JWT secret, abonnementen, their kanalen, release; plus the client's
    # autorisaties (2) when a parallel test run flushed the shared cache in between
    with django_assert_max_num_queries(7):
        response = consumer.get(URL)
    assert len(response.json()) == rows


def test_scopes(api_client, subscriber):
    publisher = api_client(component="nrc", scopes=[SCOPE_NOTIFICATIES_PUBLICEREN])
    assert publisher.get(URL).status_code == 200
    assert publisher.post(URL, body(subscriber), format="json").status_code == 403
    outsider = api_client(component="ac", scopes=["autorisaties.lezen"])
    assert outsider.get(URL).status_code == 403
