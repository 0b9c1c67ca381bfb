"""`zgw.expand` through HTTP with real JWTs, on a test-only API over the Catalogi models
(this module is that API's URLconf): dot paths of any depth over forward, reverse,
many-to-many and multi-hop relations, `{}` for an empty reference, the `_zoek` body
field, the 400s for bad paths, a query count that does not grow with the page, hidden
objects staying hidden, and the `<Resource>Expanded` schema."""

import pytest
import yaml
from django.urls import include, path
from rest_framework import mixins, serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from openzaak.components.catalogi.models import Catalogus, Eigenschap, StatusType, ZaakType
from openzaak.components.catalogi.tests.factories import CatalogusFactory, ZaakTypeFactory
from openzaak.zgw.api_urls import generate_schema
from openzaak.zgw.components import Component
from openzaak.zgw.expand import Expand, expansions
from openzaak.zgw.routers import ZGWRouter
from openzaak.zgw.scopes import SCOPE_CATALOGI_LEZEN, SCOPE_ZAKEN_LEZEN
from openzaak.zgw.viewsets import ZGWViewSet

from ...urls import urlpatterns as real_urlpatterns

pytestmark = [pytest.mark.django_db, pytest.mark.urls(__name__)]

COMPONENT = Component(code="ztc", slug="expand-test", version="1.0.0", title="Expand test API")
TYPED_COMPONENT = Component(code="zrc", slug="expand-test", version="1.0.0", title="Expand test API")
LEZEN = {"list": SCOPE_CATALOGI_LEZEN, "retrieve": SCOPE_CATALOGI_LEZEN, "_zoek": SCOPE_CATALOGI_LEZEN}
ROOT = "/expand-test/api/v1"
HERE = __name__


# The test API. Its serializers show uuids, not URLs, and its viewsets do not claim the
# models' URLs (`register_url = False`): those belong to the real Catalogi API.


class CatalogusSerializer(serializers.ModelSerializer):
    class Meta:
        model = Catalogus
        fields = ("uuid", "domein")


class ZaakTypeSerializer(serializers.ModelSerializer):
    class Meta:
        model = ZaakType
        fields = ("uuid", "identificatie")


class StatusTypeSerializer(serializers.ModelSerializer):
    class Meta:
        model = StatusType
        fields = ("uuid", "omschrijving", "volgnummer")


class EigenschapSerializer(serializers.ModelSerializer):
    class Meta:
        model = Eigenschap
        fields = ("uuid", "naam")


class ReadOnlyViewSet(ZGWViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin):
    component = COMPONENT
    required_scopes = LEZEN
    register_url = False


class CatalogusViewSet(ReadOnlyViewSet):
    queryset = Catalogus.objects.order_by("pk")
    serializer_class = CatalogusSerializer
    expand_fields = {"zaaktypen": Expand("zaaktypen", viewset=f"{HERE}.ZaakTypeViewSet")}


def successor_url(request, zaaktype) -> str:
    """Shows a zaaktype's successor (`<identificatie>-NIEUW`) where there is one."""
    successor = ZaakType.objects.filter(identificatie=f"{zaaktype.identificatie}-NIEUW").first() or zaaktype
    return f"http://testserver/elders/{successor.uuid}"


class ZaakTypeViewSet(ReadOnlyViewSet):
    queryset = ZaakType.objects.order_by("identificatie")
    serializer_class = ZaakTypeSerializer
    expand_fields = {
        "catalogus": Expand("catalogus", viewset=CatalogusViewSet),
        "statustypen": Expand("statustypen", viewset=f"{HERE}.StatusTypeViewSet"),
        "deelzaaktypen": Expand("deelzaaktypen", viewset=f"{HERE}.ZaakTypeViewSet"),
        "typedStatustypen": Expand("statustypen", viewset=f"{HERE}.TypedStatusTypeViewSet"),
        "opvolgers": Expand("deelzaaktypen", viewset=f"{HERE}.ZaakTypeViewSet", shown=successor_url),
    }

    @action(detail=False, methods=["post"])
    def _zoek(self, request):
        """A search as the Zaken API has it: `expand` is a field of the body."""
        queryset = self.get_queryset().filter(identificatie__in=request.data.get("identificatie__in", []))
        return Response(self.get_serializer(queryset, many=True).data)

    def requested_expand(self):
        if self.action == "_zoek":
            return self.request.data.get("expand")
        return super().requested_expand()


class StatusTypeViewSet(ReadOnlyViewSet):
    queryset = StatusType.objects.order_by("-volgnummer")
    serializer_class = StatusTypeSerializer
    expand_fields = {
        "zaaktype": Expand("zaaktype", viewset=ZaakTypeViewSet),
        "catalogus": Expand("zaaktype__catalogus", viewset=CatalogusViewSet),
        "eigenschappen": Expand("eigenschappen", viewset=f"{HERE}.EigenschapViewSet"),
    }


