"""Zaaktypen through HTTP: CRUD, relations, the concept life cycle (publish, ztc-009,
ztc-016), filters incl. datumGeldigheid, and a fixed query count."""

import datetime

import pytest

from openzaak.zgw.models import Notification

from ..models import ZaakType
from .factories import BesluitTypeFactory, CatalogusFactory, InformatieObjectTypeFactory, ZaakTypeFactory
from .utils import BASE, codes, url

pytestmark = pytest.mark.django_db

LIST = f"{BASE}/zaaktypen"


def zaaktype_data(catalogus, **overrides):
    return {
        "identificatie": "MELDING",
        "omschrijving": "Melding openbare ruimte",
        "vertrouwelijkheidaanduiding": "openbaar",
        "doel": "Meldingen afhandelen",
        "aanleiding": "Een melding",
        "indicatieInternOfExtern": "extern",
        "handelingInitiator": "Melden",
        "onderwerp": "Openbare ruimte",
        "handelingBehandelaar": "Behandelen",
        "doorlooptijd": "P30D",
        "opschortingEnAanhoudingMogelijk": False,
        "verlengingMogelijk": True,
        "verlengingstermijn": "P2W",
        "trefwoorden": ["melding", "buiten"],
        "publicatieIndicatie": False,
        "productenOfDiensten": ["https://example.com/product/1"],
        "referentieproces": {"naam": "Melden", "link": ""},
        "verantwoordelijke": "Afdeling Beheer",
        "catalogus": url(catalogus),
        "besluittypen": [],
        "gerelateerdeZaaktypen": [],
        "beginGeldigheid": "2024-01-01",
        **overrides,
    }


