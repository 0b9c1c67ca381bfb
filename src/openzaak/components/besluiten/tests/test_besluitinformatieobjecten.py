"""GET/POST /besluitinformatieobjecten, GET/HEAD/DELETE /besluitinformatieobjecten/{uuid}
through HTTP: the document's mirror in the Documenten register is made and removed with
the relation (brc-005, brc-009), the document's informatieobjecttype must be one of the
besluittype's (brc-008), a document once per besluit, read as the besluit is read, and
`expand` into the besluit and the document."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openzaak.components.catalogi.tests.factories import BesluitTypeFactory, InformatieObjectTypeFactory
from openzaak.components.catalogi.tests.utils import codes
from openzaak.components.documenten.models import ObjectInformatieObject
from openzaak.components.documenten.tests.factories import EnkelvoudigInformatieObjectFactory
from openzaak.zgw.models import AuditTrail, Notification
from openzaak.zgw.scopes import SCOPE_DOCUMENTEN_LEZEN

from ..models import Besluit, BesluitInformatieObject
from .factories import BesluitFactory, BesluitInformatieObjectFactory
from .utils import BIOS, besluiten_client, url

pytestmark = pytest.mark.django_db

OIOS = "http://testserver/documenten/api/v1/objectinformatieobjecten"


@pytest.fixture
def besluittype():
    besluittype = BesluitTypeFactory(concept=False)
    besluittype.informatieobjecttypen.add(
        InformatieObjectTypeFactory(concept=False, catalogus=besluittype.catalogus, omschrijving="Besluitbrief")
    )
    return besluittype


@pytest.fixture
def besluit(besluittype):
    return BesluitFactory(besluittype=besluittype)


def document_of(besluittype, **kwargs):
    return EnkelvoudigInformatieObjectFactory(
        informatieobjecttype=besluittype.informatieobjecttypen.get(), vertrouwelijkheidaanduiding="openbaar", **kwargs
    )


def documenten_autorisatie(informatieobjecttype):
    return {
        "component": "drc",
        "scopes": [SCOPE_DOCUMENTEN_LEZEN],
        "informatieobjecttype": informatieobjecttype,
        "max_vertrouwelijkheidaanduiding": "zeer_geheim",
    }


@pytest.fixture
def client(api_client, besluittype):
    return besluiten_client(
        api_client, besluittype, extra=[documenten_autorisatie(besluittype.informatieobjecttypen.get())]
    )


def test_create_mirrors_the_relation_in_the_documenten_register_brc_005(client, besluit, besluittype):
    document = document_of(besluittype)

    response = client.post(BIOS, {"besluit": url(besluit), "informatieobject": url(document)}, format="json")

    assert response.status_code == 201, response.content
    bio = BesluitInformatieObject.objects.get()
    assert response.json() == {"url": url(bio), "informatieobject": url(document), "besluit": url(besluit)}
    assert response["Location"] == url(bio)
    mirrors = client.get(OIOS, {"object": url(besluit)})
    assert mirrors.status_code == 200, mirrors.content
    [mirror] = mirrors.json()
    assert (mirror["object"], mirror["objectType"], mirror["informatieobject"]) == (
        url(besluit),
        "besluit",
        url(document),
    )
    notification = Notification.objects.get(kanaal="besluiten")
    assert (notification.actie, notification.resource, notification.resource_url) == (
        "create",
        "besluitinformatieobject",
        url(bio),
    )
    assert notification.hoofd_object == url(besluit)
    [entry] = client.get(f"{url(besluit)}/audittrail").json()
    assert (entry["resource"], entry["resourceUrl"], entry["actie"]) == ("besluitinformatieobject", url(bio), "create")


def test_delete_takes_the_mirror_along(client, besluit, besluittype):
    bio = BesluitInformatieObjectFactory(besluit=besluit, informatieobject=document_of(besluittype))

    response = client.delete(url(bio))

    assert response.status_code == 204
    assert not BesluitInformatieObject.objects.exists()
    assert not ObjectInformatieObject.objects.exists()
    assert client.get(OIOS, {"object": url(besluit)}).json() == []
    assert Notification.objects.get(kanaal="besluiten").actie == "destroy"


def test_deleting_the_besluit_takes_its_documents_relations_along_brc_009(client, besluit, besluittype):
    documents = [document_of(besluittype) for _ in range(2)]
    for document in documents:
        BesluitInformatieObjectFactory(besluit=besluit, informatieobject=document)

    assert client.delete(url(besluit)).status_code == 204

    assert not Besluit.objects.exists()
    assert not BesluitInformatieObject.objects.exists() and not ObjectInformatieObject.objects.exists()
    assert not AuditTrail.objects.filter(hoofd_object_uuid=besluit.uuid).exists()
    for document in documents:  # the documents stay, free to be deleted
        document.refresh_from_db()


def test_the_informatieobjecttype_must_be_one_of_the_besluittype_s_brc_008(client, besluit):
    vreemd = EnkelvoudigInformatieObjectFactory()
    response = client.post(BIOS, {"besluit": url(besluit), "informatieobject": url(vreemd)}, format="json")
    assert codes(response, "nonFieldErrors") == {"missing-besluittype-informatieobjecttype-relation"}
    assert not ObjectInformatieObject.objects.exists()


def test_a_document_once_per_besluit(client, besluit, besluittype):
    document = document_of(besluittype)
    BesluitInformatieObjectFactory(besluit=besluit, informatieobject=document)
    response = client.post(BIOS, {"besluit": url(besluit), "informatieobject": url(document)}, format="json")
    assert codes(response, "nonFieldErrors") == {"unique"}


def test_references_are_checked_brc_003(client, besluit, besluittype):
    document = document_of(besluittype)
    cases = [
        (
            {"besluit": url(besluit), "informatieobject": "https://elders.example/documenten/1"},
            "informatieobject:bad-url",
        ),
        ({"besluit": url(besluit), "informatieobject": url(besluit)}, "informatieobject:invalid-resource"),
        (
            {"besluit": url(besluit), "informatieobject": url(document).replace(str(document.uuid), str(besluit.uuid))},
            "informatieobject:does_not_exist",
        ),
        ({"besluit": url(document), "informatieobject": url(document)}, "besluit:invalid-resource"),
        ({}, "besluit:required"),
    ]
    for data, expected in cases:
        assert expected in codes(client.post(BIOS, data, format="json")), data


def test_a_besluit_s_documents_need_the_aanmaken_scope_for_its_besluittype(api_client, besluit, besluittype):
    other = BesluitFactory(besluittype=BesluitTypeFactory(concept=False))
    other.besluittype.informatieobjecttypen.add(besluittype.informatieobjecttypen.get())
    client = besluiten_client(api_client, besluittype)
    response = client.post(
        BIOS, {"besluit": url(other), "informatieobject": url(document_of(besluittype))}, format="json"
    )
    assert response.status_code == 403
    assert not BesluitInformatieObject.objects.exists() and not ObjectInformatieObject.objects.exists()


def test_list_filters_and_detail(client, besluit, besluittype):
    document = document_of(besluittype)
    bio = BesluitInformatieObjectFactory(besluit=besluit, informatieobject=document)
    other = BesluitInformatieObjectFactory(besluit=BesluitFactory(besluittype=besluittype), informatieobject=document)

    def found(**params):
        response = client.get(BIOS, params)
        assert response.status_code == 200, response.content
        return [item["url"] for item in response.json()]

    assert found() == [url(bio), url(other)]
    assert found(besluit=url(besluit)) == [url(bio)]
    assert found(informatieobject=url(document)) == [url(bio), url(other)]
    assert found(informatieobject=url(document_of(besluittype))) == []
    detail = client.get(url(bio))
    assert detail.status_code == 200 and detail.json()["informatieobject"] == url(document)
    assert client.head(url(bio))["ETag"] == detail["ETag"]
    assert client.get(url(bio), HTTP_IF_NONE_MATCH=detail["ETag"]).status_code == 304


@pytest.mark.parametrize("expand", [None, "besluit.besluittype,informatieobject"])
def test_the_list_costs_a_fixed_number_of_queries(client, besluittype, django_assert_max_num_queries, expand):
    """The same queries at one row as at many: without expand the savepoint, the page and
    the release; with it, a fixed number per expanded name and level."""
    params = {"expand": expand} if expand else {}
    BesluitInformatieObjectFactory(
        besluit=BesluitFactory(besluittype=besluittype), informatieobject=document_of(besluittype)
    )
    client.get(BIOS)  # caches the client's autorisaties
    with CaptureQueriesContext(connection) as one:
        assert len(client.get(BIOS, params).json()) == 1
    assert len(one) == 3 or expand
    for _ in range(12):
        besluit = BesluitFactory(besluittype=besluittype)
        BesluitInformatieObjectFactory(besluit=besluit, informatieobject=document_of(besluittype))
    with django_assert_max_num_queries(len(one)):
        assert len(client.get(BIOS, params).json()) == 13


def test_expand_besluit_and_informatieobject(client, besluit, besluittype):
    document = document_of(besluittype)
    bio = BesluitInformatieObjectFactory(besluit=besluit, informatieobject=document)

    expanded = client.get(url(bio), {"expand": "besluit,informatieobject"}).json()["_expand"]

    assert expanded["besluit"] == client.get(url(besluit)).json()
    assert expanded["informatieobject"] == client.get(url(document)).json()


def test_expand_leaves_out_a_document_the_client_may_not_read(api_client, besluit, besluittype):
    bio = BesluitInformatieObjectFactory(besluit=besluit, informatieobject=document_of(besluittype))
    client = besluiten_client(api_client, besluittype)  # no documenten autorisatie
    assert client.get(url(bio), {"expand": "informatieobject"}).json()["_expand"] == {}
