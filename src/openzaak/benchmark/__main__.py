"""python -m openzaak.benchmark [--rows N] [--seconds S] [--concurrency C] [--workers W] [--only NAME]

Per scenario: the service time of one request (the server's own `app` time, median over
the single-client run), the processor time of it, its SQL time and query count, then requests per second and
latency percentiles with one client and with C clients. Prints a Markdown table.

With --profile, no server: each scenario runs in this process, first timed (median of
--repeat requests), then under cProfile, whose busiest functions are printed."""

import argparse
import http.client
import importlib
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "openzaak.conf.settings")

from openzaak.benchmark import BENCHMARK_CLIENT, Scenario, as_scenario, benchmark_client, token  # noqa: E402
from openzaak.zgw import timing  # noqa: E402

# in the order they seed: later modules use what earlier ones created
COMPONENT_BENCHMARKS = [
    "openzaak.components.catalogi.benchmark",
    "openzaak.components.autorisaties.benchmark",
    "openzaak.components.zaken.benchmark",
    "openzaak.components.documenten.benchmark",
    "openzaak.components.besluiten.benchmark",
]
PORT = int(os.environ.get("BENCHMARK_PORT", "8099"))


def setup_database(rows: int, registers: dict) -> dict:
    from django.core.management import call_command

    call_command("migrate", verbosity=0)  # bin/benchmark gives a fresh database
    benchmark_client(BENCHMARK_CLIENT, heeft_alle_autorisaties=True)
    seeded: dict = {"rows": rows, **registers}
    for module in COMPONENT_BENCHMARKS:
        start = time.monotonic()
        seeded.update(importlib.import_module(module).seed(rows, seeded))
        print(f"seeded {module.rsplit('.', 2)[-2]} in {time.monotonic() - start:.1f} s", file=sys.stderr)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # statistics as a live database has them, for the query planner
    return seeded


def scenarios(seeded: dict) -> dict[str, Scenario]:
    found = {}
    for module in COMPONENT_BENCHMARKS:
        for name, scenario in importlib.import_module(module).scenarios(seeded).items():
            found[name] = as_scenario(scenario)
    return found


@dataclass
class Run:
    seconds: float
    latencies: list[float] = field(default_factory=list)
    timings: list[tuple[float, float, float, int]] = field(default_factory=list)  # app, cpu, sql ms, queries
    errors: int = 0
    first_error: str = ""

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds

    def percentile(self, p: int) -> float:
        if len(self.latencies) < 2:
            return (self.latencies or [0.0])[0] * 1000
        return statistics.quantiles(self.latencies, n=100)[p - 1] * 1000

    def service(self) -> tuple[float, float, float, float]:
        """Medians of the requests' app ms, CPU ms, SQL ms and query count."""
        if not self.timings:
            return (float("nan"),) * 4
        return tuple(statistics.median(values) for values in zip(*self.timings, strict=True))


