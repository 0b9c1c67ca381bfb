"""The benchmark (`bin/benchmark`, docs/benchmark.md): seed a dedicated database, serve it
with gunicorn as in production, and measure each component's hot endpoints from a second
process over keep-alive connections: the service time of one request with its SQL time
and query count (from the server's own `Server-Timing`, see `openzaak.zgw.timing`), and
requests per second with latency percentiles at one and at more concurrent clients.

Each component contributes a module `openzaak.components.<x>.benchmark` with

    seed(rows: int, seeded: dict) -> dict       # creates data; returns what scenarios need
    scenarios(seeded: dict) -> dict[str, Scenario | str]   # a str is a GET path
    prepare(seeded: dict) -> None                # optional: before measuring, e.g. undo a last run's writes
    after(seeded: dict, port: int) -> list[str]  # optional: measurements of their own, after the scenarios

The modules run in the order of `COMPONENT_BENCHMARKS` (`__main__`), each seeing what
the ones before it returned. A scenario is sent by the client named `client` (default
`BENCHMARK_CLIENT`, which has all autorisaties); `benchmark_client()` registers another,
with the autorisaties it should have.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

BENCHMARK_CLIENT = "benchmark"
SECRET = "benchmark-secret-of-sufficient-length"


@dataclass(frozen=True)
class Scenario:
    """One request, sent over and over: `method` on `path` with a JSON `body` and extra
    `headers`, by the client `client` (a client id of `benchmark_client`). A response
    with another status than `status` counts as an error."""

    path: str
    method: str = "GET"
    body: dict | list | None = None
    headers: dict[str, str] = field(default_factory=dict)
    client: str = BENCHMARK_CLIENT
    status: int | None = None  # default: 200, or 201 for a POST

    @property
    def expected_status(self) -> int:
        return self.status or (201 if self.method == "POST" else 200)

    def encoded_body(self) -> bytes | None:
        return None if self.body is None else json.dumps(self.body).encode()


def as_scenario(value: Scenario | str) -> Scenario:
    return value if isinstance(value, Scenario) else Scenario(path=value)


def benchmark_client(client_id: str, *, heeft_alle_autorisaties: bool = False, autorisaties=()) -> str:
    """Register a client (credential and Applicatie with `autorisaties`, dicts of
    Autorisatie fields) for scenarios to send requests as; returns its client id."""
    from openzaak.components.autorisaties.models import Applicatie, Autorisatie
    from openzaak.zgw.models import ClientCredential

    ClientCredential.objects.create(client_id=client_id, secret=SECRET)
    applicatie = Applicatie.objects.create(
        client_ids=[client_id], label=f"Benchmark {client_id}", heeft_alle_autorisaties=heeft_alle_autorisaties
    )
    Autorisatie.objects.bulk_create(Autorisatie(applicatie=applicatie, **data) for data in autorisaties)
    return client_id


def token(client_id: str) -> str:
    """A fresh JWT of a benchmark client (made when measuring starts: tokens expire)."""
    from openzaak.zgw.auth.jwt import encode

    return encode(client_id, SECRET)
