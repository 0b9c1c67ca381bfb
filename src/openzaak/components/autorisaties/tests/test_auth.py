"""The scope matrix of the Autorisaties API: every action against every kind of client."""

import pytest
from rest_framework.test import APIClient

from openzaak.zgw.scopes import SCOPE_AUDITTRAILS_LEZEN, SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUTORISATIES_LEZEN

from ..models import Applicatie

pytestmark = pytest.mark.django_db

LEZEN, BIJWERKEN = SCOPE_AUTORISATIES_LEZEN, SCOPE_AUTORISATIES_BIJWERKEN
CLIENTS = {
    "anonymous": None,
    "no autorisaties on ac": {"component": "zrc", "scopes": [SCOPE_AUDITTRAILS_LEZEN]},
    "lezen": {"component": "ac", "scopes": [LEZEN]},
    "bijwerken": {"component": "ac", "scopes": [BIJWERKEN]},
    "lezen+bijwerken": {"component": "ac", "scopes": [LEZEN, BIJWERKEN]},
    "heeft alle autorisaties": {"heeft_alle_autorisaties": True},
}
# action -> the scope it needs
ACTIONS = {
    "list": LEZEN,
    "retrieve": LEZEN,
    "consumer": LEZEN,
    "create": BIJWERKEN,
    "update": BIJWERKEN,
    "partial_update": BIJWERKEN,
    "destroy": BIJWERKEN,
}
SUCCESS = {
    "list": 200,
    "retrieve": 200,
    "consumer": 200,
    "create": 201,
    "update": 200,
    "partial_update": 200,
    "destroy": 204,
}


def perform(client, action, applicatie):
    url = "/autorisaties/api/v1/applicaties"
    detail = f"{url}/{applicatie.uuid}"
    body = {"clientIds": ["new-client"], "label": "Nieuw", "heeftAlleAutorisaties": True}
    return {
        "list": lambda: client.get(url),
        "retrieve": lambda: client.get(detail),
        "consumer": lambda: client.get(f"{url}/consumer", {"clientId": "target"}),
        "create": lambda: client.post(url, body, format="json"),
        "update": lambda: client.put(detail, {**body, "clientIds": ["target"]}, format="json"),
        "partial_update": lambda: client.patch(detail, {"label": "Anders"}, format="json"),
        "destroy": lambda: client.delete(detail),
    }[action]()


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("kind", CLIENTS)
def test_scope_matrix(api_client, kind, action):
    applicatie = Applicatie.objects.create(client_ids=["target"], label="Doel", heeft_alle_autorisaties=True)
    spec = CLIENTS[kind]
    client = APIClient() if spec is None else api_client(**spec)

    response = perform(client, action, applicatie)

    if spec is None:
        expected = 401
    elif spec.get("heeft_alle_autorisaties") or (spec["component"] == "ac" and ACTIONS[action] in spec["scopes"]):
        expected = SUCCESS[action]
    else:
        expected = 403
    assert response.status_code == expected, response.content
