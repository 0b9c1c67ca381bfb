"""The load generator sends each scenario as declared (method, body, headers, client) and
collects the server's own timing from every response."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
import pytest

from openzaak.benchmark import Scenario
from openzaak.benchmark import __main__ as benchmark
from openzaak.zgw import timing


@pytest.fixture
def server(monkeypatch):
    seen = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            seen.append((self.command, self.path, dict(self.headers), json.loads(body)))
            status = 201 if self.path == "/ok" else 400
            self.send_response(status)
            self.send_header(timing.HEADER, timing.header(0.004, 0.003, 0.001, 2))
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    monkeypatch.setattr(benchmark, "PORT", httpd.server_address[1])
    yield seen
    httpd.shutdown()


def test_a_scenario_is_sent_as_declared_and_timed(server):
    scenario = Scenario("/ok", method="POST", body={"a": 1}, headers={"Accept-Crs": "EPSG:4326"}, client="zrc")
    run = benchmark.measure(scenario, seconds=0.2, concurrency=2)
    assert run.errors == 0 and len(run.latencies) == len(run.timings) > 0
    assert run.service() == (4.0, 3.0, 1.0, 2)
    method, path, headers, body = server[0]
    assert (method, path, body) == ("POST", "/ok", {"a": 1})
    assert headers["Accept-Crs"] == "EPSG:4326" and headers["Content-Type"] == "application/json"
    claims = jwt.decode(headers["Authorization"].removeprefix("Bearer "), options={"verify_signature": False})
    assert claims["client_id"] == "zrc"


def test_another_status_than_expected_is_an_error(server):
    run = benchmark.measure(Scenario("/fout", method="POST", body={}), seconds=0.1, concurrency=1)
    assert run.errors == len(run.latencies) > 0
    assert run.first_error.startswith("400")
