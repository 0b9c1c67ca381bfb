"""POST /notificaties by external publishers: validated as the standard says, written to
the same outbox as our own registers, answered with 201 and the message."""

from datetime import timedelta

import pytest
from django.utils import timezone

from openzaak.zgw.models import Notification
from openzaak.zgw.scopes import SCOPE_NOTIFICATIES_CONSUMEREN

pytestmark = pytest.mark.django_db

URL = "/notificaties/api/v1/notificaties"


def message(**overrides):
    return {
        "kanaal": "zaken",
        "hoofdObject": "https://extern.example.com/zaken/api/v1/zaken/1",
        "resource": "status",
        "resourceUrl": "https://extern.example.com/zaken/api/v1/statussen/2",
        "actie": "create",
        "aanmaakdatum": "2024-03-01T10:00:00Z",
        "kenmerken": {"bronorganisatie": "123456782", "zaaktype": "https://extern.example.com/zt/1"},
        **overrides,
    }


def invalid(response):
    assert response.status_code == 400, response.content
    return {(param["name"], param["code"]) for param in response.json()["invalidParams"]}


def test_publish_writes_the_outbox(publisher):
    response = publisher.post(URL, message(), format="json")
    assert response.status_code == 201, response.content
    assert response.json() == message()
    notification = Notification.objects.get()
    assert notification.message() == message()
    assert notification.routed_at is None


def test_kenmerken_are_optional(publisher):
    response = publisher.post(URL, {**message(), "kanaal": "autorisaties", "kenmerken": None} | {}, format="json")
    assert invalid(response) == {("kenmerken", "null")}
    payload = message(kanaal="autorisaties")
    del payload["kenmerken"]
    response = publisher.post(URL, payload, format="json")
    assert response.status_code == 201 and response.json()["kenmerken"] == {}


def test_kanaal_must_exist(publisher):
    assert invalid(publisher.post(URL, message(kanaal="onbekend"), format="json")) == {("kanaal", "message_kanaal")}


def test_kenmerken_must_be_filters_of_the_kanaal(publisher):
    response = publisher.post(URL, message(kenmerken={"wijk": "noord"}), format="json")
    assert invalid(response) == {("kenmerken", "kenmerken_inconsistent")}
    response = publisher.post(
        URL, message(kanaal="besluiten", kenmerken={"verantwoordelijkeOrganisatie": "1"}), format="json"
    )
    assert response.status_code == 201


def test_aanmaakdatum_not_in_the_future(publisher):
    future = (timezone.now() + timedelta(minutes=5)).isoformat()
    assert invalid(publisher.post(URL, message(aanmaakdatum=future), format="json")) == {
        ("aanmaakdatum", "future_not_allowed")
    }
    assert not Notification.objects.exists()


def test_required_fields(publisher):
    assert {name for name, code in invalid(publisher.post(URL, {}, format="json")) if code == "required"} == {
        "kanaal",
        "hoofdObject",
        "resource",
        "resourceUrl",
        "actie",
        "aanmaakdatum",
    }


def test_consumer_may_not_publish(api_client):
    consumer = api_client(component="nrc", scopes=[SCOPE_NOTIFICATIES_CONSUMEREN])
    assert consumer.post(URL, message(), format="json").status_code == 403
