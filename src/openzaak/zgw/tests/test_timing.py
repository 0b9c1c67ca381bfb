"""Server timing (SERVER_TIMING): off by default; on, each response tells the request's
time in the application, its processor time, and its SQL time and query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openzaak.zgw import timing
from openzaak.zgw.scopes import SCOPE_AUTORISATIES_LEZEN

pytestmark = pytest.mark.django_db

URL = "/autorisaties/api/v1/applicaties"


def test_off_by_default(api_client):
    client = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN])
    assert timing.HEADER not in client.get(URL)


def test_on_it_times_the_request_and_its_queries(api_client, settings):
    settings.MIDDLEWARE = ["openzaak.zgw.timing.ServerTimingMiddleware", *settings.MIDDLEWARE]
    client = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(URL)
    app, cpu, sql, count = timing.parse(response[timing.HEADER])
    assert count == len(queries) > 0
    assert 0 < sql <= app and 0 < cpu


def test_parse_reads_what_header_writes():
    assert timing.parse(timing.header(0.01234, 0.005, 0.0042, 7)) == (12.34, 5.0, 4.2, 7)
    assert timing.parse("") is None
