"""The Selectielijst API client (catalogi/selectielijst.py) against the local server."""

import pytest

from openzaak.zgw.remote import BAD_URL, INVALID_RESOURCE, REMOTE_UNAVAILABLE, RemoteError

from ..selectielijst import (
    Procestermijn,
    Waardering,
    get_procestype,
    get_resultaat,
    get_resultaattypeomschrijving,
    list_procestypen,
    list_resultaattypeomschrijvingen,
    list_resultaten,
)
from .selectielijst_server import (
    OMSCHRIJVING_AFGEWEZEN,
    PROCESTYPE_INRICHTEN,
    PROCESTYPE_INRICHTEN_2017,
    RESULTAAT_BLIJVEND,
    RESULTAAT_INGESCHAT,
    RESULTAAT_NIHIL,
    SelectielijstServer,
    load_data,
)


def _code(call, *args) -> str:
    with pytest.raises(RemoteError) as excinfo:
        call(*args)
    return excinfo.value.code


def test_procestype(selectielijst):
    url = selectielijst.url("procestypen", PROCESTYPE_INRICHTEN)

    procestype = get_procestype(url)

    assert procestype.url == url
    assert (procestype.nummer, procestype.jaar) == (1, 2020)
    assert procestype.naam == "Instellen en inrichten organisatie"
    assert procestype.procesobject == "De vastgestelde organisatie inrichting"


def test_resultaat(selectielijst):
    url = selectielijst.url("resultaten", RESULTAAT_INGESCHAT)

    resultaat = get_resultaat(url)

    assert resultaat.url == url
    assert resultaat.proces_type == selectielijst.url("procestypen", "3e1f6d3e-617f-43e1-87be-8bd255ef4745")
    assert (resultaat.volledig_nummer, resultaat.generiek, resultaat.specifiek) == ("11.1.2", False, True)
    assert resultaat.waardering == Waardering.vernietigen
    assert resultaat.procestermijn == Procestermijn.ingeschatte_bestaansduur_procesobject
    assert resultaat.bewaartermijn == "P10Y"
    assert resultaat.procestermijn_opmerking == "5 of 10 jaar"
    assert resultaat.taakgebieden == ("veiligheid",)


def test_resultaat_kept_forever_has_no_procestermijn_or_bewaartermijn(selectielijst):
    resultaat = get_resultaat(selectielijst.url("resultaten", RESULTAAT_BLIJVEND))

    assert (resultaat.waardering, resultaat.procestermijn, resultaat.bewaartermijn) == ("blijvend_bewaren", "", None)


def test_resultaattypeomschrijving(selectielijst):
    url = selectielijst.url("resultaattypeomschrijvingen", OMSCHRIJVING_AFGEWEZEN)

    omschrijving = get_resultaattypeomschrijving(url)

    assert omschrijving.omschrijving == "Afgewezen"
    assert omschrijving.definitie == "Het gevraagde is afgewezen."


def test_fetched_resources_are_cached(selectielijst):
    url = selectielijst.url("resultaten", RESULTAAT_NIHIL)

    assert get_resultaat(url) == get_resultaat(url)
    assert selectielijst.hits == [f"/api/v1/resultaten/{RESULTAAT_NIHIL}"]


@pytest.mark.parametrize(
    "make_url",
    [
        lambda s: s.url("resultaten", RESULTAAT_NIHIL),  # another collection
        lambda s: f"{s.api_root}procestypen/1",  # not a uuid
        lambda s: f"{s.api_root}procestypen/{PROCESTYPE_INRICHTEN}/resultaten",
        lambda s: f"https://selectielijst.openzaak.nl/api/v1/procestypen/{PROCESTYPE_INRICHTEN}",  # not configured
        lambda s: f"{s.api_root}procestypen",
        lambda s: None,
    ],
)
def test_only_procestypen_of_the_configured_api(selectielijst, make_url):
    assert _code(get_procestype, make_url(selectielijst)) == INVALID_RESOURCE
    assert selectielijst.hits == []  # refused before any request


def test_trailing_slash_is_accepted(selectielijst):
    assert get_procestype(selectielijst.url("procestypen", PROCESTYPE_INRICHTEN) + "/").nummer == 1


