"""Zaakobjecten, zaakinformatieobjecten, klantcontacten, zaakcontactmomenten,
zaakverzoeken and zaaknotities through HTTP."""

import pytest

from openzaak.components.catalogi.tests.factories import (
    InformatieObjectTypeFactory,
    ZaakObjectTypeFactory,
    ZaakTypeFactory,
    ZaakTypeInformatieObjectTypeFactory,
)
from openzaak.components.documenten.models import ObjectInformatieObject
from openzaak.components.documenten.tests.factories import EnkelvoudigInformatieObjectFactory
from openzaak.zgw.components import ZAKEN as ZAKEN_COMPONENT
from openzaak.zgw.constants import ZaakobjectType
from openzaak.zgw.models import Notification
from openzaak.zgw.scopes import SCOPE_ZAKEN_LEZEN
from openzaak.zgw.testing import AuthorisationMatrix

from ..api.serializers.identificaties import OBJECT_SHAPES
from ..models import ZaakInformatieObject
from .factories import (
    KlantContactFactory,
    StatusFactory,
    ZaakContactMomentFactory,
    ZaakFactory,
    ZaakInformatieObjectFactory,
    ZaakNotitieFactory,
    ZaakObjectFactory,
    ZaakVerzoekFactory,
)
from .utils import BASE, codes, url

pytestmark = pytest.mark.django_db

ZAAKOBJECTEN = f"{BASE}/zaakobjecten"
ZIOS = f"{BASE}/zaakinformatieobjecten"

ADRES = {
    "identificatie": "0344200000123456",
    "wplWoonplaatsNaam": "Utrecht",
    "gorOpenbareRuimteNaam": "Grote Markt",
    "huisnummer": 1,
    "huisletter": "",
    "huisnummertoevoeging": "",
    "postcode": "3511AB",
}


