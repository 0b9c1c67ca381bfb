import pytest

from .remote_server import RemoteServer


@pytest.fixture
def remote(settings):
    """A real HTTP server on 127.0.0.1 (free port; see `remote_server`); 127.0.0.1 is
    allow-listed by name, so the tests exercise the server while `localhost` and every
    other spelling of loopback stay refused."""
    server = RemoteServer()
    settings.REMOTE_ALLOWED_HOSTS = ["127.0.0.1"]
    settings.REMOTE_ALLOW_PRIVATE_ADDRESSES = False
    settings.REMOTE_ALLOW_PUBLIC_ADDRESSES = True
    settings.REMOTE_TIMEOUT = 5
    settings.REMOTE_MAX_RESPONSE_BYTES = 2 * 1024 * 1024
    yield server
    server.stop()
