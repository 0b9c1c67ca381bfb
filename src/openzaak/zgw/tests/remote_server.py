"""A real local HTTP server whose every path shows one way a remote (a selectielijst, a
subscriber's callback) can behave: JSON, errors, slow, trickling, huge, redirects. It
records the path of every request it gets (`hits`)."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


class _Handler(BaseHTTPRequestHandler):
    """Each path shows one way a remote can behave."""

    def log_message(self, *args):  # keep test output clean
        pass

    def _send(self, status: int, body: bytes, content_type="application/json", length=True):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.do_GET()

    def do_GET(self):
        self.server.hits.append(self.path)
        path = self.path.split("?", 1)[0]
        if path == "/json":
            self._send(200, json.dumps({"naam": "Verzoeken behandelen", "path": self.path}).encode())
        elif path == "/problem-json":
            self._send(200, b'{"ok": true}', content_type="application/hal+json; charset=utf-8")
        elif path == "/html":
            self._send(200, b"<html>hallo</html>", content_type="text/html")
        elif path == "/broken-json":
            self._send(200, b'{"naam": ')
        elif path == "/missing":
            self._send(404, b'{"detail": "Niet gevonden."}')
        elif path == "/forbidden":
            self._send(403, b'{"detail": "Nee."}')
        elif path == "/error":
            self._send(500, b'{"detail": "Stuk."}')
        elif path == "/busy":
            self._send(429, b'{"detail": "Rustig aan."}')
        elif path == "/slow":
            time.sleep(1.5)
            self._send(200, b"{}")
        elif path == "/trickle":
            # every byte arrives well within the read timeout, the whole body does not
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.1)
            self.wfile.write(b"{}")
        elif path == "/trickle-headers":
            # the status line and headers themselves, one byte at a time
            for byte in b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n":
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.1)
            self.close_connection = True
        elif path == "/huge":
            # 300 MB announced, streamed for as long as anyone reads
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(300 * 1024 * 1024))
            self.end_headers()
            try:
                for _ in range(300 * 16):
                    self.wfile.write(b" " * 65536)
            except OSError:
                pass
            self.close_connection = True
        elif path == "/echo-auth":
            self._send(200, json.dumps({"authorization": self.headers.get("Authorization")}).encode())
        elif path == "/secret-error":
            self._send(500, b'{"detail": "database password is hunter2"}')
        elif path == "/big":
            self._send(200, json.dumps({"x": "a" * 5000}).encode())
        elif path == "/big-unannounced":
            self._send(200, json.dumps({"x": "a" * 5000}).encode(), length=False)
            self.close_connection = True
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", parse_qs(urlsplit(self.path).query).get("to", ["/json"])[0])
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self._send(404, b"{}")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that gave up (timeout, size cap) is what these tests provoke


class RemoteServer:
    def __init__(self):
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.hits = []
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        self.server_port = self._server.server_port
        self.url = f"http://127.0.0.1:{self.server_port}"

    @property
    def hits(self) -> list[str]:
        return self._server.hits

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
