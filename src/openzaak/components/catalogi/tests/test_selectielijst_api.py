"""The Selectielijst rules through HTTP with real JWTs (ztc-001 … ztc-003): zaaktypen and
resultaattypen against the local Selectielijst API, every failure a 400 naming the field."""

import pytest

from ..models import ResultaatType
from .factories import ResultaatTypeFactory, ZaakTypeFactory
from .selectielijst_server import (
    OMSCHRIJVING_AFGEWEZEN,
    OMSCHRIJVING_VERLEEND,
    PROCESTYPE_BELEID,
    PROCESTYPE_INRICHTEN,
    PROCESTYPE_TOESTEMMING,
    RESULTAAT_BLIJVEND,
    RESULTAAT_INGESCHAT,
    RESULTAAT_NIHIL,
)
from .utils import BASE, codes, url

pytestmark = pytest.mark.django_db

MISSING = "00000000-0000-4000-8000-000000000000"


def _zaaktype(selectielijst, procestype=PROCESTYPE_INRICHTEN):
    return ZaakTypeFactory(selectielijst_procestype=selectielijst.url("procestypen", procestype))


def _resultaattype_data(selectielijst, zaaktype, **overrides):
    return {
        "zaaktype": url(zaaktype),
        "omschrijving": "Verleend",
        "resultaattypeomschrijving": selectielijst.url("resultaattypeomschrijvingen", OMSCHRIJVING_VERLEEND),
        "selectielijstklasse": selectielijst.url("resultaten", RESULTAAT_INGESCHAT),
        "brondatumArchiefprocedure": {"afleidingswijze": "termijn", "procestermijn": "P5Y"},
        **overrides,
    }


# --- zaaktype.selectielijstProcestype (ztc-001) -------------------------------------------


def test_zaaktype_procestype_that_resolves(schrijver, selectielijst):
    zaaktype = ZaakTypeFactory()
    procestype = selectielijst.url("procestypen", PROCESTYPE_BELEID)

    response = schrijver.patch(url(zaaktype), {"selectielijstProcestype": procestype}, format="json")

    assert response.status_code == 200, response.content
    assert response.json()["selectielijstProcestype"] == procestype


@pytest.mark.parametrize(
    ("make_url", "code"),
    [
        (lambda s: s.url("procestypen", MISSING), "bad-url"),
        (lambda s: s.url("resultaten", RESULTAAT_NIHIL), "invalid-resource"),
        (lambda s: f"https://selectielijst.example.com/api/v1/procestypen/{PROCESTYPE_BELEID}", "invalid-resource"),
    ],
)
def test_zaaktype_procestype_that_does_not_resolve(schrijver, selectielijst, make_url, code):
    data = {"selectielijstProcestype": make_url(selectielijst)}

    response = schrijver.patch(url(ZaakTypeFactory()), data, format="json")

    assert codes(response, "selectielijstProcestype") == {code}


def test_zaaktype_procestype_while_the_api_is_down(schrijver, selectielijst):
    selectielijst.down = True
    procestype = selectielijst.url("procestypen", PROCESTYPE_BELEID)

    response = schrijver.patch(url(ZaakTypeFactory()), {"selectielijstProcestype": procestype}, format="json")

    assert codes(response, "selectielijstProcestype") == {"remote-unavailable"}


# --- resultaattype (ztc-002, ztc-003) -----------------------------------------------------


def test_resultaattype_derives_from_the_selectielijst(schrijver, selectielijst):
    zaaktype = _zaaktype(selectielijst, PROCESTYPE_TOESTEMMING)

    response = schrijver.post(f"{BASE}/resultaattypen", _resultaattype_data(selectielijst, zaaktype), format="json")

    assert response.status_code == 201, response.content
    body = response.json()
    assert body["omschrijvingGeneriek"] == "Verleend"
    assert (body["archiefnominatie"], body["archiefactietermijn"]) == ("vernietigen", "P10Y")
    resultaattype = ResultaatType.objects.get()
    assert (resultaattype.omschrijving_generiek, resultaattype.archiefnominatie) == ("Verleend", "vernietigen")


