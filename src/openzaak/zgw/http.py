"""The one HTTP client for every outgoing call: fetching a resource a client referred to
(`zgw.remote.fetch_json`), the test POST to a new callback, every notification delivery
and the forwarding to an external Notificaties API.

    answer = request("POST", url, data=body, headers={...}, timeout=10, read_body=False)
    answer.status

What it guarantees (docs/security.md names the test of each):

* No server-side request forgery. The host is resolved once, by us, and *every* address
  it has must be allowed; the socket then connects to exactly those addresses (no second
  lookup that a DNS answer could change), and the peer is checked once more. An address
  is allowed when it is public; private, loopback, link-local (cloud metadata), shared,
  reserved and multicast addresses are refused unless `REMOTE_ALLOW_PRIVATE_ADDRESSES`
  is set or the host name is in `REMOTE_ALLOWED_HOSTS`. IPv4 written as IPv6
  (`[::ffff:127.0.0.1]`), as a number (`2130706433`, `0x7f000001`) or short (`127.1`)
  resolves to the address it is and is judged as such. Cloud metadata addresses are
  refused even with `REMOTE_ALLOW_PRIVATE_ADDRESSES`, unless their host is allow-listed
  by name. `REMOTE_ALLOW_PUBLIC_ADDRESSES = False` refuses public addresses too: then
  only allow-listed hosts are called, and no other name is even looked up. Redirects are followed only when
  the caller asks (`max_redirects`), each hop guarded the same way, and `Authorization`
  is dropped when a redirect leaves the origin. Environment proxies and .netrc are ignored.
* A total deadline: `timeout` bounds the whole call (name lookup, connect, TLS, headers,
  body and redirects). A watchdog shuts the socket down when it passes, so a server that
  trickles one byte at a time cannot hold a worker longer.
* A capped body, streamed: at most `max_bytes` are read (`identity` encoding, so the cap
  counts what we hold in memory); `read_body=False` reads none at all.
* Errors tell what happened in our words only: `OutgoingError.reason` never repeats the
  callee's body, its headers or the exception text (which would let a client read
  internal services or scan ports); details go to the log.
"""

from __future__ import annotations

import contextvars
import ipaddress
import logging
import os
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from django.conf import settings
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

logger = logging.getLogger(__name__)

BAD_URL = "bad-url"
UNAVAILABLE = "remote-unavailable"

# Cloud metadata services: refused even when private addresses are allowed.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a) for a in ("169.254.169.254", "169.254.170.2", "fd00:ec2::254", "100.100.100.200")
)
_CHUNK_SIZE = 64 * 1024
_REDIRECTS = {301, 302, 303, 307, 308}
# Name lookups run here so that the deadline bounds them too; a lookup that outlives its
# call finishes in the background without holding the caller.
_resolver = ThreadPoolExecutor(max_workers=8, thread_name_prefix="zgw-dns")


def _new_resolver_after_fork() -> None:
    # a forked child (a Celery prefork worker) has none of the parent's threads
    global _resolver
    _resolver = ThreadPoolExecutor(max_workers=8, thread_name_prefix="zgw-dns")


os.register_at_fork(after_in_child=_new_resolver_after_fork)
_current_call: contextvars.ContextVar[_Call | None] = contextvars.ContextVar("zgw_http_call", default=None)


class OutgoingError(Exception):
    """An outgoing call failed. `code` is `bad-url` (the URL, its address or the answer
    cannot be used) or `remote-unavailable` (not reachable in time); `reason` is safe to
    show to the client that gave the URL."""

    def __init__(self, reason: str, *, code: str):
        super().__init__(reason)
        self.reason = reason
        self.code = code


@dataclass(frozen=True)
class Answer:
    status: int
    headers: CaseInsensitiveDict
    body: bytes
    url: str


def is_public_address(address: str) -> bool:
    """True for an address on the public internet. IPv4 addresses written as IPv6
    (`::ffff:127.0.0.1`) are judged as the IPv4 address they are."""
    ip = _ip(address)
    # is_global excludes private, loopback, link-local, shared (100.64/10), reserved and
    # unspecified ranges; multicast addresses can be "global" but are never a web server.
    return ip.is_global and not ip.is_multicast


