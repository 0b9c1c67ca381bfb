"""A real, local Selectielijst API for tests: a threaded HTTP server on 127.0.0.1 (free
port) serving the referentielijsten data in `data/selectielijst/` the way the VNG API
does: `procestypen` and `resultaattypeomschrijvingen` as JSON arrays, `resultaten` in
pages of `{count, next, previous, results}` filterable on `procesType`, each resource at
`<collection>/<uuid>`, a problem+json 404 for what does not exist.

The data files spell the public API's URLs; the server answers with its own, so a test
uses `server.url("resultaten", RESULTAAT_NIHIL)`. `server.down = True` answers 503 to
everything (the API is unavailable); `server.filters = False` ignores `procesType`, as
some versions of the API do; `server.hits` lists the paths requested.

Use it through the `selectielijst` fixture (conftest.py), which points
`SELECTIELIJST_API_URL` at it and allows fetching from 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

DATA_DIR = Path(__file__).parent / "data" / "selectielijst"
PUBLIC_ROOT = "https://selectielijst.openzaak.nl/api/v1/"
PAGE_SIZE = 5
COLLECTIONS = ("procestypen", "resultaten", "resultaattypeomschrijvingen")

# Well-known resources of the data set, by what makes them interesting to a test.
PROCESTYPE_INRICHTEN = "b594c8d1-ea6a-4bcd-a6aa-2c7a8ad3fe5b"  # 1, 2020
PROCESTYPE_BELEID = "046d5ff0-4c71-464b-8c29-cd88fa204524"  # 2, 2020
PROCESTYPE_PLANNEN = "e04ccf9b-501b-4228-8e16-c95eab801ee5"  # 3, 2020
PROCESTYPE_PRODUCTEN = "651a1b5b-f84f-4c73-9151-4d485c7dcb99"  # 5, 2020
PROCESTYPE_TOESTEMMING = "3e1f6d3e-617f-43e1-87be-8bd255ef4745"  # 11, 2020
PROCESTYPE_INRICHTEN_2017 = "e1b73b12-b2f6-4c4e-8929-94f84dd2a57d"  # 1, 2017

RESULTAAT_NIHIL = "6711baff-798b-4c7f-9133-8ad02c8b7c6f"  # 1.1 (inrichten): vernietigen, P10Y
RESULTAAT_BLIJVEND = "6d37598e-30f0-4aef-930d-3e1690725d95"  # 1.1.1 (inrichten): no procestermijn
RESULTAAT_BESTAANSDUUR = "cd632fee-1f5a-4a4b-bc18-bcd5846c883a"  # 2.1 (beleid)
RESULTAAT_VAST_TE_LEGGEN = "f3e74904-dd73-4a62-8f0e-d47959795fa4"  # 3.1 (plannen)
RESULTAAT_SAMENGEVOEGD = "2b41396b-a51f-4d2a-9132-b3e8b8bfcfe8"  # 5.1 (producten)
RESULTAAT_PRODUCTEN_NIHIL = "cc5ae4e3-a9e6-4386-bcee-46be4986a829"  # 5.2, the factories' klasse
RESULTAAT_INGESCHAT = "85f917bb-5403-47df-9959-e80d4d5fff36"  # 11.1.2 (toestemming)

OMSCHRIJVING_TOEGEKEND = "fb65d251-1518-4185-865f-b8bdcfad07b1"
OMSCHRIJVING_AFGEWEZEN = "e6a0c939-3404-45b0-88e3-76c94fb80ea7"  # the factories' omschrijving
OMSCHRIJVING_VERLEEND = "a6db62ea-071d-4232-bae1-726ee57e4bb6"


def load_data() -> dict[str, list[dict]]:
    return {name: json.loads((DATA_DIR / f"{name}.json").read_text()) for name in COLLECTIONS}


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, *args):  # keep test output clean
        pass

    def _json(self, status: int, data, content_type="application/json"):
        body = json.dumps(data).replace(PUBLIC_ROOT, self.server.api_root).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _not_found(self):
        self._json(
            404,
            {
                "type": "",
                "code": "not_found",
                "title": "Niet gevonden.",
                "status": 404,
                "detail": "Niet gevonden.",
                "instance": f"urn:uuid:{self.path}",
            },
            content_type="application/problem+json",
        )

    def do_GET(self):
        self.server.hits.append(self.path)
        if self.server.down:
            self._json(503, {"detail": "Service unavailable"}, content_type="application/problem+json")
            return
        parts = urlsplit(self.path)
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        segments = parts.path.strip("/").split("/")
        if segments[:2] != ["api", "v1"] or len(segments) not in (3, 4) or segments[2] not in COLLECTIONS:
            self._not_found()
            return
        items = self.server.data[segments[2]]
        if len(segments) == 4:
            found = [item for item in items if item["url"].rstrip("/").endswith("/" + segments[3])]
            self._json(200, found[0]) if found else self._not_found()
        elif segments[2] == "resultaten":
            self._page(items, query)
        elif segments[2] == "procestypen" and "jaar" in query:
            self._json(200, [item for item in items if str(item["jaar"]) == query["jaar"]])
        else:
            self._json(200, items)

    def _page(self, items: list[dict], query: dict):
        if "procesType" in query and self.server.filters:
            wanted = query["procesType"].replace(self.server.api_root, PUBLIC_ROOT)
            items = [item for item in items if item["procesType"] == wanted]
        page = int(query.get("page", "1")) if query.get("page", "1").isdigit() else 0
        if page < 1 or (page - 1) * PAGE_SIZE >= max(len(items), 1):
            self._not_found()
            return

        def link(number: int) -> str:
            return f"{PUBLIC_ROOT}resultaten?{urlencode({**query, 'page': number})}"

        self._json(
            200,
            {
                "count": len(items),
                "next": link(page + 1) if page * PAGE_SIZE < len(items) else None,
                "previous": link(page - 1) if page > 1 else None,
                "results": items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE],
            },
        )


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    api_root: str

    def handle_error(self, request, client_address):
        pass  # a client that gave up is not the server's problem


class SelectielijstServer:
    def __init__(self, data: dict[str, list[dict]] | None = None):
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.data = data or load_data()
        self._server.hits = []
        self._server.down = False
        self._server.filters = True
        self._server.api_root = f"http://127.0.0.1:{self._server.server_port}/api/v1/"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> SelectielijstServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def api_root(self) -> str:
        return self._server.api_root

    @property
    def hits(self) -> list[str]:
        return self._server.hits

    @property
    def down(self) -> bool:
        return self._server.down

    @down.setter
    def down(self, value: bool) -> None:
        self._server.down = value

    @property
    def filters(self) -> bool:
        return self._server.filters

    @filters.setter
    def filters(self, value: bool) -> None:
        self._server.filters = value

    def reset(self) -> None:
        self._server.hits.clear()
        self._server.down = False
        self._server.filters = True

    def url(self, collection: str, uuid: str) -> str:
        """The URL of one resource as this server spells it."""
        assert collection in COLLECTIONS, f"unknown collection {collection!r}; use one of {COLLECTIONS}"
        return f"{self.api_root}{collection}/{uuid}"
