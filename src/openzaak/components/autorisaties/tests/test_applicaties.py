"""The Autorisaties API through HTTP, with real JWTs: CRUD, consumer, filters and the
standard's rules ac-001 … ac-003."""

import pytest

from openzaak.components.catalogi.tests.factories import (
    BesluitTypeFactory,
    InformatieObjectTypeFactory,
    ZaakTypeFactory,
)
from openzaak.zgw.auth.client import get_client
from openzaak.zgw.models import Notification
from openzaak.zgw.scopes import SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUTORISATIES_LEZEN

from ..models import Applicatie

pytestmark = pytest.mark.django_db

LIST_URL = "/autorisaties/api/v1/applicaties"
CATALOGI = "http://testserver/catalogi/api/v1"
ZAAKTYPE = "{zaaktype}"  # placeholder in module-level data: the URL of a real zaaktype of the test


@pytest.fixture
def types():
    """URLs of a real zaaktype, informatieobjecttype and besluittype."""
    return {
        "zaaktype": f"{CATALOGI}/zaaktypen/{ZaakTypeFactory().uuid}",
        "informatieobjecttype": f"{CATALOGI}/informatieobjecttypen/{InformatieObjectTypeFactory().uuid}",
        "besluittype": f"{CATALOGI}/besluittypen/{BesluitTypeFactory().uuid}",
    }


def with_types(data, types):
    """`data` with the type placeholders replaced by the URLs of real types."""
    if isinstance(data, dict):
        return {key: with_types(value, types) for key, value in data.items()}
    if isinstance(data, list):
        return [with_types(item, types) for item in data]
    return data.format(**types) if isinstance(data, str) else data


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


def test_create_read_update_delete(beheerder, types):
    response = beheerder.post(
        LIST_URL,
        {
            "clientIds": ["mor"],
            "label": "Melding Openbare Ruimte",
            "autorisaties": [with_types(zrc_autorisatie(), types)],
        },
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
            "zaaktype": types["zaaktype"],
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


def test_ac_002_all_or_list(beheerder, types):
    both = {
        "clientIds": ["a"],
        "label": "A",
        "heeftAlleAutorisaties": True,
        "autorisaties": [with_types(zrc_autorisatie(), types)],
    }
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
            {"component": "drc", "scopes": ["documenten.lezen"], "informatieobjecttype": "{informatieobjecttype}"},
            "autorisaties.0.maxVertrouwelijkheidaanduiding",
        ),
        ({"component": "brc", "scopes": ["besluiten.lezen"]}, "autorisaties.0.besluittype"),
    ],
)
def test_ac_003_required_fields_per_component(beheerder, types, autorisatie, field):
    response = beheerder.post(
        LIST_URL, {"clientIds": ["a"], "label": "A", "autorisaties": [with_types(autorisatie, types)]}, format="json"
    )
    assert invalid(response, field) == {"required"}


def test_ac_003_not_needed_without_resource_scopes(beheerder):
    response = beheerder.post(
        LIST_URL,
        {"clientIds": ["a"], "label": "A", "autorisaties": [{"component": "zrc", "scopes": ["audittrails.lezen"]}]},
        format="json",
    )
    assert response.status_code == 201, response.content


def test_scope_labels_are_free(beheerder):
    """Scopes are labels of 1–100 characters: labels of other components or of other
    providers are kept (they grant nothing here); ac-003 still keys on zaken.* scopes."""
    autorisaties = [
        {"component": "ac", "scopes": ["zaken.lezen"]},
        {"component": "nrc", "scopes": ["notificaties.publiceren", "x-leverancier.eigen-scope"]},
        {
            "component": "zrc",
            "scopes": ["notificaties.publiceren"],
        },
    ]
    response = beheerder.post(LIST_URL, {"clientIds": ["a"], "label": "A", "autorisaties": autorisaties}, format="json")
    assert response.status_code == 201, response.content
    assert [a["scopes"] for a in response.json()["autorisaties"]] == [a["scopes"] for a in autorisaties]

    response = beheerder.post(
        LIST_URL,
        {"clientIds": ["b"], "label": "B", "autorisaties": [{"component": "zrc", "scopes": ["zaken.lezen"]}]},
        format="json",
    )
    assert invalid(response, "autorisaties.0.zaaktype") == {"required"}
    for scopes in ([""], ["x" * 101]):
        response = beheerder.post(
            LIST_URL,
            {"clientIds": ["c"], "label": "C", "autorisaties": [{"component": "ac", "scopes": scopes}]},
            format="json",
        )
        assert response.status_code == 400


def test_failed_write_changes_nothing(beheerder):
    response = beheerder.post(LIST_URL, {"clientIds": ["a"], "label": "A", "autorisaties": []}, format="json")
    assert response.status_code == 400
    assert not Applicatie.objects.filter(client_ids__contains=["a"]).exists()
    assert not Notification.objects.exists()


# The types are foreign keys to the Catalogi API's types, shown and accepted as URLs.


