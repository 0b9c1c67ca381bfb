import pytest

from openzaak.components.catalogi.tests.factories import BesluitTypeFactory
from openzaak.components.documenten.tests.storage import documenten_storage_root  # noqa: F401

from .utils import besluiten_client


@pytest.fixture
def besluittype():
    """A published besluittype (tests that need its relations make their own)."""
    return BesluitTypeFactory(concept=False)


@pytest.fixture
def client(api_client, besluittype):
    """A client with every Besluiten API scope for `besluittype`."""
    return besluiten_client(api_client, besluittype)
