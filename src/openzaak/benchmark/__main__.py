"""python -m openzaak.benchmark [--rows N] [--seconds S] [--concurrency C] [--only NAME]"""

import argparse
import http.client
import importlib
import os
import signal
import statistics
import subprocess
import sys
import threading
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "openzaak.conf.settings")

COMPONENT_BENCHMARKS = [
    "openzaak.components.autorisaties.benchmark",
    "openzaak.components.catalogi.benchmark",
    "openzaak.components.documenten.benchmark",
]
PORT = int(os.environ.get("BENCHMARK_PORT", "8099"))


def setup_database(rows: int) -> dict:
    import django

    django.setup()
    from django.core.management import call_command

    from openzaak.zgw.auth.jwt import encode
    from openzaak.zgw.models import ClientCredential

    call_command("migrate", verbosity=0)  # bin/benchmark gives a fresh database
    ClientCredential.objects.create(client_id="benchmark", secret="benchmark-secret-of-sufficient-length")
    from openzaak.components.autorisaties.models import Applicatie

    Applicatie.objects.create(client_ids=["benchmark"], label="Benchmark", heeft_alle_autorisaties=True)
    seeded = {"token": encode("benchmark", "benchmark-secret-of-sufficient-length")}
    for module in COMPONENT_BENCHMARKS:
        seeded.update(importlib.import_module(module).seed(rows))
    return seeded


def scenarios(seeded: dict) -> dict[str, str]:
    found = {}
    for module in COMPONENT_BENCHMARKS:
        found.update(importlib.import_module(module).scenarios(seeded))
    return found


def measure(path: str, token: str, seconds: float, concurrency: int) -> tuple[int, list[float], int]:
    latencies: list[float] = []
    errors = [0]
    deadline = time.monotonic() + seconds
    lock = threading.Lock()

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        mine = []
        while time.monotonic() < deadline:
            start = time.perf_counter()
            connection.request("GET", path, headers={"Authorization": f"Bearer {token}"})
            response = connection.getresponse()
            response.read()
            mine.append(time.perf_counter() - start)
            if response.status != 200:
                errors[0] += 1
        connection.close()
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies), latencies, errors[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", default="")
    args = parser.parse_args()

    seeded = setup_database(args.rows)
    server = subprocess.Popen(
        [
            "gunicorn",
            "openzaak.wsgi",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            str(args.workers),
            "--log-level",
            "warning",
        ],
        env={**os.environ, "LOG_LEVEL": "WARNING"},
    )
    try:
        for _ in range(100):
            try:
                http.client.HTTPConnection("127.0.0.1", PORT, timeout=1).request("GET", "/health/live")
                break
            except OSError:
                time.sleep(0.1)
        print(f"{'scenario':40} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}")
        for name, path in scenarios(seeded).items():
            if args.only and args.only not in name:
                continue
            measure(path, seeded["token"], 1, 1)  # warm up caches and connections
            count, latencies, errors = measure(path, seeded["token"], args.seconds, args.concurrency)
            latencies.sort()
            quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
            print(
                f"{name:40} {count / args.seconds:8.1f} {quantiles[49] * 1000:8.1f} "
                f"{quantiles[94] * 1000:8.1f} {quantiles[98] * 1000:8.1f} {errors:6d}"
            )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
