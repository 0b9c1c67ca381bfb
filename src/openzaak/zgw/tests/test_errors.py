"""Every error class is problem+json with type, code, title, status, detail and instance
(the request id, also in `X-Request-ID`)."""

import pytest
from rest_framework.test import APIClient

from openzaak.zgw.scopes import SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUTORISATIES_LEZEN

pytestmark = [pytest.mark.django_db, pytest.mark.urls("openzaak.zgw.tests.urls")]

URL = "/autorisaties/api/v1/applicaties"


@pytest.fixture
def client(api_client):
    return api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN, SCOPE_AUTORISATIES_BIJWERKEN])


def assert_problem(response, status, code):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert {"type", "code", "title", "status", "detail", "instance"} <= set(body)
    assert body["status"] == status and body["code"] == code
    assert body["title"] and body["detail"]
    assert body["instance"] == f"urn:uuid:{response['X-Request-ID']}"
    return body


def test_400_carries_invalid_params(client):
    body = assert_problem(client.post(URL, {"label": ""}, format="json"), 400, "invalid")
    params = {param["name"]: param["code"] for param in body["invalidParams"]}
    assert params == {"clientIds": "required", "label": "blank"}
    assert all(param["reason"] for param in body["invalidParams"])


def test_401(client):
    assert_problem(APIClient().get(URL), 401, "not_authenticated")


def test_403(api_client):
    reader = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN])
    assert_problem(reader.post(URL, {}, format="json"), 403, "permission_denied")


def test_404_detail(client):
    assert_problem(client.get(f"{URL}/7c6b1f0e-0000-4000-8000-000000000000"), 404, "not_found")


def test_404_unknown_url(client):
    assert_problem(client.get("/autorisaties/api/v1/nothing-here"), 404, "not_found")


def test_405(client):
    assert_problem(client.delete(URL), 405, "method_not_allowed")


def test_406(client):
    assert_problem(client.get(URL, HTTP_ACCEPT="text/html"), 406, "not_acceptable")


def test_415(client):
    assert_problem(client.post(URL, "<xml/>", content_type="application/xml"), 415, "unsupported_media_type")


def test_400_malformed_json(client):
    assert_problem(client.post(URL, "{not json", content_type="application/json"), 400, "parse_error")


def test_500_is_problem_json_and_logged(client, caplog):
    client.raise_request_exception = False
    response = client.get("/test/api/v1/exploding")
    body = assert_problem(response, 500, "error")
    assert "boom" not in response.content.decode()  # internals stay in the log
    [record] = [r for r in caplog.records if r.name == "openzaak.zgw.errors"]
    assert record.request_id == response["X-Request-ID"] and "boom" in caplog.text
    assert body["instance"].endswith(response["X-Request-ID"])
