"""GET/POST /besluiten, GET/HEAD/PUT/PATCH/DELETE /besluiten/{uuid} through HTTP with real
JWTs: every field, the generated identificatie (brc-002), each write's notification on
kanaal `besluiten` and its audit trail, the audit trail endpoint and its deletion with
the besluit (brc-009), the ETag, and the scopes each write needs."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openzaak.components.catalogi.tests.factories import BesluitTypeFactory
from openzaak.zgw.models import AuditTrail, Notification
from openzaak.zgw.scopes import SCOPE_BESLUITEN_LEZEN

from ..models import Besluit
from .factories import RSIN, BesluitFactory
from .utils import BESLUITEN, besluiten_client, url

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today()


def body(besluittype, **fields) -> dict:
    return {
        "verantwoordelijkeOrganisatie": RSIN,
        "besluittype": url(besluittype),
        "datum": "2024-03-15",
        "ingangsdatum": "2024-04-01",
        **fields,
    }


def test_create_shows_every_field_and_generates_the_identificatie(client, besluittype):
    response = client.post(
        BESLUITEN,
        body(
            besluittype,
            toelichting="Vergunning verleend.",
            bestuursorgaan="College van B&W",
            vervaldatum="2025-04-01",
            vervalreden="tijdelijk",
            publicatiedatum="2024-03-20",
            verzenddatum="2024-03-18",
            uiterlijkeReactiedatum="2024-04-29",
        ),
        format="json",
    )

    assert response.status_code == 201, response.content
    besluit = Besluit.objects.get()
    data = response.json()
    assert response["Location"] == data["url"] == url(besluit)
    assert data == {
        "url": url(besluit),
        "identificatie": "BESLUIT-2024-0000000001",
        "verantwoordelijkeOrganisatie": RSIN,
        "besluittype": url(besluittype),
        "zaak": "",
        "datum": "2024-03-15",
        "toelichting": "Vergunning verleend.",
        "bestuursorgaan": "College van B&W",
        "ingangsdatum": "2024-04-01",
        "vervaldatum": "2025-04-01",
        "vervalreden": "tijdelijk",
        "vervalredenWeergave": "Besluit met tijdelijke werking",
        "publicatiedatum": "2024-03-20",
        "verzenddatum": "2024-03-18",
        "uiterlijkeReactiedatum": "2024-04-29",
    }
    assert response["API-version"] == "1.1.0"
    assert client.get(data["url"]).json() == data


def test_the_optional_fields_may_be_left_out_or_null(client, besluittype):
    response = client.post(
        BESLUITEN, body(besluittype, zaak=None, vervaldatum=None, publicatiedatum=None), format="json"
    )
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["zaak"] == data["vervalreden"] == data["vervalredenWeergave"] == data["toelichting"] == ""
    assert data["vervaldatum"] is data["publicatiedatum"] is data["verzenddatum"] is None
    assert client.post(BESLUITEN, body(besluittype, zaak=""), format="json").status_code == 201


def test_a_given_identificatie_is_kept_and_generation_steps_over_it(client, besluittype):
    BesluitFactory(besluittype=besluittype, identificatie="BESLUIT-2024-0000000001")
    given = client.post(BESLUITEN, body(besluittype, identificatie="eigen-123"), format="json")
    generated = client.post(BESLUITEN, body(besluittype), format="json")
    assert given.json()["identificatie"] == "eigen-123"
    assert generated.json()["identificatie"] == "BESLUIT-2024-0000000002"


def test_each_write_notifies_and_is_audited(client, besluittype):
    created = client.post(BESLUITEN, body(besluittype), format="json", HTTP_X_AUDIT_TOELICHTING="aanvraag")
    besluit_url = created.json()["url"]
    assert client.patch(besluit_url, {"toelichting": "Toegelicht"}, format="json").status_code == 200
    assert client.put(besluit_url, {**body(besluittype), "bestuursorgaan": "Raad"}, format="json").status_code == 200

    notifications = list(Notification.objects.order_by("pk"))
    assert [n.actie for n in notifications] == ["create", "partial_update", "update"]
    for notification in notifications:
        assert notification.kanaal == "besluiten"
        assert notification.hoofd_object == notification.resource_url == besluit_url
        assert notification.resource == "besluit"
        assert notification.kenmerken == {"verantwoordelijke_organisatie": RSIN, "besluittype": url(besluittype)}

    trail = client.get(f"{besluit_url}/audittrail")
    assert trail.status_code == 200
    entries = trail.json()
    assert [entry["actie"] for entry in entries] == ["create", "partial_update", "update"]
    assert all(entry["bron"] == "brc" and entry["hoofdObject"] == besluit_url for entry in entries)
    assert entries[0]["toelichting"] == "aanvraag"
    assert entries[1]["wijzigingen"]["oud"]["toelichting"] == ""
    assert entries[1]["wijzigingen"]["nieuw"]["toelichting"] == "Toegelicht"
    one = client.get(f"{besluit_url}/audittrail/{entries[0]['uuid']}")
    assert one.status_code == 200 and one.json() == entries[0]


def test_delete_takes_the_audit_trail_along_brc_009(client, besluittype):
    besluit_url = client.post(BESLUITEN, body(besluittype), format="json").json()["url"]
    assert AuditTrail.objects.exists()

    response = client.delete(besluit_url)

    assert response.status_code == 204
    assert not Besluit.objects.exists()
    assert not AuditTrail.objects.exists()
    assert Notification.objects.order_by("pk").last().actie == "destroy"
    assert client.get(besluit_url).status_code == 404


def test_update_and_partial_update(client, besluittype):
    besluit = BesluitFactory(besluittype=besluittype, toelichting="oud")
    full = {
        **body(besluittype, identificatie=besluit.identificatie),
        "toelichting": "nieuw",
        "vervaldatum": "2025-01-01",
        "vervalreden": "ingetrokken_overheid",
    }

    put = client.put(url(besluit), full, format="json")
    assert put.status_code == 200, put.content
    assert put.json()["vervalredenWeergave"] == "Besluit ingetrokken door overheid"

    patch = client.patch(url(besluit), {"vervaldatum": None, "vervalreden": ""}, format="json")
    assert patch.status_code == 200, patch.content
    besluit.refresh_from_db()
    assert (besluit.toelichting, besluit.vervaldatum, besluit.vervalreden) == ("nieuw", None, "")
    # a PUT without identificatie keeps it
    without = {key: value for key, value in full.items() if key != "identificatie"}
    assert client.put(url(besluit), without, format="json").json()["identificatie"] == besluit.identificatie


def test_etag_and_head(client, besluittype):
    besluit = BesluitFactory(besluittype=besluittype)
    response = client.get(url(besluit))
    etag = response["ETag"]
    head = client.head(url(besluit))
    assert head.status_code == 200 and head["ETag"] == etag and not head.content
    assert client.get(url(besluit), HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.head(url(besluit), HTTP_IF_NONE_MATCH=f'"x", {etag}').status_code == 304
    client.patch(url(besluit), {"toelichting": "anders"}, format="json")
    assert client.get(url(besluit), HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_list_filters(client, besluittype):
    eerste = BesluitFactory(besluittype=besluittype, identificatie="B-1")
    tweede = BesluitFactory(besluittype=besluittype, identificatie="B-2", verantwoordelijke_organisatie="002564440")
    anders = BesluitFactory(identificatie="B-3")  # a besluittype the client may not read

    def found(**params):
        response = client.get(BESLUITEN, params)
        assert response.status_code == 200, response.content
        return {item["identificatie"] for item in response.json()["results"]}

    assert found() == {"B-1", "B-2"}
    assert found(identificatie="B-1") == {"B-1"}
    assert found(verantwoordelijkeOrganisatie="002564440") == {"B-2"}
    assert found(besluittype=url(besluittype)) == {"B-1", "B-2"}
    assert found(besluittype=url(anders.besluittype)) == set()
    assert eerste and tweede
    bad = client.get(BESLUITEN, {"besluittype": "geen-url"})
    assert bad.status_code == 400
    assert client.get(BESLUITEN, {"onbekend": "1"}).json()["invalidParams"][0]["code"] == "unknown-parameters"


def test_list_is_newest_first_and_paginated(client, besluittype, settings):
    settings.PAGE_SIZE = 2
    made = [BesluitFactory(besluittype=besluittype) for _ in range(3)]
    first = client.get(BESLUITEN).json()
    assert first["count"] == 3
    assert [item["url"] for item in first["results"]] == [url(made[2]), url(made[1])]
    assert client.get(first["next"]).json()["results"][0]["url"] == url(made[0])


@pytest.mark.parametrize("expand", [None, "besluittype", "besluittype,zaak.zaaktype"])
def test_list_costs_a_fixed_number_of_queries(api_client, besluittype, django_assert_max_num_queries, expand):
    """The same queries at one row as at a full page (the besluittype's and zaak's uuids
    on the page query): without expand the request's savepoint, count, page and release;
    with it, a fixed number per expanded name and level."""
    params = {"pageSize": 20, **({"expand": expand} if expand else {})}
    client = api_client(heeft_alle_autorisaties=True)  # reads the zaken too
    BesluitFactory(besluittype=besluittype, met_zaak=True)
    client.get(BESLUITEN)  # caches the client's autorisaties
    with CaptureQueriesContext(connection) as one:
        assert len(client.get(BESLUITEN, params).json()["results"]) == 1
    assert len(one) == 4 or expand
    for index in range(20):
        BesluitFactory(besluittype=besluittype, vervallen=True, met_zaak=bool(index % 2))
    with django_assert_max_num_queries(len(one)):
        results = client.get(BESLUITEN, params).json()["results"]
    assert len(results) == 20  # a full page
    if expand and "zaak" in expand:
        assert sum(1 for item in results if item["_expand"]["zaak"]) == 10


def test_writes_need_their_scope_for_the_besluittype(api_client, besluittype):
    other = BesluitTypeFactory(concept=False)
    lezer = besluiten_client(api_client, besluittype, scopes=[SCOPE_BESLUITEN_LEZEN])
    besluit = BesluitFactory(besluittype=besluittype)

    assert lezer.post(BESLUITEN, body(besluittype), format="json").status_code == 403
    assert lezer.patch(url(besluit), {"toelichting": "x"}, format="json").status_code == 403
    assert lezer.delete(url(besluit)).status_code == 403

    schrijver = besluiten_client(api_client, besluittype)
    assert schrijver.post(BESLUITEN, body(other), format="json").status_code == 403
    assert not Besluit.objects.filter(besluittype=other).exists()
    assert not Notification.objects.exists() and not AuditTrail.objects.exists()
