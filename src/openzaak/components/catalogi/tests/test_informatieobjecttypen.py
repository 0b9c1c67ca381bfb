"""Informatieobjecttypen and besluittypen through HTTP: CRUD, publish, ztc-009 and the
version rules, and their filters."""

import datetime

import pytest

from openzaak.zgw.models import Notification

from .factories import (
    BesluitTypeFactory,
    CatalogusFactory,
    InformatieObjectTypeFactory,
    ZaakTypeFactory,
    ZaakTypeInformatieObjectTypeFactory,
)
from .utils import BASE, codes, url

pytestmark = pytest.mark.django_db


def iotype_data(catalogus, **overrides):
    return {
        "catalogus": url(catalogus),
        "omschrijving": "Aanvraag",
        "vertrouwelijkheidaanduiding": "openbaar",
        "beginGeldigheid": "2024-01-01",
        "informatieobjectcategorie": "Formulier",
        "trefwoord": ["aanvraag"],
        "omschrijvingGeneriek": {
            "informatieobjecttypeOmschrijvingGeneriek": "Aanvraag",
            "definitieInformatieobjecttypeOmschrijvingGeneriek": "Een aanvraag",
            "herkomstInformatieobjecttypeOmschrijvingGeneriek": "VNG",
            "hierarchieInformatieobjecttypeOmschrijvingGeneriek": "1",
            "opmerkingInformatieobjecttypeOmschrijvingGeneriek": None,
        },
        **overrides,
    }


