"""Every component's benchmark seeds and its scenarios answer as they declare, on a small
data set: a benchmark that measures error responses measures nothing."""

import pytest

from openzaak.benchmark import BENCHMARK_CLIENT, benchmark_client
from openzaak.benchmark import __main__ as benchmark


@pytest.mark.django_db
def test_every_scenario_answers_as_declared(client):
    benchmark_client(BENCHMARK_CLIENT, heeft_alle_autorisaties=True)
    seeded = {"rows": 450, "zaken": 30, "documenten_per_zaak": 1, "besluiten_per_zaak": 1}
    for module in benchmark.COMPONENT_BENCHMARKS:
        seeded.update(benchmark.importlib.import_module(module).seed(450, seeded))
    found = benchmark.scenarios(seeded)
    assert {name.split(":")[0] for name in found} >= {"catalogi", "autorisaties", "zaken", "documenten", "besluiten"}
    for name, scenario in found.items():
        response = benchmark.send_in_process(client, scenario)
        assert response.status_code == scenario.expected_status, f"{name}: {response.content[:300]!r}"
        if scenario.method == "GET" and response["Content-Type"] == "application/json":
            body = response.json()
            assert body if not isinstance(body, dict) or "count" not in body else body["count"], f"{name}: empty"
