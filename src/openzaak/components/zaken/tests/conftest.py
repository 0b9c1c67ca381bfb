import pytest

# a real local Selectielijst API, as the Catalogi tests have it (selectielijstklasse)
from openzaak.components.catalogi.tests.conftest import _selectielijst_server, selectielijst  # noqa: F401
from openzaak.components.documenten.tests.storage import documenten_storage_root  # noqa: F401
from openzaak.zgw.scopes import (
    SCOPE_AUDITTRAILS_LEZEN,
    SCOPE_ZAKEN_AANMAKEN,
    SCOPE_ZAKEN_BIJWERKEN,
    SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN,
    SCOPE_ZAKEN_LEZEN,
    SCOPE_ZAKEN_VERWIJDEREN,
)

from .remote import RemoteApis


@pytest.fixture(scope="session")
def _remote_apis():
    server = RemoteApis()
    yield server
    server.stop()


@pytest.fixture
def remote_apis(_remote_apis, settings):
    """A real local server for the URLs a zaak refers to outside this installation
    (see remote.py); 127.0.0.1 is allowed for outgoing calls. The cache is emptied by the
    root conftest."""
    _remote_apis.reset()
    settings.REMOTE_ALLOWED_HOSTS = [*settings.REMOTE_ALLOWED_HOSTS, "127.0.0.1"]
    yield _remote_apis
    _remote_apis.reset()


@pytest.fixture
def zaaktype(db):
    from openzaak.components.catalogi.tests.factories import ZaakTypeFactory

    return ZaakTypeFactory(concept=False, vertrouwelijkheidaanduiding="openbaar")


WRITE_SCOPES = [
    SCOPE_ZAKEN_LEZEN,
    SCOPE_ZAKEN_AANMAKEN,
    SCOPE_ZAKEN_BIJWERKEN,
    SCOPE_ZAKEN_VERWIJDEREN,
    SCOPE_AUDITTRAILS_LEZEN,
]


@pytest.fixture
def behandelaar(api_client, zaaktype):
    """Reads, creates, changes and deletes zaken of `zaaktype` up to zeer_geheim (not
    closed ones: no zaken.geforceerd-bijwerken)."""
    return api_client(
        component="zrc", scopes=WRITE_SCOPES, zaaktype=zaaktype, max_vertrouwelijkheidaanduiding="zeer_geheim"
    )


@pytest.fixture
def beheerder(api_client, zaaktype):
    """Like `behandelaar`, and may change closed zaken."""
    return api_client(
        component="zrc",
        scopes=[*WRITE_SCOPES, SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN],
        zaaktype=zaaktype,
        max_vertrouwelijkheidaanduiding="zeer_geheim",
    )


@pytest.fixture
def alles(api_client):
    """An Applicatie with heeftAlleAutorisaties."""
    return api_client(heeft_alle_autorisaties=True)
