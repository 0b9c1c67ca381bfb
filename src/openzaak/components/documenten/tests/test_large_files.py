"""Large content streams: a document of hundreds of MiB sent inline (base64 JSON), one sent
in bestandsdelen, and their downloads, through a real HTTP server (the live server, in
this process) while tracemalloc measures the peak of what Python allocates meanwhile:
the server's memory stays flat whatever the size. Content is generated while it is sent
and hashed while it is received, so the test itself holds no copy of it either."""

from __future__ import annotations

import hashlib
import http.client
import json
import tracemalloc
import uuid
from urllib.parse import urlsplit

import pytest

from openzaak.components.catalogi.tests.factories import InformatieObjectTypeFactory

from .utils import document_data

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

MiB = 1024 * 1024
INLINE_SIZE = 300 * MiB
PARTS_SIZE = 200 * MiB
PEAK_LIMIT = 32 * MiB  # what the server may allocate at most on top, whatever the size
BLOCK = 3 * 256 * 1024  # a multiple of 3: base64 of each block has no padding


def blocks(size: int, seed: bytes):
    """`size` bytes of reproducible content, a block at a time."""
    counter = 0
    sent = 0
    while sent < size:
        block = hashlib.shake_256(seed + counter.to_bytes(8, "big")).digest(min(BLOCK, size - sent))
        counter += 1
        sent += len(block)
        yield block


def digest(size: int, seed: bytes) -> str:
    hasher = hashlib.sha256()
    for block in blocks(size, seed):
        hasher.update(block)
    return hasher.hexdigest()


class Server:
    def __init__(self, live_server, token: str):
        self.parts = urlsplit(live_server.url)
        self.token = token

    def request(self, method: str, path: str, body=None, headers=None, length=None):
        connection = http.client.HTTPConnection(self.parts.hostname, self.parts.port, timeout=600)
        headers = {"Authorization": self.token, **(headers or {})}
        if length is not None:
            headers["Content-Length"] = str(length)
        connection.request(method, path, body=body, headers=headers)
        return connection, connection.getresponse()

    def json(self, method, path, data):
        body = json.dumps(data).encode()
        connection, response = self.request(method, path, body, {"Content-Type": "application/json"})
        try:
            return response.status, json.loads(response.read() or b"null")
        finally:
            connection.close()

    def download_digest(self, path: str) -> tuple[int, str, int]:
        connection, response = self.request("GET", path)
        hasher, received = hashlib.sha256(), 0
        while chunk := response.read(MiB):
            hasher.update(chunk)
            received += len(chunk)
        connection.close()
        return response.status, hasher.hexdigest(), int(response.headers["Content-Length"])


@pytest.fixture
def server(live_server, api_client):
    client = api_client(heeft_alle_autorisaties=True)
    return Server(live_server, client._credentials["HTTP_AUTHORIZATION"])


class Peak:
    """The peak of Python allocations (all threads: the live server's too) within."""

    def __enter__(self):
        tracemalloc.start()
        tracemalloc.reset_peak()
        self.start = tracemalloc.get_traced_memory()[0]
        return self

    def __exit__(self, *exc):
        self.peak = tracemalloc.get_traced_memory()[1] - self.start
        tracemalloc.stop()


def path(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}" if parts.query else parts.path


def test_inline_base64_content_streams_in_and_out(server):
    import base64

    iotype = InformatieObjectTypeFactory(concept=False)
    seed = uuid.uuid4().bytes
    metadata = json.dumps(document_data(iotype, bestandsnaam="groot.bin")).encode()
    head = metadata[:-1] + b', "inhoud": "'
    tail = b'"}'
    length = len(head) + 4 * (INLINE_SIZE // 3) + len(tail)

    def body():
        yield head
        for block in blocks(INLINE_SIZE, seed):
            yield base64.b64encode(block)
        yield tail

    with Peak() as upload:
        connection, response = server.request(
            "POST",
            "/documenten/api/v1/enkelvoudiginformatieobjecten",
            body(),
            {"Content-Type": "application/json"},
            length,
        )
        created = json.loads(response.read())
        connection.close()
    assert response.status == 201, created
    assert created["bestandsomvang"] == INLINE_SIZE
    with Peak() as download:
        status, received, content_length = server.download_digest(path(created["inhoud"]))
    assert status == 200 and content_length == INLINE_SIZE
    assert received == digest(INLINE_SIZE, seed)
    print(
        f"inline {INLINE_SIZE // MiB} MiB: upload peak {upload.peak / MiB:.1f} MiB, download {download.peak / MiB:.1f}"
    )
    assert upload.peak < PEAK_LIMIT, f"upload peak {upload.peak / MiB:.1f} MiB"
    assert download.peak < PEAK_LIMIT, f"download peak {download.peak / MiB:.1f} MiB"


def test_content_in_parts_streams_in_and_out(server, settings):
    settings.DOCUMENTEN_UPLOAD_CHUNK_SIZE = 100 * MiB
    iotype = InformatieObjectTypeFactory(concept=False)
    seed = uuid.uuid4().bytes
    status, created = server.json(
        "POST",
        "/documenten/api/v1/enkelvoudiginformatieobjecten",
        document_data(iotype, bestandsomvang=PARTS_SIZE, bestandsnaam="groot.bin"),
    )
    assert status == 201, created
    lock = created["lock"]
    source = blocks(PARTS_SIZE, seed)
    pending = b""

    def part_body(boundary: bytes, size: int):
        nonlocal pending
        yield b"--" + boundary + b'\r\nContent-Disposition: form-data; name="lock"\r\n\r\n' + lock.encode() + b"\r\n"
        yield b"--" + boundary + b'\r\nContent-Disposition: form-data; name="inhoud"; filename="deel"\r\n'
        yield b"Content-Type: application/octet-stream\r\n\r\n"
        left = size
        while left:
            if not pending:
                pending = next(source)
            piece, pending = pending[:left], pending[left:]
            left -= len(piece)
            yield piece
        yield b"\r\n--" + boundary + b"--\r\n"

    with Peak() as upload:
        for part in created["bestandsdelen"]:
            boundary = uuid.uuid4().hex.encode()
            length = sum(len(chunk) for chunk in part_body(boundary, 0)) + part["omvang"]
            connection, response = server.request(
                "PUT",
                path(part["url"]),
                part_body(boundary, part["omvang"]),
                {"Content-Type": f"multipart/form-data; boundary={boundary.decode()}"},
                length,
            )
            answer = json.loads(response.read())
            connection.close()
            assert response.status == 200 and answer["voltooid"], answer
        status, _ = server.json("POST", f"{path(created['url'])}/unlock", {"lock": lock})
        assert status == 204
    with Peak() as download:
        status, received, content_length = server.download_digest(f"{path(created['url'])}/download")
    assert status == 200 and content_length == PARTS_SIZE
    assert received == digest(PARTS_SIZE, seed)
    print(f"parts {PARTS_SIZE // MiB} MiB: upload peak {upload.peak / MiB:.1f} MiB, download {download.peak / MiB:.1f}")
    assert upload.peak < PEAK_LIMIT, f"upload in parts peak {upload.peak / MiB:.1f} MiB"
    assert download.peak < PEAK_LIMIT, f"download peak {download.peak / MiB:.1f} MiB"
