"""Documents through HTTP: create with inline content, the drc rules with their codes,
versions, download, locks, deletion, search, filters, notifications and audit trail."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from openzaak.components.catalogi.tests.factories import InformatieObjectTypeFactory
from openzaak.components.zaken.tests.factories import ZaakInformatieObjectFactory
from openzaak.zgw.models import AuditTrail, Notification

from ..models import EnkelvoudigInformatieObject, EnkelvoudigInformatieObjectVersie
from .factories import (
    INHOUD,
    BestandsDeelFactory,
    EnkelvoudigInformatieObjectFactory,
    GebruiksrechtenFactory,
    VerzendingFactory,
)
from .utils import EIO, b64, codes, document_data, downloaded, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def iotype():
    return InformatieObjectTypeFactory(concept=False, vertrouwelijkheidaanduiding="zaakvertrouwelijk")


def create(client, iotype, **overrides):
    response = client.post(EIO, document_data(iotype, **overrides), format="json")
    assert response.status_code == 201, response.content
    return response.json()


def lock(client, document_url) -> str:
    response = client.post(f"{document_url}/lock")
    assert response.status_code == 200, response.content
    return response.json()["lock"]


def test_create_with_inline_content_and_download(beheerder, iotype, documenten_storage_root):
    body = create(beheerder, iotype, inhoud=b64(b"hallo wereld"), bestandsnaam="brief.txt", formaat="text/plain")
    assert body["bestandsomvang"] == 12 and body["versie"] == 1 and body["locked"] is False
    assert body["vertrouwelijkheidaanduiding"] == "zaakvertrouwelijk"  # drc-007: from the type
    assert body["identificatie"].startswith("DOCUMENT-2024-")
    assert body["inhoud"] == f"{body['url']}/download?versie=1"
    response = beheerder.get(body["inhoud"])
    assert downloaded(response) == b"hallo wereld"
    assert response["Content-Type"] == "text/plain"
    assert response["Content-Length"] == "12"
    assert response["Content-Disposition"] == 'attachment; filename="brief.txt"'
    # stored under a name of our own, never the client's
    assert [path.name for path in documenten_storage_root.rglob("*") if path.is_file()] != ["brief.txt"]
    notification = Notification.objects.get(kanaal="documenten")
    assert notification.actie == "create" and notification.kenmerken == {
        "bronorganisatie": "517439943",
        "informatieobjecttype": url(iotype),
        "vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
    }
    assert AuditTrail.objects.get(hoofd_object=body["url"]).nieuw["titel"] == "Brief"


def test_explicit_vertrouwelijkheidaanduiding_is_kept(beheerder, iotype):
    assert (
        create(beheerder, iotype, vertrouwelijkheidaanduiding="openbaar")["vertrouwelijkheidaanduiding"] == "openbaar"
    )


def test_informatieobjecttype_must_be_a_published_type_of_this_catalogue(beheerder, iotype):
    concept = InformatieObjectTypeFactory(concept=True)
    response = beheerder.post(EIO, document_data(concept), format="json")
    assert codes(response, "informatieobjecttype") == {"not-published"}  # drc-001
    bad = {
        **document_data(iotype),
        "informatieobjecttype": "http://example.com/catalogi/api/v1/informatieobjecttypen/1",
    }
    assert codes(beheerder.post(EIO, bad, format="json"), "informatieobjecttype") == {"bad-url"}
    wrong = {**document_data(iotype), "informatieobjecttype": url(iotype.catalogus)}
    assert codes(beheerder.post(EIO, wrong, format="json"), "informatieobjecttype") == {"invalid-resource"}
    assert not EnkelvoudigInformatieObject.objects.exists()


def test_status_of_a_received_document(beheerder, iotype):
    data = document_data(iotype, ontvangstdatum="2024-03-01", status="in_bewerking")
    assert codes(beheerder.post(EIO, data, format="json"), "status") == {"invalid_for_received"}  # drc-005
    assert create(beheerder, iotype, ontvangstdatum="2024-03-01", status="definitief")["status"] == "definitief"


def test_identificatie_is_unique_per_bronorganisatie(beheerder, iotype):
    create(beheerder, iotype, identificatie="DOC-1")
    response = beheerder.post(EIO, document_data(iotype, identificatie="DOC-1"), format="json")
    assert codes(response, "identificatie") == {"identificatie-niet-uniek"}
    assert create(beheerder, iotype, identificatie="DOC-1", bronorganisatie="002564440")["identificatie"] == "DOC-1"


def test_content_size_must_match_bestandsomvang(beheerder, iotype, documenten_storage_root):
    response = beheerder.post(EIO, document_data(iotype, inhoud=b64(b"abc"), bestandsomvang=4), format="json")
    assert codes(response, "bestandsomvang") == {"file-size"}
    assert not any(path.is_file() for path in documenten_storage_root.rglob("*"))  # nothing half-written


@pytest.mark.parametrize(
    ("inhoud", "code"),
    [
        ("not base64!", "invalid-base64"),
        ("YWJj", None),
        ("YWI", "incorrect-base64-padding"),
        ("YQ==YQ==", "invalid-base64"),
    ],
)
def test_base64_content_is_checked(beheerder, iotype, inhoud, code):
    response = beheerder.post(EIO, document_data(iotype, inhoud=inhoud), format="json")
    if code is None:
        assert response.status_code == 201
    else:
        assert codes(response, "inhoud") == {code}


def test_indicatie_gebruiksrecht_follows_the_gebruiksrechten(beheerder, iotype):
    response = beheerder.post(EIO, document_data(iotype, indicatieGebruiksrecht=True), format="json")
    assert codes(response, "indicatieGebruiksrecht") == {"missing-gebruiksrechten"}  # drc-006
    assert create(beheerder, iotype, indicatieGebruiksrecht=False)["indicatieGebruiksrecht"] is False
    document = EnkelvoudigInformatieObjectFactory(locked=True)
    GebruiksrechtenFactory(informatieobject=document)
    response = beheerder.patch(url(document), {"lock": document.lock, "indicatieGebruiksrecht": None}, format="json")
    assert codes(response, "indicatieGebruiksrecht") == {"existing-gebruiksrechten"}


def test_every_update_is_a_new_versie_under_the_lock(beheerder, iotype):
    body = create(beheerder, iotype, inhoud=b64(b"versie een"), titel="Een")
    document_url = body["url"]
    # drc-009: no update without the lock
    assert codes(beheerder.patch(document_url, {"titel": "x"}, format="json")) == {"nonFieldErrors:unlocked"}
    lock_id = lock(beheerder, document_url)
    assert codes(beheerder.post(f"{document_url}/lock")) == {"nonFieldErrors:existing-lock"}
    assert codes(beheerder.patch(document_url, {"titel": "x"}, format="json")) == {"lock:missing-lock-id"}
    assert codes(beheerder.patch(document_url, {"titel": "x", "lock": "fout"}, format="json")) == {
        "lock:incorrect-lock-id"
    }
    response = beheerder.patch(document_url, {"titel": "Twee", "lock": lock_id}, format="json")
    assert response.status_code == 200 and response.json()["versie"] == 2 and response.json()["locked"] is True
    put = document_data(iotype, titel="Drie", inhoud=b64(b"versie drie"), lock=lock_id)
    response = beheerder.put(document_url, put, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["versie"] == 3 and response.json()["vertrouwelijkheidaanduiding"] == "zaakvertrouwelijk"
    assert beheerder.post(f"{document_url}/unlock", {"lock": lock_id}, format="json").status_code == 204
    assert beheerder.get(document_url).json()["locked"] is False

    # older versies and their content, by number and by registration moment
    assert beheerder.get(document_url, {"versie": 1}).json()["titel"] == "Een"
    assert beheerder.get(document_url, {"versie": 2}).json()["titel"] == "Twee"
    assert downloaded(beheerder.get(f"{document_url}/download", {"versie": 1})) == b"versie een"
    assert downloaded(beheerder.get(f"{document_url}/download", {"versie": 2})) == b"versie een"
    assert downloaded(beheerder.get(f"{document_url}/download")) == b"versie drie"
    versie_2 = EnkelvoudigInformatieObjectVersie.objects.get(versie=2)
    at = (versie_2.begin_registratie + datetime.timedelta(microseconds=1)).isoformat()
    shown = beheerder.get(document_url, {"registratieOp": at}).json()
    assert shown["versie"] == 2 and shown["inhoud"].endswith("download?versie=2")
    before = (versie_2.begin_registratie - datetime.timedelta(days=1)).isoformat()
    assert beheerder.get(document_url, {"registratieOp": before}).status_code == 404
    assert beheerder.get(document_url, {"versie": 9}).status_code == 404
    assert beheerder.get(f"{document_url}/download", {"versie": 9}).status_code == 404
    assert codes(beheerder.get(document_url, {"versie": "een"}), "versie") == {"invalid"}
    assert [n.actie for n in Notification.objects.order_by("pk")] == [
        "create",
        "lock",
        "partial_update",
        "update",
        "unlock",
    ]


def test_forced_unlock_takes_the_scope(documenten_client, iotype):
    document = EnkelvoudigInformatieObjectFactory(locked=True, informatieobjecttype=iotype)
    locker = documenten_client(iotype, ["documenten.lezen", "documenten.lock"])
    assert codes(locker.post(f"{url(document)}/unlock", {}, format="json")) == {"lock:incorrect-lock-id"}
    admin = documenten_client(iotype, ["documenten.lezen", "documenten.geforceerd-unlock"])
    assert admin.post(f"{url(document)}/unlock", {}, format="json").status_code == 204
    document.refresh_from_db()
    assert not document.lock


def test_a_refused_write_leaves_no_content(documenten_client, iotype, documenten_storage_root):
    """The content is stored before the write's scope is checked on what it wrote; the
    refused write rolls back, and its file is deleted when the request ends."""
    writer = documenten_client(iotype, ["documenten.lezen", "documenten.aanmaken"], maximum="openbaar")
    too_secret = document_data(iotype, vertrouwelijkheidaanduiding="geheim", inhoud=b64(b"geheim"))
    assert writer.post(EIO, too_secret, format="json").status_code == 403
    assert not any(path.is_file() for path in documenten_storage_root.rglob("*"))


def test_scopes_of_writes(documenten_client, iotype):
    reader = documenten_client(iotype, ["documenten.lezen"])
    assert reader.post(EIO, document_data(iotype), format="json").status_code == 403
    other_type = InformatieObjectTypeFactory(concept=False)
    writer = documenten_client(iotype, ["documenten.lezen", "documenten.aanmaken"], maximum="openbaar")
    assert writer.post(EIO, document_data(other_type), format="json").status_code == 403
    too_secret = document_data(iotype, vertrouwelijkheidaanduiding="geheim")
    assert writer.post(EIO, too_secret, format="json").status_code == 403
    assert (
        writer.post(EIO, document_data(iotype, vertrouwelijkheidaanduiding="openbaar"), format="json").status_code
        == 201
    )
    assert EnkelvoudigInformatieObject.objects.count() == 1


def test_destroy_drc_008(beheerder, documenten_storage_root, django_capture_on_commit_callbacks):
    document = EnkelvoudigInformatieObjectFactory(met_inhoud=True)
    GebruiksrechtenFactory(informatieobject=document)
    VerzendingFactory(informatieobject=document)
    zio = ZaakInformatieObjectFactory(informatieobject=document)
    assert codes(beheerder.delete(url(document))) == {"nonFieldErrors:pending-relations"}
    zio.delete()
    document.lock = "abc"
    document.save()
    assert codes(beheerder.delete(url(document))) == {"nonFieldErrors:destroy-locked"}
    document.lock = ""
    document.save()
    beheerder.get(url(document))
    with_history = AuditTrail.objects.create(
        bron="drc",
        actie="update",
        resultaat=200,
        hoofd_object=url(document),
        hoofd_object_uuid=document.uuid,
        resource="enkelvoudiginformatieobject",
        resource_url=url(document),
        resource_weergave="x",
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert beheerder.delete(url(document)).status_code == 204
    assert not EnkelvoudigInformatieObject.objects.exists()
    assert not AuditTrail.objects.filter(pk=with_history.pk).exists()  # no soft delete, no history
    assert not any(path.is_file() for path in documenten_storage_root.rglob("*"))
    assert Notification.objects.get(kanaal="documenten").actie == "destroy"


def test_list_filters(beheerder):
    document = EnkelvoudigInformatieObjectFactory(identificatie="DOC-A", trefwoorden=["foto", "melding"])
    other = EnkelvoudigInformatieObjectFactory(bronorganisatie="002564440")
    zio = ZaakInformatieObjectFactory(informatieobject=other)

    def found(**params):
        response = beheerder.get(EIO, params)
        assert response.status_code == 200, response.content
        return {item["url"] for item in response.json()["results"]}

    assert found(identificatie="DOC-A") == {url(document)}
    assert found(bronorganisatie="002564440") == {url(other)}
    assert found(trefwoorden="foto") == {url(document)} and found(trefwoorden="foto,video") == set()
    assert found(objectinformatieobjecten_object=url(zio.zaak)) == {url(other)}
    assert found(objectinformatieobjecten_objectType="zaak") == {url(other)}
    assert found(objectinformatieobjecten_object=url(zio.zaak), objectinformatieobjecten_objectType="besluit") == set()
    assert codes(beheerder.get(EIO, {"onbekend": "1"}), "onbekend") == {"unknown-parameters"}


@pytest.mark.parametrize("expand", [None, "informatieobjecttype"])
def test_list_query_count_does_not_grow_with_the_page(beheerder, django_assert_max_num_queries, expand):
    """The same queries at one row as at a full page: the count, the page (the type's
    uuid on it) and the parts of the page's locked documents in one query; with expand a
    fixed number per expanded name."""
    params = {"pageSize": 20, **({"expand": expand} if expand else {})}
    first = BestandsDeelFactory().informatieobject  # locked, with an upload in parts
    beheerder.get(EIO)  # caches the client's autorisaties
    with CaptureQueriesContext(connection) as one:
        assert beheerder.get(EIO, params).json()["count"] == 1
    assert len(one) <= (8 if expand else 5), "\n".join(query["sql"] for query in one)
    for _ in range(20):
        EnkelvoudigInformatieObjectFactory(met_inhoud=True, informatieobjecttype=first.informatieobjecttype)
    for part in BestandsDeelFactory.create_batch(3):  # other types, with two parts each
        BestandsDeelFactory(informatieobject=part.informatieobject)
    with django_assert_max_num_queries(len(one)):
        body = beheerder.get(EIO, params).json()
    assert body["count"] == 24 and len(body["results"]) == 20
    assert sorted(len(item["bestandsdelen"]) for item in body["results"])[-3:] == [2, 2, 2]
    if expand:
        assert all(
            item["_expand"]["informatieobjecttype"]["url"] == item["informatieobjecttype"] for item in body["results"]
        )


def test_zoek_and_expand(beheerder):
    documents = [EnkelvoudigInformatieObjectFactory(identificatie=f"Z-{n}") for n in range(3)]
    body = {"uuid__in": [str(d.uuid) for d in documents[:2]], "expand": "informatieobjecttype"}
    response = beheerder.post(f"{EIO}/_zoek", body, format="json")
    assert response.status_code == 200, response.content
    results = response.json()["results"]
    assert {item["url"] for item in results} == {url(d) for d in documents[:2]}
    assert results[0]["_expand"]["informatieobjecttype"]["url"] == results[0]["informatieobjecttype"]
    narrowed = beheerder.post(f"{EIO}/_zoek", {**body, "identificatie": "Z-0"}, format="json").json()
    assert [item["url"] for item in narrowed["results"]] == [url(documents[0])]
    assert codes(beheerder.post(f"{EIO}/_zoek", {}, format="json"), "uuid__in") == {"required"}
    detail = beheerder.get(url(documents[0]), {"expand": "informatieobjecttype"}).json()
    assert detail["_expand"]["informatieobjecttype"]["omschrijving"] == documents[0].informatieobjecttype.omschrijving


def test_etag_and_head(beheerder):
    document = EnkelvoudigInformatieObjectFactory()
    response = beheerder.get(url(document))
    etag = response["ETag"]
    assert beheerder.get(url(document), HTTP_IF_NONE_MATCH=etag).status_code == 304
    head = beheerder.head(url(document))
    assert head.status_code == 200 and head["ETag"] == etag and not head.content


def test_download_without_content_and_any_accept(beheerder):
    document = EnkelvoudigInformatieObjectFactory()
    assert beheerder.get(f"{url(document)}/download").status_code == 404
    with_content = EnkelvoudigInformatieObjectFactory(met_inhoud=True)
    response = beheerder.get(f"{url(with_content)}/download", HTTP_ACCEPT="application/octet-stream")
    assert downloaded(response) == INHOUD


def test_audittrail_of_a_document(beheerder, iotype):
    body = create(beheerder, iotype)
    lock_id = lock(beheerder, body["url"])
    beheerder.patch(body["url"], {"titel": "Nieuw", "lock": lock_id}, format="json", HTTP_X_AUDIT_TOELICHTING="typo")
    trail = beheerder.get(f"{body['url']}/audittrail").json()
    assert [entry["actie"] for entry in trail] == ["create", "lock", "partial_update"]
    assert trail[2]["toelichting"] == "typo" and trail[2]["wijzigingen"]["nieuw"]["titel"] == "Nieuw"
    one = beheerder.get(f"{body['url']}/audittrail/{trail[0]['uuid']}")
    assert one.status_code == 200 and one.json()["bron"] == "drc"


def test_begin_registratie_and_versie_are_read_only(beheerder, iotype):
    body = create(beheerder, iotype, versie=9, beginRegistratie="2020-01-01T00:00:00Z")
    assert body["versie"] == 1
    assert abs(datetime.datetime.fromisoformat(body["beginRegistratie"]) - timezone.now()) < datetime.timedelta(
        minutes=1
    )


def test_body_limits(beheerder, iotype, settings):
    """Inline content may make a body larger than DATA_UPLOAD_MAX_MEMORY_SIZE (it is
    streamed), up to DOCUMENTEN_MAX_BODY_SIZE; other endpoints keep the general limit."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2000
    settings.DOCUMENTEN_MAX_BODY_SIZE = 20_000
    inhoud = b64(b"x" * 6000)
    assert beheerder.post(EIO, document_data(iotype, inhoud=inhoud), format="json").status_code == 201
    too_large = document_data(iotype, inhoud=b64(b"x" * 30_000))
    assert beheerder.post(EIO, too_large, format="json").status_code == 413
    rechten = {"informatieobject": "x", "startdatum": "2024-03-01T00:00:00Z", "omschrijvingVoorwaarden": "y" * 6000}
    assert beheerder.post(f"{EIO.rsplit('/', 1)[0]}/gebruiksrechten", rechten, format="json").status_code == 413
    metadata_too_large = document_data(iotype, beschrijving="b" * 3000, inhoud=inhoud)
    assert beheerder.post(EIO, metadata_too_large, format="json").status_code == 413
