"""API-version on every response, ETag / If-None-Match on detail GET/HEAD, and the
Accept-Crs / Content-Crs rules of geo endpoints."""

import pytest

from openzaak.components.autorisaties.models import Applicatie
from openzaak.zgw.scopes import SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUTORISATIES_LEZEN

pytestmark = [pytest.mark.django_db, pytest.mark.urls("openzaak.zgw.tests.urls")]


@pytest.fixture
def client(api_client):
    return api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN, SCOPE_AUTORISATIES_BIJWERKEN])


@pytest.fixture
def applicatie():
    return Applicatie.objects.create(client_ids=["x"], label="X", heeft_alle_autorisaties=True)


def test_api_version_on_success_and_error(client):
    assert client.get("/autorisaties/api/v1/applicaties")["API-version"] == "1.1.0"
    assert client.get("/autorisaties/api/v1/applicaties/7c6b1f0e-0000-4000-8000-000000000000")["API-version"] == "1.1.0"


def test_etag_and_conditional_get(client, applicatie):
    url = f"/test/api/v1/audited/{applicatie.uuid}"
    response = client.get(url)
    etag = response["ETag"]
    assert response.status_code == 200 and etag.startswith('"')

    cached = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert cached.status_code == 304 and cached.content == b""
    assert cached["ETag"] == etag and cached["API-version"] == "9.9.9"

    head = client.head(url)
    assert head.status_code == 200 and head["ETag"] == etag
    assert client.head(url, HTTP_IF_NONE_MATCH=f'"other", {etag}').status_code == 304

    client.patch(url, {"label": "Y"}, format="json")
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_crs_headers(client, applicatie):
    url = f"/test/api/v1/geo/{applicatie.uuid}"
    assert client.get(url).status_code == 412
    assert client.get(url).json()["code"] == "missing-accept-crs-header"
    assert client.get(url, HTTP_ACCEPT_CRS="EPSG:28992").status_code == 406
    ok = client.get(url, HTTP_ACCEPT_CRS="EPSG:4326")
    assert ok.status_code == 200 and ok["Content-Crs"] == "EPSG:4326"

    patch = {"label": "Y"}
    assert client.patch(url, patch, format="json", HTTP_ACCEPT_CRS="EPSG:4326").status_code == 412
    response = client.patch(url, patch, format="json", HTTP_ACCEPT_CRS="EPSG:4326", HTTP_CONTENT_CRS="EPSG:28992")
    assert response.status_code == 415
    response = client.patch(url, patch, format="json", HTTP_ACCEPT_CRS="EPSG:4326", HTTP_CONTENT_CRS="EPSG:4326")
    assert response.status_code == 200 and response["Content-Crs"] == "EPSG:4326"
