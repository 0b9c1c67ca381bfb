"""Fetching a remote JSON resource that a client referred to by URL.

The ZGW APIs refer to each other by URL: a resultaattype names its selectielijst
`Resultaat`, and later a zaak its remote besluit or document. Whenever we must look at
what such a URL points to, we fetch it through `fetch_json()`:

    data = fetch_json("https://selectielijst.openzaak.nl/api/v1/procestypen/<uuid>")

What it guarantees, each part a setting (see docs/selectielijst.md):

* No server-side request forgery. The host is resolved first and *every* address it
  resolves to must be public; the address the socket actually connects to is checked
  again (a DNS answer that changes between the two, or a redirect to an internal host,
  is refused too). Private, loopback, link-local, shared, reserved and multicast
  addresses are refused unless `REMOTE_ALLOW_PRIVATE_ADDRESSES` is set or the host name
  is in `REMOTE_ALLOWED_HOSTS`. Environment proxies and .netrc are ignored on purpose.
* Bounded cost: `REMOTE_TIMEOUT` caps the connect, each read, and the whole download
  (checked between reads), `REMOTE_MAX_RESPONSE_BYTES` caps the body, at most 3 redirects.
* JSON only: a body that is not `application/json` (or `+json`) or does not parse is
  refused.
* Caching: successful responses are kept `REMOTE_CACHE_TTL` seconds in Django's cache.
  The cache is an optimisation: when Redis is down we fetch and carry on.

Every failure raises `RemoteError`, a DRF `ValidationError` with a ZGW error code, so a
serializer field validator that lets it through answers 400 naming the field:

* `bad-url`: not an http(s) URL, a host that does not resolve, a refused address, a
  4xx answer (404: no such resource), a body that is not JSON or too large;
* `remote-unavailable`: the remote could not be reached in time, or answered 5xx/429;
* `invalid-resource` is for callers: the JSON is not the kind of resource expected.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import logging
import socket
import time
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3
from django.conf import settings
from django.core.cache import cache
from requests.adapters import HTTPAdapter
from rest_framework import serializers
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

logger = logging.getLogger(__name__)

BAD_URL = "bad-url"
REMOTE_UNAVAILABLE = "remote-unavailable"
INVALID_RESOURCE = "invalid-resource"

MAX_REDIRECTS = 3
_CHUNK_SIZE = 64 * 1024


class RemoteError(serializers.ValidationError):
    """A remote resource could not be used; `code` says why (see the module docstring)."""

    def __init__(self, reason: str, *, code: str, url: str = ""):
        super().__init__(reason, code=code)
        self.code = code
        self.reason = reason
        self.url = url

    def __str__(self) -> str:
        return f"{self.code}: {self.reason}"


def is_public_address(address: str) -> bool:
    """True for an address on the public internet. IPv4 addresses written as IPv6
    (`::ffff:127.0.0.1`) are judged as the IPv4 address they are."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone (`fe80::1%eth0`)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    # is_global excludes private, loopback, link-local, shared (100.64/10), reserved and
    # unspecified ranges; multicast addresses can be "global" but are never a web server.
    return ip.is_global and not ip.is_multicast


def _host_allowed(host: str) -> bool:
    return settings.REMOTE_ALLOW_PRIVATE_ADDRESSES or host.lower().strip("[]") in settings.REMOTE_ALLOWED_HOSTS


def _check_address(host: str, address: str, url: str) -> None:
    if not is_public_address(address) and not _host_allowed(host):
        raise RemoteError(
            f"De URL verwijst naar een niet-publiek adres ({address}); dat is niet toegestaan.",
            code=BAD_URL,
            url=url,
        )


