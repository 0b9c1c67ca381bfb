"""Issue 8, point 5 and 6: inputs that used to answer 500 are each a 4xx problem+json,
refused once in `zgw` (the JSON parser and `BadInputMiddleware`) before any database
lookup; and every 400 carries `invalidParams`."""

import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openzaak.zgw.parsers import JSONParser, RequestTooLarge
from openzaak.zgw.scopes import (
    SCOPE_AUTORISATIES_LEZEN,
    SCOPE_CATALOGI_LEZEN,
    SCOPE_CATALOGI_SCHRIJVEN,
    SCOPE_NOTIFICATIES_CONSUMEREN,
    SCOPE_NOTIFICATIES_PUBLICEREN,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(api_client):
    return api_client(heeft_alle_autorisaties=True)


def problem(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    return response.json()


def params(response, status=400):
    return {(p["name"], p["code"]) for p in problem(response, status)["invalidParams"]}


def post_raw(client, url, text: str, **extra):
    return client.generic("POST", url, text.encode("utf-8", "surrogatepass"), content_type="application/json", **extra)


NUL = "\\u0000"
SURROGATE = "\\ud800"


@pytest.mark.parametrize(
    ("escape", "code"), [(NUL, "null_characters_not_allowed"), (SURROGATE, "surrogate_characters_not_allowed")]
)
@pytest.mark.parametrize(
    ("url", "body", "name"),
    [
        (
            "/notificaties/api/v1/abonnement",
            '{"callbackUrl": "http://127.0.0.1:9/x", "auth": "x", "kanalen": [{"naam": "zaken%s"}]}',
            "kanalen.0.naam",
        ),
        ("/notificaties/api/v1/notificaties", '{"kanaal": "zaken%s"}', "kanaal"),
        ("/catalogi/api/v1/zaaktypen", '{"besluittypen": ["besluit%s"]}', "besluittypen.0"),
        ("/catalogi/api/v1/zaaktypen", '{"deelzaaktypen": ["Z%s"]}', "deelzaaktypen.0"),
        (
            "/catalogi/api/v1/zaaktypen",
            '{"gerelateerdeZaaktypen": [{"zaaktype": "Z%s", "aardRelatie": "vervolg"}]}',
            "gerelateerdeZaaktypen.0.zaaktype",
        ),
        ("/catalogi/api/v1/zaaktypen", '{"omschrijving": "o", "x%s": 1}', "x\ufffd"),
    ],
)
def test_unstorable_characters_in_any_json_string_are_a_400(client, url, body, name, escape, code):
    post_raw(client, url, "{}")  # the client's autorisaties are cached now
    with CaptureQueriesContext(connection) as queries:
        response = post_raw(client, url, body % escape)

    assert params(response) == {(name, code)}
    # the request's transaction and the JWT's secret; nothing looked the value up
    assert not [q["sql"] for q in queries if "SAVEPOINT" not in q["sql"] and "clientcredential" not in q["sql"]]


@pytest.mark.parametrize(
    "url",
    [
        "/autorisaties/api/v1/applicaties/consumer?clientId=%00",
        "/autorisaties/api/v1/applicaties?clientIds=a%00b",
        "/catalogi/api/v1/zaaktypen?identificatie=%00",
        "/catalogi/api/v1/zaaktypen?%00=1",
    ],
)
def test_a_nul_in_a_query_parameter_is_a_400(client, url):
    assert {code for _, code in params(client.get(url))} == {"null_characters_not_allowed"}


def test_a_body_over_the_limit_is_a_413(client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    body = json.dumps({"kanaal": "x" * 2000})

    assert problem(post_raw(client, "/notificaties/api/v1/notificaties", body), 413)["code"] == "request_too_large"


def test_the_parser_reads_no_more_than_the_limit(settings):
    """Behind the middleware's check of Content-Length: a body that says less than it has."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000

    with pytest.raises(RequestTooLarge):
        JSONParser().parse(io.BytesIO(json.dumps({"kanaal": "x" * 2000}).encode()))


@pytest.mark.parametrize("depth", [33, 100_000])
def test_json_nested_too_deep_is_a_400_parse_error(client, depth):
    body = "[" * depth + "]" * depth

    response = post_raw(client, "/notificaties/api/v1/notificaties", body)

    assert params(response) == {("nonFieldErrors", "parse_error")}


def test_a_parse_error_carries_invalid_params(client):
    assert params(post_raw(client, "/notificaties/api/v1/notificaties", "{")) == {("nonFieldErrors", "parse_error")}
    assert params(post_raw(client, "/notificaties/api/v1/notificaties", '{"a": NaN}')) == {
        ("nonFieldErrors", "parse_error")
    }


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5"])
def test_an_invalid_page_number_is_a_400(api_client, page):
    reader = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN])
    assert params(reader.get(f"/autorisaties/api/v1/applicaties?page={page}")) == {("page", "invalid")}


def test_a_page_past_the_last_is_a_documented_404(api_client):
    reader = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN])
    assert problem(reader.get("/autorisaties/api/v1/applicaties?page=99"), 404)["code"] == "not_found"


def test_scopes_are_untouched_by_the_parser(api_client):
    """The checks run after authentication, not instead of it."""
    reader = api_client(component="ztc", scopes=[SCOPE_CATALOGI_LEZEN])
    assert post_raw(reader, "/catalogi/api/v1/zaaktypen", f'{{"x": "{NUL}"}}').status_code == 403
    writer = api_client(component="ztc", scopes=[SCOPE_CATALOGI_SCHRIJVEN])
    assert post_raw(writer, "/catalogi/api/v1/zaaktypen", f'{{"x": "{NUL}"}}').status_code == 400
    consumer = api_client(component="nrc", scopes=[SCOPE_NOTIFICATIES_CONSUMEREN, SCOPE_NOTIFICATIES_PUBLICEREN])
    assert consumer.get("/notificaties/api/v1/kanaal").status_code == 200


@pytest.mark.parametrize("client_id", ["nul\x00", "surrogaat\ud800"])
def test_an_unstorable_client_id_in_a_jwt_is_a_401(client_id):
    """The client id is read before the signature can be checked (to find the secret)."""
    import jwt as pyjwt
    from rest_framework.test import APIClient

    token = pyjwt.encode({"client_id": client_id, "iat": 0}, "x" * 32, algorithm="HS256")
    response = APIClient().get("/autorisaties/api/v1/applicaties", HTTP_AUTHORIZATION=f"Bearer {token}")

    assert problem(response, 401)["code"] == "unknown-client"
