"""Catalogi pages read their related data with the page (zgw.prefetch): the versions
they show of related types (today's resolved in the page query, another peildatum's by
`VersionResolver`, which looks up only the page's keys), a fixed number of queries with
every relation present, and a write's response that shows what it wrote."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openzaak.zgw.constants import AardRelatie

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
from .utils import BASE, url

pytestmark = pytest.mark.django_db

OLD = {"begin_geldigheid": datetime.date(2020, 1, 1), "einde_geldigheid": datetime.date(2022, 12, 31)}
NEW = {"begin_geldigheid": datetime.date(2023, 1, 1)}


def _versions(factory, catalogus, **key):
    """An ended and a current published version of one key."""
    return factory(catalogus=catalogus, concept=False, **key, **OLD), factory(
        catalogus=catalogus, concept=False, **key, **NEW
    )


def _zaaktype(catalogus, number: int):
    """A published zaaktype related, by their old versions, to every kind of type."""
    zaaktype = ZaakTypeFactory(catalogus=catalogus, concept=False, identificatie=f"Z{number}", **OLD)
    besluit_old, besluit_new = _versions(BesluitTypeFactory, catalogus, omschrijving=f"B{number}")
    iot_old, iot_new = _versions(InformatieObjectTypeFactory, catalogus, omschrijving=f"D{number}")
    deel_old, deel_new = _versions(ZaakTypeFactory, catalogus, identificatie=f"DEEL{number}")
    zaaktype.besluittypen.add(besluit_old)
    zaaktype.deelzaaktypen.add(deel_old)
    ZaakTypenRelatie.objects.create(
        zaaktype=zaaktype, gerelateerd_zaaktype=deel_old, aard_relatie=AardRelatie.vervolg, toelichting="t"
    )
    ZaakTypeInformatieObjectTypeFactory(zaaktype=zaaktype, informatieobjecttype=iot_old)
    for factory in (StatusTypeFactory, RolTypeFactory, ResultaatTypeFactory, EigenschapFactory, ZaakObjectTypeFactory):
        factory(zaaktype=zaaktype)
    versions = {"besluittype": (besluit_old, besluit_new), "iot": (iot_old, iot_new), "deel": (deel_old, deel_new)}
    return zaaktype, versions


def _shown(item) -> dict:
    return {
        "besluittype": item["besluittypen"][0],
        "iot": item["informatieobjecttypen"][0],
        "deel": item["deelzaaktypen"][0],
        "gerelateerd": item["gerelateerdeZaaktypen"][0]["zaaktype"],
    }


def test_a_page_shows_each_related_type_in_its_version_valid_on_the_peildatum(lezer):
    catalogus = CatalogusFactory()
    zaaktype, related = _zaaktype(catalogus, 1)
    new = {name: url(versions[1]) for name, versions in related.items()}
    old = {name: url(versions[0]) for name, versions in related.items()}

    [today] = lezer.get(f"{BASE}/zaaktypen", {"identificatie": "Z1"}).json()["results"]
    assert _shown(today) == {**new, "gerelateerd": new["deel"]}
    assert today["gerelateerdeZaaktypen"] == [
        {"zaaktype": new["deel"], "zaaktypeIdentificatie": "DEEL1", "aardRelatie": "vervolg", "toelichting": "t"}
    ]
    assert today["besluittypeOmschrijving"] == ["B1"] and today["deelzaaktypeIdentificaties"] == ["DEEL1"]
    [then] = lezer.get(f"{BASE}/zaaktypen", {"identificatie": "Z1", "datumGeldigheid": "2021-06-01"}).json()["results"]
    assert _shown(then) == {**old, "gerelateerd": old["deel"]}
    assert lezer.get(url(zaaktype)).json() == today  # a detail shows what the page shows
    # the other way round: each version of the besluittype has the zaaktype, by key
    besluittypen = lezer.get(f"{BASE}/besluittypen", {"status": "alles"}).json()["results"]
    assert [item["zaaktypen"] for item in besluittypen] == [[url(zaaktype)], [url(zaaktype)]]


def test_another_peildatum_looks_up_only_the_keys_on_the_page(lezer):
    catalogus = CatalogusFactory()
    for number in range(4):
        _zaaktype(catalogus, number)
    with CaptureQueriesContext(connection) as captured:
        response = lezer.get(f"{BASE}/zaaktypen", {"datumGeldigheid": "2021-06-01", "pageSize": 3})
    on_page = {key for item in response.json()["results"] for key in item["besluittypeOmschrijving"]}
    assert on_page and len(on_page) < 4
    [looked_up] = [
        query["sql"] for query in captured if query["sql"].startswith('SELECT "catalogi_besluittype"."catalogus_id"')
    ]
    for number in range(4):
        assert (f"'B{number}'" in looked_up) == (f"B{number}" in on_page)


@pytest.mark.parametrize("peildatum", [{}, {"datumGeldigheid": "2021-06-01"}])
@pytest.mark.parametrize(
    "path", ["zaaktypen", "besluittypen", "informatieobjecttypen", "resultaattypen", "zaakobjecttypen", "statustypen"]
)
def test_a_page_with_every_relation_costs_what_one_row_costs(lezer, django_assert_max_num_queries, path, peildatum):
    catalogus = CatalogusFactory()
    _zaaktype(catalogus, 0)
    query = {"status": "alles", **peildatum} if path in ("besluittypen", "informatieobjecttypen") else peildatum
    with CaptureQueriesContext(connection) as one:
        assert lezer.get(f"{BASE}/{path}", query).status_code == 200
    for number in range(1, 8):
        _zaaktype(catalogus, number)
    with django_assert_max_num_queries(len(one)):
        response = lezer.get(f"{BASE}/{path}", query)
    assert len(response.json()["results"]) > 7


def test_a_write_answers_with_the_relations_it_wrote(schrijver):
    catalogus = CatalogusFactory()
    zaaktype = ZaakTypeFactory(catalogus=catalogus)
    first, second = (BesluitTypeFactory(catalogus=catalogus, omschrijving=o) for o in ("Eerste", "Tweede"))
    zaaktype.besluittypen.add(first)
    assert schrijver.get(url(zaaktype)).json()["besluittypeOmschrijving"] == ["Eerste"]
    response = schrijver.patch(url(zaaktype), {"besluittypen": [url(second)]}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["besluittypen"] == [url(second)]
    assert response.json()["besluittypeOmschrijving"] == ["Tweede"]
    assert schrijver.get(url(zaaktype)).json() == response.json()