def test_each_component_names_its_own_kind_of_type(beheerder, types):
    autorisaties = [
        {
            "component": "zrc",
            "scopes": ["zaken.lezen"],
            "zaaktype": types["zaaktype"],
            "maxVertrouwelijkheidaanduiding": "geheim",
        },
        {
            "component": "drc",
            "scopes": ["documenten.lezen"],
            "informatieobjecttype": types["informatieobjecttype"],
            "maxVertrouwelijkheidaanduiding": "openbaar",
        },
        {"component": "brc", "scopes": ["besluiten.lezen"], "besluittype": types["besluittype"]},
    ]
    response = beheerder.post(LIST_URL, {"clientIds": ["a"], "label": "A", "autorisaties": autorisaties}, format="json")

    assert response.status_code == 201, response.content
    shown = response.json()["autorisaties"]
    assert [(item["zaaktype"], item["informatieobjecttype"], item["besluittype"]) for item in shown] == [
        (types["zaaktype"], "", ""),
        ("", types["informatieobjecttype"], ""),
        ("", "", types["besluittype"]),
    ]
    stored = Applicatie.objects.get(client_ids=["a"]).autorisaties.order_by("pk")
    assert [str(autorisatie.type.uuid) for autorisatie in stored] == [url.rsplit("/", 1)[1] for url in types.values()]
    assert beheerder.get(response.json()["url"]).json()["autorisaties"] == shown


@pytest.mark.parametrize(
    "zaaktype,code",
    [
        ("{zaaktype}x", "bad-url"),
        ("niet-een-url", "bad-url"),
        (f"{CATALOGI}/zaaktypen", "invalid-resource"),
        ("{informatieobjecttype}", "invalid-resource"),
        (f"{CATALOGI}/zaaktypen/0b5a1c3e-1111-4a1b-9c1d-2e3f4a5b6c7d", "does_not_exist"),
        (42, "bad-url"),
    ],
)
def test_a_type_url_must_name_a_type_of_this_installation(beheerder, types, zaaktype, code):
    autorisatie = with_types(zrc_autorisatie(zaaktype=zaaktype), types)
    response = beheerder.post(
        LIST_URL, {"clientIds": ["a"], "label": "A", "autorisaties": [autorisatie]}, format="json"
    )
    assert invalid(response, "autorisaties.0.zaaktype") == {code}


def test_no_type_may_be_given_as_null_or_empty(beheerder):
    autorisaties = [
        {"component": "zrc", "scopes": ["audittrails.lezen"], "zaaktype": None},
        {"component": "ac", "scopes": ["autorisaties.lezen"], "besluittype": ""},
    ]
    response = beheerder.post(LIST_URL, {"clientIds": ["a"], "label": "A", "autorisaties": autorisaties}, format="json")
    assert response.status_code == 201, response.content
    assert {item["zaaktype"] for item in response.json()["autorisaties"]} == {""}


def test_a_type_of_the_wrong_component_must_be_empty(beheerder, types):
    autorisatie = {
        "component": "brc",
        "scopes": ["besluiten.lezen"],
        "besluittype": types["besluittype"],
        "zaaktype": types["zaaktype"],
    }
    response = beheerder.post(
        LIST_URL, {"clientIds": ["a"], "label": "A", "autorisaties": [autorisatie]}, format="json"
    )
    assert invalid(response, "autorisaties.0.zaaktype") == {"must-be-empty"}


def test_the_grant_names_the_type_and_follows_its_deletion(api_client):
    zaaktype = ZaakTypeFactory()
    client = api_client(
        component="zrc", scopes=["zaken.lezen"], zaaktype=zaaktype, max_vertrouwelijkheidaanduiding="openbaar"
    )
    [grant] = get_client(client.client_id).grants
    assert grant.type_id == zaaktype.pk

    zaaktype.delete()  # an autorisatie for a type that is gone could grant nothing: it goes too

    assert not client.applicatie.autorisaties.exists()
    assert get_client(client.client_id).grants == ()


def test_list_query_count_with_types_does_not_grow(beheerder, django_assert_max_num_queries):
    def add(count):
        for _ in range(count):
            applicatie = Applicatie.objects.create(client_ids=[f"c-{Applicatie.objects.count()}"], label="A")
            applicatie.autorisaties.create(component="zrc", scopes=["zaken.lezen"], zaaktype=ZaakTypeFactory())
            applicatie.autorisaties.create(
                component="drc", scopes=["documenten.lezen"], informatieobjecttype=InformatieObjectTypeFactory()
            )
            applicatie.autorisaties.create(
                component="brc", scopes=["besluiten.lezen"], besluittype=BesluitTypeFactory()
            )

    beheerder.get(LIST_URL)  # caches the client's autorisaties
    # the JWT's client, savepoints, count, page, autorisaties with their types
    bound = 1 + 2 + 1 + 1 + 1
    add(1)
    with django_assert_max_num_queries(bound):
        beheerder.get(LIST_URL)
    add(40)
    with django_assert_max_num_queries(bound):
        results = beheerder.get(LIST_URL, {"pageSize": 100}).json()["results"]
    assert sum(1 for item in results for autorisatie in item["autorisaties"] if autorisatie["besluittype"]) == 41


def test_a_client_cannot_delete_the_applicatie_it_authenticates_with(api_client):
    """Its JWT would stop working at once, and with it any way back through the API."""
    client = api_client(heeft_alle_autorisaties=True)
    url = f"http://testserver/autorisaties/api/v1/applicaties/{client.applicatie.uuid}"

    response = client.delete(url)

    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert [(p["name"], p["code"]) for p in response.json()["invalidParams"]] == [("nonFieldErrors", "own-applicatie")]
    assert client.get(url).status_code == 200  # still there, and the client still works
    assert api_client(heeft_alle_autorisaties=True).delete(url).status_code == 204  # another client may
