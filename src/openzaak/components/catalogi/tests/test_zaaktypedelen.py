"""The sub-types of a zaaktype through HTTP: statustypen, roltypen, eigenschappen,
zaakobjecttypen and zaaktype-informatieobjecttypen. CRUD, ztc-010 (written only while the
zaaktype is a concept, else as a correctie), derived fields and their filters."""

import datetime

import pytest

from .factories import (
    CatalogusFactory,
    EigenschapFactory,
    InformatieObjectTypeFactory,
    RolTypeFactory,
    StatusTypeFactory,
    ZaakObjectTypeFactory,
    ZaakTypeFactory,
    ZaakTypeInformatieObjectTypeFactory,
)
from .utils import BASE, codes, url

pytestmark = pytest.mark.django_db


def test_statustype_crud_and_eindstatus(schrijver):
    zaaktype = ZaakTypeFactory()
    eigenschap = EigenschapFactory(zaaktype=zaaktype)
    data = {
        "omschrijving": "Ontvangen",
        "zaaktype": url(zaaktype),
        "volgnummer": 1,
        "doorlooptijd": "P2D",
        "toelichting": None,
        "checklistitemStatustype": [{"itemnaam": "Compleet", "vraagstelling": "Is het compleet?", "verplicht": True}],
        "eigenschappen": [url(eigenschap)],
    }
    response = schrijver.post(f"{BASE}/statustypen", data, format="json")
    assert response.status_code == 201, response.content
    eerste = response.json()
    assert eerste["isEindstatus"] is True and eerste["catalogus"] == url(zaaktype.catalogus)
    assert eerste["beginGeldigheid"] == "2024-01-01"  # the zaaktype's
    assert eerste["checklistitemStatustype"] == [
        {"itemnaam": "Compleet", "toelichting": "", "vraagstelling": "Is het compleet?", "verplicht": True}
    ]
    assert eerste["eigenschappen"] == [url(eigenschap)]
    assert (
        schrijver.get(url(eigenschap).replace("eigenschappen", "eigenschappen")).json()["statustype"] == eerste["url"]
    )

    tweede = schrijver.post(f"{BASE}/statustypen", {**data, "volgnummer": 2, "eigenschappen": []}, format="json").json()
    assert tweede["isEindstatus"] is True
    assert schrijver.get(eerste["url"]).json()["isEindstatus"] is False
    listed = {
        item["volgnummer"]: item["isEindstatus"]
        for item in schrijver.get(f"{BASE}/statustypen", {"status": "alles"}).json()["results"]
    }
    assert listed == {1: False, 2: True}

    assert codes(schrijver.post(f"{BASE}/statustypen", data, format="json"), "nonFieldErrors") == {"unique"}
    response = schrijver.patch(eerste["url"], {"checklistitemStatustype": []}, format="json")
    assert response.status_code == 200 and response.json()["checklistitemStatustype"] == []
    assert schrijver.delete(tweede["url"]).status_code == 204


def test_ztc_010_subtypes_of_published_zaaktype(schrijver, beheerder):
    zaaktype = ZaakTypeFactory(concept=False)
    statustype = StatusTypeFactory(zaaktype=zaaktype, volgnummer=1)
    data = {"omschrijving": "Nieuw", "zaaktype": url(zaaktype), "volgnummer": 2}
    assert codes(schrijver.post(f"{BASE}/statustypen", data, format="json"), "nonFieldErrors") == {
        "non-concept-zaaktype"
    }
    assert codes(schrijver.patch(url(statustype), {"omschrijving": "x"}, format="json"), "nonFieldErrors") == {
        "non-concept-zaaktype"
    }
    assert codes(schrijver.delete(url(statustype)), "nonFieldErrors") == {"non-concept-zaaktype"}
    # a correctie: adding a statustype at the end, with catalogi.geforceerd-schrijven
    assert beheerder.post(f"{BASE}/statustypen", data, format="json").status_code == 201
    assert beheerder.delete(url(statustype)).status_code == 204
    # moving a sub-type of a concept zaaktype to a published one is a change of the latter
    roltype = RolTypeFactory()
    assert codes(schrijver.patch(url(roltype), {"zaaktype": url(zaaktype)}, format="json"), "nonFieldErrors") == {
        "non-concept-zaaktype"
    }


