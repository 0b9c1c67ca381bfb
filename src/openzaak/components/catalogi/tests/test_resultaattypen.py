"""Resultaattypen and eigenschappen through HTTP: the Selectielijst rules (ztc-001 …
ztc-003, against a real local Selectielijst API), brondatumArchiefprocedure (ztc-004 …
ztc-008) and Eigenschap.specificatie (ztc-015)."""

import pytest

from .factories import (
    BesluitTypeFactory,
    EigenschapFactory,
    InformatieObjectTypeFactory,
    StatusTypeFactory,
    ZaakTypeFactory,
)
from .selectielijst_server import (
    OMSCHRIJVING_VERLEEND,
    PROCESTYPE_BELEID,
    PROCESTYPE_INRICHTEN,
    RESULTAAT_BESTAANSDUUR,
    RESULTAAT_BLIJVEND,
    RESULTAAT_NIHIL,
)
from .utils import BASE, codes, url

pytestmark = pytest.mark.django_db

LIST = f"{BASE}/resultaattypen"


@pytest.fixture
def zaaktype(selectielijst):
    return ZaakTypeFactory(selectielijst_procestype=selectielijst.url("procestypen", PROCESTYPE_INRICHTEN))


def resultaattype_data(selectielijst, zaaktype, resultaat=RESULTAAT_NIHIL, **overrides):
    return {
        "zaaktype": url(zaaktype),
        "omschrijving": "Verleend",
        "resultaattypeomschrijving": selectielijst.url("resultaattypeomschrijvingen", OMSCHRIJVING_VERLEEND),
        "selectielijstklasse": selectielijst.url("resultaten", resultaat),
        "brondatumArchiefprocedure": {"afleidingswijze": "afgehandeld"},
        **overrides,
    }


