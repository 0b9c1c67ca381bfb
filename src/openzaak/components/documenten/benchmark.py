"""Benchmark data and scenarios of the Documenten API (see openzaak.benchmark).

The documents are those `zaken.benchmark` seeds with its zaken (`generate_data
--documenten-per-zaak`: small content, each related to its zaak by a zaakinformatieobject
and its mirror, and a besluitbrief per besluit). The scenarios read the documents list (100 per page),
the documents of one zaak, one document and its download.

`large_document()` sends a 200 MiB document through bestandsdelen to the served API and
downloads it again: throughput both ways and how much the server processes' peak
resident memory grew (VmHWM, reset before); the harness runs it after the scenarios
(`after`)."""

from __future__ import annotations

import hashlib
import http.client
import json
import time
import uuid
from pathlib import Path

MiB = 1024 * 1024


def seed(rows: int, seeded: dict) -> dict:
    """The documents come with the zaken (`zaken.benchmark`); pick one zaak's."""
    from openzaak.components.zaken.models import ZaakInformatieObject

    relation = ZaakInformatieObject.objects.select_related("zaak", "informatieobject").order_by("pk").first()
    if relation is None:
        return {}
    return {"documenten_zaak": str(relation.zaak.uuid), "documenten_document": str(relation.informatieobject.uuid)}


def scenarios(seeded: dict) -> dict[str, str]:
    if "documenten_document" not in seeded:  # seeded without documents
        return {}
    base = "/documenten/api/v1/enkelvoudiginformatieobjecten"
    zaak = f"http://127.0.0.1/zaken/api/v1/zaken/{seeded['documenten_zaak']}"
    document = f"{base}/{seeded['documenten_document']}"
    return {
        "documenten: documents (100 per page)": f"{base}?pageSize=100",
        "documenten: documents of a zaak": f"{base}?objectinformatieobjecten_object={zaak}",
        "documenten: document detail": document,
        "documenten: document download": f"{document}/download",
    }


# --- a large document through bestandsdelen -------------------------------------------


def _blocks(size: int, seed: bytes, block: int = MiB):
    counter = sent = 0
    while sent < size:
        data = hashlib.shake_256(seed + counter.to_bytes(8, "big")).digest(min(block, size - sent))
        counter += 1
        sent += len(data)
        yield data


def _server_pids(port: int) -> list[int]:
    """The gunicorn processes serving `port` (master and workers)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if "gunicorn" in cmdline and f":{port}" in cmdline:
                pids.append(int(entry.name))
    return pids


def _peak_kib(pids) -> dict[int, int]:
    peaks = {}
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith(("VmHWM:", "VmRSS:")):
                    peaks.setdefault(pid, {})[line.split(":")[0]] = int(line.split()[1])
        except OSError:
            continue
    return peaks


def _reset_peaks(pids) -> None:
    for pid in pids:
        try:
            Path(f"/proc/{pid}/clear_refs").write_text("5")  # VmHWM := VmRSS
        except OSError:
            pass


def large_document(port: int, token: str, informatieobjecttype: str, size: int = 200 * MiB) -> dict:
    """Upload `size` bytes in bestandsdelen, unlock (join), download; returns MiB/s and
    the growth of the server processes' peak memory."""
    seed_bytes = uuid.uuid4().bytes

    def request(method, path, body=None, headers=None, length=None):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=900)
        headers = {"Authorization": f"Bearer {token}", **(headers or {})}
        if length is not None:
            headers["Content-Length"] = str(length)
        connection.request(method, path, body=body, headers=headers)
        return connection, connection.getresponse()

    def json_request(method, path, data):
        connection, response = request(method, path, json.dumps(data).encode(), {"Content-Type": "application/json"})
        body = response.read()
        connection.close()
        return response.status, json.loads(body or b"null")

    pids = _server_pids(port)
    _reset_peaks(pids)
    before = _peak_kib(pids)
    start = time.perf_counter()
    data = {
        "bronorganisatie": "517439943",
        "creatiedatum": "2026-01-01",
        "titel": "Benchmark",
        "auteur": "benchmark",
        "taal": "nld",
        "bestandsomvang": size,
        "informatieobjecttype": informatieobjecttype,
    }
    status, created = json_request("POST", "/documenten/api/v1/enkelvoudiginformatieobjecten", data)
    assert status == 201, created
    source, pending = _blocks(size, seed_bytes), b""
    for part in created["bestandsdelen"]:
        boundary = uuid.uuid4().hex
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="lock"\r\n\r\n{created["lock"]}\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="inhoud"; filename="deel"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        tail = f"\r\n--{boundary}--\r\n".encode()

        def body(omvang=part["omvang"], head=head, tail=tail):
            nonlocal pending
            yield head
            left = omvang
            while left:
                pending = pending or next(source)
                piece, pending = pending[:left], pending[left:]
                left -= len(piece)
                yield piece
            yield tail

        path = "/" + part["url"].split("/", 3)[3]
        connection, response = request(
            "PUT",
            path,
            body(),
            {"Content-Type": f"multipart/form-data; boundary={boundary}"},
            len(head) + part["omvang"] + len(tail),
        )
        answer = response.read()
        connection.close()
        assert response.status == 200, answer
    document_path = "/" + created["url"].split("/", 3)[3]
    status, _ = json_request("POST", f"{document_path}/unlock", {"lock": created["lock"]})
    assert status == 204
    uploaded = time.perf_counter()
    connection, response = request("GET", f"{document_path}/download")
    received = 0
    while chunk := response.read(MiB):
        received += len(chunk)
    connection.close()
    downloaded = time.perf_counter()
    assert received == size
    after = _peak_kib(pids)
    growth = max((after[pid]["VmHWM"] - before[pid]["VmRSS"] for pid in after if pid in before), default=float("nan"))
    return {
        "size_mib": size / MiB,
        "upload_mib_s": size / MiB / (uploaded - start),
        "download_mib_s": size / MiB / (downloaded - uploaded),
        "peak_growth_mib": growth / 1024,
    }


def after(seeded: dict, port: int) -> list[str]:
    """A 200 MiB document through bestandsdelen against the served benchmark database."""
    from openzaak.benchmark import BENCHMARK_CLIENT, token
    from openzaak.components.catalogi.models import InformatieObjectType

    iotype = InformatieObjectType.objects.filter(concept=False).order_by("pk").first()
    if iotype is None:
        return []
    url = f"http://127.0.0.1/catalogi/api/v1/informatieobjecttypen/{iotype.uuid}"
    result = large_document(port, token(BENCHMARK_CLIENT), url)
    return [
        f"{result['size_mib']:.0f} MiB document through bestandsdelen: upload and join "
        f"{result['upload_mib_s']:.0f} MiB/s, download {result['download_mib_s']:.0f} MiB/s, "
        f"peak memory of a server process +{result['peak_growth_mib']:.1f} MiB"
    ]