def test_subtype_filters(lezer):
    catalogus = CatalogusFactory()
    oud = ZaakTypeFactory(
        catalogus=catalogus,
        identificatie="Z",
        concept=False,
        begin_geldigheid=datetime.date(2023, 1, 1),
        einde_geldigheid=datetime.date(2023, 12, 31),
    )
    nieuw = ZaakTypeFactory(
        catalogus=catalogus, identificatie="Z", concept=False, begin_geldigheid=datetime.date(2024, 1, 1)
    )
    concept = ZaakTypeFactory(catalogus=catalogus, identificatie="Y")
    s_oud, s_nieuw, s_concept = (StatusTypeFactory(zaaktype=z) for z in (oud, nieuw, concept))

    def urls(path="statustypen", **params):
        response = lezer.get(f"{BASE}/{path}", params)
        assert response.status_code == 200, response.content
        return {item["url"] for item in response.json()["results"]}

    assert urls() == {url(s_oud), url(s_nieuw)}
    assert urls(status="concept") == {url(s_concept)}
    assert urls(status="alles", zaaktypeIdentificatie="Z") == {url(s_oud), url(s_nieuw)}
    assert urls(zaaktype=url(oud)) == {url(s_oud)}
    assert urls(datumGeldigheid="2023-07-01") == {url(s_oud)}
    assert urls(datumGeldigheid="2025-07-01") == {url(s_nieuw)}

    initiator = RolTypeFactory(zaaktype=nieuw, omschrijving_generiek="initiator")
    RolTypeFactory(zaaktype=nieuw, omschrijving_generiek="behandelaar")
    assert urls("roltypen", omschrijvingGeneriek="initiator") == {url(initiator)}
    e = EigenschapFactory(zaaktype=oud)
    assert urls("eigenschappen", zaaktypeIdentificatie="Z", datumGeldigheid="2023-02-02") == {url(e)}

    z1 = ZaakObjectTypeFactory(zaaktype=nieuw, ander_objecttype=True, relatie_omschrijving="Pand")
    ZaakObjectTypeFactory(zaaktype=oud)
    assert urls("zaakobjecttypen", anderObjecttype="true") == {url(z1)}
    assert urls("zaakobjecttypen", relatieOmschrijving="Pand", catalogus=url(catalogus)) == {url(z1)}
    assert urls("zaakobjecttypen", datumGeldigheid="2024-05-05") == {url(z1)}

    ztiot = ZaakTypeInformatieObjectTypeFactory(zaaktype=nieuw, richting="uitgaand")
    ZaakTypeInformatieObjectTypeFactory(zaaktype=oud, richting="inkomend")
    assert urls("zaaktype-informatieobjecttypen", richting="uitgaand") == {url(ztiot)}
    assert urls("zaaktype-informatieobjecttypen", informatieobjecttype=url(ztiot.informatieobjecttype)) == {url(ztiot)}