def test_resultaattype_keeps_what_the_client_gives(schrijver, selectielijst):
    zaaktype = _zaaktype(selectielijst, PROCESTYPE_INRICHTEN)
    data = _resultaattype_data(
        selectielijst,
        zaaktype,
        selectielijstklasse=selectielijst.url("resultaten", RESULTAAT_BLIJVEND),
        archiefnominatie="vernietigen",
        archiefactietermijn="P20Y",
        brondatumArchiefprocedure={"afleidingswijze": "afgehandeld"},
    )

    response = schrijver.post(f"{BASE}/resultaattypen", data, format="json")

    assert response.status_code == 201, response.content
    assert (response.json()["archiefnominatie"], response.json()["archiefactietermijn"]) == ("vernietigen", "P20Y")


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        (
            # another procestype's klasse, whose procestermijn (nihil) the afleidingswijze (termijn) does not fit
            {"selectielijstklasse": ("resultaten", RESULTAAT_NIHIL)},
            {"nonFieldErrors:procestype-mismatch", "nonFieldErrors:invalid-afleidingswijze-for-procestermijn"},
        ),
        (
            {"brondatumArchiefprocedure": {"afleidingswijze": "afgehandeld"}},
            {"nonFieldErrors:invalid-afleidingswijze-for-procestermijn"},
        ),
        ({"selectielijstklasse": ("resultaten", MISSING)}, {"selectielijstklasse:bad-url"}),
        ({"selectielijstklasse": ("procestypen", PROCESTYPE_TOESTEMMING)}, {"selectielijstklasse:invalid-resource"}),
        (
            {"resultaattypeomschrijving": ("resultaattypeomschrijvingen", MISSING)},
            {"resultaattypeomschrijving:bad-url"},
        ),
    ],
)
def test_resultaattype_refused(schrijver, selectielijst, overrides, expected):
    zaaktype = _zaaktype(selectielijst, PROCESTYPE_TOESTEMMING)
    overrides = {
        key: selectielijst.url(*value) if isinstance(value, tuple) else value for key, value in overrides.items()
    }
    data = _resultaattype_data(selectielijst, zaaktype, **overrides)

    response = schrijver.post(f"{BASE}/resultaattypen", data, format="json")

    assert codes(response) == expected
    assert not ResultaatType.objects.exists()


def test_resultaattype_while_the_api_is_down(schrijver, selectielijst):
    zaaktype = _zaaktype(selectielijst, PROCESTYPE_TOESTEMMING)
    selectielijst.down = True

    response = schrijver.post(f"{BASE}/resultaattypen", _resultaattype_data(selectielijst, zaaktype), format="json")

    assert codes(response) == {"resultaattypeomschrijving:remote-unavailable", "selectielijstklasse:remote-unavailable"}


def test_resultaattype_patch_of_the_afleidingswijze_is_held_against_the_stored_klasse(schrijver, selectielijst):
    zaaktype = _zaaktype(selectielijst, PROCESTYPE_INRICHTEN)
    resultaattype = ResultaatTypeFactory(
        zaaktype=zaaktype, selectielijstklasse=selectielijst.url("resultaten", RESULTAAT_NIHIL)
    )

    response = schrijver.patch(
        url(resultaattype),
        {"brondatumArchiefprocedure": {"afleidingswijze": "termijn", "procestermijn": "P5Y"}},
        format="json",
    )

    assert codes(response) == {"nonFieldErrors:invalid-afleidingswijze-for-procestermijn"}


def test_resultaattype_patch_elsewhere_fetches_nothing(schrijver, selectielijst):
    zaaktype = _zaaktype(selectielijst, PROCESTYPE_INRICHTEN)
    resultaattype = ResultaatTypeFactory(
        zaaktype=zaaktype,
        selectielijstklasse=selectielijst.url("resultaten", RESULTAAT_NIHIL),
        resultaattypeomschrijving=selectielijst.url("resultaattypeomschrijvingen", OMSCHRIJVING_AFGEWEZEN),
    )

    response = schrijver.patch(url(resultaattype), {"toelichting": "Nieuw"}, format="json")

    assert response.status_code == 200, response.content
    assert selectielijst.hits == []
