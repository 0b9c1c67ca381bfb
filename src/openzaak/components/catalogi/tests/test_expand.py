"""`expand` on every GET of the Catalogi API, as the 1.3.2+ contract has it: each name of
the resource's `…Embedded` schema embeds exactly what a direct GET of the referenced URL
gives, deeper paths nest, list pages cost the same number of queries at any size, and
the expanded objects are read with the same authorisation as directly (ztc-014)."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openzaak.zgw.scopes import SCOPE_ZAKEN_LEZEN

from ..models import ZaakTypenRelatie
from .factories import (
    BesluitTypeFactory,
    CatalogusFactory,
    EigenschapFactory,
    InformatieObjectTypeFactory,
    ResultaatTypeFactory,
    RolTypeFactory,
    StatusTypeFactory,
    ZaakObjectTypeFactory,
    ZaakTypeFactory,
    ZaakTypeInformatieObjectTypeFactory,
)
from .utils import BASE, codes, url

pytestmark = pytest.mark.django_db

# resource -> the names of its `…Embedded` schema in the Catalogi API 1.3.3 contract
EXPANDABLE = {
    "catalogussen": ["zaaktypen", "besluittypen", "informatieobjecttypen"],
    "zaaktypen": [
        "zaakobjecttypen",
        "catalogus",
        "statustypen",
        "resultaattypen",
        "eigenschappen",
        "informatieobjecttypen",
        "roltypen",
        "besluittypen",
        "deelzaaktypen",
        "gerelateerdeZaaktypen",
    ],
    "statustypen": ["catalogus", "zaaktype", "eigenschappen"],
    "resultaattypen": ["catalogus", "zaaktype", "besluittypen", "informatieobjecttypen"],
    "roltypen": ["catalogus", "zaaktype"],
    "eigenschappen": ["catalogus", "zaaktype", "statustype"],
    "informatieobjecttypen": ["catalogus", "zaaktypen", "besluittypen"],
    "besluittypen": ["catalogus", "zaaktypen", "informatieobjecttypen", "resultaattypen"],
    "zaakobjecttypen": ["zaaktype", "resultaattypen", "statustypen", "catalogus"],
    "zaaktype-informatieobjecttypen": ["zaaktype", "catalogus", "informatieobjecttype", "statustype"],
}


def make_catalogue(index: int = 0) -> dict:
    """One zaaktype with every kind of related type, and one object of each resource."""
    catalogus = CatalogusFactory()
    zaaktype = ZaakTypeFactory(catalogus=catalogus, identificatie=f"HOOFD-{index}")
    deelzaaktype = ZaakTypeFactory(catalogus=catalogus, identificatie=f"DEEL-{index}")
    zaaktype.deelzaaktypen.add(deelzaaktype)
    ZaakTypenRelatie.objects.create(zaaktype=zaaktype, gerelateerd_zaaktype=deelzaaktype, aard_relatie="vervolg")
    besluittype = BesluitTypeFactory(catalogus=catalogus)
    zaaktype.besluittypen.add(besluittype)
    statustypen = [StatusTypeFactory(zaaktype=zaaktype), StatusTypeFactory(zaaktype=zaaktype)]
    ziot = ZaakTypeInformatieObjectTypeFactory(zaaktype=zaaktype, statustype=statustypen[0])
    iot = ziot.informatieobjecttype
    besluittype.informatieobjecttypen.add(iot)
    resultaattype = ResultaatTypeFactory(zaaktype=zaaktype)
    resultaattype.besluittypen.add(besluittype)
    resultaattype.informatieobjecttypen.add(iot)
    zaakobjecttype = ZaakObjectTypeFactory(zaaktype=zaaktype)
    statustypen[1].zaakobjecttype = zaakobjecttype
    statustypen[1].save()
    resultaattype.zaakobjecttype = zaakobjecttype
    resultaattype.save()
    return {
        "catalogussen": catalogus,
        "zaaktypen": zaaktype,
        "statustypen": statustypen[0],
        "resultaattypen": resultaattype,
        "roltypen": RolTypeFactory(zaaktype=zaaktype),
        "eigenschappen": EigenschapFactory(zaaktype=zaaktype, statustype=statustypen[0]),
        "informatieobjecttypen": iot,
        "besluittypen": besluittype,
        "zaakobjecttypen": zaakobjecttype,
        "zaaktype-informatieobjecttypen": ziot,
    }


def get(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, response.content
    return response.json()


def referenced(body: dict, name: str):
    """The URL(s) the resource itself shows for `name`."""
    value = body[name]
    if name == "gerelateerdeZaaktypen":
        return [relatie["zaaktype"] for relatie in value]
    return value


@pytest.mark.parametrize("resource", EXPANDABLE)
def test_every_name_of_the_contract_expands_to_what_a_direct_read_gives(lezer, resource):
    obj = make_catalogue()[resource]
    names = EXPANDABLE[resource]

    body = get(lezer, url(obj), expand=",".join(names))

    assert sorted(body["_expand"]) == sorted(names)
    for name in names:
        expanded, reference = body["_expand"][name], referenced(body, name)
        if isinstance(reference, list):
            assert reference, f"{resource}.{name}: the test data should make this non-empty"
            assert sorted(item["url"] for item in expanded) == sorted(reference), name
            for item in expanded:
                assert item == get(lezer, item["url"]), name
        else:
            assert expanded == get(lezer, reference), name
    # the list endpoint expands the same way
    results = get(lezer, f"{BASE}/{resource}", expand=",".join(names), **every_version(resource))["results"]
    assert [item for item in results if item["url"] == body["url"]] == [body]


def every_version(resource) -> dict:
    """Concepts too: the lists show only published versions unless asked (the factories make concepts)."""
    return {} if resource in ("catalogussen", "zaakobjecttypen") else {"status": "alles"}


def test_an_empty_reference_is_an_empty_object(lezer):
    eigenschap = EigenschapFactory(statustype=None)
    ziot = ZaakTypeInformatieObjectTypeFactory(statustype=None)

    assert get(lezer, url(eigenschap), expand="statustype")["_expand"] == {"statustype": {}}
    assert get(lezer, url(ziot), expand="statustype")["_expand"] == {"statustype": {}}
    assert get(lezer, url(eigenschap.zaaktype), expand="roltypen")["_expand"] == {"roltypen": []}


def test_deeper_paths_nest(lezer):
    objects = make_catalogue()

    body = get(lezer, url(objects["statustypen"]), expand="zaaktype.catalogus.besluittypen,eigenschappen.statustype")

    catalogus = body["_expand"]["zaaktype"]["_expand"]["catalogus"]
    assert catalogus["url"] == url(objects["catalogussen"])
    assert [item["url"] for item in catalogus["_expand"]["besluittypen"]] == [url(objects["besluittypen"])]
    [eigenschap] = body["_expand"]["eigenschappen"]
    assert eigenschap["_expand"]["statustype"]["url"] == body["url"]


@pytest.mark.parametrize(
    "resource,expand",
    [
        ("zaaktypen", ",".join(EXPANDABLE["zaaktypen"])),
        ("catalogussen", "zaaktypen.statustypen.eigenschappen,besluittypen.informatieobjecttypen"),
        ("statustypen", "catalogus,zaaktype.deelzaaktypen,eigenschappen"),
        ("resultaattypen", ",".join(EXPANDABLE["resultaattypen"])),
        ("zaaktype-informatieobjecttypen", ",".join(EXPANDABLE["zaaktype-informatieobjecttypen"])),
    ],
)
def test_list_query_count_does_not_grow_with_the_page(lezer, django_assert_max_num_queries, resource, expand):
    make_catalogue(0)
    list_url = f"{BASE}/{resource}"
    get(lezer, list_url, **every_version(resource))  # caches the client's autorisaties
    with CaptureQueriesContext(connection) as one:
        assert len(get(lezer, list_url, expand=expand, **every_version(resource))["results"]) >= 1
    for index in range(1, 8):
        make_catalogue(index)
    # the same number of queries for 8 catalogues' worth of rows
    with django_assert_max_num_queries(len(one)):
        results = get(lezer, list_url, expand=expand, **every_version(resource))["results"]
    assert len(results) >= 8
    assert all("_expand" in item for item in results)


def test_expanded_types_are_read_as_directly_ztc_014(api_client):
    """A Zaken API consumer reads the catalogue with `zaken.lezen` (ztc-014), so it may
    expand it too; a client without any reading scope reads neither."""
    objects = make_catalogue()
    zaken_lezer = api_client(
        component="zrc",
        scopes=[SCOPE_ZAKEN_LEZEN],
        zaaktype=objects["zaaktypen"],
        max_vertrouwelijkheidaanduiding="openbaar",
    )
    body = get(zaken_lezer, url(objects["zaaktypen"]), expand="statustypen.eigenschappen,catalogus")
    assert len(body["_expand"]["statustypen"]) == 2
    assert body["_expand"]["catalogus"]["url"] == url(objects["catalogussen"])

    buitenstaander = api_client(component="ac", scopes=["autorisaties.lezen"])
    assert buitenstaander.get(url(objects["zaaktypen"]), {"expand": "catalogus"}).status_code == 403


def test_an_unknown_path_is_a_400_naming_expand(lezer):
    zaaktype = ZaakTypeFactory()
    assert codes(lezer.get(f"{BASE}/zaaktypen", {"expand": "statustypen.bestaatniet"}), "expand") == {
        "invalid-expand-field"
    }
    assert codes(lezer.get(url(zaaktype), {"expand": "status"}), "expand") == {"invalid-expand-field"}


def test_etag_covers_the_expansion(lezer):
    zaaktype = StatusTypeFactory().zaaktype
    plain = lezer.get(url(zaaktype))
    expanded = lezer.get(url(zaaktype), {"expand": "statustypen"})
    assert plain["ETag"] != expanded["ETag"]
    again = lezer.get(url(zaaktype), {"expand": "statustypen"}, HTTP_IF_NONE_MATCH=expanded["ETag"])
    assert again.status_code == 304


def test_a_relation_by_key_expands_to_the_version_the_resource_shows(lezer):
    """Historiemodel: a zaaktype shows (and so expands) each besluittype and
    informatieobjecttype in its published version valid on the peildatum."""
    catalogus = CatalogusFactory()
    eerste = BesluitTypeFactory(
        catalogus=catalogus,
        omschrijving="Vergunning",
        concept=False,
        begin_geldigheid=datetime.date(2024, 1, 1),
        einde_geldigheid=datetime.date(2024, 6, 30),
    )
    tweede = BesluitTypeFactory(
        catalogus=catalogus, omschrijving="Vergunning", concept=False, begin_geldigheid=datetime.date(2024, 7, 1)
    )
    zaaktype = ZaakTypeFactory(catalogus=catalogus)
    zaaktype.besluittypen.add(eerste)  # linked when the first version was current
    ziot = ZaakTypeInformatieObjectTypeFactory(zaaktype=zaaktype)
    InformatieObjectTypeFactory(
        catalogus=catalogus,
        omschrijving=ziot.informatieobjecttype.omschrijving,
        concept=False,
        begin_geldigheid=datetime.date(2024, 1, 1),
    )

    today = get(lezer, url(zaaktype), expand="besluittypen,informatieobjecttypen")
    assert today["besluittypen"] == [url(tweede)]
    assert [item["url"] for item in today["_expand"]["besluittypen"]] == [url(tweede)]
    [iot] = today["_expand"]["informatieobjecttypen"]
    assert [iot["url"]] == today["informatieobjecttypen"] != [url(ziot.informatieobjecttype)]
    assert iot == get(lezer, iot["url"])

    earlier = get(lezer, url(zaaktype), expand="besluittypen", datumGeldigheid="2024-03-01")
    assert [item["url"] for item in earlier["_expand"]["besluittypen"]] == earlier["besluittypen"] == [url(eerste)]

    # and from the other side, through the zaaktype-informatieobjecttype
    relatie = get(lezer, url(ziot), expand="informatieobjecttype")
    assert relatie["_expand"]["informatieobjecttype"]["url"] == relatie["informatieobjecttype"] == iot["url"]
