"""Every read path of zaken and zaakeigenschappen reads only what the client's
autorisaties allow (zrc-006): by zaaktype and maximum vertrouwelijkheidaanduiding, on
list, detail, HEAD, `_zoek`, expand and the audit trail."""

from openzaak.components.catalogi.tests.factories import ZaakTypeFactory
from openzaak.zgw.components import ZAKEN
from openzaak.zgw.scopes import SCOPE_ZAKEN_LEZEN
from openzaak.zgw.testing import AuthorisationMatrix

from .factories import ZaakEigenschapFactory, ZaakFactory
from .utils import CRS, url
from .utils import ZAKEN as ZAKEN_URL


class TestZaakAuthorisation(AuthorisationMatrix):
    component = ZAKEN
    scope = SCOPE_ZAKEN_LEZEN
    list_url = "/zaken/api/v1/zaken"
    headers = {"HTTP_ACCEPT_CRS": "EPSG:4326", "HTTP_CONTENT_CRS": "EPSG:4326"}
    zoek = True
    audittrail = True

    def make_type(self):
        return ZaakTypeFactory(concept=False)

    def make(self, type_, vertrouwelijkheidaanduiding):
        return ZaakFactory(zaaktype=type_, vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding)

    def test_expand_leaves_out_what_is_hidden(self, world):
        """A zaak the client may read expands its hoofdzaak only when that is readable
        too: the linking zaken are of the allowed zaaktype and openbaar, their hoofdzaken
        the matrix's three."""
        client, objects = world
        allowed = objects["visible"].zaaktype
        links = {
            key: ZaakFactory(zaaktype=allowed, vertrouwelijkheidaanduiding="openbaar", hoofdzaak=obj)
            for key, obj in objects.items()
        }
        response = client.get(self.list_url, {"expand": "hoofdzaak"}, **self.headers)
        assert response.status_code == 200, response.content
        by_url = {item["url"]: item for item in response.json()["results"]}
        for key, link in links.items():
            expanded = by_url[url(link)]["_expand"]
            assert ("hoofdzaak" in expanded) == (key == "visible"), key


class TestZaakEigenschapAuthorisation(AuthorisationMatrix):
    """Nested below its zaak: whoever may not read the zaak reads none of its
    zaakeigenschappen (403 for the zaak's list as for one of them)."""

    component = ZAKEN
    scope = SCOPE_ZAKEN_LEZEN
    list_url = "/zaken/api/v1/zaken"

    def make_type(self):
        return ZaakTypeFactory(concept=False)

    def make(self, type_, vertrouwelijkheidaanduiding):
        zaak = ZaakFactory(zaaktype=type_, vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding)
        return ZaakEigenschapFactory(zaak=zaak)

    def detail_url(self, obj) -> str:
        return f"/zaken/api/v1/zaken/{obj.zaak.uuid}/zaakeigenschappen/{obj.uuid}"

    def test_list_shows_only_what_the_autorisaties_allow(self, world):
        client, objects = world
        for name, obj in objects.items():
            response = client.get(f"/zaken/api/v1/zaken/{obj.zaak.uuid}/zaakeigenschappen")
            if name == "visible":
                assert response.status_code == 200
                assert self.uuids(response.json()) == {str(obj.uuid)}
            else:
                assert response.status_code == 403, name

    def test_without_the_scope_nothing_is_read(self, world, api_client):
        _client, objects = world
        stranger = api_client(autorisaties=[{"component": "ac", "scopes": ["autorisaties.lezen"]}])
        assert stranger.get(self.detail_url(objects["visible"])).status_code == 403

    def test_all_autorisaties_read_everything(self, world, api_client):
        _client, objects = world
        everything = api_client(heeft_alle_autorisaties=True)
        for obj in objects.values():
            assert everything.get(self.detail_url(obj)).status_code == 200


def test_a_client_with_several_maximum_levels(api_client):
    """Autorisaties with different maxima per zaaktype read through the combined key."""
    een, twee = ZaakTypeFactory(concept=False), ZaakTypeFactory(concept=False)
    zaken = {
        "een-intern": ZaakFactory(zaaktype=een, vertrouwelijkheidaanduiding="intern"),
        "een-geheim": ZaakFactory(zaaktype=een, vertrouwelijkheidaanduiding="geheim"),
        "twee-geheim": ZaakFactory(zaaktype=twee, vertrouwelijkheidaanduiding="geheim"),
        "twee-zeer-geheim": ZaakFactory(zaaktype=twee, vertrouwelijkheidaanduiding="zeer_geheim"),
    }
    client = api_client(
        autorisaties=[
            {
                "component": "zrc",
                "scopes": ["zaken.lezen"],
                "zaaktype": een,
                "max_vertrouwelijkheidaanduiding": "intern",
            },
            {
                "component": "zrc",
                "scopes": ["zaken.lezen"],
                "zaaktype": twee,
                "max_vertrouwelijkheidaanduiding": "geheim",
            },
        ]
    )
    body = client.get(ZAKEN_URL, **CRS).json()
    assert {item["url"] for item in body["results"]} == {url(zaken["een-intern"]), url(zaken["twee-geheim"])}
    assert body["count"] == 2