def test_unknown_resource_is_a_bad_url(selectielijst):
    assert _code(get_resultaat, selectielijst.url("resultaten", "00000000-0000-4000-8000-000000000000")) == BAD_URL


def test_api_down_is_remote_unavailable(selectielijst):
    selectielijst.down = True

    assert _code(get_resultaat, selectielijst.url("resultaten", RESULTAAT_NIHIL)) == REMOTE_UNAVAILABLE


@pytest.fixture
def broken_selectielijst(settings):
    """A Selectielijst API whose resources miss required fields or have unknown values."""
    data = load_data()
    del data["procestypen"][0]["naam"]
    data["resultaten"][0]["procestermijn"] = "eeuwig"
    data["resultaattypeomschrijvingen"][0]["omschrijving"] = None
    server = SelectielijstServer(data).start()
    settings.SELECTIELIJST_API_URL = server.api_root
    settings.REMOTE_ALLOWED_HOSTS = ["127.0.0.1"]
    yield server
    server.stop()


def test_resources_of_the_wrong_shape_are_invalid(broken_selectielijst):
    data = load_data()
    procestype, resultaat, omschrijving = (
        data[name][0]["url"].rsplit("/", 1)[1] for name in ("procestypen", "resultaten", "resultaattypeomschrijvingen")
    )

    assert _code(get_procestype, broken_selectielijst.url("procestypen", procestype)) == INVALID_RESOURCE
    assert _code(get_resultaat, broken_selectielijst.url("resultaten", resultaat)) == INVALID_RESOURCE
    assert (
        _code(get_resultaattypeomschrijving, broken_selectielijst.url("resultaattypeomschrijvingen", omschrijving))
        == INVALID_RESOURCE
    )
    assert _code(list_procestypen) == INVALID_RESOURCE


def test_list_procestypen(selectielijst):
    assert [p.nummer for p in list_procestypen()] == [1, 2, 3, 5, 11, 1]
    assert [p.url for p in list_procestypen(jaar=2017)] == [selectielijst.url("procestypen", PROCESTYPE_INRICHTEN_2017)]


def test_list_resultaten_follows_every_page(selectielijst):
    resultaten = list_resultaten()

    assert len(resultaten) == len(load_data()["resultaten"]) == 12
    assert selectielijst.hits == ["/api/v1/resultaten", "/api/v1/resultaten?page=2", "/api/v1/resultaten?page=3"]


def test_list_resultaten_of_one_procestype(selectielijst):
    procestype = selectielijst.url("procestypen", PROCESTYPE_INRICHTEN)

    resultaten = list_resultaten(procestype=procestype)

    assert [r.volledig_nummer for r in resultaten] == ["1.1", "1.1.1", "1.4"]
    assert len(selectielijst.hits) == 1


def test_list_resultaten_filters_when_the_api_does_not(selectielijst):
    """Not every version of the API knows the `procesType` filter."""
    selectielijst.filters = False
    procestype = selectielijst.url("procestypen", PROCESTYPE_INRICHTEN)

    resultaten = list_resultaten(procestype=procestype)

    assert [r.volledig_nummer for r in resultaten] == ["1.1", "1.1.1", "1.4"]
    assert len(selectielijst.hits) == 3  # it had to read every page


def test_list_does_not_follow_next_links_out_of_the_api(selectielijst, settings):
    """The API is configured by another name than its pages link to."""
    settings.SELECTIELIJST_API_URL = selectielijst.api_root.replace("127.0.0.1", "localhost")
    settings.REMOTE_ALLOWED_HOSTS = ["localhost", "127.0.0.1"]

    assert _code(list_resultaten) == INVALID_RESOURCE
    assert selectielijst.hits == ["/api/v1/resultaten"]


def test_list_resultaattypeomschrijvingen(selectielijst):
    assert [o.omschrijving for o in list_resultaattypeomschrijvingen()] == [
        "Toegekend",
        "Afgewezen",
        "Ingetrokken",
        "Verleend",
        "Geweigerd",
        "Gegrond",
    ]