def _ip(address: str):
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone (`fe80::1%eth0`)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip


def _allow_listed(host: str) -> bool:
    return host.lower().strip("[]").rstrip(".") in settings.REMOTE_ALLOWED_HOSTS


def address_allowed(host: str, address: str) -> bool:
    """May `host`, resolved to `address`, be called (see the module docstring)?"""
    if _allow_listed(host):
        return True
    if _ip(address) in METADATA_ADDRESSES:
        return False
    if is_public_address(address):
        return settings.REMOTE_ALLOW_PUBLIC_ADDRESSES
    return settings.REMOTE_ALLOW_PRIVATE_ADDRESSES


REFUSED = "De URL verwijst naar een adres dat niet aangeroepen mag worden (een niet-publiek adres)."


class _Call:
    """One call's deadline: what remains of it, and a watchdog that shuts its sockets
    down when it passes (a blocked read then returns at once)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def remaining(self) -> float:
        left = self.ends - time.monotonic()
        if left <= 0:
            raise self.timeout()
        return left

    def timeout(self) -> OutgoingError:
        return OutgoingError(f"De URL antwoordde niet binnen {self.seconds:g} seconden.", code=UNAVAILABLE)

    def track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _shutdown(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shutdown(sock)

    def done(self) -> None:
        self._timer.cancel()


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _resolve(host: str, port: int, call: _Call) -> list[tuple]:
    """The addresses to connect to, every one of them allowed, looked up within the
    deadline; refuses before any lookup when the host could never be allowed."""
    anything_else = settings.REMOTE_ALLOW_PUBLIC_ADDRESSES or settings.REMOTE_ALLOW_PRIVATE_ADDRESSES
    if not anything_else and not _allow_listed(host):
        raise OutgoingError(REFUSED, code=BAD_URL)
    future = _resolver.submit(socket.getaddrinfo, host, port, 0, socket.SOCK_STREAM)
    try:
        infos = future.result(timeout=call.remaining())
    except FutureTimeout:
        raise call.timeout() from None
    except socket.gaierror as exc:
        if exc.errno == socket.EAI_AGAIN:  # the resolver, not the name, failed
            raise OutgoingError("De naam in de URL kon nu niet opgezocht worden.", code=UNAVAILABLE) from None
        raise OutgoingError("De host van de URL bestaat niet.", code=BAD_URL) from None
    except (UnicodeError, ValueError):
        raise OutgoingError("Voer een geldige URL in.", code=BAD_URL) from None
    for *_, sockaddr in infos:
        if not address_allowed(host, sockaddr[0]):
            logger.warning("refused outgoing call to %s: it resolves to %s", host, sockaddr[0])
            raise OutgoingError(REFUSED, code=BAD_URL)
    return infos


class _GuardedConnectionMixin:
    """Connects only to the addresses `_resolve` allowed, within the call's deadline."""

    def _new_conn(self):
        call = _current_call.get()
        assert call is not None, "zgw.http connections are made by zgw.http.request() only"
        error: Exception | None = None
        for family, socktype, proto, _, sockaddr in _resolve(self.host, self.port, call):
            sock = socket.socket(family, socktype, proto)
            call.track(sock)
            try:
                for option in self.socket_options or ():
                    sock.setsockopt(*option)
                per_step = self.timeout if isinstance(self.timeout, int | float) else call.seconds
                sock.settimeout(min(call.remaining(), per_step))
                sock.connect(sockaddr)
            except OSError as exc:
                sock.close()
                error = exc
                continue
            if not address_allowed(self.host, sock.getpeername()[0]):
                sock.close()
                raise OutgoingError(REFUSED, code=BAD_URL)
            return sock
        if call.expired or isinstance(error, TimeoutError):
            raise call.timeout()
        logger.info("outgoing call to %s:%s could not connect: %s", self.host, self.port, error)
        raise OutgoingError("De URL kon niet bereikt worden.", code=UNAVAILABLE)


class _GuardedHTTPConnection(_GuardedConnectionMixin, HTTPConnection):
    pass


