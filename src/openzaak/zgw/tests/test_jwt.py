"""JWT authentication as the ZGW standard describes it, each failure with its status and
problem+json body — and no secret ever in a response or a log line."""

import logging
import time

import jwt as pyjwt
import pytest
from rest_framework.test import APIClient

from openzaak.zgw.auth.jwt import encode
from openzaak.zgw.models import ClientCredential
from openzaak.zgw.scopes import SCOPE_AUTORISATIES_LEZEN

pytestmark = pytest.mark.django_db

URL = "/autorisaties/api/v1/applicaties"
SECRET = "a-secret-that-is-long-enough-for-hs256"


@pytest.fixture
def reader(api_client):
    return api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN], secret=SECRET)


def call(token, header=None):
    client = APIClient()
    return client.get(URL, HTTP_AUTHORIZATION=header if header is not None else f"Bearer {token}")


def assert_refused(response, code, status=401):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == code
    assert body["status"] == status
    if status == 401:
        assert response["WWW-Authenticate"].startswith("Bearer")
    assert SECRET not in response.content.decode()


def claims(reader, **overrides):
    payload = {
        "iss": reader.client_id,
        "client_id": reader.client_id,
        "iat": int(time.time()),
        "user_id": "u",
        "user_representation": "U",
    }
    payload.update(overrides)
    return {key: value for key, value in payload.items() if value is not None}


def test_valid_token(reader):
    assert reader.get(URL).status_code == 200


def test_missing_header():
    response = APIClient().get(URL)
    assert_refused(response, "not_authenticated")


@pytest.mark.parametrize("header", ["Token abc", "Bearer", "Bearer not.a.jwt", "Bearer ???"])
def test_malformed_header_or_token(header):
    assert_refused(call(None, header=header), "jwt-decode-error")


def test_algorithm_none_is_refused(reader):
    token = pyjwt.encode(claims(reader), None, algorithm="none")
    assert_refused(call(token), "jwt-invalid-algorithm")


def test_other_algorithm_is_refused(reader):
    token = pyjwt.encode(claims(reader), SECRET, algorithm="HS512")
    assert_refused(call(token), "jwt-invalid-algorithm")


def test_bad_signature(reader):
    token = pyjwt.encode(claims(reader), "another-secret-that-is-long-enough!!", algorithm="HS256")
    assert_refused(call(token), "jwt-invalid-signature")


def test_unknown_client(reader):
    token = pyjwt.encode(claims(reader, client_id="nobody", iss="nobody"), SECRET, algorithm="HS256")
    assert_refused(call(token), "unknown-client")


@pytest.mark.parametrize("claim", ["user_id", "user_representation"])
def test_user_claims_that_cannot_be_stored_are_refused(reader, claim):
    """The audit trail records them: a NUL is a 401, not a 500 at the write."""
    token = pyjwt.encode(claims(reader, **{claim: "a\x00b"}), SECRET, algorithm="HS256")
    assert_refused(call(token), "jwt-decode-error")


def test_missing_client_identifier(reader):
    token = pyjwt.encode(claims(reader, client_id=None, iss=None), SECRET, algorithm="HS256")
    assert_refused(call(token), "missing-client-identifier")


def test_iss_alone_names_the_client(reader):
    token = pyjwt.encode(claims(reader, client_id=None), SECRET, algorithm="HS256")
    assert call(token).status_code == 200


def test_missing_iat(reader):
    token = pyjwt.encode(claims(reader, iat=None), SECRET, algorithm="HS256")
    assert_refused(call(token), "jwt-missing-iat")


def test_iat_older_than_expiry(reader, settings):
    settings.JWT_EXPIRY, settings.JWT_LEEWAY = 60, 5
    assert call(pyjwt.encode(claims(reader, iat=int(time.time()) - 62), SECRET, "HS256")).status_code == 200
    token = pyjwt.encode(claims(reader, iat=int(time.time()) - 70), SECRET, algorithm="HS256")
    assert_refused(call(token), "jwt-expired")


def test_iat_in_the_future(reader, settings):
    settings.JWT_LEEWAY = 5
    token = pyjwt.encode(claims(reader, iat=int(time.time()) + 600), SECRET, algorithm="HS256")
    assert_refused(call(token), "jwt-immature")


def test_exp_in_the_past(reader):
    token = pyjwt.encode(claims(reader, exp=int(time.time()) - 60), SECRET, algorithm="HS256")
    assert_refused(call(token), "jwt-expired")


def test_nbf_in_the_future(reader):
    token = pyjwt.encode(claims(reader, nbf=int(time.time()) + 600), SECRET, algorithm="HS256")
    assert_refused(call(token), "jwt-immature")


def test_valid_credentials_without_applicatie_are_forbidden():
    ClientCredential.objects.create(client_id="orphan", secret=SECRET)
    response = call(encode("orphan", SECRET))
    assert_refused(response, "permission_denied", status=403)


def test_secret_never_logged(reader, caplog):
    caplog.set_level(logging.DEBUG)
    call(pyjwt.encode(claims(reader), "wrong-secret-that-is-long-enough!!!", algorithm="HS256"))
    call(encode(reader.client_id, SECRET))
    assert SECRET not in caplog.text
    assert SECRET not in repr(ClientCredential.objects.get(client_id=reader.client_id))
