import pytest

from openzaak.zgw.scopes import SCOPES_BY_COMPONENT

from .storage import documenten_storage_root  # noqa: F401


@pytest.fixture
def beheerder(api_client):
    """Every Documenten scope, for every informatieobjecttype and level."""
    return api_client(heeft_alle_autorisaties=True)


@pytest.fixture
def documenten_client(api_client):
    """`documenten_client(iotype, scopes, max_vertrouwelijkheidaanduiding=...)`."""

    def make(informatieobjecttype, scopes=None, maximum="zeer_geheim", **extra):
        scopes = scopes if scopes is not None else SCOPES_BY_COMPONENT["drc"]
        return api_client(
            component="drc",
            scopes=scopes,
            informatieobjecttype=informatieobjecttype,
            max_vertrouwelijkheidaanduiding=maximum,
            **extra,
        )

    return make
