"""Zaken through HTTP: create, read, update, delete, with every field of the contract,
the notification and audit trail of each write, and the representation of a zaak's
related objects."""

import datetime

import pytest

from openzaak.zgw.models import AuditTrail, Notification

from ..models import Zaak
from .factories import (
    RelevanteZaakRelatieFactory,
    ResultaatFactory,
    RolFactory,
    StatusFactory,
    ZaakEigenschapFactory,
    ZaakFactory,
    ZaakObjectFactory,
)
from .utils import BASE, CRS, RSIN, ZAKEN, url, zaak_body

pytestmark = pytest.mark.django_db


def test_create_read_update_delete(behandelaar, zaaktype):
    response = behandelaar.post(ZAKEN, zaak_body(zaaktype), format="json", **CRS)
    assert response.status_code == 201, response.content
    body = response.json()
    assert response["Location"] == body["url"]
    assert response["Content-Crs"] == "EPSG:4326"
    assert body["identificatie"].startswith(f"ZAAK-{datetime.date.today().year}-")
    assert body["vertrouwelijkheidaanduiding"] == "openbaar"  # zrc-009: from the zaaktype
    assert body["registratiedatum"] == datetime.date.today().isoformat()
    assert body["status"] is None and body["resultaat"] is None
    assert body["opschorting"] == {"indicatie": False, "reden": ""}
    assert body["verlenging"] is None and body["processobject"] is None

    detail = behandelaar.get(body["url"], **CRS)
    assert detail.status_code == 200 and detail.json() == body
    assert detail["API-version"] == "1.7.0"
    assert detail["ETag"]

    response = behandelaar.patch(body["url"], {"omschrijving": "Anders"}, format="json", **CRS)
    assert response.status_code == 200, response.content
    assert response.json()["omschrijving"] == "Anders"

    put = {**zaak_body(zaaktype), "identificatie": body["identificatie"], "toelichting": "Geheel"}
    response = behandelaar.put(body["url"], put, format="json", **CRS)
    assert response.status_code == 200, response.content
    assert response.json()["toelichting"] == "Geheel"

    assert behandelaar.delete(body["url"], **CRS).status_code == 204
    assert not Zaak.objects.exists()
    notifications = list(Notification.objects.filter(kanaal="zaken").order_by("pk"))
    assert [n.actie for n in notifications] == ["create", "partial_update", "update", "destroy"]
    assert notifications[0].kenmerken == {
        "bronorganisatie": RSIN,
        "zaaktype": url(zaaktype),
        "vertrouwelijkheidaanduiding": "openbaar",
    }
    assert notifications[0].hoofd_object == body["url"] == notifications[0].resource_url
    # zrc-023: the audit trail goes with the zaak
    assert not AuditTrail.objects.filter(hoofd_object_uuid=body["uuid"]).exists()


def test_every_field_round_trips(behandelaar, zaaktype, remote_apis):
    kanaal = remote_apis.communicatiekanaal()
    other = remote_apis.zaak()
    local = ZaakFactory(zaaktype=zaaktype)
    data = zaak_body(
        zaaktype,
        identificatie="MIJN-1",
        toelichting="Toelichting",
        registratiedatum="2024-02-28",
        einddatumGepland="2024-06-01",
        uiterlijkeEinddatumAfdoening="2024-07-01",
        publicatiedatum="2024-03-02",
        communicatiekanaal=kanaal,
        productenOfDiensten=["https://example.com/product/123"],
        vertrouwelijkheidaanduiding="vertrouwelijk",
        betalingsindicatie="gedeeltelijk",
        laatsteBetaaldatum="2024-03-01T10:00:00+01:00",
        zaakgeometrie={"type": "Polygon", "coordinates": [[[5.1, 52.0], [5.2, 52.0], [5.2, 52.1], [5.1, 52.0]]]},
        verlenging={"reden": "Advies", "duur": "P14D"},
        opschorting={"indicatie": True, "reden": "Wachten"},
        relevanteAndereZaken=[
            {"url": url(local), "aardRelatie": "vervolg"},
            {"url": other, "aardRelatie": "onderwerp"},
        ],
        kenmerken=[{"kenmerk": "K1", "bron": "Systeem"}],
        archiefnominatie="vernietigen",
        archiefactiedatum="2034-01-01",
        opdrachtgevendeOrganisatie=RSIN,
        processobjectaard="Vergunning",
        startdatumBewaartermijn="2025-01-01",
        processobject={"datumkenmerk": "d", "identificatie": "i", "objecttype": "o", "registratie": "r"},
    )
    response = behandelaar.post(ZAKEN, data, format="json", **CRS)
    assert response.status_code == 201, response.content
    body = response.json()
    for name, value in data.items():
        assert body[name] == value, name
    assert body["betalingsindicatieWeergave"] == "De met de zaak gemoeide kosten zijn gedeeltelijk betaald."
    assert behandelaar.get(body["url"], **CRS).json() == body
    # GET → PUT is a round trip
    response = behandelaar.put(body["url"], body, format="json", **CRS)
    assert response.status_code == 200, response.content
    assert response.json() == body


def test_related_objects_are_shown_by_url(behandelaar, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    deelzaak = ZaakFactory(zaaktype=zaaktype, hoofdzaak=zaak)
    status = StatusFactory(zaak=zaak)
    resultaat = ResultaatFactory(zaak=zaak)
    rol = RolFactory(zaak=zaak)
    eigenschap = ZaakEigenschapFactory(zaak=zaak)
    zaakobject = ZaakObjectFactory(zaak=zaak)
    RelevanteZaakRelatieFactory(zaak=zaak, relevante_zaak=deelzaak)
    body = behandelaar.get(url(zaak), **CRS).json()
    assert body["deelzaken"] == [url(deelzaak)]
    assert body["status"] == f"{BASE}/statussen/{status.uuid}"
    assert body["resultaat"] == f"{BASE}/resultaten/{resultaat.uuid}"
    assert body["rollen"] == [f"{BASE}/rollen/{rol.uuid}"]
    assert body["eigenschappen"] == [url(eigenschap)]
    assert body["zaakobjecten"] == [f"{BASE}/zaakobjecten/{zaakobject.uuid}"]
    assert body["relevanteAndereZaken"] == [{"url": url(deelzaak), "aardRelatie": "vervolg"}]
    assert behandelaar.get(url(deelzaak), **CRS).json()["hoofdzaak"] == url(zaak)


def test_list(behandelaar, zaaktype):
    zaken = ZaakFactory.create_batch(3, zaaktype=zaaktype)
    response = behandelaar.get(ZAKEN, **CRS)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["count"] == 3
    assert [item["url"] for item in body["results"]] == [url(zaak) for zaak in reversed(zaken)]