def test_create_derives_from_selectielijst(schrijver, selectielijst, zaaktype):
    besluittype = BesluitTypeFactory(catalogus=zaaktype.catalogus, omschrijving="Vergunning")
    iotype = InformatieObjectTypeFactory(catalogus=zaaktype.catalogus, omschrijving="Brief")
    data = resultaattype_data(selectielijst, zaaktype, besluittypen=["Vergunning"], informatieobjecttypen=[url(iotype)])
    response = schrijver.post(LIST, data, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["omschrijvingGeneriek"] == "Verleend"  # the resultaattypeomschrijving's omschrijving (ztc-002)
    assert body["archiefnominatie"] == "vernietigen" and body["archiefactietermijn"] == "P10Y"  # from the klasse
    assert body["besluittypen"] == [url(besluittype)] and body["besluittypeOmschrijving"] == ["Vergunning"]
    assert body["informatieobjecttypeOmschrijving"] == ["Brief"]
    assert body["brondatumArchiefprocedure"] == {
        "afleidingswijze": "afgehandeld",
        "datumkenmerk": "",
        "einddatumBekend": False,
        "objecttype": "",
        "registratie": "",
        "procestermijn": None,
    }
    # explicit values win over the derived ones
    response = schrijver.put(
        body["url"], {**data, "archiefnominatie": "blijvend_bewaren", "archiefactietermijn": "P5Y"}, format="json"
    )
    assert response.status_code == 200, response.content
    assert (response.json()["archiefnominatie"], response.json()["archiefactietermijn"]) == ("blijvend_bewaren", "P5Y")
    response = schrijver.patch(body["url"], {"brondatumArchiefprocedure": None}, format="json")
    assert response.status_code == 200 and response.json()["brondatumArchiefprocedure"] is None


RESULTAAT_NIHIL_OTHER_PROCESTYPE = "0073a686-14ac-42bd-96aa-7debfd53eb56"  # procestermijn nihil


def test_selectielijst_rules(schrijver, selectielijst, zaaktype):
    # ztc-002: the klasse belongs to the zaaktype's procestype
    hoofdzaak = {"afleidingswijze": "hoofdzaak"}  # fits the klasse's procestermijn (bestaansduur_procesobject)
    data = resultaattype_data(
        selectielijst, zaaktype, resultaat=RESULTAAT_BESTAANSDUUR, brondatumArchiefprocedure=hoofdzaak
    )
    assert codes(schrijver.post(LIST, data, format="json"), "nonFieldErrors") == {"procestype-mismatch"}
    # ztc-003: procestermijn nihil needs afleidingswijze afgehandeld
    data = resultaattype_data(selectielijst, zaaktype, brondatumArchiefprocedure={"afleidingswijze": "hoofdzaak"})
    assert codes(schrijver.post(LIST, data, format="json"), "nonFieldErrors") == {
        "invalid-afleidingswijze-for-procestermijn"
    }
    # both at once when both apply, as nonFieldErrors
    data = resultaattype_data(
        selectielijst,
        zaaktype,
        resultaat=RESULTAAT_NIHIL_OTHER_PROCESTYPE,
        brondatumArchiefprocedure={"afleidingswijze": "hoofdzaak"},
    )
    assert codes(schrijver.post(LIST, data, format="json"), "nonFieldErrors") == {
        "procestype-mismatch",
        "invalid-afleidingswijze-for-procestermijn",
    }
    # ztc-001: a zaaktype's selectielijstProcestype is a procestype
    response = schrijver.patch(
        url(zaaktype), {"selectielijstProcestype": selectielijst.url("resultaten", RESULTAAT_NIHIL)}, format="json"
    )
    assert codes(response, "selectielijstProcestype") == {"invalid-resource"}
    response = schrijver.patch(
        url(zaaktype), {"selectielijstProcestype": selectielijst.url("procestypen", PROCESTYPE_BELEID)}, format="json"
    )
    assert response.status_code == 200, response.content


def test_selectielijst_down(schrijver, selectielijst, zaaktype):
    """An unreachable Selectielijst API is a 400 naming the field, never a 500."""
    selectielijst.down = True
    data = resultaattype_data(selectielijst, ZaakTypeFactory(), omschrijving="Anders")
    assert codes(schrijver.post(LIST, data, format="json"), "resultaattypeomschrijving") == {"remote-unavailable"}


@pytest.mark.parametrize(
    "brondatum, expected",
    [
        # ztc-004: datumkenmerk for eigenschap, zaakobject, ander_datumkenmerk only
        ({"afleidingswijze": "eigenschap"}, {"brondatumArchiefprocedure.datumkenmerk:required"}),
        ({"afleidingswijze": "eigenschap", "datumkenmerk": "datum"}, set()),
        (
            {"afleidingswijze": "hoofdzaak", "datumkenmerk": "datum"},
            {"brondatumArchiefprocedure.datumkenmerk:must-be-empty"},
        ),
        # ztc-005: no einddatumBekend for afgehandeld or termijn
        ({"afleidingswijze": "hoofdzaak", "einddatumBekend": True}, set()),
        # ztc-006: objecttype for zaakobject and ander_datumkenmerk
        ({"afleidingswijze": "zaakobject", "datumkenmerk": "d"}, {"brondatumArchiefprocedure.objecttype:required"}),
        ({"afleidingswijze": "zaakobject", "datumkenmerk": "d", "objecttype": "pand"}, set()),
        (
            {"afleidingswijze": "eigenschap", "datumkenmerk": "d", "objecttype": "pand"},
            {"brondatumArchiefprocedure.objecttype:must-be-empty"},
        ),
        # ztc-007: registratie for ander_datumkenmerk only
        (
            {"afleidingswijze": "ander_datumkenmerk", "datumkenmerk": "d", "objecttype": "pand"},
            {"brondatumArchiefprocedure.registratie:required"},
        ),
        (
            {"afleidingswijze": "ander_datumkenmerk", "datumkenmerk": "d", "objecttype": "pand", "registratie": "BAG"},
            set(),
        ),
        # ztc-008: procestermijn for termijn only
        (
            {"afleidingswijze": "hoofdzaak", "procestermijn": "P5Y"},
            {"brondatumArchiefprocedure.procestermijn:must-be-empty"},
        ),
        ({"afleidingswijze": "gerelateerde_zaak"}, set()),
        ({"afleidingswijze": "bestaat_niet"}, {"brondatumArchiefprocedure.afleidingswijze:invalid_choice"}),
    ],
)
def test_brondatum_archiefprocedure(schrijver, selectielijst, zaaktype, brondatum, expected):
    # a klasse without procestermijn allows every afleidingswijze (ztc-003), so only ztc-004 … 008 speak
    data = resultaattype_data(
        selectielijst, zaaktype, resultaat=RESULTAAT_BLIJVEND, brondatumArchiefprocedure=brondatum
    )
    response = schrijver.post(LIST, data, format="json")
    if expected:
        assert codes(response) == expected
    else:
        assert response.status_code == 201, response.content


def test_brondatum_termijn(schrijver, selectielijst, zaaktype):
    data = resultaattype_data(
        selectielijst, zaaktype, resultaat=RESULTAAT_BLIJVEND, brondatumArchiefprocedure={"afleidingswijze": "termijn"}
    )
    assert codes(schrijver.post(LIST, data, format="json")) == {"brondatumArchiefprocedure.procestermijn:required"}
    data["brondatumArchiefprocedure"] = {"afleidingswijze": "termijn", "procestermijn": "P10Y", "einddatumBekend": True}
    assert codes(schrijver.post(LIST, data, format="json")) == {
        "brondatumArchiefprocedure.einddatumBekend:must-be-empty"
    }
    data["brondatumArchiefprocedure"] = {"afleidingswijze": "termijn", "procestermijn": "P10Y"}
    assert schrijver.post(LIST, data, format="json").status_code == 201


EIGENSCHAPPEN = f"{BASE}/eigenschappen"


def eigenschap_data(zaaktype, **specificatie):
    return {
        "naam": "aanvraagdatum",
        "definitie": "De datum van de aanvraag",
        "zaaktype": url(zaaktype),
        "specificatie": {"formaat": "tekst", "lengte": "10", "kardinaliteit": "1", **specificatie},
    }


@pytest.mark.parametrize(
    "specificatie, expected",
    [
        ({"formaat": "datum", "lengte": "8", "waardenverzameling": ["20240101"]}, set()),
        ({"formaat": "datum", "lengte": "10"}, {"specificatie.lengte:invalid-length"}),  # ztc-015
        ({"formaat": "datum_tijd", "lengte": "14", "waardenverzameling": ["20240101120000"]}, set()),
        ({"formaat": "datum_tijd", "lengte": "8"}, {"specificatie.lengte:invalid-length"}),  # ztc-015
        (
            {"formaat": "datum", "lengte": "8", "waardenverzameling": ["2024-01-01"]},
            {"specificatie.waardenverzameling:invalid-value"},
        ),
        ({"formaat": "getal", "lengte": "8,2", "waardenverzameling": ["12.5", "-3"]}, set()),
        (
            {"formaat": "getal", "lengte": "8", "waardenverzameling": ["twaalf"]},
            {"specificatie.waardenverzameling:invalid-value"},
        ),
        (
            {"formaat": "tekst", "lengte": "3", "waardenverzameling": ["ja", "nee", "misschien"]},
            {"specificatie.waardenverzameling:invalid-value"},
        ),
        ({"formaat": "tekst", "lengte": "lang"}, {"specificatie.lengte:invalid-length"}),
        ({"kardinaliteit": "N"}, set()),
        ({"kardinaliteit": "0"}, {"specificatie.kardinaliteit:invalid"}),
        ({"formaat": "kleur"}, {"specificatie.formaat:invalid_choice"}),
    ],
)
def test_eigenschap_specificatie(schrijver, specificatie, expected):
    response = schrijver.post(EIGENSCHAPPEN, eigenschap_data(ZaakTypeFactory(), **specificatie), format="json")
    if expected:
        assert codes(response) == expected
    else:
        assert response.status_code == 201, response.content
        assert response.json()["specificatie"]["formaat"] == specificatie.get("formaat", "tekst")


def test_eigenschap_crud(schrijver):
    zaaktype = ZaakTypeFactory()
    statustype = StatusTypeFactory(zaaktype=zaaktype)
    response = schrijver.post(
        EIGENSCHAPPEN, {**eigenschap_data(zaaktype), "statustype": url(statustype)}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["statustype"] == url(statustype) and body["catalogus"] == url(zaaktype.catalogus)
    assert body["specificatie"] == {
        "groep": "",
        "formaat": "tekst",
        "lengte": "10",
        "kardinaliteit": "1",
        "waardenverzameling": [],
    }
    assert codes(schrijver.post(EIGENSCHAPPEN, eigenschap_data(zaaktype), format="json"), "nonFieldErrors") == {
        "unique"
    }
    assert codes(
        schrijver.patch(body["url"], {"statustype": url(StatusTypeFactory())}, format="json"), "statustype"
    ) == {"relations-incorrect-zaaktype"}
    response = schrijver.patch(
        body["url"], {"specificatie": {"formaat": "getal", "lengte": "5", "kardinaliteit": "N"}}, format="json"
    )
    assert response.status_code == 200 and response.json()["specificatie"]["formaat"] == "getal"
    assert schrijver.delete(body["url"]).status_code == 204
    assert EigenschapFactory(zaaktype=zaaktype).naam