class TypedStatusTypeViewSet(StatusTypeViewSet):
    """Statustypen behind another scope (`zaken.lezen` on the Zaken API): a client
    without it reads none of them. (Hiding per type and vertrouwelijkheid is the shared
    authorisation test base's, `zgw.testing`, run on every type-bound resource.)"""

    component = TYPED_COMPONENT
    required_scopes = {"list": SCOPE_ZAKEN_LEZEN, "retrieve": SCOPE_ZAKEN_LEZEN}


class EigenschapViewSet(ReadOnlyViewSet):
    queryset = Eigenschap.objects.order_by("naam")
    serializer_class = EigenschapSerializer
    expand_fields = {
        "statustype": Expand("statustype", viewset=StatusTypeViewSet),
        "typedStatustype": Expand("statustype", viewset=TypedStatusTypeViewSet),
    }


router = ZGWRouter(COMPONENT)
router.register("catalogussen", CatalogusViewSet, basename="expand-catalogus")
router.register("zaaktypen", ZaakTypeViewSet, basename="expand-zaaktype")
router.register("statustypen", StatusTypeViewSet, basename="expand-statustype")
router.register("eigenschappen", EigenschapViewSet, basename="expand-eigenschap")

urlpatterns = [*real_urlpatterns, path("expand-test/api/v1/", include(router.urls))]


# Data


def make_catalogus(domein="ABC") -> Catalogus:
    return CatalogusFactory(domein=domein)


def make_zaaktype(catalogus, identificatie, statustypen=0) -> ZaakType:
    zaaktype = ZaakTypeFactory(catalogus=catalogus, identificatie=identificatie, omschrijving=identificatie)
    for volgnummer in range(1, statustypen + 1):
        StatusType.objects.create(
            zaaktype=zaaktype, omschrijving=f"{identificatie}-{volgnummer}", volgnummer=volgnummer
        )
    return zaaktype


def make_eigenschap(zaaktype, naam, statustype=None) -> Eigenschap:
    return Eigenschap.objects.create(
        zaaktype=zaaktype,
        statustype=statustype,
        naam=naam,
        definitie=naam,
        specificatie_formaat="tekst",
        specificatie_lengte="10",
        specificatie_kardinaliteit="1",
    )


@pytest.fixture
def lezer(api_client):
    return api_client(component="ztc", scopes=[SCOPE_CATALOGI_LEZEN])


def get(client, url, expand=None):
    response = client.get(url, {"expand": expand} if expand is not None else {})
    assert response.status_code == 200, response.content
    return response.json()


def without_expand(item: dict) -> dict:
    return {key: value for key, value in item.items() if key != "_expand"}


def invalid_expand(response) -> set[str]:
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    return {param["code"] for param in response.json()["invalidParams"] if param["name"] == "expand"}


# Behaviour


def test_without_expand_there_is_no_expand_key(lezer):
    make_zaaktype(make_catalogus(), "Z1")
    [item] = get(lezer, f"{ROOT}/zaaktypen")["results"]
    assert "_expand" not in item
    assert "_expand" not in get(lezer, f"{ROOT}/zaaktypen/{item['uuid']}", expand="")


def test_list_expands_a_foreign_key_and_a_reverse_relation(lezer):
    catalogus = make_catalogus()
    make_zaaktype(catalogus, "Z1", statustypen=2)
    make_zaaktype(catalogus, "Z2")

    z1, z2 = get(lezer, f"{ROOT}/zaaktypen", expand="catalogus,statustypen")["results"]

    catalogus_data = get(lezer, f"{ROOT}/catalogussen/{catalogus.uuid}")
    assert z1["_expand"]["catalogus"] == catalogus_data
    assert z2["_expand"]["catalogus"] == catalogus_data
    # in the target endpoint's own order (volgnummer descending here)
    assert [item["omschrijving"] for item in z1["_expand"]["statustypen"]] == ["Z1-2", "Z1-1"]
    assert z1["_expand"]["statustypen"][0] == get(
        lezer, f"{ROOT}/statustypen/{z1['_expand']['statustypen'][0]['uuid']}"
    )
    assert z2["_expand"]["statustypen"] == []


