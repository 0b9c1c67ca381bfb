"""Catalogussen through HTTP: create, PUT/PATCH (new in 1.3.2), the derived type lists
and the domein/rsin filters."""

import pytest

from .factories import BesluitTypeFactory, CatalogusFactory, InformatieObjectTypeFactory, ZaakTypeFactory
from .utils import BASE, codes, url

pytestmark = pytest.mark.django_db

LIST = f"{BASE}/catalogussen"
DATA = {"domein": "ABR", "rsin": "002564440", "contactpersoonBeheerNaam": "Ad Alarm"}


def test_create_update(schrijver):
    response = schrijver.post(
        LIST, {**DATA, "naam": None, "contactpersoonBeheerEmailadres": "ad@example.com"}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["naam"] == "" and body["zaaktypen"] == [] and body["contactpersoonBeheerEmailadres"] == "ad@example.com"
    response = schrijver.put(
        body["url"], {**DATA, "naam": "Afval", "versie": "2", "begindatumVersie": "2024-01-01"}, format="json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["begindatumVersie"] == "2024-01-01"
    response = schrijver.patch(body["url"], {"contactpersoonBeheerNaam": "Bea Beheer"}, format="json")
    assert response.status_code == 200 and response.json()["contactpersoonBeheerNaam"] == "Bea Beheer"
    assert schrijver.delete(body["url"]).status_code == 405
    assert codes(schrijver.post(LIST, DATA, format="json"), "nonFieldErrors") == {"unique"}
    assert codes(schrijver.post(LIST, {**DATA, "domein": "X", "rsin": "12"}, format="json"), "rsin") == {"invalid"}
    assert codes(schrijver.post(LIST, {**DATA, "domein": "X", "rsin": "123456789"}, format="json"), "rsin") == {
        "invalid"
    }
    assert codes(schrijver.post(LIST, {**DATA, "domein": "TOOLONG"}, format="json"), "domein") == {"max_length"}


def test_derived_lists(lezer):
    catalogus = CatalogusFactory()
    zaaktype = ZaakTypeFactory(catalogus=catalogus)
    besluittype = BesluitTypeFactory(catalogus=catalogus, omschrijving="Vergunning")
    iotype = InformatieObjectTypeFactory(catalogus=catalogus, omschrijving="Aanvraag")
    body = lezer.get(url(catalogus)).json()
    assert body["zaaktypen"] == [url(zaaktype)]
    assert body["besluittypen"] == [url(besluittype)] and body["besluittypeOmschrijving"] == ["Vergunning"]
    assert body["informatieobjecttypen"] == [url(iotype)] and body["informatieobjecttypeOmschrijving"] == ["Aanvraag"]


def test_filters(lezer):
    a = CatalogusFactory(domein="AAA", rsin="111111110")
    b = CatalogusFactory(domein="BBB", rsin="222222220")
    CatalogusFactory(domein="CCC", rsin="333333330")

    def urls(**params):
        return {item["url"] for item in lezer.get(LIST, params).json()["results"]}

    assert urls(domein="AAA") == {url(a)}
    assert urls(domein__in="AAA,BBB") == {url(a), url(b)}
    assert urls(rsin="222222220") == {url(b)}
    assert urls(rsin__in="111111110,222222220") == {url(a), url(b)}