class _GuardedHTTPSConnection(_GuardedConnectionMixin, HTTPSConnection):
    pass


class _GuardedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


class _GuardedAdapter(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _GuardedHTTPConnectionPool,
            "https": _GuardedHTTPSConnectionPool,
        }


def _session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # no proxies or credentials from the environment
    adapter = _GuardedAdapter(max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def check_url(url) -> None:
    """Raise `OutgoingError(bad-url)` unless `url` is an http(s) URL with a host."""
    if not isinstance(url, str) or any(c.isspace() for c in url):
        raise OutgoingError("Voer een geldige http(s)-URL in.", code=BAD_URL)
    try:
        parts = urlsplit(url)
        host, _ = parts.hostname, parts.port  # a port that is not a number raises
    except ValueError:
        raise OutgoingError("Voer een geldige http(s)-URL in.", code=BAD_URL) from None
    if parts.scheme not in ("http", "https") or not host:
        raise OutgoingError("Voer een geldige http(s)-URL in.", code=BAD_URL)


def _origin(url: str) -> tuple:
    parts = urlsplit(url)
    return parts.scheme, parts.hostname, parts.port


def request(
    method: str,
    url: str,
    *,
    timeout: float,
    headers: dict[str, str] | None = None,
    data: bytes | None = None,
    max_bytes: int = 0,
    read_body: bool = True,
    max_redirects: int = 0,
) -> Answer:
    """Make one guarded call (see the module docstring); raises `OutgoingError`.

    Any status is an `Answer`; a redirect is one too unless `max_redirects` allows
    following it. The body is read up to `max_bytes` (more is an error) when `read_body`.
    """
    check_url(url)
    call = _Call(timeout)
    token = _current_call.set(call)
    headers = dict(headers or {})
    headers.setdefault("Accept-Encoding", "identity")
    try:
        with _session() as session:
            for hop in range(max_redirects + 1):
                response = session.request(
                    method,
                    url,
                    headers=headers,
                    data=data,
                    timeout=(call.remaining(), call.remaining()),
                    stream=True,
                    allow_redirects=False,
                )
                with response:
                    if response.status_code in _REDIRECTS and max_redirects:
                        if hop == max_redirects:
                            raise OutgoingError("De URL leidt via te veel omleidingen.", code=BAD_URL)
                        target = urljoin(url, response.headers.get("Location", ""))
                        check_url(target)
                        if _origin(target) != _origin(url):
                            headers.pop("Authorization", None)
                        if response.status_code == 303 or (response.status_code in (301, 302) and method == "POST"):
                            method, data = "GET", None
                        url = target
                        continue
                    body = _read_body(response, call, max_bytes) if read_body else b""
                    if call.expired:
                        raise call.timeout()
                    return Answer(response.status_code, response.headers, body, url)
            raise AssertionError("unreachable: the last hop returns or raises")
    except OutgoingError:
        raise
    except Exception as exc:
        if call.expired or isinstance(exc, requests.Timeout):
            raise call.timeout() from None
        if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema)):
            raise OutgoingError("Voer een geldige http(s)-URL in.", code=BAD_URL) from None
        if isinstance(exc, (requests.exceptions.InvalidHeader, UnicodeError)):
            raise OutgoingError("Een header van het verzoek is geen geldige HTTP-header.", code=BAD_URL) from None
        if isinstance(exc, (requests.RequestException, urllib3.exceptions.HTTPError, OSError)):
            logger.info("outgoing %s %s failed: %r", method, url, exc)
            raise OutgoingError("De URL kon niet bereikt worden.", code=UNAVAILABLE) from None
        raise
    finally:
        call.done()
        _current_call.reset(token)


def _read_body(response: requests.Response, call: _Call, limit: int) -> bytes:
    too_large = OutgoingError(f"Het antwoord van de URL is groter dan {limit} bytes.", code=BAD_URL)
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    body = bytearray()
    # read1: whatever has arrived, so the deadline is checked between small reads
    while chunk := response.raw.read1(min(_CHUNK_SIZE, limit + 1)):
        body += chunk
        if len(body) > limit:
            raise too_large
        call.remaining()
    return bytes(body)
