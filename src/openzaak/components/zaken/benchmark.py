"""Benchmark data and scenarios of the Zaken API (see openzaak.benchmark).

`seed` fills the three registers as `generate_data` does (100 published zaaktypen;
per zaak 3 statussen, a resultaat, a rol of one of 5,000 BSNs, a zaakeigenschap, a
zaakobject, a point as zaakgeometrie, and `--documenten-per-zaak` documents and
`--besluiten-per-zaak` besluiten): `--zaken` zaken in all. The Documenten and
Besluiten scenarios read the same data.

The scenarios are those of the Zaken issue: the zaken list for a client with all
autorisaties and for one with `zaken.lezen` on 50 zaaktypen up to zaakvertrouwelijk,
the zaken of a BSN with `expand=rollen,status`, one zaak with
`expand=status.statustype,zaaktype`, `_zoek` within a polygon and `POST /zaken`.

`after()` measures how long a notification takes: it subscribes a local receiver to
kanaal `zaken`, starts a Celery worker, creates zaken one by one and times each from
its 201 (the transaction has committed by then) until the receiver has its
notification.
"""

from __future__ import annotations

import http.client
import http.server
import json
import os
import statistics
import subprocess
import threading
import time

from openzaak.benchmark import BENCHMARK_CLIENT, Scenario, benchmark_client, token

CLIENT_50 = "zrc-50-zaaktypen"  # zaken.lezen on 50 of the 100 zaaktypen, up to zaakvertrouwelijk
BASE = "/zaken/api/v1"
HOST = "http://127.0.0.1"  # the host the harness sends; stored URLs are built from it
# a square of about 60 × 40 km in the middle of the generated points
POLYGON = {"type": "Polygon", "coordinates": [[[5.0, 52.0], [5.9, 52.0], [5.9, 52.4], [5.0, 52.4], [5.0, 52.0]]]}


def seed(rows: int, seeded: dict) -> dict:
    from django.core.management import call_command

    from openzaak.components.catalogi.models import ZaakType
    from openzaak.components.zaken.datagen.types import DOMEIN
    from openzaak.components.zaken.models import Rol, Zaak

    call_command(
        "generate_data",
        zaken=seeded["zaken"],
        documenten_per_zaak=seeded["documenten_per_zaak"],
        besluiten_per_zaak=seeded["besluiten_per_zaak"],
        batch_size=20_000,
        seed=1,
        verbosity=0,
    )
    zaaktypen = list(ZaakType.objects.filter(catalogus__domein=DOMEIN).order_by("identificatie"))
    benchmark_client(
        CLIENT_50,
        autorisaties=[
            {
                "component": "zrc",
                "scopes": ["zaken.lezen"],
                "zaaktype": zaaktype,
                "max_vertrouwelijkheidaanduiding": "zaakvertrouwelijk",
            }
            for zaaktype in zaaktypen[:50]
        ],
    )
    # a zaak the 50-zaaktypen client may read, with everything the generator gives a zaak
    zaak = (
        Zaak.objects.filter(zaaktype__in=zaaktypen[:50], vertrouwelijkheidaanduiding="openbaar").order_by("pk").first()
    )
    bsn = Rol.objects.filter(zaak=zaak).values_list("betrokkene_identificatie__inpBsn", flat=True).first()
    return {
        "zaken_zaak": str(zaak.uuid),
        "zaken_bsn": bsn,
        "zaken_zaaktype": f"{HOST}/catalogi/api/v1/zaaktypen/{zaaktypen[0].uuid}",
    }


CREATED = "Aanvraag uit de benchmark"  # the omschrijving of the zaken POST /zaken makes


def create_body(seeded: dict) -> dict:
    return {
        "bronorganisatie": "517439943",
        "verantwoordelijkeOrganisatie": "517439943",
        "zaaktype": seeded["zaken_zaaktype"],
        "startdatum": "2026-11-30",
        "omschrijving": CREATED,
    }


def prepare(seeded: dict) -> None:
    """Before measuring: remove the zaken an earlier run created, or a `--reuse` run
    would list those bare zaken (newest first) instead of the generated ones."""
    from openzaak.components.notificaties.models import Abonnement, Delivery, DeliveryAttempt
    from openzaak.components.zaken.models import Zaak

    Zaak.objects.filter(omschrijving=CREATED).delete()
    # the receivers of earlier runs are gone, with what was delivered to them
    receivers = Abonnement.objects.filter(auth=RECEIVER_AUTH)
    DeliveryAttempt.objects.filter(delivery__abonnement__in=receivers).delete()
    Delivery.objects.filter(abonnement__in=receivers).delete()
    receivers.delete()


