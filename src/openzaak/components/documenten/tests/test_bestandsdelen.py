"""Content in parts (Documenten API 1.1.0+): a document announced with `bestandsomvang` and
no `inhoud` is locked and gets its bestandsdelen; each part is PUT as multipart with the
lock; `unlock` checks that all are there and joins them."""

import hashlib
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from openzaak.components.catalogi.tests.factories import InformatieObjectTypeFactory
from openzaak.zgw.models import AuditTrail, Notification

from ..models import BestandsDeel, EnkelvoudigInformatieObject
from .utils import EIO, b64, codes, document_data, downloaded

pytestmark = pytest.mark.django_db

CHUNK = 1000


@pytest.fixture(autouse=True)
def _small_parts(settings):
    settings.DOCUMENTEN_UPLOAD_CHUNK_SIZE = CHUNK


def stored_files(root) -> list:
    return [path for path in root.rglob("*") if path.is_file()]


def put_part(client, part, data: bytes, lock: str):
    return client.put(part["url"], {"inhoud": SimpleUploadedFile("deel", data), "lock": lock}, format="multipart")


def announce(client, size: int, **extra):
    iotype = InformatieObjectTypeFactory(concept=False)
    response = client.post(EIO, document_data(iotype, bestandsomvang=size, **extra), format="json")
    assert response.status_code == 201, response.content
    return response.json()


def test_full_round_trip_byte_for_byte(beheerder, django_capture_on_commit_callbacks, documenten_storage_root):
    data = os.urandom(2 * CHUNK + 345)
    body = announce(beheerder, len(data), bestandsnaam="groot.bin")
    assert body["locked"] is True and body["lock"] and body["inhoud"] is None
    parts = body["bestandsdelen"]
    assert [(p["volgnummer"], p["omvang"], p["voltooid"]) for p in parts] == [
        (1, CHUNK, False),
        (2, CHUNK, False),
        (3, 345, False),
    ]
    assert all(p["lock"] == body["lock"] for p in parts)
    offset = 0
    for part in reversed(parts):  # any order
        start = (part["volgnummer"] - 1) * CHUNK
        response = put_part(beheerder, part, data[start : start + part["omvang"]], body["lock"])
        assert response.status_code == 200, response.content
        assert response.json()["voltooid"] is True and response.json()["volgnummer"] == part["volgnummer"]
        offset += part["omvang"]
    assert [p["voltooid"] for p in beheerder.get(body["url"]).json()["bestandsdelen"]] == [True, True, True]
    with django_capture_on_commit_callbacks(execute=True):
        assert beheerder.post(f"{body['url']}/unlock", {"lock": body["lock"]}, format="json").status_code == 204
    document = beheerder.get(body["url"]).json()
    assert document["locked"] is False and document["bestandsdelen"] == [] and document["bestandsomvang"] == len(data)
    content = downloaded(beheerder.get(document["inhoud"]))
    assert hashlib.sha256(content).digest() == hashlib.sha256(data).digest() and content == data
    assert not BestandsDeel.objects.exists()
    assert len(stored_files(documenten_storage_root)) == 1  # the parts' files are gone, the joined one stays
    actions = [n.actie for n in Notification.objects.filter(kanaal="documenten").order_by("pk")]
    assert actions == ["create", "unlock"]  # parts are audited, not notified
    assert AuditTrail.objects.filter(resource="bestandsdeel").count() == 3


def test_a_part_of_the_wrong_size_or_lock_is_refused(beheerder, documenten_storage_root):
    body = announce(beheerder, CHUNK + 10)
    first, _second = body["bestandsdelen"]
    assert codes(put_part(beheerder, first, b"x" * 10, body["lock"]), "inhoud") == {"file-size"}
    assert codes(put_part(beheerder, first, b"x" * CHUNK, "fout"), "lock") == {"incorrect-lock-id"}
    assert not stored_files(documenten_storage_root)  # nothing half-written stays
    assert not any(part.voltooid for part in BestandsDeel.objects.all())
    assert beheerder.put(first["url"], {"lock": body["lock"]}, format="multipart").status_code == 400


