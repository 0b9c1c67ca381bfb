"""A real local HTTP subscriber for the tests: it records every notification it gets
(body and headers) and answers as told (`status`, `delay`); `stop()` and `start()` make
it stop listening and come back on the same port."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Subscriber:
    def __init__(self, *, status: int = 204, delay: float = 0.0, port: int = 0):
        self.status = status
        self.delay = delay
        self.received: list[dict] = []
        self._lock = threading.Lock()
        self._server = None
        self.port = port
        self.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/callback"

    def start(self) -> None:
        subscriber = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if subscriber.delay:
                    time.sleep(subscriber.delay)
                status = subscriber.status
                if 200 <= status < 300:
                    with subscriber._lock:
                        subscriber.received.append({"body": json.loads(body), "headers": dict(self.headers)})
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        ThreadingHTTPServer.allow_reuse_address = True
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def messages(self, *, kanaal: str | None = None) -> list[dict]:
        """The notifications received (the test message of a new abonnement left out)."""
        with self._lock:
            bodies = [item["body"] for item in self.received]
        return [body for body in bodies if body["kanaal"] != "test" and (kanaal is None or body["kanaal"] == kanaal)]

    def ids(self) -> list[str]:
        with self._lock:
            return [
                item["headers"].get("X-Notificatie-Id") for item in self.received if item["body"]["kanaal"] != "test"
            ]