def test_retrieve_expands_deeper_paths_and_cycles(lezer):
    catalogus = make_catalogus()
    zaaktype = make_zaaktype(catalogus, "Z1", statustypen=1)
    make_zaaktype(catalogus, "Z2")

    body = get(lezer, f"{ROOT}/zaaktypen/{zaaktype.uuid}", expand="catalogus.zaaktypen.catalogus, statustypen")

    expanded_catalogus = body["_expand"]["catalogus"]
    assert without_expand(expanded_catalogus) == get(lezer, f"{ROOT}/catalogussen/{catalogus.uuid}")
    zaaktypen = expanded_catalogus["_expand"]["zaaktypen"]
    assert [item["identificatie"] for item in zaaktypen] == ["Z1", "Z2"]
    assert all(without_expand(item["_expand"]["catalogus"]) == without_expand(expanded_catalogus) for item in zaaktypen)
    assert "_expand" not in zaaktypen[0]["_expand"]["catalogus"]  # only as deep as asked
    assert [item["omschrijving"] for item in body["_expand"]["statustypen"]] == ["Z1-1"]
    assert "_expand" not in body["_expand"]["statustypen"][0]


def test_paths_through_other_models_and_many_to_many(lezer):
    catalogus = make_catalogus()
    hoofd = make_zaaktype(catalogus, "HOOFD", statustypen=1)
    hoofd.deelzaaktypen.set([make_zaaktype(catalogus, "DEEL-B"), make_zaaktype(catalogus, "DEEL-A")])
    statustype = hoofd.statustypen.get()

    body = get(lezer, f"{ROOT}/statustypen/{statustype.uuid}", expand="catalogus,zaaktype.deelzaaktypen")

    assert body["_expand"]["catalogus"]["uuid"] == str(catalogus.uuid)
    zaaktype = body["_expand"]["zaaktype"]
    assert [item["identificatie"] for item in zaaktype["_expand"]["deelzaaktypen"]] == ["DEEL-A", "DEEL-B"]


def test_an_empty_reference_is_an_empty_object(lezer):
    zaaktype = make_zaaktype(make_catalogus(), "Z1", statustypen=1)
    make_eigenschap(zaaktype, "los")
    make_eigenschap(zaaktype, "vast", statustype=zaaktype.statustypen.get())

    los, vast = get(lezer, f"{ROOT}/eigenschappen", expand="statustype.eigenschappen")["results"]

    assert los["_expand"] == {"statustype": {}}
    assert vast["_expand"]["statustype"]["omschrijving"] == "Z1-1"
    assert [item["naam"] for item in vast["_expand"]["statustype"]["_expand"]["eigenschappen"]] == ["vast"]


def test_zoek_takes_expand_from_its_body(lezer):
    make_zaaktype(make_catalogus(), "Z1", statustypen=1)
    make_zaaktype(make_catalogus("DEF"), "Z2")

    response = lezer.post(
        f"{ROOT}/zaaktypen/_zoek", {"identificatie__in": ["Z1"], "expand": "statustypen"}, format="json"
    )

    assert response.status_code == 200, response.content
    [item] = response.json()
    assert [status["omschrijving"] for status in item["_expand"]["statustypen"]] == ["Z1-1"]
    response = lezer.post(f"{ROOT}/zaaktypen/_zoek", {"identificatie__in": ["Z1"], "expand": "status"}, format="json")
    assert invalid_expand(response) == {"invalid-expand-field"}


@pytest.mark.parametrize(
    "expand,code",
    [
        ("bestaatniet", "invalid-expand-field"),
        ("catalogus,statustypen.bestaatniet", "invalid-expand-field"),
        ("catalogus.zaaktypen.statustypen.zaaktype.onbekend", "invalid-expand-field"),
        ("catalogus..zaaktypen", "expand-format-error"),
        (".".join(["catalogus", "zaaktypen"] * 6), "recursion-limit"),
        (",".join(["catalogus"] * 21), "max-str-length"),
    ],
)
def test_a_bad_path_is_a_400_naming_expand(lezer, expand, code):
    zaaktype = make_zaaktype(make_catalogus(), "Z1")
    assert invalid_expand(lezer.get(f"{ROOT}/zaaktypen", {"expand": expand})) == {code}
    assert invalid_expand(lezer.get(f"{ROOT}/zaaktypen/{zaaktype.uuid}", {"expand": expand})) == {code}


def test_query_count_does_not_grow_with_the_page(lezer, django_assert_max_num_queries):
    url, expand = f"{ROOT}/zaaktypen", "catalogus.zaaktypen,statustypen.eigenschappen.statustype,deelzaaktypen"

    def make_page(first, last):
        for index in range(first, last):
            zaaktype = make_zaaktype(make_catalogus(f"C{index}"), f"Z{index:02}", statustypen=2)
            make_eigenschap(zaaktype, "e", statustype=zaaktype.statustypen.first())
            zaaktype.deelzaaktypen.add(zaaktype)

    # the JWT's client, the savepoint pair of the request, count + page, then per name
    # and level: the links (not for a foreign key) and the linked objects
    bound = 1 + 2 + 2 + (1 + 2 + 2 + 2 + 1 + 2)
    make_page(0, 1)
    get(lezer, url, expand)  # caches the client's autorisaties
    with django_assert_max_num_queries(bound):
        assert len(get(lezer, url, expand)["results"]) == 1
    make_page(1, 20)
    with django_assert_max_num_queries(bound):
        results = get(lezer, url, expand)["results"]
    assert len(results) == 20
    assert all(len(item["_expand"]["statustypen"][1]["_expand"]["eigenschappen"]) == 1 for item in results)


