import pytest

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
