"""Gebruiksrechten (drc-006), objectinformatieobjecten (the mirrors, drc-002/003/004) and
verzendingen through HTTP."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.exceptions import ValidationError

from openzaak.components.besluiten.models import BesluitInformatieObject
from openzaak.components.besluiten.tests.factories import BesluitFactory, BesluitInformatieObjectFactory
from openzaak.components.zaken.models import ZaakInformatieObject
from openzaak.components.zaken.tests.factories import ZaakFactory, ZaakInformatieObjectFactory
from openzaak.zgw.context import WriteContext
from openzaak.zgw.models import AuditTrail, Notification

from .. import services
from ..models import EnkelvoudigInformatieObject, ObjectInformatieObject, Verzending
from .factories import (
    EnkelvoudigInformatieObjectFactory,
    GebruiksrechtenFactory,
    ObjectInformatieObjectFactory,
    VerzendingFactory,
)
from .utils import BASE, codes, url

pytestmark = pytest.mark.django_db

GEBRUIKSRECHTEN = f"{BASE}/gebruiksrechten"
OIO = f"{BASE}/objectinformatieobjecten"
VERZENDINGEN = f"{BASE}/verzendingen"


# --- gebruiksrechten ---------------------------------------------------------------------


def test_gebruiksrechten_set_and_clear_the_indicatie(beheerder):
    document = EnkelvoudigInformatieObjectFactory()
    data = {
        "informatieobject": url(document),
        "startdatum": "2024-03-01T00:00:00Z",
        "omschrijvingVoorwaarden": "Intern",
    }
    first = beheerder.post(GEBRUIKSRECHTEN, data, format="json")
    assert first.status_code == 201, first.content
    second = beheerder.post(GEBRUIKSRECHTEN, data, format="json").json()
    assert beheerder.get(url(document)).json()["indicatieGebruiksrecht"] is True
    assert beheerder.delete(first.json()["url"]).status_code == 204
    assert beheerder.get(url(document)).json()["indicatieGebruiksrecht"] is True
    assert beheerder.delete(second["url"]).status_code == 204
    assert beheerder.get(url(document)).json()["indicatieGebruiksrecht"] is None
    assert EnkelvoudigInformatieObject.objects.get().versie == 1  # no new versie
    assert [n.actie for n in Notification.objects.order_by("pk")] == ["create", "create", "destroy", "destroy"]
    assert AuditTrail.objects.filter(hoofd_object=url(document)).count() == 4


def test_gebruiksrechten_update_filters_and_immutable_document(beheerder, django_assert_max_num_queries):
    rechten = GebruiksrechtenFactory(einddatum="2024-12-31T00:00:00Z")
    other = GebruiksrechtenFactory()
    response = beheerder.patch(url(rechten), {"omschrijvingVoorwaarden": "Nieuw"}, format="json")
    assert response.status_code == 200 and response.json()["omschrijvingVoorwaarden"] == "Nieuw"
    moved = beheerder.patch(url(rechten), {"informatieobject": url(other.informatieobject)}, format="json")
    assert codes(moved, "informatieobject") == {"wijzigen-niet-toegelaten"}
    with django_assert_max_num_queries(8):
        body = beheerder.get(GEBRUIKSRECHTEN, {"informatieobject": url(rechten.informatieobject)}).json()
    assert [item["url"] for item in body] == [url(rechten)]
    assert {i["url"] for i in beheerder.get(GEBRUIKSRECHTEN, {"einddatum__lt": "2025-01-01T00:00:00Z"}).json()} == {
        url(rechten)
    }
    assert beheerder.get(GEBRUIKSRECHTEN, {"startdatum__gt": "2030-01-01T00:00:00Z"}).json() == []
    assert codes(beheerder.get(GEBRUIKSRECHTEN, {"startdatum__gte": "gisteren"}), "startdatum__gte") == {"invalid"}
    far = beheerder.get(GEBRUIKSRECHTEN, {"einddatum__lte": "7071-05-30T06:46:08.582+16:35"})  # found by fuzzing
    assert far.status_code == 200 and len(far.json()) == 1
    expanded = beheerder.get(url(rechten), {"expand": "informatieobject.informatieobjecttype"}).json()["_expand"]
    assert expanded["informatieobject"]["url"] == url(rechten.informatieobject)
    assert "informatieobjecttype" in expanded["informatieobject"]["_expand"]
    for _ in range(20):
        GebruiksrechtenFactory(informatieobject=rechten.informatieobject)
    with django_assert_max_num_queries(8):
        assert len(beheerder.get(GEBRUIKSRECHTEN, {"expand": "informatieobject"}).json()) == 22


# --- objectinformatieobjecten: the mirrors -----------------------------------------------


def test_the_mirror_service_of_the_zaken_and_besluiten_registers():
    """As the Zaken and Besluiten registers use it: their row and the mirror in one
    transaction (the database holds them to each other at commit)."""
    document = EnkelvoudigInformatieObjectFactory()
    zaak, besluit = ZaakFactory(), BesluitFactory()
    context = WriteContext.system(user="zaken")
    zio = ZaakInformatieObject.objects.create(zaak=zaak, informatieobject=document)
    oio = services.oio_create(context=context, informatieobject=document, zaak=zaak)
    assert (oio.object_type, oio.zaak) == ("zaak", zaak)
    BesluitInformatieObject.objects.create(besluit=besluit, informatieobject=document)
    services.oio_create(context=context, informatieobject=document, besluit=besluit)
    with pytest.raises(ValidationError) as error:  # drc-003
        services.oio_create(context=context, informatieobject=document, zaak=zaak)
    assert error.value.detail["nonFieldErrors"][0].code == "unique"
    services.oio_delete(context=context, informatieobject=document, zaak=zaak)
    zio.delete()
    assert list(ObjectInformatieObject.objects.values_list("object_type", flat=True)) == ["besluit"]
    notifications = Notification.objects.filter(resource="objectinformatieobject").order_by("pk")
    assert [(n.kanaal, n.actie) for n in notifications] == [
        ("documenten", "create"),
        ("documenten", "create"),
        ("documenten", "destroy"),
    ]


def test_objectinformatieobjecten_list_filters_and_expand(beheerder, django_assert_max_num_queries):
    zio = ZaakInformatieObjectFactory()
    bio = BesluitInformatieObjectFactory(informatieobject=zio.informatieobject)
    verzoek = ObjectInformatieObjectFactory()
    with django_assert_max_num_queries(8):
        body = beheerder.get(OIO, {"object": url(zio.zaak)}).json()
    assert [(item["objectType"], item["object"]) for item in body] == [("zaak", url(zio.zaak))]
    assert [item["object"] for item in beheerder.get(OIO, {"object": url(bio.besluit)}).json()] == [url(bio.besluit)]
    assert [item["object"] for item in beheerder.get(OIO, {"object": verzoek.verzoek}).json()] == [verzoek.verzoek]
    assert len(beheerder.get(OIO, {"informatieobject": url(zio.informatieobject)}).json()) == 2
    assert beheerder.get(OIO, {"object": "http://testserver/zaken/api/v1/zaken/onbekend"}).json() == []
    expanded = beheerder.get(OIO, {"expand": "informatieobject"}).json()
    assert all(item["_expand"]["informatieobject"]["url"] == item["informatieobject"] for item in expanded)
    for _ in range(10):
        ObjectInformatieObjectFactory()
    with django_assert_max_num_queries(8):
        assert len(beheerder.get(OIO, {"expand": "informatieobject"}).json()) == 13


def test_creating_an_objectinformatieobject_through_the_api(beheerder):
    document = EnkelvoudigInformatieObjectFactory()
    zaak = ZaakFactory()
    data = {"informatieobject": url(document), "object": url(zaak), "objectType": "zaak"}
    assert codes(beheerder.post(OIO, data, format="json")) == {"nonFieldErrors:inconsistent-relation"}  # drc-004
    zio = ZaakInformatieObjectFactory(zaak=zaak, informatieobject=document)
    response = beheerder.post(OIO, data, format="json")
    assert response.status_code == 201 and response.json()["object"] == url(zio.zaak)  # the mirror
    assert ObjectInformatieObject.objects.count() == 1
    wrong_kind = {**data, "object": url(document)}
    assert codes(beheerder.post(OIO, wrong_kind, format="json"), "object") == {"invalid-resource"}  # drc-002
    missing = {**data, "object": "http://testserver/zaken/api/v1/zaken/3fa85f64-5717-4562-b3fc-2c963f66afa6"}
    assert codes(beheerder.post(OIO, missing, format="json"), "object") == {"does_not_exist"}
    assert codes(beheerder.post(OIO, {**data, "object": "geen url"}, format="json"), "object") == {"bad-url"}
    verzoek = {
        "informatieobject": url(document),
        "object": "https://verzoeken.example.com/v/1",
        "objectType": "verzoek",
    }
    created = beheerder.post(OIO, verzoek, format="json")
    assert created.status_code == 201, created.content
    assert codes(beheerder.post(OIO, verzoek, format="json")) == {"nonFieldErrors:unique"}  # drc-003


def test_deleting_an_objectinformatieobject(beheerder):
    zio = ZaakInformatieObjectFactory()
    mirror = ObjectInformatieObject.objects.get()
    assert codes(beheerder.delete(url(mirror))) == {"nonFieldErrors:remote-relation-exists"}
    verzoek = ObjectInformatieObjectFactory(informatieobject=zio.informatieobject)
    assert beheerder.delete(url(verzoek)).status_code == 204
    assert list(ObjectInformatieObject.objects.all()) == [mirror]


# --- verzendingen ------------------------------------------------------------------------


def verzending_data(document, **overrides):
    return {
        "betrokkene": "https://klantinteractie.example.com/api/v1/partijen/1",
        "informatieobject": url(document),
        "aardRelatie": "geadresseerde",
        "contactPersoon": "https://klantinteractie.example.com/api/v1/partijen/2",
        "verzenddatum": "2024-03-02",
        **overrides,
    }


def test_verzending_with_exactly_one_address(beheerder):
    document = EnkelvoudigInformatieObjectFactory()
    adres = {"huisnummer": 1, "naamOpenbareRuimte": "Grote Markt", "woonplaatsnaam": "Utrecht", "postcode": "1234AB"}
    response = beheerder.post(
        VERZENDINGEN, verzending_data(document, binnenlandsCorrespondentieadres=adres), format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["binnenlandsCorrespondentieadres"]["naamOpenbareRuimte"] == "Grote Markt"
    assert body["buitenlandsCorrespondentieadres"] is None and body["correspondentiePostadres"] is None
    none = beheerder.post(VERZENDINGEN, verzending_data(document), format="json")
    assert codes(none) == {"nonFieldErrors:invalid-address"}
    two = verzending_data(document, binnenlandsCorrespondentieadres=adres, emailadres="a@example.com")
    assert codes(beheerder.post(VERZENDINGEN, two, format="json")) == {"nonFieldErrors:invalid-address"}
    switch = {"binnenlandsCorrespondentieadres": None, "emailadres": "a@example.com"}
    patched = beheerder.patch(body["url"], switch, format="json")
    assert patched.status_code == 200, patched.json()["invalidParams"]
    assert patched.json()["binnenlandsCorrespondentieadres"] is None and patched.json()["emailadres"] == "a@example.com"
    assert Verzending.objects.get().binnenlands_correspondentieadres_naam_openbare_ruimte == ""
    postbus = {
        "postBusOfAntwoordnummer": 12,
        "postadresPostcode": "1234AB",
        "postadresType": "postbusnummer",
        "woonplaatsnaam": "Utrecht",
    }
    put = beheerder.put(body["url"], verzending_data(document, correspondentiePostadres=postbus), format="json")
    assert put.status_code == 200 and put.json()["correspondentiePostadres"]["postadresType"] == "postbusnummer"
    assert beheerder.delete(body["url"]).status_code == 204
    assert [n.actie for n in Notification.objects.order_by("pk")] == ["create", "partial_update", "update", "destroy"]


def test_verzendingen_filters_and_query_count(beheerder, django_assert_max_num_queries):
    verzending = VerzendingFactory(aard_relatie="afzender")
    VerzendingFactory(buitenland=True)
    VerzendingFactory(postbus=True, betrokkene="https://klantinteractie.example.com/api/v1/partijen/9")

    def found(**params):
        return {item["url"] for item in beheerder.get(VERZENDINGEN, params).json()["results"]}

    assert found(aardRelatie="afzender") == {url(verzending)}
    assert found(informatieobject=url(verzending.informatieobject)) == {url(verzending)}
    assert len(found(betrokkene="https://klantinteractie.example.com/api/v1/partijen/1")) == 2
    with django_assert_max_num_queries(9):
        body = beheerder.get(VERZENDINGEN, {"expand": "informatieobject"}).json()
    assert body["count"] == 3 and all("informatieobject" in item["_expand"] for item in body["results"])
    for _ in range(20):
        VerzendingFactory()
    with django_assert_max_num_queries(9):
        assert beheerder.get(VERZENDINGEN, {"expand": "informatieobject"}).json()["count"] == 23


# --- every list: the same queries at one row as at a full page ----------------------------


def _relation(number: int) -> None:
    """An objectinformatieobject of each kind in turn: a verzoek, a zaak's, a besluit's."""
    [ObjectInformatieObjectFactory, ZaakInformatieObjectFactory, BesluitInformatieObjectFactory][number % 3]()


def _verzending(number: int) -> None:
    VerzendingFactory(buitenland=number % 3 == 1, postbus=number % 3 == 2)


@pytest.mark.parametrize("expand", [None, "informatieobject"])
@pytest.mark.parametrize(
    "path, make, paged",
    [
        (GEBRUIKSRECHTEN, lambda number: GebruiksrechtenFactory(), False),
        (OIO, _relation, False),
        (VERZENDINGEN, _verzending, True),
    ],
)
def test_lists_cost_the_same_queries_at_one_row_as_at_a_full_page(
    beheerder, django_assert_max_num_queries, path, make, paged, expand
):
    """The page reads the document's (and zaak's, besluit's) uuid with its rows: no query
    per row, and with expand a fixed number per expanded name."""
    params = {**({"expand": expand} if expand else {}), **({"pageSize": 20} if paged else {})}

    def shown(body):
        return body["results"] if paged else body

    make(0)
    beheerder.get(path)  # caches the client's autorisaties
    with CaptureQueriesContext(connection) as one:
        assert len(shown(beheerder.get(path, params).json())) == 1
    for number in range(1, 24):
        make(number)
    with django_assert_max_num_queries(len(one)):
        body = shown(beheerder.get(path, params).json())
    assert len(body) == (20 if paged else 24)
    if path == OIO:
        assert {item["objectType"] for item in body} == {"verzoek", "zaak", "besluit"}
