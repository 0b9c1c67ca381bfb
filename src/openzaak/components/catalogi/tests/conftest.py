import pytest

from openzaak.zgw.scopes import (
    SCOPE_CATALOGI_FORCED_DELETE,
    SCOPE_CATALOGI_FORCED_WRITE,
    SCOPE_CATALOGI_LEZEN,
    SCOPE_CATALOGI_SCHRIJVEN,
)

from .selectielijst_server import SelectielijstServer


@pytest.fixture(scope="session")
def _selectielijst_server():
    server = SelectielijstServer().start()
    yield server
    server.stop()


@pytest.fixture
def selectielijst(_selectielijst_server, settings):
    """A real local Selectielijst API (see selectielijst_server.py), configured as
    `SELECTIELIJST_API_URL`, with 127.0.0.1 allowed for remote fetches. Each test starts
    with the server up and no hits; the cache is emptied by the root conftest."""
    _selectielijst_server.reset()
    settings.SELECTIELIJST_API_URL = _selectielijst_server.api_root
    settings.REMOTE_ALLOWED_HOSTS = [*settings.REMOTE_ALLOWED_HOSTS, "127.0.0.1"]
    yield _selectielijst_server
    _selectielijst_server.reset()


@pytest.fixture
def lezer(api_client):
    return api_client(component="ztc", scopes=[SCOPE_CATALOGI_LEZEN])


@pytest.fixture
def schrijver(api_client):
    return api_client(component="ztc", scopes=[SCOPE_CATALOGI_LEZEN, SCOPE_CATALOGI_SCHRIJVEN])


@pytest.fixture
def beheerder(api_client):
    """May also correct and delete published types."""
    return api_client(
        component="ztc",
        scopes=[
            SCOPE_CATALOGI_LEZEN,
            SCOPE_CATALOGI_SCHRIJVEN,
            SCOPE_CATALOGI_FORCED_WRITE,
            SCOPE_CATALOGI_FORCED_DELETE,
        ],
    )
