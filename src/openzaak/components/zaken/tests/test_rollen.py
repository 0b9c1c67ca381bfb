"""Rollen and resultaten through HTTP: every betrokkeneType with its
betrokkeneIdentificatie shape, contactpersoonRol, the roltype of the zaak's zaaktype,
the betrokkeneIdentificatie filters, the remote betrokkene check; one resultaat per
zaak; a closed zaak changes only with zaken.geforceerd-bijwerken."""

import pytest

from openzaak.components.catalogi.tests.factories import ResultaatTypeFactory, RolTypeFactory, ZaakTypeFactory
from openzaak.zgw.components import ZAKEN as ZAKEN_COMPONENT
from openzaak.zgw.models import AuditTrail, Notification
from openzaak.zgw.scopes import SCOPE_ZAKEN_LEZEN
from openzaak.zgw.testing import AuthorisationMatrix

from ..constants import BetrokkeneType
from ..models import Resultaat, Rol
from .factories import BETROKKENE_IDENTIFICATIE, ResultaatFactory, RolFactory, ZaakFactory
from .utils import BASE, codes, url

pytestmark = pytest.mark.django_db

ROLLEN = f"{BASE}/rollen"
RESULTATEN = f"{BASE}/resultaten"


def rol_body(zaak, roltype, betrokkene_type="natuurlijk_persoon", **extra):
    return {
        "zaak": url(zaak),
        "roltype": url(roltype),
        "betrokkeneType": betrokkene_type,
        "roltoelichting": "Melder",
        "betrokkeneIdentificatie": BETROKKENE_IDENTIFICATIE[betrokkene_type],
        **extra,
    }


@pytest.mark.parametrize("betrokkene_type", BetrokkeneType.values)
def test_every_betrokkene_type(behandelaar, zaaktype, betrokkene_type):
    zaak, roltype = ZaakFactory(zaaktype=zaaktype), RolTypeFactory(zaaktype=zaaktype)
    contactpersoon = {
        "emailadres": "a@example.com",
        "functie": "Secretaris",
        "telefoonnummer": "0612345678",
        "naam": "Ans",
    }
    response = behandelaar.post(
        ROLLEN, rol_body(zaak, roltype, betrokkene_type, contactpersoonRol=contactpersoon), format="json"
    )
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["betrokkeneIdentificatie"] == BETROKKENE_IDENTIFICATIE[betrokkene_type]
    assert created["contactpersoonRol"] == contactpersoon
    assert (created["omschrijving"], created["omschrijvingGeneriek"]) == ("Behandelaar", "behandelaar")
    assert behandelaar.get(created["url"]).json() == created
    assert Notification.objects.filter(resource="rol", actie="create", hoofd_object=url(zaak)).exists()
    assert behandelaar.delete(created["url"]).status_code == 204
    assert AuditTrail.objects.filter(resource="rol", hoofd_object_uuid=zaak.uuid).count() == 2


def test_the_shape_follows_the_betrokkene_type(behandelaar, zaaktype):
    zaak, roltype = ZaakFactory(zaaktype=zaaktype), RolTypeFactory(zaaktype=zaaktype)
    sent = rol_body(zaak, roltype, betrokkeneIdentificatie={"inpBsn": "1234567890", "geslachtsaanduiding": "x"})
    assert codes(behandelaar.post(ROLLEN, sent, format="json")) == {
        "betrokkeneIdentificatie.inpBsn:max_length",
        "betrokkeneIdentificatie.geslachtsaanduiding:invalid_choice",
    }
    nested = rol_body(zaak, roltype, betrokkeneIdentificatie={"verblijfsadres": {"aoaIdentificatie": "1"}})
    assert "betrokkeneIdentificatie.verblijfsadres.aoaHuisnummer:required" in codes(
        behandelaar.post(ROLLEN, nested, format="json")
    )


