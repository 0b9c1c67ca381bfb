"""Benchmark data and scenarios of the Documenten API (see openzaak.benchmark).

`seed` adds zaken with their documents as `generate_data` makes them (small content,
each document related to its zaak by a zaakinformatieobject and its mirror): `rows`
documents in all, ten per zaak. The scenarios read the documents list (100 per page),
the documents of one zaak, one document and its download.

`large_document()` sends a 200 MiB document through bestandsdelen to the served API and
downloads it again: throughput both ways and how much the server processes' peak
resident memory grew (VmHWM, reset before): `python -m openzaak.components.documenten.benchmark`
against a running server (docs/benchmark.md)."""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import sys
import time
import uuid
from pathlib import Path

DOCUMENTS_PER_ZAAK = 10
MiB = 1024 * 1024


def seed(rows: int, seeded: dict | None = None) -> dict:
    from django.core.management import call_command

    from openzaak.components.zaken.models import ZaakInformatieObject

    call_command("generate_data", zaken=max(1, rows // DOCUMENTS_PER_ZAAK), documenten_per_zaak=DOCUMENTS_PER_ZAAK)
    relation = ZaakInformatieObject.objects.select_related("zaak", "informatieobject").order_by("pk").first()
    return {"documenten_zaak": str(relation.zaak.uuid), "documenten_document": str(relation.informatieobject.uuid)}


def scenarios(seeded: dict) -> dict[str, str]:
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


def main(argv=None) -> int:
    """Against a running server: `python -m openzaak.components.documenten.benchmark
    --port 8102 --informatieobjecttype <url>` (a client with all autorisaties)."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--port", type=int, default=int(os.environ.get("BENCHMARK_PORT", "8099")))
    parser.add_argument("--informatieobjecttype", required=True)
    parser.add_argument("--size-mib", type=int, default=200)
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "openzaak.conf.settings")
    import django

    django.setup()
    from openzaak.zgw.auth.jwt import encode

    token = encode("benchmark", "benchmark-secret-of-sufficient-length")
    result = large_document(args.port, token, args.informatieobjecttype, args.size_mib * MiB)
    print(
        f"documenten: {result['size_mib']:.0f} MiB in bestandsdelen: upload+join {result['upload_mib_s']:.0f} MiB/s, "
        f"download {result['download_mib_s']:.0f} MiB/s, server peak memory +{result['peak_growth_mib']:.1f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
