"""Project-level behaviour: pagination, health endpoints, the schemas (served, documented
with local assets, and committed fresh), and migrations that match the models."""

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from openzaak.components.autorisaties.models import Applicatie
from openzaak.zgw.scopes import SCOPE_AUTORISATIES_LEZEN

URL = "/autorisaties/api/v1/applicaties"


@pytest.mark.django_db
def test_pagination(api_client, settings, django_assert_max_num_queries):
    settings.PAGE_SIZE, settings.MAX_PAGE_SIZE = 2, 3
    Applicatie.objects.bulk_create(Applicatie(label=f"A{i}", heeft_alle_autorisaties=True) for i in range(4))
    client = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN])  # the fifth applicatie
    client.get(URL)  # resolve and cache the client's autorisaties
    with django_assert_max_num_queries(6):
        first = client.get(URL).json()
    assert first["count"] == 5 and len(first["results"]) == 2
    assert first["previous"] is None and first["next"].endswith("?page=2")
    last = client.get(URL, {"page": 3}).json()
    assert len(last["results"]) == 1 and last["next"] is None
    assert len(client.get(URL, {"pageSize": 100}).json()["results"]) == 3  # capped at MAX_PAGE_SIZE
    assert client.get(URL, {"page": 9}).status_code == 404


@pytest.mark.django_db
def test_list_query_count_does_not_grow_with_page_size(api_client, django_assert_max_num_queries):
    client = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN])
    client.get(URL)  # warm the client cache
    with django_assert_max_num_queries(6):
        assert len(client.get(URL).json()["results"]) == 1
    for i in range(60):
        applicatie = Applicatie.objects.create(label=f"A{i}", client_ids=[f"c{i}"])
        applicatie.autorisaties.create(component="ac", scopes=["autorisaties.lezen"])
    with django_assert_max_num_queries(6):
        assert len(client.get(URL).json()["results"]) == 61


@pytest.mark.django_db
def test_health():
    assert APIClient().get("/health/live").json() == {"status": "ok"}
    ready = APIClient().get("/health/ready")
    assert ready.status_code == 200 and ready.json() == {"status": "ok", "database": "ok", "broker": "ok"}


@pytest.mark.django_db
def test_readiness_reports_a_broker_outage(settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    ready = APIClient().get("/health/ready")
    assert ready.status_code == 503 and ready.json()["broker"].startswith("error")


@pytest.mark.django_db
def test_schema_served_and_documented_without_cdn():
    schema = APIClient().get("/autorisaties/api/v1/schema/openapi.yaml")
    assert schema.status_code == 200 and b"/applicaties/consumer" in schema.content
    docs = APIClient().get("/autorisaties/api/v1/schema")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "/static/drf_spectacular_sidecar/" in html and "cdn" not in html.lower()


@pytest.mark.django_db
def test_committed_schemas_are_fresh():
    call_command("generate_schema", "--check")


@pytest.mark.django_db
def test_no_missing_migrations():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