def test_rol_rules(behandelaar, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    assert codes(behandelaar.post(ROLLEN, rol_body(zaak, RolTypeFactory()), format="json"), "roltype") == {
        "zaaktype-mismatch"  # zrc-019
    }
    roltype = RolTypeFactory(zaaktype=zaaktype)
    empty = rol_body(zaak, roltype, betrokkeneIdentificatie=None)
    assert codes(behandelaar.post(ROLLEN, empty, format="json")) == {"nonFieldErrors:invalid-betrokkene"}
    initiator = RolTypeFactory(zaaktype=zaaktype, omschrijving="Initiator", omschrijving_generiek="initiator")
    assert behandelaar.post(ROLLEN, rol_body(zaak, initiator), format="json").status_code == 201
    assert codes(behandelaar.post(ROLLEN, rol_body(zaak, initiator), format="json"), "roltype") == {"max-occurences"}


def test_the_betrokkene_url_is_checked(behandelaar, zaaktype, remote_apis, settings):
    zaak, roltype = ZaakFactory(zaaktype=zaaktype), RolTypeFactory(zaaktype=zaaktype)
    person = remote_apis.serve("/brp/personen/1", {"burgerservicenummer": "999990019"})
    response = behandelaar.post(ROLLEN, rol_body(zaak, roltype, betrokkene=person), format="json")
    assert response.status_code == 201 and response.json()["betrokkene"] == person
    missing = f"{remote_apis.url}/brp/personen/2"
    assert codes(behandelaar.post(ROLLEN, rol_body(zaak, roltype, betrokkene=missing), format="json")) == {
        "betrokkene:bad-url"
    }
    listing = remote_apis.serve("/brp/personen", [1, 2])
    assert codes(behandelaar.post(ROLLEN, rol_body(zaak, roltype, betrokkene=listing), format="json")) == {
        "betrokkene:invalid-resource"
    }
    settings.ZAKEN_CHECK_REMOTE_URLS = False
    assert behandelaar.post(ROLLEN, rol_body(zaak, roltype, betrokkene=missing), format="json").status_code == 201
    loopback = "http://localhost:1/personen/1"  # refused by the guard, never fetched
    settings.ZAKEN_CHECK_REMOTE_URLS = True
    assert codes(behandelaar.post(ROLLEN, rol_body(zaak, roltype, betrokkene=loopback), format="json")) == {
        "betrokkene:bad-url"
    }


def test_filters_and_query_count(behandelaar, zaaktype, django_assert_max_num_queries):
    zaak = ZaakFactory(zaaktype=zaaktype)
    persoon = RolFactory(zaak=zaak)
    medewerker = RolFactory(zaak=zaak, medewerker=True)
    bsn = {"betrokkeneIdentificatie__natuurlijkPersoon__inpBsn": persoon.betrokkene_identificatie["inpBsn"]}
    assert [r["url"] for r in behandelaar.get(ROLLEN, bsn).json()["results"]] == [url(persoon)]
    by_medewerker = {"betrokkeneIdentificatie__medewerker__identificatie": "m.devries", "betrokkeneType": "medewerker"}
    assert [r["url"] for r in behandelaar.get(ROLLEN, by_medewerker).json()["results"]] == [url(medewerker)]
    assert behandelaar.get(ROLLEN, {"omschrijvingGeneriek": "initiator"}).json()["count"] == 0
    assert behandelaar.get(ROLLEN, {"roltype": url(persoon.roltype), "zaak": url(zaak)}).json()["count"] == 1

    params = {"expand": "zaak,roltype,statussen"}
    behandelaar.get(ROLLEN)
    with django_assert_max_num_queries(20) as one:
        behandelaar.get(ROLLEN, params)
    for _ in range(20):
        RolFactory(zaak__zaaktype=zaaktype, met_contactpersoon=True)
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert behandelaar.get(ROLLEN, params).json()["count"] == 22


def test_a_closed_zaak_changes_only_as_a_correctie(behandelaar, beheerder, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype, closed=True)
    roltype = RolTypeFactory(zaaktype=zaaktype)
    assert behandelaar.post(ROLLEN, rol_body(zaak, roltype), format="json").status_code == 403  # zrc-007
    assert not Rol.objects.exists()
    assert beheerder.post(ROLLEN, rol_body(zaak, roltype), format="json").status_code == 201


def test_resultaat(behandelaar, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    resultaattype = ResultaatTypeFactory(zaaktype=zaaktype)
    body = {"zaak": url(zaak), "resultaattype": url(resultaattype), "toelichting": "Gegrond"}
    response = behandelaar.post(RESULTATEN, body, format="json")
    assert response.status_code == 201, response.content
    assert codes(behandelaar.post(RESULTATEN, body, format="json")) == {"zaak:unique"}
    other = {"zaak": url(ZaakFactory(zaaktype=zaaktype)), "resultaattype": url(ResultaatTypeFactory())}
    assert codes(behandelaar.post(RESULTATEN, other, format="json")) == {"resultaattype:zaaktype-mismatch"}  # zrc-020
    moved = behandelaar.patch(response.json()["url"], {"zaak": other["zaak"]}, format="json")
    assert codes(moved) == {"zaak:wijzigen-niet-toegelaten"}
    assert (
        behandelaar.put(response.json()["url"], {**body, "toelichting": "Ongegrond"}, format="json").status_code == 200
    )
    assert behandelaar.get(RESULTATEN, {"zaak": url(zaak)}).json()["results"][0]["toelichting"] == "Ongegrond"
    assert behandelaar.get(RESULTATEN, {"resultaattype": url(resultaattype), "expand": "resultaattype"}).json()[
        "results"
    ][0]["_expand"]["resultaattype"]["url"] == url(resultaattype)
    assert behandelaar.delete(response.json()["url"]).status_code == 204
    assert not Resultaat.objects.exists()


def test_resultaten_query_count(behandelaar, zaaktype, django_assert_max_num_queries):
    ResultaatFactory(zaak__zaaktype=zaaktype)
    behandelaar.get(RESULTATEN)
    with django_assert_max_num_queries(20) as one:
        behandelaar.get(RESULTATEN, {"expand": "zaak,resultaattype"})
    for _ in range(20):
        ResultaatFactory(zaak__zaaktype=zaaktype)
    with django_assert_max_num_queries(len(one.captured_queries)):
        behandelaar.get(RESULTATEN, {"expand": "zaak,resultaattype"})


def _type():
    return ZaakTypeFactory(concept=False)


class TestRolAuthorisation(AuthorisationMatrix):
    component = ZAKEN_COMPONENT
    scope = SCOPE_ZAKEN_LEZEN
    list_url = ROLLEN

    def make_type(self):
        return _type()

    def make(self, type_, vertrouwelijkheidaanduiding):
        return RolFactory(zaak__zaaktype=type_, zaak__vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding)


class TestResultaatAuthorisation(AuthorisationMatrix):
    component = ZAKEN_COMPONENT
    scope = SCOPE_ZAKEN_LEZEN
    list_url = RESULTATEN

    def make_type(self):
        return _type()

    def make(self, type_, vertrouwelijkheidaanduiding):
        return ResultaatFactory(zaak__zaaktype=type_, zaak__vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding)