def test_zaakobject_round_trip(behandelaar, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    zaakobjecttype = ZaakObjectTypeFactory(zaaktype=zaaktype)
    body = {
        "zaak": url(zaak),
        "objectType": "adres",
        "zaakobjecttype": url(zaakobjecttype),
        "relatieomschrijving": "Locatie",
        "objectIdentificatie": ADRES,
    }
    response = behandelaar.post(ZAAKOBJECTEN, body, format="json")
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["objectIdentificatie"] == ADRES and created["objectTypeOverigeDefinitie"] is None
    assert behandelaar.get(created["url"]).json() == created
    patched = behandelaar.patch(created["url"], {"objectIdentificatie": {**ADRES, "huisnummer": 2}}, format="json")
    assert patched.status_code == 200 and patched.json()["objectIdentificatie"]["huisnummer"] == 2
    assert codes(behandelaar.patch(created["url"], {"objectType": "pand"}, format="json")) == {
        "objectType:wijzigen-niet-toegelaten"
    }
    assert behandelaar.delete(created["url"]).status_code == 204
    assert [n.actie for n in Notification.objects.filter(resource="zaakobject").order_by("pk")] == [
        "create",
        "partial_update",
        "destroy",
    ]


@pytest.mark.parametrize("object_type", [value for value, shape in OBJECT_SHAPES.items() if shape])
def test_every_object_type_takes_its_shape(behandelaar, zaaktype, object_type):
    from ..api.serializers.identificaties import shape_serializer

    serializer = shape_serializer(OBJECT_SHAPES[object_type])(data={})
    serializer.is_valid()
    required = set(serializer.errors)
    body = {"zaak": url(ZaakFactory(zaaktype=zaaktype)), "objectType": object_type, "objectIdentificatie": {}}
    if object_type == ZaakobjectType.overige:
        body["objectTypeOverige"] = "lantaarnpaal"
    response = behandelaar.post(ZAAKOBJECTEN, body, format="json")
    if required:
        assert codes(response) == {f"objectIdentificatie.{name}:required" for name in required}
    else:
        assert response.status_code == 201, response.content


def test_zaakobject_rules(behandelaar, zaaktype, remote_apis):
    zaak = ZaakFactory(zaaktype=zaaktype)
    assert codes(behandelaar.post(ZAAKOBJECTEN, {"zaak": url(zaak), "objectType": "pand"}, format="json")) == {
        "nonFieldErrors:invalid-zaakobject"
    }
    overige = {"zaak": url(zaak), "objectType": "overige", "objectIdentificatie": {"overigeData": {"a": 1}}}
    assert codes(behandelaar.post(ZAAKOBJECTEN, overige, format="json")) == {
        "nonFieldErrors:missing-object-type-overige"
    }
    pand = {
        "zaak": url(zaak),
        "objectType": "pand",
        "objectTypeOverige": "boom",
        "objectIdentificatie": {"identificatie": "1"},
    }
    assert codes(behandelaar.post(ZAAKOBJECTEN, pand, format="json")) == {
        "nonFieldErrors:invalid-object-type-overige-usage"
    }
    other_type = {**pand, "objectTypeOverige": "", "zaakobjecttype": url(ZaakObjectTypeFactory())}
    assert codes(behandelaar.post(ZAAKOBJECTEN, other_type, format="json")) == {"zaakobjecttype:zaaktype-mismatch"}
    missing = {"zaak": url(zaak), "objectType": "pand", "object": f"{remote_apis.url}/bag/panden/1"}
    assert codes(behandelaar.post(ZAAKOBJECTEN, missing, format="json")) == {"object:bad-url"}
    pand_url = remote_apis.serve("/bag/panden/2", {"identificatie": "2"})
    assert behandelaar.post(ZAAKOBJECTEN, {**missing, "object": pand_url}, format="json").status_code == 201
    assert behandelaar.get(ZAAKOBJECTEN, {"object": pand_url}).json()["count"] == 1
    assert behandelaar.get(ZAAKOBJECTEN, {"objectType": "adres", "zaak": url(zaak)}).json()["count"] == 0


def test_zaakobjecten_query_count(behandelaar, zaaktype, django_assert_max_num_queries):
    ZaakObjectFactory(zaak__zaaktype=zaaktype, overige=True)
    behandelaar.get(ZAAKOBJECTEN)
    with django_assert_max_num_queries(20) as one:
        behandelaar.get(ZAAKOBJECTEN, {"expand": "zaak,zaakobjecttype"})
    for _ in range(20):
        ZaakObjectFactory(zaak__zaaktype=zaaktype, overige=True)
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert behandelaar.get(ZAAKOBJECTEN, {"expand": "zaak,zaakobjecttype"}).json()["count"] == 21


def zio_world(zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    informatieobjecttype = InformatieObjectTypeFactory(catalogus=zaaktype.catalogus, concept=False)
    ZaakTypeInformatieObjectTypeFactory(zaaktype=zaaktype, informatieobjecttype=informatieobjecttype)
    return zaak, EnkelvoudigInformatieObjectFactory(informatieobjecttype=informatieobjecttype)


def test_zaakinformatieobject_with_its_mirror(behandelaar, zaaktype):
    zaak, document = zio_world(zaaktype)
    status = StatusFactory(zaak=zaak, statustype__zaaktype=zaaktype)
    body = {"zaak": url(zaak), "informatieobject": url(document), "titel": "Foto", "status": url(status)}
    response = behandelaar.post(ZIOS, body, format="json")
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["aardRelatieWeergave"] == "Hoort bij, omgekeerd: kent" and created["registratiedatum"]
    assert ObjectInformatieObject.objects.filter(zaak=zaak, informatieobject=document).exists()  # zrc-005
    assert behandelaar.get(url(status)).json()["zaakinformatieobjecten"] == [created["url"]]
    assert codes(behandelaar.post(ZIOS, body, format="json")) == {"nonFieldErrors:unique"}
    assert codes(behandelaar.patch(created["url"], {"zaak": url(ZaakFactory(zaaktype=zaaktype))}, format="json")) == {
        "zaak:wijzigen-niet-toegelaten"
    }
    assert behandelaar.patch(created["url"], {"titel": "Foto 2"}, format="json").json()["titel"] == "Foto 2"
    listed = behandelaar.get(ZIOS, {"zaak": url(zaak), "expand": "informatieobject"})
    assert listed.json()[0]["url"] == created["url"]
    assert listed.json()[0]["_expand"] == {}  # no documenten.lezen: the document is left out
    assert behandelaar.delete(created["url"]).status_code == 204
    assert not ObjectInformatieObject.objects.exists() and not ZaakInformatieObject.objects.exists()


def test_the_informatieobjecttype_must_be_of_the_zaaktype(behandelaar, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    document = EnkelvoudigInformatieObjectFactory()
    response = behandelaar.post(ZIOS, {"zaak": url(zaak), "informatieobject": url(document)}, format="json")
    assert codes(response) == {"nonFieldErrors:missing-zaaktype-informatieobjecttype-relation"}  # zrc-017
    assert not ObjectInformatieObject.objects.exists()


def test_zaakinformatieobjecten_query_count(alles, zaaktype, django_assert_max_num_queries):
    ZaakInformatieObjectFactory(zaak__zaaktype=zaaktype)
    alles.get(ZIOS)
    with django_assert_max_num_queries(20) as one:
        alles.get(ZIOS, {"expand": "zaak,informatieobject"})
    for _ in range(20):
        ZaakInformatieObjectFactory(zaak__zaaktype=zaaktype)
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert len(alles.get(ZIOS, {"expand": "zaak,informatieobject"}).json()) == 21


def test_klantcontacten(behandelaar, zaaktype, django_assert_max_num_queries):
    zaak = ZaakFactory(zaaktype=zaaktype)
    body = {"zaak": url(zaak), "datumtijd": "2024-03-01T10:00:00Z", "kanaal": "telefoon", "onderwerp": "Vraag"}
    response = behandelaar.post(f"{BASE}/klantcontacten", body, format="json")
    assert response.status_code == 201, response.content
    assert behandelaar.get(response.json()["url"]).json()["kanaal"] == "telefoon"
    assert codes(
        behandelaar.post(f"{BASE}/klantcontacten", {**body, "datumtijd": "2999-01-01T00:00:00Z"}, format="json")
    ) == {"datumtijd:date-in-future"}
    behandelaar.get(f"{BASE}/klantcontacten")
    with django_assert_max_num_queries(20) as one:
        behandelaar.get(f"{BASE}/klantcontacten", {"zaak": url(zaak)})
    for _ in range(20):
        KlantContactFactory(zaak=zaak)
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert behandelaar.get(f"{BASE}/klantcontacten", {"zaak": url(zaak)}).json()["count"] == 21


@pytest.mark.parametrize(
    ("path", "field", "factory"),
    [
        ("zaakcontactmomenten", "contactmoment", ZaakContactMomentFactory),
        ("zaakverzoeken", "verzoek", ZaakVerzoekFactory),
    ],
)
def test_relations_to_other_apis(
    behandelaar, zaaktype, remote_apis, django_assert_max_num_queries, path, field, factory
):
    zaak = ZaakFactory(zaaktype=zaaktype)
    target = remote_apis.serve(f"/klantinteractie/{field}/1", {"url": f"{remote_apis.url}/klantinteractie/{field}/1"})
    response = behandelaar.post(f"{BASE}/{path}", {"zaak": url(zaak), field: target}, format="json")
    assert response.status_code == 201, response.content
    assert codes(behandelaar.post(f"{BASE}/{path}", {"zaak": url(zaak), field: target}, format="json")) == {
        "nonFieldErrors:unique"
    }
    shapeless = remote_apis.serve(f"/klantinteractie/{field}/2", {"naam": "geen url"})
    assert codes(behandelaar.post(f"{BASE}/{path}", {"zaak": url(zaak), field: shapeless}, format="json")) == {
        f"{field}:invalid-resource"
    }
    assert behandelaar.get(f"{BASE}/{path}", {field: target}).json()[0]["url"] == response.json()["url"]
    behandelaar.get(f"{BASE}/{path}")
    with django_assert_max_num_queries(20) as one:
        behandelaar.get(f"{BASE}/{path}", {"zaak": url(zaak)})
    for _ in range(20):
        factory(zaak=zaak)
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert len(behandelaar.get(f"{BASE}/{path}", {"zaak": url(zaak)}).json()) == 21
    assert behandelaar.delete(response.json()["url"]).status_code == 204


def test_zaaknotities(behandelaar, zaaktype, django_assert_max_num_queries):
    zaak = ZaakFactory(zaaktype=zaaktype)
    body = {"gerelateerdAan": url(zaak), "onderwerp": "Terugbellen", "tekst": "Bel de melder terug."}
    response = behandelaar.post(f"{BASE}/zaaknotities", body, format="json")
    assert response.status_code == 201, response.content
    created = response.json()
    assert (created["notitieType"], created["status"]) == ("intern", "concept")
    assert behandelaar.patch(created["url"], {"status": "definitief"}, format="json").json()["status"] == "definitief"
    assert behandelaar.get(f"{BASE}/zaaknotities", {"onderwerp__icontains": "bellen"}).json()["count"] == 1
    assert (
        behandelaar.get(f"{BASE}/zaaknotities", {"gerelateerdAan": url(zaak), "status": "concept"}).json()["count"] == 0
    )
    assert Notification.objects.filter(resource="zaaknotitie", hoofd_object=url(zaak)).count() == 2
    with django_assert_max_num_queries(20) as one:
        behandelaar.get(f"{BASE}/zaaknotities")
    for _ in range(20):
        ZaakNotitieFactory(gerelateerd_aan=zaak)
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert behandelaar.get(f"{BASE}/zaaknotities").json()["count"] == 21
    assert behandelaar.delete(created["url"]).status_code == 204


def _type():
    return ZaakTypeFactory(concept=False)


class TestZaakObjectAuthorisation(AuthorisationMatrix):
    component = ZAKEN_COMPONENT
    scope = SCOPE_ZAKEN_LEZEN
    list_url = ZAAKOBJECTEN

    def make_type(self):
        return _type()

    def make(self, type_, vertrouwelijkheidaanduiding):
        return ZaakObjectFactory(zaak__zaaktype=type_, zaak__vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding)


class TestZaakInformatieObjectAuthorisation(TestZaakObjectAuthorisation):
    list_url = ZIOS

    def make(self, type_, vertrouwelijkheidaanduiding):
        return ZaakInformatieObjectFactory(
            zaak__zaaktype=type_, zaak__vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding
        )


class TestKlantContactAuthorisation(TestZaakObjectAuthorisation):
    list_url = f"{BASE}/klantcontacten"

    def make(self, type_, vertrouwelijkheidaanduiding):
        return KlantContactFactory(zaak__zaaktype=type_, zaak__vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding)

    def test_detail_and_head_refuse_what_is_hidden(self, world):
        client, objects = world  # no HEAD in the contract
        for name, obj in objects.items():
            assert client.get(self.detail_url(obj)).status_code == (200 if name == "visible" else 403), name


class TestZaakContactMomentAuthorisation(TestKlantContactAuthorisation):
    list_url = f"{BASE}/zaakcontactmomenten"

    def make(self, type_, vertrouwelijkheidaanduiding):
        return ZaakContactMomentFactory(
            zaak__zaaktype=type_, zaak__vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding
        )


class TestZaakVerzoekAuthorisation(TestKlantContactAuthorisation):
    list_url = f"{BASE}/zaakverzoeken"

    def make(self, type_, vertrouwelijkheidaanduiding):
        return ZaakVerzoekFactory(zaak__zaaktype=type_, zaak__vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding)


class TestZaakNotitieAuthorisation(TestKlantContactAuthorisation):
    list_url = f"{BASE}/zaaknotities"

    def make(self, type_, vertrouwelijkheidaanduiding):
        return ZaakNotitieFactory(
            gerelateerd_aan__zaaktype=type_, gerelateerd_aan__vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding
        )