def measure(scenario: Scenario, seconds: float, concurrency: int) -> Run:
    run = Run(seconds)
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    headers = {"Authorization": f"Bearer {token(scenario.client)}", **scenario.headers}
    body = scenario.encoded_body()
    if body is not None:
        headers.setdefault("Content-Type", "application/json")
    expected = scenario.expected_status

    def worker():
        connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60)
        latencies, timings, errors, first_error = [], [], 0, ""
        while time.monotonic() < deadline:
            start = time.perf_counter()
            connection.request(scenario.method, scenario.path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
            latencies.append(time.perf_counter() - start)
            server = timing.parse(response.getheader(timing.HEADER, ""))
            if server:
                timings.append(server)
            if response.status != expected:
                errors += 1
                first_error = first_error or f"{response.status}: {content[:300]!r}"
        connection.close()
        with lock:
            run.latencies.extend(latencies)
            run.timings.extend(timings)
            run.errors += errors
            run.first_error = run.first_error or first_error

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return run


def send_in_process(client, scenario: Scenario):
    """`scenario`'s request through Django's test `client`, without a server."""
    extra = {"HTTP_AUTHORIZATION": f"Bearer {token(scenario.client)}"}
    extra.update({f"HTTP_{key.upper().replace('-', '_')}": value for key, value in scenario.headers.items()})
    return client.generic(
        scenario.method, scenario.path, data=scenario.encoded_body() or b"", content_type="application/json", **extra
    )


def profile(selected: dict[str, Scenario], repeat: int) -> None:
    """In process: the median service time, then where a request's time goes."""
    import cProfile
    import pstats

    from django.test import Client

    client = Client()
    for name, scenario in selected.items():

        def once(scenario=scenario):
            response = send_in_process(client, scenario)
            assert response.status_code == scenario.expected_status, response.content[:300]
            return timing.parse(response.get(timing.HEADER, ""))

        once()  # warm up
        run = Run(seconds=0, timings=[once() for _ in range(repeat)])
        app, cpu, sql, queries = run.service()
        print(
            f"## {name}: {app:.1f} ms ({cpu:.1f} ms CPU), of which SQL {sql:.1f} ms in {queries:.0f} queries "
            f"(median of {repeat})"
        )
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(repeat):
            once()
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(50)


def serve(workers: int) -> subprocess.Popen:
    server = subprocess.Popen(
        ["gunicorn", "openzaak.wsgi", "--bind", f"127.0.0.1:{PORT}", "--workers", str(workers)]
        + ["--log-level", "warning"],
        env={**os.environ, "LOG_LEVEL": "WARNING", "SERVER_TIMING": "true"},
    )
    for _ in range(300):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=1)
            connection.request("GET", "/health/live")
            connection.getresponse().read()
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit(f"gunicorn did not answer on port {PORT}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1000, help="applicaties and zaaktypen to seed")
    parser.add_argument("--zaken", type=int, default=1000, help="zaken to seed (generate_data)")
    parser.add_argument("--documenten-per-zaak", type=int, default=1, help="documents of each zaak")
    parser.add_argument("--besluiten-per-zaak", type=int, default=1, help="besluiten (with a document) of each zaak")
    parser.add_argument("--seconds", type=float, default=10, help="per scenario and concurrency")
    parser.add_argument("--concurrency", type=int, default=4, help="clients of the second run (the first has 1)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--only", default="", help="run the scenarios whose name contains this")
    parser.add_argument(
        "--reuse", action="store_true", help="measure the database the last run of these --rows seeded (no new seed)"
    )
    parser.add_argument("--profile", action="store_true", help="in process: time and profile each scenario")
    parser.add_argument("--repeat", type=int, default=30, help="requests per scenario with --profile")
    args = parser.parse_args()

    import django

    os.environ["SERVER_TIMING"] = "true"  # for --profile (the server gets it anyway)

    django.setup()
    from django.conf import settings

    registers = {
        "zaken": args.zaken,
        "documenten_per_zaak": args.documenten_per_zaak,
        "besluiten_per_zaak": args.besluiten_per_zaak,
    }
    shape = "-".join(str(value) for value in (args.rows, *registers.values()))
    state = Path(tempfile.gettempdir()) / f"{settings.DATABASES['default']['NAME']}-{shape}.json"
    if args.reuse and state.exists():
        seeded = json.loads(state.read_text())
    else:
        seeded = setup_database(args.rows, registers)
        state.write_text(json.dumps(seeded))
    selected = {name: scenario for name, scenario in scenarios(seeded).items() if args.only in name}
    for module in COMPONENT_BENCHMARKS:
        prepare = getattr(importlib.import_module(module), "prepare", None)
        if prepare:
            prepare(seeded)
    if args.profile:
        profile(selected, args.repeat)
        return 0
    from django.db import connections

    connections.close_all()

    server = serve(args.workers)
    c = args.concurrency
    try:
        print(
            "| scenario | service ms | CPU ms | SQL ms | queries | c=1 req/s | c=1 p50 ms "
            f"| c={c} req/s | c={c} p50 ms | c={c} p95 ms | c={c} p99 ms | errors |"
        )
        print("| --- |" + " ---: |" * 11)
        for name, scenario in selected.items():
            measure(scenario, min(1.0, args.seconds), 1)  # warm up caches and connections
            single = measure(scenario, args.seconds, 1)
            several = measure(scenario, args.seconds, c)
            app, cpu, sql, queries = single.service()
            print(
                f"| {name} | {app:.1f} | {cpu:.1f} | {sql:.1f} | {queries:.0f} "
                f"| {single.rate:.1f} | {single.percentile(50):.1f} "
                f"| {several.rate:.1f} | {several.percentile(50):.1f} | {several.percentile(95):.1f} "
                f"| {several.percentile(99):.1f} | {single.errors + several.errors} |",
                flush=True,
            )
            if single.first_error or several.first_error:
                print(f"  first error: {single.first_error or several.first_error}", file=sys.stderr)
        if not args.only:
            for module in COMPONENT_BENCHMARKS:
                after = getattr(importlib.import_module(module), "after", None)
                for line in after(seeded, PORT) if after else ():
                    print(f"\n{line}", flush=True)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
