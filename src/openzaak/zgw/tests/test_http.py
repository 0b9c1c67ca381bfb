"""`openzaak.zgw.http.request`, the guarded client of every outgoing call, against a real
HTTP server on 127.0.0.1 (`remote_server`): every spelling of loopback refused before a
request is made, redirects guarded, a total deadline, a capped streamed body, and errors
that never repeat what the callee said."""

from __future__ import annotations

import socket
import time
from urllib.parse import quote

import pytest

from openzaak.zgw import http
from openzaak.zgw.http import BAD_URL, UNAVAILABLE, OutgoingError


def _refused(url: str, **kwargs) -> OutgoingError:
    with pytest.raises(OutgoingError) as excinfo:
        http.request("GET", url, timeout=2, max_bytes=1000, **kwargs)
    return excinfo.value


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "localhost",
        "0x7f000001",  # hexadecimal
        "2130706433",  # decimal
        "0177.0.0.1",  # octal
        "127.1",  # short form
        "[::ffff:127.0.0.1]",  # IPv4-mapped IPv6
        "[::1]",
    ],
)
def test_every_spelling_of_loopback_is_refused_without_a_request(remote, settings, host):
    settings.REMOTE_ALLOWED_HOSTS = []

    error = _refused(f"http://{host}:{remote.server_port}/json")

    assert error.code == BAD_URL
    assert remote.hits == []


@pytest.mark.parametrize("target", ["0x7f000001", "localhost", "[::ffff:127.0.0.1]", "127.1"])
def test_a_redirect_to_loopback_is_refused_without_a_request(remote, target):
    """127.0.0.1 is allow-listed by name; where it redirects to is judged on its own."""
    location = quote(f"http://{target}:{remote.server_port}/json", safe="")

    error = _refused(f"{remote.url}/redirect?to={location}", max_redirects=3)

    assert error.code == BAD_URL
    assert remote.hits == [f"/redirect?to={location}"]


def test_redirects_are_not_followed_unless_asked(remote):
    answer = http.request("POST", f"{remote.url}/redirect", data=b"{}", timeout=2, read_body=False)

    assert answer.status == 302
    assert remote.hits == ["/redirect"]


@pytest.mark.parametrize("address", ["169.254.169.254", "fd00:ec2::254", "100.100.100.200"])
def test_cloud_metadata_stays_refused_when_private_addresses_are_allowed(settings, address):
    settings.REMOTE_ALLOW_PRIVATE_ADDRESSES = True
    settings.REMOTE_ALLOWED_HOSTS = []

    assert not http.address_allowed("metadata.internal", address)
    assert http.address_allowed("intern.example", "10.0.0.5")


def test_private_addresses_can_be_allowed(remote, settings):
    settings.REMOTE_ALLOWED_HOSTS = []
    settings.REMOTE_ALLOW_PRIVATE_ADDRESSES = True

    assert http.request("GET", f"http://localhost:{remote.server_port}/json", timeout=2, max_bytes=1000).status == 200


def test_without_public_addresses_only_allow_listed_hosts_are_called(remote, settings, monkeypatch):
    """The egress allow-list: another name is refused before it is even looked up."""
    settings.REMOTE_ALLOW_PUBLIC_ADDRESSES = False
    lookups = []
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kw: lookups.append(args) or [])

    assert _refused("http://example.com/json").code == BAD_URL
    assert lookups == []


@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers"])
def test_a_trickling_callee_is_cut_off_at_the_deadline(remote, path):
    """Every byte comes well within any per-read timeout; the whole answer would take 3 s."""
    started = time.monotonic()

    with pytest.raises(OutgoingError) as excinfo:
        http.request("GET", f"{remote.url}{path}", timeout=0.5, max_bytes=1000)

    assert excinfo.value.code == UNAVAILABLE
    assert time.monotonic() - started < 1.0


def test_a_huge_answer_is_refused_early_or_not_read_at_all(remote):
    started = time.monotonic()
    with pytest.raises(OutgoingError) as excinfo:
        http.request("GET", f"{remote.url}/huge", timeout=5, max_bytes=1000)
    assert "groter dan 1000 bytes" in excinfo.value.reason

    answer = http.request("POST", f"{remote.url}/huge", data=b"{}", timeout=5, read_body=False)
    assert (answer.status, answer.body) == (200, b"")
    assert time.monotonic() - started < 1.0  # none of the 300 MB was waited for


def test_errors_never_repeat_what_the_callee_said(remote):
    answer = http.request("GET", f"{remote.url}/secret-error", timeout=2, max_bytes=1000)
    assert answer.status == 500  # the caller decides what to tell; the body is its own

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = _refused(f"http://127.0.0.1:{port}/x")
    assert error.code == UNAVAILABLE
    assert error.reason == "De URL kon niet bereikt worden."  # not "Connection refused" and a port


@pytest.mark.parametrize("value", ["Bearer é€", "Bearer x\r\nX-Injected: 1"])
def test_a_header_that_cannot_be_sent_is_an_error_not_a_crash(remote, value):
    error = _refused(f"{remote.url}/json", headers={"Authorization": value})

    assert error.code == BAD_URL
    assert remote.hits == []


def test_authorization_is_dropped_when_a_redirect_leaves_the_origin(remote, settings):
    settings.REMOTE_ALLOW_PRIVATE_ADDRESSES = True
    location = quote(f"http://localhost:{remote.server_port}/echo-auth", safe="")

    answer = http.request(
        "GET",
        f"{remote.url}/redirect?to={location}",
        headers={"Authorization": "Bearer geheim"},
        timeout=2,
        max_bytes=1000,
        max_redirects=1,
    )

    assert answer.body == b'{"authorization": null}'