def test_roltype_and_zaakobjecttype(schrijver):
    zaaktype = ZaakTypeFactory()
    andere = CatalogusFactory()
    data = {"zaaktype": url(zaaktype), "omschrijving": "Aanvrager", "omschrijvingGeneriek": "initiator"}
    response = schrijver.post(f"{BASE}/roltypen", data, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["catalogus"] == url(zaaktype.catalogus)
    assert response.json()["zaaktypeIdentificatie"] == zaaktype.identificatie
    assert codes(
        schrijver.post(f"{BASE}/roltypen", {**data, "catalogus": url(andere)}, format="json"), "catalogus"
    ) == {"relations-incorrect-catalogus"}
    assert codes(
        schrijver.post(f"{BASE}/roltypen", {**data, "omschrijvingGeneriek": "baas"}, format="json"),
        "omschrijvingGeneriek",
    ) == {"invalid_choice"}
    assert codes(
        schrijver.post(f"{BASE}/roltypen", {**data, "beginGeldigheid": "2020-01-01"}, format="json"), "beginGeldigheid"
    ) == {"begin-geldigheid-mismatch"}

    data = {
        "zaaktype": url(zaaktype),
        "catalogus": url(zaaktype.catalogus),
        "anderObjecttype": False,
        "objecttype": "https://objecttypen.example.com/api/v2/objecttypes/1",
        "relatieOmschrijving": "Boom",
    }
    response = schrijver.post(f"{BASE}/zaakobjecttypen", data, format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["statustypen"] == [] and body["resultaattypen"] == [] and body["eindeGeldigheid"] is None
    assert codes(
        schrijver.post(f"{BASE}/zaakobjecttypen", {**data, "catalogus": url(andere)}, format="json"), "catalogus"
    ) == {"relations-incorrect-catalogus"}
    assert codes(
        schrijver.post(f"{BASE}/zaakobjecttypen", {**data, "objecttype": "boom"}, format="json"), "objecttype"
    ) == {"invalid"}
    assert (
        schrijver.put(body["url"], {**data, "relatieOmschrijving": "Bomen"}, format="json").json()[
            "relatieOmschrijving"
        ]
        == "Bomen"
    )


def test_zaaktype_informatieobjecttype(schrijver):
    zaaktype = ZaakTypeFactory()
    iotype = InformatieObjectTypeFactory(catalogus=zaaktype.catalogus, omschrijving="Aanvraag")
    statustype = StatusTypeFactory(zaaktype=zaaktype)
    data = {
        "zaaktype": url(zaaktype),
        "informatieobjecttype": "Aanvraag",
        "volgnummer": 1,
        "richting": "inkomend",
        "statustype": url(statustype),
    }
    response = schrijver.post(f"{BASE}/zaaktype-informatieobjecttypen", data, format="json")
    assert response.status_code == 201, response.content
    assert response.json()["informatieobjecttype"] == url(iotype)
    zaaktype_body = schrijver.get(url(zaaktype)).json()
    assert zaaktype_body["informatieobjecttypen"] == [url(iotype)]
    assert zaaktype_body["informatieobjecttypeOmschrijving"] == ["Aanvraag"]

    assert codes(schrijver.post(f"{BASE}/zaaktype-informatieobjecttypen", data, format="json"), "nonFieldErrors") == {
        "unique"
    }
    elders = InformatieObjectTypeFactory()
    problems = codes(
        schrijver.post(
            f"{BASE}/zaaktype-informatieobjecttypen",
            {**data, "volgnummer": 2, "informatieobjecttype": url(elders)},
            format="json",
        ),
        "informatieobjecttype",
    )
    assert problems == {"relations-incorrect-catalogus"}
    other_statustype = StatusTypeFactory()
    problems = codes(
        schrijver.post(
            f"{BASE}/zaaktype-informatieobjecttypen",
            {**data, "volgnummer": 2, "statustype": url(other_statustype)},
            format="json",
        ),
        "statustype",
    )
    assert problems == {"relations-incorrect-zaaktype"}
    assert codes(
        schrijver.post(
            f"{BASE}/zaaktype-informatieobjecttypen",
            {**data, "volgnummer": 3, "informatieobjecttype": "Onbekend"},
            format="json",
        ),
        "informatieobjecttype",
    ) == {"does_not_exist"}


def test_correctie_adds_statustypen_at_the_end(beheerder):
    zaaktype = ZaakTypeFactory(concept=False)
    StatusTypeFactory(zaaktype=zaaktype, volgnummer=1)
    StatusTypeFactory(zaaktype=zaaktype, volgnummer=3)
    data = {"omschrijving": "Tussendoor", "zaaktype": url(zaaktype), "volgnummer": 2}
    assert codes(beheerder.post(f"{BASE}/statustypen", data, format="json"), "volgnummer") == {"correctie-volgnummer"}
    assert beheerder.post(f"{BASE}/statustypen", {**data, "volgnummer": 4}, format="json").status_code == 201


def test_zaakobjecttype_date_filters_use_the_zaaktype_dates(lezer):
    zaaktype = ZaakTypeFactory(concept=False, begin_geldigheid=datetime.date(2024, 1, 1))
    geerfd = ZaakObjectTypeFactory(zaaktype=zaaktype)
    eigen = ZaakObjectTypeFactory(
        zaaktype=zaaktype, begin_geldigheid=datetime.date(2024, 1, 1), einde_geldigheid=datetime.date(2024, 6, 30)
    )

    def urls(**params):
        return {item["url"] for item in lezer.get(f"{BASE}/zaakobjecttypen", params).json()["results"]}

    assert urls(datumBeginGeldigheid="2024-01-01") == {url(geerfd), url(eigen)}
    assert urls(datumEindeGeldigheid="2024-06-30") == {url(eigen)}
    assert urls(datumBeginGeldigheid="2023-01-01") == set()


def test_relation_between_published_types_is_non_concept_relation(schrijver, beheerder):
    """A zaaktype-informatieobjecttype is written while its zaaktype or its
    informatieobjecttype is a concept; between two published types only as a correctie."""
    zaaktype = ZaakTypeFactory(concept=False)
    iotype = InformatieObjectTypeFactory(catalogus=zaaktype.catalogus, concept=False)
    concept_iotype = InformatieObjectTypeFactory(catalogus=zaaktype.catalogus, concept=True)
    data = {"zaaktype": url(zaaktype), "volgnummer": 1, "richting": "inkomend"}
    list_url = f"{BASE}/zaaktype-informatieobjecttypen"

    response = schrijver.post(list_url, {**data, "informatieobjecttype": url(iotype)}, format="json")
    assert codes(response, "nonFieldErrors") == {"non-concept-relation"}

    response = schrijver.post(list_url, {**data, "informatieobjecttype": url(concept_iotype)}, format="json")
    assert response.status_code == 201, response.content

    relation = ZaakTypeInformatieObjectTypeFactory(zaaktype=zaaktype, informatieobjecttype=iotype, volgnummer=2)
    assert codes(schrijver.delete(url(relation)), "nonFieldErrors") == {"non-concept-relation"}
    assert (
        beheerder.post(
            list_url, {**data, "volgnummer": 3, "informatieobjecttype": url(iotype)}, format="json"
        ).status_code
        == 201
    )
    assert beheerder.delete(url(relation)).status_code == 204
