import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Tests roll their database back, so cached autorisaties must not outlive a test."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api_client(db):
    """`api_client(scopes=[...], component="ac", ...)`: an HTTP client whose every request
    carries a real JWT of a real Applicatie with these autorisaties."""
    from openzaak.zgw.testing import jwt_client

    return jwt_client
