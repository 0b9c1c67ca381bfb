"""GET /zaken and POST /zaken/_zoek: every filter, ordering, pagination, expand, and a
query count that does not grow with the page."""

import datetime

import pytest
from django.contrib.gis.geos import Point

from openzaak.components.catalogi.tests.factories import ZaakTypeFactory

from .factories import (
    BSN,
    RelevanteZaakRelatieFactory,
    ResultaatFactory,
    RolFactory,
    StatusFactory,
    ZaakEigenschapFactory,
    ZaakFactory,
    ZaakInformatieObjectFactory,
    ZaakObjectFactory,
)
from .utils import CRS, OTHER_RSIN, ZAKEN, codes, url

pytestmark = pytest.mark.django_db
ZOEK = f"{ZAKEN}/_zoek"


def found(response) -> set[str]:
    assert response.status_code == 200, response.content
    return {item["url"] for item in response.json()["results"]}


def listed(client, **params) -> set[str]:
    return found(client.get(ZAKEN, params, **CRS))


def searched(client, body) -> set[str]:
    return found(client.post(ZOEK, body, format="json", **CRS))


@pytest.fixture
def zaken(zaaktype):
    """Three zaken that differ in every filtered attribute."""
    een = ZaakFactory(
        zaaktype=zaaktype,
        identificatie="Z-1",
        startdatum=datetime.date(2024, 1, 10),
        registratiedatum=datetime.date(2024, 1, 10),
        einddatum_gepland=datetime.date(2024, 2, 1),
        uiterlijke_einddatum_afdoening=datetime.date(2024, 3, 1),
        vertrouwelijkheidaanduiding="openbaar",
        zaakgeometrie=Point(5.12, 52.09, srid=4326),
    )
    twee = ZaakFactory(
        zaaktype=zaaktype,
        identificatie="Z-2",
        bronorganisatie=OTHER_RSIN,
        startdatum=datetime.date(2024, 2, 10),
        registratiedatum=datetime.date(2024, 2, 10),
        closed=True,
        vertrouwelijkheidaanduiding="geheim",
        archiefstatus="gearchiveerd",
        zaakgeometrie=Point(4.9, 52.37, srid=4326),
    )
    drie = ZaakFactory(
        zaaktype=ZaakTypeFactory(concept=False, catalogus=zaaktype.catalogus),
        identificatie="Z-3",
        startdatum=datetime.date(2024, 3, 10),
        registratiedatum=datetime.date(2024, 3, 10),
        vertrouwelijkheidaanduiding="intern",
        zaakgeometrie=None,
    )
    return een, twee, drie


FILTERS = [
    ({"identificatie": "Z-2"}, {1}),
    ({"bronorganisatie": OTHER_RSIN}, {1}),
    ({"bronorganisatie__in": f"{OTHER_RSIN},999999990"}, {1}),
    ({"archiefnominatie": "vernietigen"}, {1}),
    ({"archiefnominatie__in": "vernietigen,blijvend_bewaren"}, {1}),
    ({"archiefactiedatum": "2034-04-01"}, {1}),
    ({"archiefactiedatum__isnull": "true"}, {0, 2}),
    ({"archiefactiedatum__lt": "2035-01-01"}, {1}),
    ({"archiefactiedatum__gt": "2035-01-01"}, set()),
    ({"archiefstatus": "gearchiveerd"}, {1}),
    ({"archiefstatus__in": "nog_te_archiveren,overgedragen"}, {0, 2}),
    ({"startdatum": "2024-02-10"}, {1}),
    ({"startdatum__gt": "2024-02-10"}, {2}),
    ({"startdatum__gte": "2024-02-10"}, {1, 2}),
    ({"startdatum__lt": "2024-02-10"}, {0}),
    ({"startdatum__lte": "2024-02-10"}, {0, 1}),
    ({"registratiedatum": "2024-03-10"}, {2}),
    ({"registratiedatum__gt": "2024-01-10"}, {1, 2}),
    ({"registratiedatum__lt": "2024-02-10"}, {0}),
    ({"einddatum": "2024-04-01"}, {1}),
    ({"einddatum__isnull": "false"}, {1}),
    ({"einddatum__gt": "2024-01-01"}, {1}),
    ({"einddatum__lt": "2024-01-01"}, set()),
    ({"einddatumGepland": "2024-02-01"}, {0}),
    ({"einddatumGepland__gt": "2024-01-01"}, {0}),
    ({"einddatumGepland__lt": "2024-01-01"}, set()),
    ({"uiterlijkeEinddatumAfdoening": "2024-03-01"}, {0}),
    ({"uiterlijkeEinddatumAfdoening__gt": "2024-03-01"}, set()),
    ({"uiterlijkeEinddatumAfdoening__lt": "2024-03-02"}, {0}),
    ({"maximaleVertrouwelijkheidaanduiding": "intern"}, {0, 2}),
    ({"maximaleVertrouwelijkheidaanduiding": "zeer_geheim"}, {0, 1, 2}),
]