def _resolve(host: str, port: int, url: str) -> None:
    """Resolve `host` and check every address it has, so that a host with one public and
    one internal address is refused whichever the connection would pick."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        if exc.errno == socket.EAI_AGAIN:  # the resolver, not the name, failed
            raise RemoteError(
                f"De naam {host} kon nu niet opgezocht worden.", code=REMOTE_UNAVAILABLE, url=url
            ) from None
        raise RemoteError(f"De host {host} bestaat niet.", code=BAD_URL, url=url) from None
    except (UnicodeError, ValueError):
        raise RemoteError("Voer een geldige URL in.", code=BAD_URL, url=url) from None
    for *_, sockaddr in infos:
        _check_address(host, sockaddr[0], url)


class _GuardedConnectionMixin:
    """Checks the address the socket really connected to: DNS may answer differently
    than it did in `_resolve`, and redirects lead to hosts `_resolve` never saw."""

    def _new_conn(self):
        sock = super()._new_conn()
        try:
            _check_address(self.host, sock.getpeername()[0], f"{self.host}:{self.port}")
        except RemoteError:
            sock.close()
            raise
        return sock


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
    session.max_redirects = MAX_REDIRECTS
    adapter = _GuardedAdapter(max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _cache_key(url: str) -> str:
    return "zgw:remote:" + hashlib.sha256(url.encode()).hexdigest()


def _cache_get(url: str):
    try:
        return cache.get(_cache_key(url))
    except Exception:  # noqa: BLE001 - the cache is an optimisation: Redis down must not fail requests
        logger.warning("cache unavailable while reading remote resource %s", url)
        return None


def _cache_set(url: str, data) -> None:
    try:
        cache.set(_cache_key(url), data, settings.REMOTE_CACHE_TTL)
    except Exception:  # noqa: BLE001
        logger.warning("cache unavailable while storing remote resource %s", url)


def fetch_json(url: str, *, use_cache: bool = True) -> Any:
    """The parsed JSON at `url`, from the cache when fresh; raises `RemoteError`."""
    caching = use_cache and settings.REMOTE_CACHE_TTL > 0
    if caching:
        cached = _cache_get(url)
        if cached is not None:
            return cached
    data = _fetch(url)
    if caching:
        _cache_set(url, data)
    return data


def _fetch(url: str) -> Any:
    if not isinstance(url, str):
        raise RemoteError("Voer een geldige URL in.", code=BAD_URL)
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port
    except ValueError:  # e.g. a port that is not a number
        raise RemoteError("Voer een geldige URL in.", code=BAD_URL, url=url) from None
    if parts.scheme not in ("http", "https") or not host or any(c.isspace() for c in url):
        raise RemoteError("Voer een geldige http(s)-URL in.", code=BAD_URL, url=url)
    _resolve(host, port or (443 if parts.scheme == "https" else 80), url)

    timeout = settings.REMOTE_TIMEOUT
    deadline = time.monotonic() + timeout
    try:
        with _session() as session:
            response = session.get(
                url,
                timeout=(timeout, timeout),
                stream=True,
                # identity: the size cap counts what we hold in memory, not a compressed body
                headers={"Accept": "application/json", "Accept-Encoding": "identity"},
            )
            with response:
                _check_status(response, url)
                body = _read_body(response, url, deadline)
    except RemoteError:
        raise
    except requests.Timeout:
        raise RemoteError(
            f"De URL antwoordde niet binnen {timeout:g} seconden.", code=REMOTE_UNAVAILABLE, url=url
        ) from None
    except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema, requests.TooManyRedirects):
        raise RemoteError("De URL leidt niet naar een bruikbare resource.", code=BAD_URL, url=url) from None
    except requests.RequestException as exc:
        logger.info("remote resource %s unreachable: %s", url, exc)
        raise RemoteError("De URL kon niet bereikt worden.", code=REMOTE_UNAVAILABLE, url=url) from None
    try:
        return json.loads(body)
    except ValueError:  # also UnicodeDecodeError
        raise RemoteError("De URL gaf geen geldige JSON terug.", code=BAD_URL, url=url) from None


def _check_status(response: requests.Response, url: str) -> None:
    status = response.status_code
    if status >= 500 or status == 429:
        raise RemoteError(
            f"De server van de URL is niet beschikbaar (HTTP {status}).", code=REMOTE_UNAVAILABLE, url=url
        )
    if status in (404, 410):
        raise RemoteError("De URL verwijst naar een resource die niet bestaat.", code=BAD_URL, url=url)
    if status != 200:
        raise RemoteError(f"De URL antwoordde met HTTP {status}.", code=BAD_URL, url=url)
    content_type = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if content_type != "application/json" and not content_type.endswith("+json"):
        raise RemoteError(
            f"De URL gaf geen JSON terug maar {content_type or 'onbekende inhoud'}.", code=BAD_URL, url=url
        )


def _read_body(response: requests.Response, url: str, deadline: float) -> bytes:
    limit = settings.REMOTE_MAX_RESPONSE_BYTES
    too_large = RemoteError(f"Het antwoord van de URL is groter dan {limit} bytes.", code=BAD_URL, url=url)
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    body = bytearray()
    try:
        # read1: whatever has arrived, so the deadline is checked between small reads
        while chunk := response.raw.read1(_CHUNK_SIZE):
            body += chunk
            if len(body) > limit:
                raise too_large
            # the read timeout holds per read; a server trickling bytes must not hold us longer
            if time.monotonic() > deadline:
                raise requests.Timeout()
    except (urllib3.exceptions.HTTPError, OSError) as exc:
        raise requests.ConnectionError(exc) from exc
    return bytes(body)
