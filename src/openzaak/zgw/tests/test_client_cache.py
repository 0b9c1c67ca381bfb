"""Client autorisaties are resolved once and cached; any change to an Applicatie takes
effect on the next request; a cache outage costs a query, never a request."""

import pytest
from django.core.cache import cache

from openzaak.components.autorisaties.models import Applicatie, Autorisatie
from openzaak.zgw.auth.client import get_client
from openzaak.zgw.scopes import SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUTORISATIES_LEZEN

pytestmark = pytest.mark.django_db

URL = "/autorisaties/api/v1/applicaties"


def test_resolved_once_then_cached(api_client, django_assert_num_queries):
    client = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN])
    client.get(URL)
    assert cache.get(f"zgw:client:v2:{client.client_id}") is not None
    # count + page (with its autorisaties): no credential or autorisatie queries
    with django_assert_num_queries(4):  # 2 + the request savepoint and its release
        assert client.get(URL).status_code == 200


def test_changes_through_the_api_apply_at_once(api_client):
    admin = api_client(heeft_alle_autorisaties=True)
    client = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN])
    assert client.get(URL).status_code == 200
    url = f"{URL}/{client.applicatie.uuid}"
    response = admin.patch(
        url, {"autorisaties": [{"component": "ac", "scopes": ["autorisaties.bijwerken"]}]}, format="json"
    )
    assert response.status_code == 200
    assert client.get(URL).status_code == 403


def test_removed_client_id_loses_access(api_client):
    admin = api_client(heeft_alle_autorisaties=True)
    client = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN])
    assert client.get(URL).status_code == 200
    admin.patch(f"{URL}/{client.applicatie.uuid}", {"clientIds": ["someone-else"]}, format="json")
    assert client.get(URL).status_code == 403


def test_changes_outside_the_api_apply_too(api_client):
    client = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN])
    assert client.get(URL).status_code == 200
    Autorisatie.objects.filter(applicatie=client.applicatie).update(scopes=["autorisaties.bijwerken"])
    Applicatie.objects.get(pk=client.applicatie.pk).save()  # the admin saves the applicatie
    assert client.get(URL).status_code == 403


def test_cache_outage_is_not_an_outage(api_client, settings):
    client = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN, SCOPE_AUTORISATIES_BIJWERKEN])
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    assert get_client(client.client_id).client_id == client.client_id
    assert client.get(URL).status_code == 200
    response = client.post(URL, {"clientIds": ["c"], "label": "C", "heeftAlleAutorisaties": True}, format="json")
    assert response.status_code == 201