def test_informatieobjecttype_life_cycle(schrijver, beheerder):
    catalogus = CatalogusFactory()
    response = schrijver.post(f"{BASE}/informatieobjecttypen", iotype_data(catalogus), format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert (
        body["concept"] is True
        and body["omschrijvingGeneriek"]["opmerkingInformatieobjecttypeOmschrijvingGeneriek"] == ""
    )
    response = schrijver.put(body["url"], iotype_data(catalogus, trefwoord=["a", "b"]), format="json")
    assert response.status_code == 200 and response.json()["trefwoord"] == ["a", "b"]
    assert schrijver.post(f"{body['url']}/publish").json()["concept"] is False
    assert codes(schrijver.put(body["url"], iotype_data(catalogus), format="json"), "nonFieldErrors") == {
        "non-concept-object"
    }
    assert beheerder.put(body["url"], iotype_data(catalogus, trefwoord=["c"]), format="json").status_code == 200
    assert codes(schrijver.delete(body["url"]), "nonFieldErrors") == {"non-concept-object"}
    assert beheerder.delete(body["url"]).status_code == 204
    assert [n.actie for n in Notification.objects.filter(kanaal="informatieobjecttypen").order_by("pk")] == [
        "create",
        "update",
        "publish",
        "update",
        "destroy",
    ]


def test_informatieobjecttype_zaaktypen_and_filters(lezer):
    ztiot = ZaakTypeInformatieObjectTypeFactory(informatieobjecttype__concept=False, zaaktype__identificatie="Z")
    iotype = ztiot.informatieobjecttype
    body = lezer.get(url(iotype)).json()
    assert body["zaaktypen"] == [url(ztiot.zaaktype)] and body["zaaktypeIdentificaties"] == ["Z"]
    later = InformatieObjectTypeFactory(
        catalogus=iotype.catalogus,
        omschrijving=iotype.omschrijving,
        concept=False,
        begin_geldigheid=datetime.date(2030, 1, 1),
    )
    iotype.einde_geldigheid = datetime.date(2029, 12, 31)
    iotype.save()

    def urls(**params):
        return {item["url"] for item in lezer.get(f"{BASE}/informatieobjecttypen", params).json()["results"]}

    assert urls(omschrijving=iotype.omschrijving) == {url(iotype), url(later)}
    assert urls(datumGeldigheid="2030-01-01") == {url(later)}
    assert urls(catalogus=url(iotype.catalogus), status="concept") == set()


def test_publish_overlap(schrijver):
    published = InformatieObjectTypeFactory(omschrijving="Brief", concept=False)
    concept = InformatieObjectTypeFactory(omschrijving="Brief", catalogus=published.catalogus)
    assert codes(schrijver.post(f"{url(concept)}/publish"), "beginGeldigheid") == {"overlap"}


def besluittype_data(catalogus, **overrides):
    return {
        "catalogus": url(catalogus),
        "omschrijving": "Vergunning",
        "publicatieIndicatie": False,
        "informatieobjecttypen": [],
        "beginGeldigheid": "2024-01-01",
        "reactietermijn": "P6W",
        **overrides,
    }


def test_besluittype_life_cycle(schrijver):
    catalogus = CatalogusFactory()
    iotype = InformatieObjectTypeFactory(catalogus=catalogus, omschrijving="Besluitbrief")
    response = schrijver.post(
        f"{BASE}/besluittypen", besluittype_data(catalogus, informatieobjecttypen=["Besluitbrief"]), format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["informatieobjecttypen"] == [url(iotype)]
    assert body["informatieobjecttypeOmschrijvingen"] == body["vastgelegdIn"] == ["Besluitbrief"]
    assert body["reactietermijn"] == "P6W" and body["zaaktypen"] == []
    assert schrijver.patch(body["url"], {"toelichting": "t"}, format="json").status_code == 200
    assert schrijver.post(f"{body['url']}/publish").status_code == 200
    assert codes(schrijver.delete(body["url"]), "nonFieldErrors") == {"non-concept-object"}
    assert Notification.objects.filter(kanaal="besluittypen", actie="publish").get().kenmerken == {
        "catalogus": url(catalogus)
    }


def test_besluittype_validation_and_filters(schrijver, lezer):
    catalogus = CatalogusFactory()
    elders = InformatieObjectTypeFactory()
    data = besluittype_data(catalogus, informatieobjecttypen=[url(elders)], reactietermijn="zes weken")
    problems = codes(schrijver.post(f"{BASE}/besluittypen", data, format="json"))
    assert "reactietermijn:invalid" in problems
    data = besluittype_data(catalogus, informatieobjecttypen=[url(elders)])
    assert codes(schrijver.post(f"{BASE}/besluittypen", data, format="json"), "informatieobjecttypen") == {
        "relations-incorrect-catalogus"
    }

    besluittype = BesluitTypeFactory(catalogus=catalogus, concept=False, omschrijving="X")
    zaaktype = ZaakTypeFactory(catalogus=catalogus)
    zaaktype.besluittypen.add(besluittype)
    iotype = InformatieObjectTypeFactory(catalogus=catalogus)
    besluittype.informatieobjecttypen.add(iotype)
    BesluitTypeFactory(catalogus=catalogus, concept=False)

    def urls(**params):
        response = lezer.get(f"{BASE}/besluittypen", params)
        assert response.status_code == 200, response.content
        return {item["url"] for item in response.json()["results"]}

    assert urls(zaaktypen=url(zaaktype)) == {url(besluittype)}
    assert urls(informatieobjecttypen=url(iotype)) == {url(besluittype)}
    assert urls(omschrijving="X") == {url(besluittype)}
    assert lezer.get(url(besluittype)).json()["zaaktypeIdentificaties"] == [zaaktype.identificatie]


def test_concept_that_published_types_rely_on_is_not_deleted(schrijver, beheerder):
    iotype = InformatieObjectTypeFactory()
    ZaakTypeInformatieObjectTypeFactory(
        informatieobjecttype=iotype, zaaktype__catalogus=iotype.catalogus, zaaktype__concept=False
    )
    assert codes(schrijver.delete(url(iotype)), "nonFieldErrors") == {"non-concept-relation"}
    besluittype = BesluitTypeFactory()
    ZaakTypeFactory(catalogus=besluittype.catalogus, concept=False).besluittypen.add(besluittype)
    assert codes(schrijver.delete(url(besluittype)), "nonFieldErrors") == {"non-concept-relation"}
    deel = ZaakTypeFactory()
    ZaakTypeFactory(catalogus=deel.catalogus, concept=False).deelzaaktypen.add(deel)
    assert codes(schrijver.delete(url(deel)), "nonFieldErrors") == {"non-concept-relation"}
    # unless geforceerd-verwijderen; a concept nobody published relies on goes
    assert beheerder.delete(url(iotype)).status_code == 204
    assert schrijver.delete(url(InformatieObjectTypeFactory())).status_code == 204


def test_referring_types_go_by_key(lezer):
    """A new version of a besluittype or informatieobjecttype is referred to by the
    types that named an earlier version (same catalogus, same omschrijving)."""
    catalogus = CatalogusFactory()
    v1 = BesluitTypeFactory(
        catalogus=catalogus, omschrijving="B", concept=False, einde_geldigheid=datetime.date(2024, 12, 31)
    )
    v2 = BesluitTypeFactory(
        catalogus=catalogus, omschrijving="B", concept=False, begin_geldigheid=datetime.date(2025, 1, 1)
    )
    zaaktype = ZaakTypeFactory(catalogus=catalogus, identificatie="Z", concept=False)
    zaaktype.besluittypen.add(v1)
    for version in (v1, v2):
        body = lezer.get(url(version)).json()
        assert body["zaaktypen"] == [url(zaaktype)] and body["zaaktypeIdentificaties"] == ["Z"]

    iot1 = InformatieObjectTypeFactory(
        catalogus=catalogus, omschrijving="I", concept=False, einde_geldigheid=datetime.date(2024, 12, 31)
    )
    iot2 = InformatieObjectTypeFactory(
        catalogus=catalogus, omschrijving="I", concept=False, begin_geldigheid=datetime.date(2025, 1, 1)
    )
    ZaakTypeInformatieObjectTypeFactory(zaaktype=zaaktype, informatieobjecttype=iot1)
    v1.informatieobjecttypen.add(iot1)
    listed = {item["url"]: item for item in lezer.get(f"{BASE}/informatieobjecttypen").json()["results"]}
    for version in (iot1, iot2):
        assert listed[url(version)]["zaaktypen"] == [url(zaaktype)]
        assert listed[url(version)]["besluittypeOmschrijving"] == ["B"]
        # the besluittype is shown as its version valid today
        assert listed[url(version)]["besluittypen"] == [url(v2)]