def test_unlock_before_every_part_is_there(beheerder, documenten_storage_root):
    data = os.urandom(CHUNK + 10)
    body = announce(beheerder, len(data))
    first, second = body["bestandsdelen"]
    assert put_part(beheerder, first, data[:CHUNK], body["lock"]).status_code == 200
    response = beheerder.post(f"{body['url']}/unlock", {"lock": body["lock"]}, format="json")
    assert codes(response) == {"nonFieldErrors:incomplete-upload"}
    assert beheerder.get(body["url"]).json()["locked"] is True
    assert put_part(beheerder, second, data[CHUNK:], body["lock"]).status_code == 200
    assert beheerder.post(f"{body['url']}/unlock", {"lock": "fout"}, format="json").status_code == 400
    assert beheerder.post(f"{body['url']}/unlock", {"lock": body["lock"]}, format="json").status_code == 204
    assert downloaded(beheerder.get(f"{body['url']}/download")) == data


def test_unlock_without_any_part_abandons_the_upload(beheerder):
    body = announce(beheerder, 50)
    assert beheerder.post(f"{body['url']}/unlock", {"lock": body["lock"]}, format="json").status_code == 204
    document = beheerder.get(body["url"]).json()
    assert document["bestandsomvang"] is None and document["inhoud"] is None and document["bestandsdelen"] == []


def test_a_part_sent_again_replaces_the_first(beheerder, django_capture_on_commit_callbacks, documenten_storage_root):
    body = announce(beheerder, 4)
    [part] = body["bestandsdelen"]
    put_part(beheerder, part, b"abcd", body["lock"])
    with django_capture_on_commit_callbacks(execute=True):
        put_part(beheerder, part, b"wxyz", body["lock"])
        beheerder.post(f"{body['url']}/unlock", {"lock": body["lock"]}, format="json")
    assert downloaded(beheerder.get(f"{body['url']}/download")) == b"wxyz"
    assert len(stored_files(documenten_storage_root)) == 1


def test_update_in_parts_makes_a_new_versie(beheerder):
    iotype = InformatieObjectTypeFactory(concept=False)
    response = beheerder.post(EIO, document_data(iotype, inhoud=b64(b"klein")), format="json")
    document_url = response.json()["url"]
    lock = beheerder.post(f"{document_url}/lock").json()["lock"]
    data = os.urandom(CHUNK + 1)
    response = beheerder.patch(document_url, {"lock": lock, "bestandsomvang": len(data), "inhoud": None}, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["versie"] == 2 and [p["omvang"] for p in body["bestandsdelen"]] == [CHUNK, 1]
    for part, piece in zip(body["bestandsdelen"], (data[:CHUNK], data[CHUNK:]), strict=True):
        assert put_part(beheerder, part, piece, lock).status_code == 200
    assert beheerder.post(f"{document_url}/unlock", {"lock": lock}, format="json").status_code == 204
    assert downloaded(beheerder.get(f"{document_url}/download")) == data
    assert downloaded(beheerder.get(f"{document_url}/download", {"versie": 1})) == b"klein"
    assert beheerder.get(document_url, {"versie": 2}).json()["bestandsomvang"] == len(data)


def test_a_failed_join_leaves_nothing_behind(beheerder, documenten_storage_root, monkeypatch):
    data = os.urandom(CHUNK + 1)
    body = announce(beheerder, len(data))
    for part, piece in zip(body["bestandsdelen"], (data[:CHUNK], data[CHUNK:]), strict=True):
        put_part(beheerder, part, piece, body["lock"])
    before = {str(path) for path in stored_files(documenten_storage_root)}

    from .. import content

    real_readinto = content.JoinedFile.readinto
    calls = {"n": 0}

    def failing_readinto(self, buffer):
        calls["n"] += 1
        if calls["n"] > 1:
            raise OSError("disk went away")
        return real_readinto(self, buffer)

    monkeypatch.setattr(content.JoinedFile, "readinto", failing_readinto)
    with override_settings(DEBUG_PROPAGATE_EXCEPTIONS=False):
        beheerder.raise_request_exception = False
        response = beheerder.post(f"{body['url']}/unlock", {"lock": body["lock"]}, format="json")
    assert response.status_code == 500
    assert {str(path) for path in stored_files(documenten_storage_root)} == before  # no half-joined file
    assert EnkelvoudigInformatieObject.objects.get().lock == body["lock"]  # still locked, parts kept
    assert BestandsDeel.objects.filter(inhoud__gt="").count() == 2
