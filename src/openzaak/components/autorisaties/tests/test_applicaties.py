"""The Autorisaties API through HTTP, with real JWTs: CRUD, consumer, filters and the
standard's rules ac-001 … ac-003."""

import pytest

from openzaak.zgw.models import Notification
from openzaak.zgw.scopes import SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUTORISATIES_LEZEN

from ..models import Applicatie

pytestmark = pytest.mark.django_db

LIST_URL = "/autorisaties/api/v1/applicaties"
ZAAKTYPE = "http://testserver/catalogi/api/v1/zaaktypen/0b5a1c3e-1111-4a1b-9c1d-2e3f4a5b6c7d"


@pytest.fixture
def beheerder(api_client):
    return api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN, SCOPE_AUTORISATIES_BIJWERKEN])


def invalid(response, name):
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    return {param["code"] for param in response.json()["invalidParams"] if param["name"] == name}


def zrc_autorisatie(**overrides):
    return {
        "component": "zrc",
        "scopes": ["zaken.lezen"],
        "zaaktype": ZAAKTYPE,
        "maxVertrouwelijkheidaanduiding": "openbaar",
        **overrides,
    }


def test_create_read_update_delete(beheerder):
    response = beheerder.post(
        LIST_URL,
        {"clientIds": ["mor"], "label": "Melding Openbare Ruimte", "autorisaties": [zrc_autorisatie()]},
        format="json",
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["url"].startswith("http://testserver/autorisaties/api/v1/applicaties/")
    assert body["autorisaties"] == [
        {
            "component": "zrc",
            "componentWeergave": "Zaken API",
            "scopes": ["zaken.lezen"],
            "zaaktype": ZAAKTYPE,
            "informatieobjecttype": "",
            "besluittype": "",
            "maxVertrouwelijkheidaanduiding": "openbaar",
        }
    ]
    assert response["API-version"] == "1.1.0"

    detail = beheerder.get(body["url"])
    assert detail.status_code == 200 and detail.json() == body

    response = beheerder.patch(body["url"], {"label": "MOR"}, format="json")
    assert response.status_code == 200 and response.json()["label"] == "MOR"
    assert response.json()["autorisaties"] == body["autorisaties"]

    response = beheerder.put(
        body["url"],
        {"clientIds": ["mor", "mor-2"], "label": "MOR", "heeftAlleAutorisaties": True, "autorisaties": []},
        format="json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["autorisaties"] == []

    assert beheerder.delete(body["url"]).status_code == 204
    assert beheerder.get(body["url"]).status_code == 404
    assert list(Notification.objects.values_list("actie", flat=True).order_by("pk")) == [
        "create",
        "partial_update",
        "update",
        "destroy",
    ]
    assert set(Notification.objects.values_list("kanaal", flat=True)) == {"autorisaties"}


def test_list_filter_on_client_ids(beheerder):
    Applicatie.objects.create(client_ids=["a", "b"], label="A", heeft_alle_autorisaties=True)
    Applicatie.objects.create(client_ids=["c"], label="C", heeft_alle_autorisaties=True)

    response = beheerder.get(LIST_URL, {"clientIds": "b,c"})
    assert response.status_code == 200
    assert sorted(item["label"] for item in response.json()["results"]) == ["A", "C"]

    response = beheerder.get(LIST_URL, {"clientIds": "a"})
    assert [item["label"] for item in response.json()["results"]] == ["A"]


def test_unknown_query_parameter_is_rejected(beheerder):
    assert invalid(beheerder.get(LIST_URL, {"clientId": "a"}), "clientId") == {"unknown-parameters"}


def test_consumer(beheerder):
    applicatie = Applicatie.objects.create(client_ids=["x", "y"], label="XY", heeft_alle_autorisaties=True)

    response = beheerder.get(f"{LIST_URL}/consumer", {"clientId": "y"})
    assert response.status_code == 200
    [body] = response.json()
    assert body["url"].endswith(str(applicatie.uuid))

    assert beheerder.get(f"{LIST_URL}/consumer", {"clientId": "z"}).status_code == 404
    assert invalid(beheerder.get(f"{LIST_URL}/consumer"), "clientId") == {"required"}


def test_ac_001_client_ids_are_unique(beheerder):
    Applicatie.objects.create(client_ids=["taken"], label="A", heeft_alle_autorisaties=True)
    response = beheerder.post(
        LIST_URL, {"clientIds": ["new", "taken"], "label": "B", "heeftAlleAutorisaties": True}, format="json"
    )
    assert invalid(response, "clientIds") == {"clientId-exists"}

    response = beheerder.post(
        LIST_URL, {"clientIds": ["dup", "dup"], "label": "B", "heeftAlleAutorisaties": True}, format="json"
    )
    assert invalid(response, "clientIds") == {"clientId-exists"}


def test_ac_001_update_may_keep_own_client_ids(beheerder):
    applicatie = Applicatie.objects.create(client_ids=["mine"], label="A", heeft_alle_autorisaties=True)
    url = f"{LIST_URL}/{applicatie.uuid}"
    response = beheerder.patch(url, {"clientIds": ["mine", "also-mine"]}, format="json")
    assert response.status_code == 200, response.content


def test_ac_002_all_or_list(beheerder):
    both = {"clientIds": ["a"], "label": "A", "heeftAlleAutorisaties": True, "autorisaties": [zrc_autorisatie()]}
    assert invalid(beheerder.post(LIST_URL, both, format="json"), "nonFieldErrors") == {
        "ambiguous-authorizations-specified"
    }
    neither = {"clientIds": ["a"], "label": "A", "autorisaties": []}
    assert invalid(beheerder.post(LIST_URL, neither, format="json"), "nonFieldErrors") == {"missing-authorizations"}


@pytest.mark.parametrize(
    "autorisatie,field",
    [
        (zrc_autorisatie(zaaktype=""), "autorisaties.0.zaaktype"),
        (zrc_autorisatie(maxVertrouwelijkheidaanduiding=""), "autorisaties.0.maxVertrouwelijkheidaanduiding"),
        (
            {"component": "drc", "scopes": ["documenten.lezen"], "maxVertrouwelijkheidaanduiding": "geheim"},
            "autorisaties.0.informatieobjecttype",
        ),
        (
            {"component": "drc", "scopes": ["documenten.lezen"], "informatieobjecttype": ZAAKTYPE},
            "autorisaties.0.maxVertrouwelijkheidaanduiding",
        ),
        ({"component": "brc", "scopes": ["besluiten.lezen"]}, "autorisaties.0.besluittype"),
    ],
)
def test_ac_003_required_fields_per_component(beheerder, autorisatie, field):
    response = beheerder.post(
        LIST_URL, {"clientIds": ["a"], "label": "A", "autorisaties": [autorisatie]}, format="json"
    )
    assert invalid(response, field) == {"required"}


def test_ac_003_not_needed_without_resource_scopes(beheerder):
    response = beheerder.post(
        LIST_URL,
        {"clientIds": ["a"], "label": "A", "autorisaties": [{"component": "zrc", "scopes": ["audittrails.lezen"]}]},
        format="json",
    )
    assert response.status_code == 201, response.content


def test_scopes_must_belong_to_the_component(beheerder):
    response = beheerder.post(
        LIST_URL,
        {"clientIds": ["a"], "label": "A", "autorisaties": [{"component": "ac", "scopes": ["zaken.lezen"]}]},
        format="json",
    )
    assert invalid(response, "autorisaties.0.scopes") == {"invalid-scope"}


def test_failed_write_changes_nothing(beheerder):
    response = beheerder.post(LIST_URL, {"clientIds": ["a"], "label": "A", "autorisaties": []}, format="json")
    assert response.status_code == 400
    assert not Applicatie.objects.filter(client_ids__contains=["a"]).exists()
    assert not Notification.objects.exists()
