"""What every Catalogi API endpoint shares, checked per resource: read scopes, HEAD and
ETag, 404 for an unknown uuid, and a list that costs the same number of queries at one
row as at a full page."""

import pytest
from rest_framework.test import APIClient

from . import factories
from .utils import BASE, url

pytestmark = pytest.mark.django_db


def _published_zaaktype():
    return factories.ZaakTypeFactory(concept=False)


def _statustype():
    statustype = factories.StatusTypeFactory(zaaktype=_published_zaaktype())
    statustype.checklistitems.create(itemnaam="Check", vraagstelling="Klopt het?")
    factories.EigenschapFactory(zaaktype=statustype.zaaktype, statustype=statustype)
    return statustype


def _resultaattype():
    resultaattype = factories.ResultaatTypeFactory(zaaktype=_published_zaaktype())
    resultaattype.besluittypen.add(factories.BesluitTypeFactory(catalogus=resultaattype.zaaktype.catalogus))
    resultaattype.informatieobjecttypen.add(
        factories.InformatieObjectTypeFactory(catalogus=resultaattype.zaaktype.catalogus)
    )
    return resultaattype


def _zaaktype():
    zaaktype = _published_zaaktype()
    factories.StatusTypeFactory(zaaktype=zaaktype)
    factories.RolTypeFactory(zaaktype=zaaktype)
    factories.ZaakTypeInformatieObjectTypeFactory(zaaktype=zaaktype)
    zaaktype.besluittypen.add(factories.BesluitTypeFactory(catalogus=zaaktype.catalogus))
    return zaaktype


def _besluittype():
    besluittype = factories.BesluitTypeFactory(concept=False)
    besluittype.informatieobjecttypen.add(factories.InformatieObjectTypeFactory(catalogus=besluittype.catalogus))
    return besluittype


def _informatieobjecttype():
    ztiot = factories.ZaakTypeInformatieObjectTypeFactory(
        zaaktype=_published_zaaktype(), informatieobjecttype__concept=False
    )
    return ztiot.informatieobjecttype


RESOURCES = {
    "catalogussen": factories.CatalogusFactory,
    "zaaktypen": _zaaktype,
    "informatieobjecttypen": _informatieobjecttype,
    "besluittypen": _besluittype,
    "statustypen": _statustype,
    "resultaattypen": _resultaattype,
    "roltypen": lambda: factories.RolTypeFactory(zaaktype=_published_zaaktype()),
    "eigenschappen": lambda: factories.EigenschapFactory(zaaktype=_published_zaaktype()),
    "zaakobjecttypen": lambda: factories.ZaakObjectTypeFactory(zaaktype=_published_zaaktype()),
    "zaaktype-informatieobjecttypen": lambda: factories.ZaakTypeInformatieObjectTypeFactory(
        zaaktype=_published_zaaktype()
    ),
}


@pytest.mark.parametrize("path", RESOURCES)
def test_read_scopes_etag_and_head(api_client, lezer, path):
    obj = RESOURCES[path]()
    assert lezer.get(f"{BASE}/{path}").json()["count"] == 1
    response = lezer.get(url(obj))
    assert response.status_code == 200, response.content
    assert response.json()["url"] == url(obj)
    etag = response["ETag"]
    assert lezer.get(url(obj), HTTP_IF_NONE_MATCH=etag).status_code == 304
    head = lezer.head(url(obj))
    assert head.status_code == 200 and head["ETag"] == etag and head.content == b""
    assert lezer.get(f"{BASE}/{path}/00000000-0000-4000-8000-000000000000").status_code == 404

    assert APIClient().get(f"{BASE}/{path}").status_code == 401
    geen_scopes = api_client(component="ztc", scopes=[])
    assert geen_scopes.get(f"{BASE}/{path}").status_code == 403
    assert geen_scopes.get(url(obj)).status_code == 403
    assert lezer.post(f"{BASE}/{path}", {}, format="json").status_code == 403
    assert lezer.patch(url(obj), {}, format="json").status_code == 403


@pytest.mark.parametrize("path", RESOURCES)
def test_list_query_count_is_fixed(lezer, django_assert_max_num_queries, path):
    RESOURCES[path]()
    # authentication and the count take a few; each prefetched relation one more
    with django_assert_max_num_queries(20 if path == "zaaktypen" else 12) as one_row:
        assert lezer.get(f"{BASE}/{path}").status_code == 200
    for _ in range(10):
        RESOURCES[path]()
    # a full page of ten (and more rows beyond it) costs what one row cost
    with django_assert_max_num_queries(len(one_row.captured_queries)):
        response = lezer.get(f"{BASE}/{path}", {"pageSize": 10})
    assert response.json()["count"] == 11 and len(response.json()["results"]) == 10