def test_objects_the_client_may_not_read_stay_hidden(api_client):
    catalogus = make_catalogus()
    visible = make_zaaktype(catalogus, "ZICHTBAAR", statustypen=1)
    # without the target's scope, nothing of it is shown
    lezer = api_client(component="ztc", scopes=[SCOPE_CATALOGI_LEZEN])
    body = get(lezer, f"{ROOT}/zaaktypen/{visible.uuid}", expand="typedStatustypen,statustypen")
    assert body["_expand"]["typedStatustypen"] == []
    assert len(body["_expand"]["statustypen"]) == 1


def test_a_hidden_single_reference_is_left_out(lezer):
    zaaktype = make_zaaktype(make_catalogus(), "Z1", statustypen=1)
    make_eigenschap(zaaktype, "e", statustype=zaaktype.statustypen.get())

    [item] = get(lezer, f"{ROOT}/eigenschappen", expand="statustype,typedStatustype")["results"]

    assert item["_expand"]["statustype"]["omschrijving"] == "Z1-1"
    assert "typedStatustype" not in item["_expand"]  # hidden, which is not the same as empty


def test_unknown_parameters_are_still_refused_beside_expand(lezer):
    response = lezer.get(f"{ROOT}/zaaktypen", {"expand": "catalogus", "expnad": "x"})
    assert response.status_code == 400
    assert {param["name"] for param in response.json()["invalidParams"]} == {"expnad"}


def test_the_schema_has_the_parameter_and_the_expanded_responses():
    schema = yaml.safe_load(generate_schema(COMPONENT, router))

    for path_ in ("/zaaktypen", "/zaaktypen/{uuid}"):
        [parameter] = [p for p in schema["paths"][path_]["get"]["parameters"] if p["name"] == "expand"]
        assert parameter["in"] == "query" and parameter["schema"] == {"type": "string"}
    assert not [
        p for p in schema["paths"]["/zaaktypen/{uuid}"].get("head", {}).get("parameters", []) if p["name"] == "expand"
    ]
    detail = schema["paths"]["/zaaktypen/{uuid}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert detail == {"$ref": "#/components/schemas/ZaakTypeExpanded"}
    components = schema["components"]["schemas"]
    page = schema["paths"]["/zaaktypen"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert components[page["$ref"].rsplit("/", 1)[1]]["properties"]["results"]["items"] == detail
    assert components["ZaakTypeExpanded"] == {
        "allOf": [
            {"$ref": "#/components/schemas/ZaakType"},
            {"properties": {"_expand": {"$ref": "#/components/schemas/ZaakTypeEmbedded"}}},
        ]
    }
    embedded = components["ZaakTypeEmbedded"]["properties"]
    assert embedded["catalogus"] == {
        "oneOf": [{"$ref": "#/components/schemas/CatalogusExpanded"}, {"$ref": "#/components/schemas/EmptyObject"}]
    }
    assert embedded["statustypen"] == {"type": "array", "items": {"$ref": "#/components/schemas/StatusTypeExpanded"}}
    assert "EigenschapEmbedded" in components and components["EmptyObject"]["type"] == "object"


def test_links_of_a_row_deleted_meanwhile_are_empty():
    """READ COMMITTED: a statustype deleted by another transaction between the page query
    and the links query has no links (and expands to `{}`), rather than failing."""
    zaaktype = make_zaaktype(make_catalogus(), "Z1", statustypen=1)
    statustype = zaaktype.statustypen.get()
    StatusType.objects.filter(pk=statustype.pk).delete()

    catalogus = expansions(StatusTypeViewSet)["catalogus"]

    assert catalogus.links([statustype]) == {statustype.pk: []}


def test_a_resource_may_show_another_object_than_the_one_linked(lezer):
    catalogus = make_catalogus()
    hoofd = make_zaaktype(catalogus, "HOOFD")
    hoofd.deelzaaktypen.set([make_zaaktype(catalogus, "A"), make_zaaktype(catalogus, "B")])
    make_zaaktype(catalogus, "A-NIEUW")

    body = get(lezer, f"{ROOT}/zaaktypen/{hoofd.uuid}", expand="opvolgers,deelzaaktypen")

    assert [item["identificatie"] for item in body["_expand"]["opvolgers"]] == ["A-NIEUW", "B"]
    assert [item["identificatie"] for item in body["_expand"]["deelzaaktypen"]] == ["A", "B"]
