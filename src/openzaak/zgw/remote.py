"""Fetching a remote JSON resource that a client referred to by URL.

The ZGW APIs refer to each other by URL: a resultaattype names its selectielijst
`Resultaat`, and later a zaak its remote besluit or document. Whenever we must look at
what such a URL points to, we fetch it through `fetch_json()`:

    data = fetch_json("https://selectielijst.openzaak.nl/api/v1/procestypen/<uuid>")

What it guarantees, each part a setting (see docs/selectielijst.md and docs/security.md):

* The call goes through `zgw.http.request`, the one guarded client for every outgoing
  call: no server-side request forgery (private, loopback, link-local and metadata
  addresses refused unless allowed), a total deadline of `REMOTE_TIMEOUT` seconds, a body
  streamed and capped at `REMOTE_MAX_RESPONSE_BYTES`, at most 3 redirects, each guarded.
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
import json
import logging
from typing import Any

from django.conf import settings
from django.core.cache import cache
from rest_framework import serializers

from . import http
from .http import BAD_URL, is_public_address  # noqa: F401 - part of this module's interface

logger = logging.getLogger(__name__)

REMOTE_UNAVAILABLE = http.UNAVAILABLE
INVALID_RESOURCE = "invalid-resource"

MAX_REDIRECTS = 3


class RemoteError(serializers.ValidationError):
    """A remote resource could not be used; `code` says why (see the module docstring)."""

    def __init__(self, reason: str, *, code: str, url: str = ""):
        super().__init__(reason, code=code)
        self.code = code
        self.reason = reason
        self.url = url

    def __str__(self) -> str:
        return f"{self.code}: {self.reason}"


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
    try:
        answer = http.request(
            "GET",
            url,
            headers={"Accept": "application/json"},
            timeout=settings.REMOTE_TIMEOUT,
            max_bytes=settings.REMOTE_MAX_RESPONSE_BYTES,
            max_redirects=MAX_REDIRECTS,
        )
    except http.OutgoingError as exc:
        raise RemoteError(exc.reason, code=exc.code, url=url) from None
    _check_status(answer, url)
    try:
        return json.loads(answer.body)
    except ValueError:  # also UnicodeDecodeError
        raise RemoteError("De URL gaf geen geldige JSON terug.", code=BAD_URL, url=url) from None


def _check_status(answer: http.Answer, url: str) -> None:
    status = answer.status
    if status >= 500 or status == 429:
        raise RemoteError(
            f"De server van de URL is niet beschikbaar (HTTP {status}).", code=REMOTE_UNAVAILABLE, url=url
        )
    if status in (404, 410):
        raise RemoteError("De URL verwijst naar een resource die niet bestaat.", code=BAD_URL, url=url)
    if status != 200:
        raise RemoteError(f"De URL antwoordde met HTTP {status}.", code=BAD_URL, url=url)
    content_type = answer.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    if content_type != "application/json" and not content_type.endswith("+json"):
        raise RemoteError("De URL gaf geen JSON terug.", code=BAD_URL, url=url)
