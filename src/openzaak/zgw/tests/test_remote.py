"""`openzaak.zgw.remote.fetch_json` against a real HTTP server on 127.0.0.1: refusal of
non-public addresses, timeouts, the size cap, JSON only, error codes and caching."""

from __future__ import annotations

import socket
import time
from urllib.parse import quote

import pytest
import redis
from django.core.cache import cache
from rest_framework import serializers

from openzaak.zgw.remote import (
    BAD_URL,
    REMOTE_UNAVAILABLE,
    RemoteError,
    fetch_json,
    is_public_address,
)


def _error(url: str) -> RemoteError:
    with pytest.raises(RemoteError) as excinfo:
        fetch_json(url)
    return excinfo.value


# --- addresses -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # carrier-grade NAT
        "0.0.0.0",
        "224.0.0.1",
        "::1",
        "fe80::1%eth0",
        "fc00::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
    ],
)
def test_non_public_addresses(address):
    assert not is_public_address(address)


@pytest.mark.parametrize("address", ["145.222.14.7", "8.8.8.8", "2a00:1450:400e:80f::200e", "::ffff:8.8.8.8"])
def test_public_addresses(address):
    assert is_public_address(address)


def test_loopback_is_refused_without_a_request(remote, settings):
    settings.REMOTE_ALLOWED_HOSTS = []

    error = _error(f"{remote.url}/json")

    assert error.code == BAD_URL
    assert "niet-publiek adres" in error.reason
    assert "127.0.0.1" not in error.reason  # what a name resolves to is not told
    assert remote.hits == []


def test_allow_list_is_by_host_name(remote):
    """127.0.0.1 is allowed; `localhost` resolves to it but is another name."""
    error = _error(f"http://localhost:{remote.server_port}/json")

    assert error.code == BAD_URL
    assert remote.hits == []


def test_private_addresses_allowed_by_setting(remote, settings):
    settings.REMOTE_ALLOWED_HOSTS = []
    settings.REMOTE_ALLOW_PRIVATE_ADDRESSES = True

    assert fetch_json(f"http://localhost:{remote.server_port}/json")["naam"] == "Verzoeken behandelen"


def test_redirect_to_a_refused_host_is_refused_at_connect(remote):
    """The first hop is allowed; the redirect target is checked when connecting."""
    target = quote(f"http://localhost:{remote.server_port}/json", safe="")

    error = _error(f"{remote.url}/redirect?to={target}")

    assert error.code == BAD_URL
    assert remote.hits == [f"/redirect?to={target}"]


def test_redirect_to_https_is_guarded_too(remote):
    """The https connection checks its address before the TLS handshake."""
    target = quote(f"https://localhost:{remote.server_port}/json", safe="")

    assert _error(f"{remote.url}/redirect?to={target}").code == BAD_URL
    assert len(remote.hits) == 1


def test_tls_failure_is_unavailable(remote):
    """An allowed https URL whose server does not speak TLS."""
    assert _error(f"https://127.0.0.1:{remote.server_port}/json").code == REMOTE_UNAVAILABLE


def test_endless_redirects(remote):
    assert _error(f"{remote.url}/loop").code == BAD_URL
    assert len(remote.hits) == 4  # the request and 3 redirects


def test_redirect_within_allowed_host_is_followed(remote):
    assert fetch_json(f"{remote.url}/redirect")["path"] == "/json"
    assert remote.hits == ["/redirect", "/json"]


# --- bad URLs and answers --------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["", "geen url", "ftp://example.com/x", "file:///etc/passwd", "http:///pad", "http://host:poort/x", None, 12],
)
def test_not_an_http_url(url):
    assert _error(url).code == BAD_URL


def test_host_that_does_not_resolve():
    error = _error("http://bestaat-niet.invalid/api/v1/procestypen")

    assert error.code == BAD_URL
    assert "bestaat niet" in error.reason


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("/missing", BAD_URL),
        ("/forbidden", BAD_URL),
        ("/html", BAD_URL),
        ("/broken-json", BAD_URL),
        ("/error", REMOTE_UNAVAILABLE),
        ("/busy", REMOTE_UNAVAILABLE),
    ],
)
def test_error_codes(remote, path, code):
    assert _error(f"{remote.url}{path}").code == code


def test_json_media_type_with_suffix_and_parameters(remote):
    assert fetch_json(f"{remote.url}/problem-json") == {"ok": True}


def test_unreachable_port_is_unavailable(settings):
    settings.REMOTE_ALLOWED_HOSTS = ["127.0.0.1"]
    with socket.socket() as sock:  # a port that nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]

    assert _error(f"http://127.0.0.1:{port}/json").code == REMOTE_UNAVAILABLE


def test_timeout(remote, settings):
    settings.REMOTE_TIMEOUT = 0.5

    error = _error(f"{remote.url}/slow")

    assert error.code == REMOTE_UNAVAILABLE


def test_total_deadline_against_a_trickling_server(remote, settings):
    settings.REMOTE_TIMEOUT = 0.5
    started = time.monotonic()

    error = _error(f"{remote.url}/trickle")

    assert error.code == REMOTE_UNAVAILABLE
    assert time.monotonic() - started < 2  # the server would take 3 s; per read, none takes 0.5 s


@pytest.mark.parametrize("path", ["/big", "/big-unannounced"])
def test_size_cap(remote, settings, path):
    settings.REMOTE_MAX_RESPONSE_BYTES = 1000

    error = _error(f"{remote.url}{path}")

    assert error.code == BAD_URL
    assert "groter dan 1000 bytes" in error.reason


def test_size_cap_allows_what_fits(remote, settings):
    settings.REMOTE_MAX_RESPONSE_BYTES = 6000

    assert len(fetch_json(f"{remote.url}/big")["x"]) == 5000


# --- caching ---------------------------------------------------------------------------


def test_successful_responses_are_cached(remote):
    url = f"{remote.url}/json?jaar=2020"

    first = fetch_json(url)
    second = fetch_json(url)

    assert first == second
    assert remote.hits == ["/json?jaar=2020"]


def test_cache_can_be_bypassed_and_disabled(remote, settings):
    url = f"{remote.url}/json"
    fetch_json(url)
    fetch_json(url, use_cache=False)
    settings.REMOTE_CACHE_TTL = 0
    fetch_json(url)

    assert len(remote.hits) == 3


def test_failures_are_not_cached(remote):
    _error(f"{remote.url}/error")
    _error(f"{remote.url}/error")

    assert remote.hits == ["/error", "/error"]


def test_cache_outage_is_tolerated(remote, settings):
    """Redis that does not answer: every fetch goes to the remote, none fails."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead_port = sock.getsockname()[1]
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{dead_port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    with pytest.raises(redis.exceptions.RedisError):
        cache.get("probe")  # the cache really is down

    assert fetch_json(f"{remote.url}/json")["naam"] == "Verzoeken behandelen"
    assert fetch_json(f"{remote.url}/json")["naam"] == "Verzoeken behandelen"
    assert len(remote.hits) == 2


# --- as a serializer sees it -----------------------------------------------------------


def test_a_field_validator_turns_it_into_a_400_naming_the_field(remote):
    class Serializer(serializers.Serializer):
        procestype = serializers.CharField(validators=[fetch_json])

    serializer = Serializer(data={"procestype": f"{remote.url}/missing"})

    assert not serializer.is_valid()
    assert [(e.code, str(e)) for e in serializer.errors["procestype"]] == [
        (BAD_URL, "De URL verwijst naar een resource die niet bestaat.")
    ]
