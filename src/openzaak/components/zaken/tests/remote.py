"""A real local HTTP server standing in for the APIs a zaak refers to outside this
installation: the VNG-Referentielijsten (communicatiekanalen), another Zaken API, and
whatever a test serves. Each test sets the JSON a path answers (`serve`); any other path
is a 404. It records every path asked for (`hits`)."""

from __future__ import annotations

import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        self.server.hits.append(self.path)
        status, body = self.server.routes.get(self.path.split("?", 1)[0], (404, {"detail": "Niet gevonden."}))
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


class _Server(ThreadingHTTPServer):
    daemon_threads = True


class RemoteApis:
    def __init__(self):
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.routes = {}
        self._server.hits = []
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        self.url = f"http://127.0.0.1:{self._server.server_port}"

    @property
    def hits(self) -> list[str]:
        return self._server.hits

    def reset(self) -> None:
        self._server.routes.clear()
        self._server.hits.clear()

    def serve(self, path: str, body, status: int = 200) -> str:
        """Answer `path` with `body` (JSON); returns its URL."""
        self._server.routes[path] = (status, body)
        return f"{self.url}{path}"

    def communicatiekanaal(self, naam: str = "E-mail") -> str:
        path = f"/referentielijsten/api/v1/communicatiekanalen/{uuid.uuid4()}"
        return self.serve(path, {"url": f"{self.url}{path}", "naam": naam, "omschrijving": naam})

    def zaak(self) -> str:
        """A zaak of another Zaken API."""
        path = f"/zaken/api/v1/zaken/{uuid.uuid4()}"
        return self.serve(
            path,
            {
                "url": f"{self.url}{path}",
                "identificatie": "ANDER-1",
                "bronorganisatie": "517439943",
                "zaaktype": f"{self.url}/catalogi/api/v1/zaaktypen/{uuid.uuid4()}",
            },
        )

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
