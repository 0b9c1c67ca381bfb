"""KANAAL through HTTP: list (with `naam`), read, create; the standard kanalen the
migration registers; scopes."""

import pytest

from ..models import Kanaal
from .factories import KanaalFactory

pytestmark = pytest.mark.django_db

URL = "/notificaties/api/v1/kanaal"


def test_migration_registers_the_kanalen_of_every_register():
    kanalen = dict(Kanaal.objects.values_list("naam", "filters"))
    assert kanalen == {
        "zaken": ["bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"],
        "documenten": ["bronorganisatie", "informatieobjecttype", "vertrouwelijkheidaanduiding"],
        "besluiten": ["verantwoordelijke_organisatie", "besluittype"],
        "zaaktypen": ["catalogus"],
        "informatieobjecttypen": ["catalogus"],
        "besluittypen": ["catalogus"],
        "autorisaties": [],
    }


def test_create_and_read(publisher):
    response = publisher.post(
        URL, {"naam": "meldingen", "documentatieLink": "https://example.com/x", "filters": ["wijk"]}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["url"].startswith("http://testserver/notificaties/api/v1/kanaal/")
    assert response["Location"] == body["url"]
    assert response["API-version"] == "1.0.1"
    assert (
        publisher.get(body["url"]).json()
        == body
        == {
            "url": body["url"],
            "naam": "meldingen",
            "documentatieLink": "https://example.com/x",
            "filters": ["wijk"],
        }
    )


def test_naam_is_unique(publisher):
    response = publisher.post(URL, {"naam": "zaken"}, format="json")
    assert response.status_code == 400
    assert response.json()["invalidParams"][0] | {"reason": ""} == {"name": "naam", "code": "unique", "reason": ""}


def test_list_filter_on_naam(consumer):
    response = consumer.get(URL, {"naam": "zaken"})
    assert response.status_code == 200
    assert [item["naam"] for item in response.json()] == ["zaken"]


@pytest.mark.parametrize("rows", [1, 50])
def test_list_query_count_is_fixed(consumer, django_assert_max_num_queries, rows):
    Kanaal.objects.all().delete()
    KanaalFactory.create_batch(rows)
    consumer.get(URL, {"naam": "warm-up"})  # the client's autorisaties are cached from here on
    # savepoint, the JWT's secret, the list, release; plus the client's autorisaties (2)
    # when a parallel test run flushed the shared cache in between
    with django_assert_max_num_queries(6):
        response = consumer.get(URL)
    assert len(response.json()) == rows


def test_unknown_parameter_is_rejected(consumer):
    response = consumer.get(URL, {"name": "zaken"})
    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["code"] == "unknown-parameters"


def test_consumer_may_not_create(consumer):
    assert consumer.post(URL, {"naam": "x"}, format="json").status_code == 403


def test_without_token(client):
    response = client.get(URL)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/problem+json"


def test_kanalen_sync_registers_declared_kanalen_after_migrate():
    from django.core.management import call_command

    Kanaal.objects.filter(naam__in=["zaken", "autorisaties"]).delete()
    Kanaal.objects.filter(naam="besluiten").update(filters=["oud"])
    call_command("migrate", "notificaties", verbosity=0)  # post_migrate runs the sync
    assert Kanaal.objects.get(naam="zaken").filters == ["bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding"]
    assert Kanaal.objects.get(naam="besluiten").filters == ["verantwoordelijke_organisatie", "besluittype"]
    assert Kanaal.objects.filter(naam="autorisaties").exists()  # declared by the Autorisaties API