def scenarios(seeded: dict) -> dict[str, Scenario | str]:
    crs = {"Accept-Crs": "EPSG:4326"}
    return {
        "zaken: zaken (100 per page), all autorisaties": Scenario(f"{BASE}/zaken", headers=crs),
        "zaken: zaken (100 per page), 50 zaaktypen": Scenario(f"{BASE}/zaken", headers=crs, client=CLIENT_50),
        "zaken: zaken of a BSN, expand=rollen,status": Scenario(
            f"{BASE}/zaken?rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn={seeded['zaken_bsn']}"
            "&expand=rollen,status",
            headers=crs,
            client=CLIENT_50,
        ),
        "zaken: one zaak, expand=status.statustype,zaaktype": Scenario(
            f"{BASE}/zaken/{seeded['zaken_zaak']}?expand=status.statustype,zaaktype", headers=crs, client=CLIENT_50
        ),
        "zaken: _zoek within a polygon": Scenario(
            f"{BASE}/zaken/_zoek",
            method="POST",
            body={"zaakgeometrie": {"within": POLYGON}},
            headers={**crs, "Content-Crs": "EPSG:4326"},
            client=CLIENT_50,
            status=200,
        ),
        "zaken: POST /zaken": Scenario(
            f"{BASE}/zaken", method="POST", body=create_body(seeded), headers={**crs, "Content-Crs": "EPSG:4326"}
        ),
    }


# --- from commit to a subscriber's notification -----------------------------------------


RECEIVER_AUTH = "Bearer benchmark-receiver"


class _Receiver(http.server.BaseHTTPRequestHandler):
    arrivals: dict[str, float] = {}
    arrived = threading.Condition()

    def do_POST(self):  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        now = time.perf_counter()
        self.send_response(204)
        self.end_headers()
        resource = json.loads(body or b"{}").get("resourceUrl", "")
        with self.arrived:
            self.arrivals[resource] = now
            self.arrived.notify_all()

    def log_message(self, *args):
        pass


def _backlog() -> int:
    """Notifications not yet routed to their subscribers, and deliveries not yet made."""
    from openzaak.components.notificaties.constants import DeliveryStatus
    from openzaak.components.notificaties.models import Delivery
    from openzaak.zgw.models import Notification

    return (
        Notification.objects.filter(routed_at__isnull=True).count()
        + Delivery.objects.filter(status=DeliveryStatus.pending).count()
    )


def after(seeded: dict, port: int, count: int = 200) -> list[str]:
    """The delay from a zaak's 201 until a local subscriber has its notification,
    over `count` zaken created one after another. First the worker delivers what the
    scenarios wrote while it was not running (the receiver's abonnement exists before
    the worker routes them): how long that backlog takes is the delivery throughput."""
    from django.conf import settings

    from openzaak.components.notificaties.services import abonnement_create

    receiver = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    abonnement_create(
        callback_url=f"http://127.0.0.1:{receiver.server_address[1]}/callback",
        auth=RECEIVER_AUTH,
        kanalen=[{"naam": "zaken", "filters": {}}],
    )
    worker = subprocess.Popen(
        ["celery", "-A", "openzaak", "worker", "--loglevel", "WARNING", "--concurrency", "2"],
        env={**os.environ, "REMOTE_ALLOW_PRIVATE_ADDRESSES": "true", "DB_NAME": settings.DATABASES["default"]["NAME"]},
    )
    backlog, started = _backlog(), time.perf_counter()
    while _backlog() and time.perf_counter() - started < 600:
        time.sleep(0.5)
    drained = time.perf_counter() - started
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Authorization": f"Bearer {token(BENCHMARK_CLIENT)}", "Content-Type": "application/json"}
    headers.update({"Accept-Crs": "EPSG:4326", "Content-Crs": "EPSG:4326"})
    body = json.dumps(create_body(seeded)).encode()
    delays, lost = [], 0
    try:
        for index in range(count + 5):  # the first five wait for the worker to start
            connection.request("POST", f"{BASE}/zaken", body=body, headers=headers)
            response = connection.getresponse()
            created = json.loads(response.read())
            answered = time.perf_counter()
            deadline = answered + (60 if index < 5 else 10)
            with _Receiver.arrived:
                while created["url"] not in _Receiver.arrivals and time.perf_counter() < deadline:
                    _Receiver.arrived.wait(deadline - time.perf_counter())
                arrival = _Receiver.arrivals.get(created["url"])
            if index >= 5:
                if arrival is None:
                    lost += 1
                else:
                    delays.append((arrival - answered) * 1000)
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=60)
        except subprocess.TimeoutExpired:  # a delivery in progress does not hold the run
            worker.kill()
            worker.wait()
        receiver.shutdown()
    lines = [f"notification backlog: {backlog:,} routings and deliveries done in {drained:.1f} s"]
    if not delays:
        return [*lines, f"notification after POST /zaken: none arrived of {count}"]
    quantiles = statistics.quantiles(delays, n=100)
    return [
        *lines,
        f"notification after POST /zaken (201 → subscriber, {len(delays)} zaken one by one): "
        f"p50 {statistics.median(delays):.1f} ms, p95 {quantiles[94]:.1f} ms, max {max(delays):.1f} ms, "
        f"not within 10 s: {lost}",
    ]