@pytest.mark.parametrize(("params", "expected"), FILTERS)
def test_filters_in_the_list_and_in_zoek(alles, zaken, params, expected):
    urls = {url(zaken[index]) for index in expected}
    assert listed(alles, **params) == urls
    body = {
        name: value.split(",") if name.endswith("__in") else {"true": True, "false": False}.get(value, value)
        for name, value in params.items()
    }
    assert searched(alles, body) == urls


def test_zaaktype_filter(alles, zaken, zaaktype):
    een, twee, drie = zaken
    assert listed(alles, zaaktype=url(zaaktype)) == {url(een), url(twee)}
    assert searched(alles, {"zaaktype__in": [url(drie.zaaktype)]}) == {url(drie)}
    gone = url(zaaktype).replace(str(zaaktype.uuid), "7c6b1f0e-0000-4000-8000-000000000000")
    assert listed(alles, zaaktype=gone) == set()
    assert codes(alles.get(ZAKEN, {"zaaktype": "geen-url"}, **CRS), "zaaktype") == {"bad-url"}
    assert codes(alles.post(ZOEK, {"zaaktype__in": ["https://elders.nl/x"]}, format="json", **CRS)) == {
        "zaaktype__in.0:bad-url"
    }


def test_rol_filters_ask_about_one_rol(alles, zaaktype):
    een = ZaakFactory(zaaktype=zaaktype)
    twee = ZaakFactory(zaaktype=zaaktype)
    RolFactory(zaak=een, betrokkene="https://brp.example.com/personen/1", roltype__omschrijving_generiek="initiator")
    RolFactory(zaak=twee, medewerker=True, roltype__omschrijving_generiek="behandelaar")
    RolFactory(zaak=twee, niet_natuurlijk_persoon=True, betrokkene_identificatie__innNnpId="000000000")
    assert listed(alles, rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn=BSN) == {url(een)}
    assert searched(alles, {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": BSN}) == {url(een)}
    assert listed(alles, rol__betrokkeneIdentificatie__medewerker__identificatie="m.devries") == {url(twee)}
    assert listed(alles, rol__betrokkeneType="medewerker") == {url(twee)}
    assert listed(alles, rol__betrokkene="https://brp.example.com/personen/1") == {url(een)}
    assert listed(alles, rol__omschrijvingGeneriek="behandelaar") == {url(twee)}
    # one rol must match all: zaak twee has a medewerker and a niet-natuurlijk persoon
    assert listed(alles, rol__betrokkeneType="medewerker", rol__omschrijvingGeneriek="behandelaar") == {url(twee)}
    assert (
        listed(
            alles,
            rol__betrokkeneType="niet_natuurlijk_persoon",
            rol__betrokkeneIdentificatie__medewerker__identificatie="m.devries",
        )
        == set()
    )
    assert codes(alles.get(ZAKEN, {"rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": "1" * 10}, **CRS)) == {
        "rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn:max_length"
    }


def test_ordering_and_pagination(alles, zaken):
    een, twee, drie = zaken
    response = alles.get(ZAKEN, **CRS).json()
    assert [item["url"] for item in response["results"]] == [url(drie), url(twee), url(een)]  # newest first
    for ordering, expected in (
        ("startdatum", [een, twee, drie]),
        ("-startdatum", [drie, twee, een]),
        ("-identificatie", [drie, twee, een]),
        ("einddatum,identificatie", [twee, een, drie]),
    ):
        results = alles.get(ZAKEN, {"ordering": ordering}, **CRS).json()["results"]
        assert [item["url"] for item in results] == [url(zaak) for zaak in expected], ordering
    assert searched(alles, {"ordering": "-startdatum", "uuid__in": [str(een.uuid)]}) == {url(een)}
    page = alles.get(ZAKEN, {"pageSize": 2, "page": 2}, **CRS).json()
    assert page["count"] == 3 and len(page["results"]) == 1 and page["previous"] and page["next"] is None
    assert codes(alles.get(ZAKEN, {"ordering": "omschrijving"}, **CRS), "ordering") == {"invalid_choice"}
    assert codes(alles.get(ZAKEN, {"onbekend": "x"}, **CRS), "onbekend") == {"unknown-parameters"}
    assert codes(alles.get(ZAKEN, {"startdatum": "gisteren"}, **CRS), "startdatum") == {"invalid"}


def test_zoek_on_geometry_uuids_and_expand(alles, zaken):
    een, twee, drie = zaken
    utrecht = {"type": "Polygon", "coordinates": [[[5.0, 52.0], [5.3, 52.0], [5.3, 52.2], [5.0, 52.2], [5.0, 52.0]]]}
    assert searched(alles, {"zaakgeometrie": {"within": utrecht}}) == {url(een)}
    assert searched(alles, {"uuid__in": [str(twee.uuid), str(drie.uuid)]}) == {url(twee), url(drie)}
    response = alles.post(ZOEK, {"uuid__in": [str(een.uuid)], "expand": "zaaktype"}, format="json", **CRS)
    [item] = response.json()["results"]
    assert item["_expand"]["zaaktype"]["url"] == item["zaaktype"]
    response = alles.post(f"{ZOEK}?expand=zaaktype", {"uuid__in": [str(een.uuid)]}, format="json", **CRS)
    assert response.json()["results"][0]["_expand"]["zaaktype"]["url"]


def test_zoek_refuses_what_it_does_not_know(alles, zaken):
    assert codes(alles.post(ZOEK, {}, format="json", **CRS), "nonFieldErrors") == {"empty_search_body"}
    assert codes(alles.post(ZOEK, {"onbekend": 1}, format="json", **CRS), "onbekend") == {"unknown-parameters"}
    assert codes(alles.post(ZOEK, {"uuid__in": ["geen-uuid"]}, format="json", **CRS)) == {"uuid__in.0:invalid"}
    bad = {"zaakgeometrie": {"within": {"type": "Polygon", "coordinates": "x"}}}
    assert codes(alles.post(ZOEK, bad, format="json", **CRS), "zaakgeometrie.within") == {"invalid"}
    both = {"expand": "zaaktype", "fields": ["url"]}
    assert codes(alles.post(ZOEK, both, format="json", **CRS), "fields") == {"expand-fields-exclusive"}
    response = alles.post(ZOEK, {"uuid__in": []}, format="json")
    assert response.status_code == 412  # Accept-Crs


def test_expand(alles, zaaktype):
    zaaktype.deelzaaktypen.add(zaaktype)
    hoofdzaak = ZaakFactory(zaaktype=zaaktype)
    zaak = ZaakFactory(zaaktype=zaaktype, hoofdzaak=hoofdzaak)
    deelzaak_loos = ZaakFactory(zaaktype=zaaktype)
    eigenschap = ZaakEigenschapFactory(zaak=zaak)
    RelevanteZaakRelatieFactory(zaak=zaak, relevante_zaak=deelzaak_loos)
    response = alles.get(
        url(zaak),
        {"expand": "zaaktype.catalogus,hoofdzaak.deelzaken,eigenschappen.eigenschap,relevanteAndereZaken,deelzaken"},
        **CRS,
    )
    assert response.status_code == 200, response.content
    expanded = response.json()["_expand"]
    assert expanded["zaaktype"]["_expand"]["catalogus"]["url"] == url(zaaktype.catalogus)
    assert expanded["hoofdzaak"]["url"] == url(hoofdzaak)
    assert [item["url"] for item in expanded["hoofdzaak"]["_expand"]["deelzaken"]] == [url(zaak)]
    assert expanded["eigenschappen"][0]["url"] == url(eigenschap)
    assert expanded["eigenschappen"][0]["_expand"]["eigenschap"]["naam"] == eigenschap.eigenschap.naam
    assert [item["url"] for item in expanded["relevanteAndereZaken"]] == [url(deelzaak_loos)]
    assert expanded["deelzaken"] == []
    assert alles.get(url(hoofdzaak), {"expand": "hoofdzaak"}, **CRS).json()["_expand"]["hoofdzaak"] == {}
    assert codes(alles.get(url(zaak), {"expand": "communicatiekanaal"}, **CRS), "expand") == {"invalid-expand-field"}


def _zaak_with_everything(zaaktype):
    """A zaak with one of each related object; its hoofdzaak is of a zaaktype the
    client may not read (not listed, left out of an expand)."""
    zaak = ZaakFactory(zaaktype=zaaktype, hoofdzaak=ZaakFactory(), betaald=True, verlengd=True)
    StatusFactory(zaak=zaak)
    ResultaatFactory(zaak=zaak)
    RolFactory(zaak=zaak)
    ZaakEigenschapFactory(zaak=zaak)
    ZaakObjectFactory(zaak=zaak)
    ZaakInformatieObjectFactory(zaak=zaak)
    RelevanteZaakRelatieFactory(zaak=zaak, relevante_zaak=zaak.hoofdzaak)
    return zaak


@pytest.mark.parametrize("expand", ["", "zaaktype,hoofdzaak,deelzaken,eigenschappen,relevanteAndereZaken"])
def test_a_page_costs_the_same_queries_at_one_row_and_a_full_page(
    behandelaar, zaaktype, django_assert_max_num_queries, expand
):
    params = {"expand": expand} if expand else {}
    # count and page (and the savepoint pair); a zaaktype expands with the zaaktypen's own
    # nine prefetches, every other name with at most two queries
    bound = 4 if not expand else 4 + 10 + 2 * 4
    _zaak_with_everything(zaaktype)
    behandelaar.get(ZAKEN, **CRS)  # the client's autorisaties are cached from here on
    with django_assert_max_num_queries(bound):
        assert behandelaar.get(ZAKEN, params, **CRS).json()["count"] == 1
    for _ in range(99):
        _zaak_with_everything(zaaktype)
    with django_assert_max_num_queries(bound):
        response = behandelaar.get(ZAKEN, params, **CRS)
    assert len(response.json()["results"]) == 100
    with django_assert_max_num_queries(bound):
        assert (
            len(
                behandelaar.post(ZOEK, {"startdatum__gte": "2000-01-01", **params}, format="json", **CRS).json()[
                    "results"
                ]
            )
            == 100
        )


def test_detail_costs_a_fixed_number_of_queries(behandelaar, zaaktype, django_assert_max_num_queries):
    zaak = _zaak_with_everything(zaaktype)
    behandelaar.get(url(zaak), **CRS)
    with django_assert_max_num_queries(4):
        assert behandelaar.get(url(zaak), **CRS).status_code == 200


def test_zoek_fields_selects_and_expands(alles, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype, processobject_identificatie="P-1", processobject_registratie="BRK")
    ZaakEigenschapFactory(zaak=zaak)
    fields = [
        "url",
        "IDENTIFICATIE",
        {
            "zaaktype": ["identificatie", {"catalogus": ["domein"]}],
            "eigenschappen": ["*"],
            "processobject": ["identificatie"],
        },
    ]
    response = alles.post(ZOEK, {"uuid__in": [str(zaak.uuid)], "fields": fields}, format="json", **CRS)
    assert response.status_code == 200, response.content
    [item] = response.json()["results"]
    assert set(item) == {"url", "identificatie", "zaaktype", "eigenschappen", "processobject", "_expand"}
    assert item["processobject"] == {"identificatie": "P-1"}
    assert item["_expand"]["zaaktype"] == {  # a name with a selection keeps its URL too
        "identificatie": zaaktype.identificatie,
        "catalogus": url(zaaktype.catalogus),
        "_expand": {"catalogus": {"domein": zaaktype.catalogus.domein}},
    }
    assert item["_expand"]["eigenschappen"][0]["waarde"] == "Lantaarnpaal"
    response = alles.post(ZOEK, {"uuid__in": [str(zaak.uuid)], "fields": ["url", "bestaatniet"]}, format="json", **CRS)
    assert codes(response, "fields") == {"invalid-fields"}
    response = alles.post(ZOEK, {"uuid__in": [str(zaak.uuid)], "fields": [{"zaaktype": "x"}]}, format="json", **CRS)
    assert codes(response, "fields") == {"invalid-fields"}


@pytest.mark.parametrize(
    "geometrie",
    [
        {"type": "Point", "coordinates": [5.123456789012345, 52.30000000000000004]},
        {"type": "Point", "coordinates": [0.1, -33.0]},
        {"type": "MultiPoint", "coordinates": [[5.1, 52.2], [6.0, 53.0]]},
        {"type": "LineString", "coordinates": [[5.1, 52.2], [6.0, 53.0]]},
        {"type": "Polygon", "coordinates": [[[5.0, 52.0], [6.0, 52.0], [6.0, 53.0], [5.0, 52.0]]]},
        {"type": "MultiPolygon", "coordinates": [[[[5.0, 52.0], [6.0, 52.0], [6.0, 53.0], [5.0, 52.0]]]]},
        {"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [1.5, 2.5]}]},
    ],
)
def test_a_listed_zaakgeometrie_is_the_one_written(behandelaar, zaaktype, geometrie):
    """A list reads zaakgeometrie as GeoJSON from SQL, a write answers it from GEOS: the same."""
    from .utils import zaak_body

    written = behandelaar.post(ZAKEN, zaak_body(zaaktype, zaakgeometrie=geometrie), format="json", **CRS)
    assert written.status_code == 201, written.content
    listed_zaak = behandelaar.get(ZAKEN, **CRS).json()["results"][0]
    assert listed_zaak["zaakgeometrie"] == written.json()["zaakgeometrie"] == geometrie
    assert behandelaar.get(written.json()["url"], **CRS).json()["zaakgeometrie"] == geometrie
