"""Document content in S3-compatible object storage (DOCUMENTEN_STORAGE=s3, django-storages),
against a real S3 API that the test starts on this machine (moto's server mode): inline
content, an upload in parts joined in the bucket, downloads, and deletion."""

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

moto_server = pytest.importorskip("moto.server", reason="moto (an S3-compatible test server) is not installed")
boto3 = pytest.importorskip("boto3")

from openzaak.components.catalogi.tests.factories import InformatieObjectTypeFactory  # noqa: E402

from ..models import EnkelvoudigInformatieObject  # noqa: E402
from ..storage import documenten_storage  # noqa: E402
from .utils import EIO, b64, document_data, downloaded  # noqa: E402

pytestmark = pytest.mark.django_db
BUCKET = "documenten-test"
CREDENTIALS = {"access_key": "test", "secret_key": "test", "region_name": "us-east-1"}


@pytest.fixture(scope="module")
def s3_endpoint():
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings):
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        aws_access_key_id=CREDENTIALS["access_key"],
        aws_secret_access_key=CREDENTIALS["secret_key"],
        region_name=CREDENTIALS["region_name"],
    )
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {
        **settings.STORAGES,
        "documenten": {
            "BACKEND": "openzaak.components.documenten.storage.PrivateS3Storage",
            "OPTIONS": {"bucket_name": BUCKET, "endpoint_url": s3_endpoint, "location": "inhoud", **CREDENTIALS},
        },
    }
    settings.DOCUMENTEN_UPLOAD_CHUNK_SIZE = 5 * 1024 * 1024 + 1

    def keys():
        return sorted(item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []))

    yield keys
    for key in keys():
        client.delete_object(Bucket=BUCKET, Key=key)
    client.delete_bucket(Bucket=BUCKET)


def test_inline_content_in_s3_and_deleted_with_the_document(beheerder, bucket, django_capture_on_commit_callbacks):
    iotype = InformatieObjectTypeFactory(concept=False)
    response = beheerder.post(EIO, document_data(iotype, inhoud=b64(b"in de emmer")), format="json")
    assert response.status_code == 201, response.content
    body = response.json()
    [key] = bucket()
    assert key.startswith("inhoud/") and key.endswith(EnkelvoudigInformatieObject.objects.get().inhoud.name)
    assert downloaded(beheerder.get(body["inhoud"])) == b"in de emmer"
    with pytest.raises(ValueError):
        documenten_storage().url(EnkelvoudigInformatieObject.objects.get().inhoud.name)  # never a public link
    with django_capture_on_commit_callbacks(execute=True):
        assert beheerder.delete(body["url"]).status_code == 204
    assert bucket() == []


def test_parts_are_joined_in_s3(beheerder, bucket, django_capture_on_commit_callbacks):
    data = os.urandom(2 * (5 * 1024 * 1024 + 1) + 10)
    iotype = InformatieObjectTypeFactory(concept=False)
    body = beheerder.post(EIO, document_data(iotype, bestandsomvang=len(data)), format="json").json()
    offset = 0
    for part in body["bestandsdelen"]:
        piece = data[offset : offset + part["omvang"]]
        offset += part["omvang"]
        upload = {"inhoud": SimpleUploadedFile("deel", piece), "lock": body["lock"]}
        assert beheerder.put(part["url"], upload, format="multipart").status_code == 200
    assert len(bucket()) == 3
    with django_capture_on_commit_callbacks(execute=True):
        assert beheerder.post(f"{body['url']}/unlock", {"lock": body["lock"]}, format="json").status_code == 204
    assert len(bucket()) == 1  # the joined object; the parts are gone
    response = beheerder.get(f"{body['url']}/download")
    assert response["Content-Length"] == str(len(data))
    assert downloaded(response) == data