def test_create_read_update_delete(schrijver):
    catalogus = CatalogusFactory()
    besluittype = BesluitTypeFactory(catalogus=catalogus, omschrijving="Vergunning")
    response = schrijver.post(LIST, zaaktype_data(catalogus, besluittypen=[url(besluittype)]), format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["concept"] is True
    assert body["versiedatum"] == "2024-01-01"
    assert body["besluittypen"] == [url(besluittype)]
    assert body["besluittypeOmschrijving"] == ["Vergunning"]
    assert body["referentieproces"] == {"naam": "Melden", "link": ""}
    assert body["verlengingstermijn"] == "P2W"
    assert response["Location"] == body["url"]

    detail = schrijver.get(body["url"])
    assert detail.status_code == 200 and detail.json() == body
    assert detail["API-version"] == "1.3.3"

    response = schrijver.patch(body["url"], {"omschrijving": "Melding"}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["omschrijving"] == "Melding"

    response = schrijver.put(
        body["url"], zaaktype_data(catalogus, omschrijving="Nieuw", besluittypen=["Vergunning"]), format="json"
    )
    assert response.status_code == 200, response.content
    assert response.json()["besluittypen"] == [url(besluittype)]

    assert schrijver.delete(body["url"]).status_code == 204
    assert not ZaakType.objects.exists()
    notifications = list(Notification.objects.filter(kanaal="zaaktypen").order_by("pk"))
    assert [n.actie for n in notifications] == ["create", "partial_update", "update", "destroy"]
    assert notifications[0].kenmerken == {"catalogus": url(catalogus)}


def test_publish_and_what_may_change_after(schrijver, beheerder):
    zaaktype = ZaakTypeFactory()
    response = schrijver.post(f"{url(zaaktype)}/publish")
    assert response.status_code == 200, response.content
    assert response.json()["concept"] is False
    assert Notification.objects.filter(kanaal="zaaktypen", actie="publish").exists()

    assert codes(schrijver.post(f"{url(zaaktype)}/publish"), "nonFieldErrors") == {"non-concept-object"}
    # ztc-009: no change and no delete without the forced scopes, except eindeGeldigheid
    assert codes(schrijver.patch(url(zaaktype), {"omschrijving": "x"}, format="json"), "nonFieldErrors") == {
        "non-concept-object"
    }
    assert codes(schrijver.delete(url(zaaktype)), "nonFieldErrors") == {"non-concept-object"}
    response = schrijver.patch(url(zaaktype), {"eindeGeldigheid": "2024-12-31"}, format="json")
    assert response.status_code == 200, response.content
    # a correctie with catalogi.geforceerd-schrijven
    response = beheerder.patch(url(zaaktype), {"omschrijving": "Gecorrigeerd"}, format="json")
    assert response.status_code == 200 and response.json()["omschrijving"] == "Gecorrigeerd"
    assert beheerder.delete(url(zaaktype)).status_code == 204


def test_publish_requires_published_relations(schrijver):
    zaaktype = ZaakTypeFactory()
    besluittype = BesluitTypeFactory(catalogus=zaaktype.catalogus)
    zaaktype.besluittypen.add(besluittype)
    assert codes(schrijver.post(f"{url(zaaktype)}/publish"), "nonFieldErrors") == {"concept-relation"}
    besluittype.concept = False
    besluittype.save()
    assert schrijver.post(f"{url(zaaktype)}/publish").status_code == 200


def test_versions_may_not_overlap_ztc_016(schrijver):
    oud = ZaakTypeFactory(identificatie="Z1", concept=False, begin_geldigheid=datetime.date(2023, 1, 1))
    nieuw = ZaakTypeFactory(identificatie="Z1", catalogus=oud.catalogus, begin_geldigheid=datetime.date(2024, 1, 1))
    assert codes(schrijver.post(f"{url(nieuw)}/publish"), "beginGeldigheid") == {"overlap"}
    # closing the old version first makes room
    assert schrijver.patch(url(oud), {"eindeGeldigheid": "2023-12-31"}, format="json").status_code == 200
    assert schrijver.post(f"{url(nieuw)}/publish").status_code == 200
    # and the old one may not be reopened over the new one
    assert codes(schrijver.patch(url(oud), {"eindeGeldigheid": None}, format="json"), "beginGeldigheid") == {"overlap"}


def test_filters(lezer):
    catalogus = CatalogusFactory()
    oud = ZaakTypeFactory(
        catalogus=catalogus,
        identificatie="A",
        concept=False,
        trefwoorden=["x", "y"],
        begin_geldigheid=datetime.date(2023, 1, 1),
        einde_geldigheid=datetime.date(2023, 12, 31),
    )
    nieuw = ZaakTypeFactory(
        catalogus=catalogus, identificatie="A", concept=False, begin_geldigheid=datetime.date(2024, 1, 1)
    )
    concept = ZaakTypeFactory(catalogus=catalogus, identificatie="B")
    other = ZaakTypeFactory(concept=False)

    def urls(**params):
        response = lezer.get(LIST, params)
        assert response.status_code == 200, response.content
        return {item["url"] for item in response.json()["results"]}

    assert urls() == {url(oud), url(nieuw), url(other)}  # definitief by default
    assert urls(status="concept") == {url(concept)}
    assert urls(status="alles", catalogus=url(catalogus)) == {url(oud), url(nieuw), url(concept)}
    assert urls(identificatie="A", datumGeldigheid="2023-06-01") == {url(oud)}
    assert urls(identificatie="A", datumGeldigheid="2023-12-31") == {url(oud)}
    assert urls(identificatie="A", datumGeldigheid="2024-01-01") == {url(nieuw)}
    assert urls(trefwoorden="x,y") == {url(oud)}
    assert urls(trefwoorden="x,z") == set()
    assert codes(lezer.get(LIST, {"status": "bestaat-niet"}), "status") == {"invalid_choice"}
    assert codes(lezer.get(LIST, {"datumGeldigheid": "gisteren"}), "datumGeldigheid") == {"invalid"}
    assert codes(lezer.get(LIST, {"onbekend": "1"}), "onbekend") == {"unknown-parameters"}


def test_validation(schrijver):
    catalogus = CatalogusFactory()
    andere = BesluitTypeFactory()
    data = zaaktype_data(catalogus, doorlooptijd="30 dagen", verlengingstermijn=None, besluittypen=[url(andere)])
    problems = codes(schrijver.post(LIST, data, format="json"))
    assert "doorlooptijd:invalid" in problems
    data = zaaktype_data(catalogus, verlengingstermijn=None, besluittypen=[url(andere)])
    assert codes(schrijver.post(LIST, data, format="json"), "besluittypen") == {"relations-incorrect-catalogus"}
    data = zaaktype_data(catalogus, verlengingstermijn=None)
    assert codes(schrijver.post(LIST, data, format="json"), "verlengingstermijn") == {"required"}
    data = zaaktype_data(catalogus, beginGeldigheid="2024-02-01", eindeGeldigheid="2024-01-01")
    assert codes(schrijver.post(LIST, data, format="json"), "eindeGeldigheid") == {"date-mismatch"}
    data = {**zaaktype_data(catalogus), "catalogus": f"{BASE}/besluittypen/{andere.uuid}"}
    assert codes(schrijver.post(LIST, data, format="json"), "catalogus") == {"invalid-resource"}
    assert codes(schrijver.post(LIST, {}, format="json"), "identificatie") == {"required"}


def test_relations_by_key(schrijver):
    catalogus = CatalogusFactory()
    deel = ZaakTypeFactory(catalogus=catalogus, identificatie="DEEL")
    gerelateerd = ZaakTypeFactory(catalogus=catalogus, identificatie="VERVOLG")
    data = zaaktype_data(
        catalogus,
        deelzaaktypen=["DEEL"],
        gerelateerdeZaaktypen=[{"zaaktype": "VERVOLG", "aardRelatie": "vervolg", "toelichting": "daarna"}],
    )
    response = schrijver.post(LIST, data, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["deelzaaktypen"] == [url(deel)]
    assert body["deelzaaktypeIdentificaties"] == ["DEEL"]
    assert body["gerelateerdeZaaktypen"] == [
        {
            "zaaktype": url(gerelateerd),
            "zaaktypeIdentificatie": "VERVOLG",
            "aardRelatie": "vervolg",
            "toelichting": "daarna",
        }
    ]
    data["deelzaaktypen"] = ["ONBEKEND"]
    assert codes(schrijver.post(LIST, data, format="json"), "deelzaaktypen.0") == {"does_not_exist"}


def test_scopes(api_client):
    from openzaak.zgw.scopes import SCOPE_ZAKEN_LEZEN

    zaaktype = ZaakTypeFactory(concept=False)
    geen = api_client(component="ztc", scopes=[])
    assert geen.get(LIST).status_code == 403
    assert api_client().get(LIST).status_code == 403
    from rest_framework.test import APIClient

    assert APIClient().get(LIST).status_code == 401
    lezer = api_client(component="ztc", scopes=["catalogi.lezen"])
    assert lezer.post(LIST, {}, format="json").status_code == 403
    assert lezer.delete(url(zaaktype)).status_code == 403
    # ztc-014: a Zaken API consumer reads zaaktypen with zaken.lezen
    from openzaak.components.autorisaties.models import Autorisatie

    # the autorisatie names its zaaktype by foreign key (or, before that landed, by URL)
    type_ref = zaaktype if Autorisatie._meta.get_field("zaaktype").is_relation else url(zaaktype)
    zaken = api_client(
        component="zrc", scopes=[SCOPE_ZAKEN_LEZEN], zaaktype=type_ref, max_vertrouwelijkheidaanduiding="openbaar"
    )
    assert zaken.get(LIST).status_code == 200
    assert zaken.get(url(zaaktype)).status_code == 200
    assert zaken.post(LIST, {}, format="json").status_code == 403


def test_etag_and_head(lezer):
    zaaktype = ZaakTypeFactory(concept=False)
    response = lezer.get(url(zaaktype))
    etag = response["ETag"]
    assert lezer.get(url(zaaktype), HTTP_IF_NONE_MATCH=etag).status_code == 304
    head = lezer.head(url(zaaktype))
    assert head.status_code == 200 and head["ETag"] == etag and not head.content


@pytest.mark.parametrize("rows", [1, 20])
def test_list_query_count(lezer, django_assert_max_num_queries, rows):
    catalogus = CatalogusFactory()
    for _ in range(rows):
        zaaktype = ZaakTypeFactory(catalogus=catalogus, concept=False)
        zaaktype.besluittypen.add(BesluitTypeFactory(catalogus=catalogus))
        zaaktype.deelzaaktypen.add(ZaakTypeFactory(catalogus=catalogus))
        InformatieObjectTypeFactory(catalogus=catalogus)
    with django_assert_max_num_queries(20):
        response = lezer.get(LIST)
    assert response.status_code == 200 and response.json()["count"] == rows


def test_related_types_show_the_version_valid_on_the_peildatum(lezer):
    """Relations between versioned types go by key (omschrijving/identificatie): a GET
    shows the related type's published version valid on `datumGeldigheid` (default
    today), and the version it was made with when none is."""
    catalogus = CatalogusFactory()
    v1 = BesluitTypeFactory(
        catalogus=catalogus,
        omschrijving="Vergunning",
        concept=False,
        begin_geldigheid=datetime.date(2020, 1, 1),
        einde_geldigheid=datetime.date(2022, 12, 31),
    )
    v2 = BesluitTypeFactory(
        catalogus=catalogus, omschrijving="Vergunning", concept=False, begin_geldigheid=datetime.date(2023, 1, 1)
    )
    concept = BesluitTypeFactory(catalogus=catalogus, omschrijving="Nog niet")
    zaaktype = ZaakTypeFactory(catalogus=catalogus, concept=False, begin_geldigheid=datetime.date(2020, 1, 1))
    zaaktype.besluittypen.add(v1, concept)

    assert lezer.get(url(zaaktype)).json()["besluittypen"] == [
        url(v1).replace(str(v1.uuid), str(v2.uuid)),
        url(concept),
    ]
    assert lezer.get(url(zaaktype), {"datumGeldigheid": "2021-06-01"}).json()["besluittypen"] == [url(v1), url(concept)]
    listed = lezer.get(LIST, {"datumGeldigheid": "2021-06-01"}).json()["results"]
    assert listed[0]["besluittypen"] == [url(v1), url(concept)]
    assert codes(lezer.get(url(zaaktype), {"datumGeldigheid": "morgen"}), "datumGeldigheid") == {"invalid"}
    # the besluittype side shows the zaaktype's valid version likewise
    assert lezer.get(url(v1)).json()["zaaktypen"] == [url(zaaktype)]


def test_correctie_only_extends(beheerder):
    catalogus = CatalogusFactory()
    a, b = (BesluitTypeFactory(catalogus=catalogus, omschrijving=o, concept=False) for o in ("A", "B"))
    zaaktype = ZaakTypeFactory(catalogus=catalogus, concept=False)
    zaaktype.besluittypen.add(a)
    # adding a relation is a correctie; removing one is not
    response = beheerder.patch(url(zaaktype), {"besluittypen": [url(a), url(b)]}, format="json")
    assert response.status_code == 200, response.content
    assert codes(beheerder.patch(url(zaaktype), {"besluittypen": ["B"]}, format="json"), "besluittypen") == {
        "correctie-removes-relation"
    }
    # a concept changes freely
    concept = ZaakTypeFactory(catalogus=catalogus)
    concept.besluittypen.add(a)
    assert beheerder.patch(url(concept), {"besluittypen": []}, format="json").status_code == 200


def test_a_lost_race_on_a_unique_constraint_is_a_400():
    from rest_framework.exceptions import ValidationError

    from openzaak.zgw.viewsets import unique_violation_as_400

    from .factories import StatusTypeFactory

    statustype = StatusTypeFactory()
    with pytest.raises(ValidationError) as raised, unique_violation_as_400():
        StatusTypeFactory(zaaktype=statustype.zaaktype, volgnummer=statustype.volgnummer)
    assert raised.value.detail["nonFieldErrors"].code == "unique"
    assert ZaakType.objects.filter(pk=statustype.zaaktype.pk).exists()  # the transaction is still usable


def test_bron_and_lists_round_trip(schrijver):
    catalogus = CatalogusFactory()
    bron = {
        "broncatalogus": {
            "url": "https://andere.nl/catalogi/api/v1/catalogussen/1",
            "domein": "ABR",
            "rsin": "002564440",
        },
        "bronzaaktype": {
            "url": "https://andere.nl/catalogi/api/v1/zaaktypen/1",
            "identificatie": "Z1",
            "omschrijving": "Z",
        },
        "verantwoordingsrelatie": ["Wet X"],
        "servicenorm": "P1Y6M",
        "selectielijstProcestype": "",
    }
    response = schrijver.post(LIST, zaaktype_data(catalogus, **bron), format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert {key: body[key] for key in bron} == bron
    assert schrijver.get(body["url"]).json() == body


def test_a_zaaktype_without_bron_data_round_trips(schrijver):
    """broncatalogus/bronzaaktype are optional and not nullable in the contract: left out
    when empty (an empty `url` is no URI), so what GET shows a PUT accepts back."""
    response = schrijver.post(LIST, zaaktype_data(CatalogusFactory()), format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert "broncatalogus" not in body and "bronzaaktype" not in body

    got = schrijver.get(body["url"]).json()
    read_only = {
        "url",
        "concept",
        "statustypen",
        "resultaattypen",
        "eigenschappen",
        "informatieobjecttypen",
        "roltypen",
        "zaakobjecttypen",
    }
    response = schrijver.put(body["url"], {k: v for k, v in got.items() if k not in read_only}, format="json")

    assert response.status_code == 200, response.content
    assert response.json() == got
