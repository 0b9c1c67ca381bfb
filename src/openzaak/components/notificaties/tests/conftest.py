import pytest

from openzaak.zgw.scopes import SCOPE_NOTIFICATIES_CONSUMEREN, SCOPE_NOTIFICATIES_PUBLICEREN

from .subscriber import Subscriber


@pytest.fixture
def subscriber(settings):
    """A real HTTP subscriber on a free local port (see `subscriber.Subscriber`); the
    outgoing guard lets calls to 127.0.0.1 (by that name) through."""
    settings.REMOTE_ALLOWED_HOSTS = ["127.0.0.1"]
    server = Subscriber()
    yield server
    server.stop()


@pytest.fixture
def fast_retries(settings):
    """A short retry schedule and circuit breaker, so tests can wait them out."""
    settings.NOTIFICATIES_RETRY_SCHEDULE = [0.0, 0.0]
    settings.NOTIFICATIES_CIRCUIT_THRESHOLD = 100
    settings.NOTIFICATIES_DELIVERY_TIMEOUT = 2
    return settings


@pytest.fixture
def consumer(api_client):
    """A client with `notificaties.consumeren` only."""
    return api_client(component="nrc", scopes=[SCOPE_NOTIFICATIES_CONSUMEREN])


@pytest.fixture
def publisher(api_client):
    """A client with `notificaties.publiceren` only."""
    return api_client(component="nrc", scopes=[SCOPE_NOTIFICATIES_PUBLICEREN])
