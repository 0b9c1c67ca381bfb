import pytest
from django.conf import settings
from django.core.cache import cache


def _forget_cached_keys():
    # Only this run's keys: `cache.clear()` would flush the whole Redis database, and with
    # it the broker's queues and other test runs' caches.
    client = cache._cache.get_client(write=True)
    keys = list(client.scan_iter(match=f"{settings.CACHES['default']['KEY_PREFIX']}:*", count=1000))
    if keys:
        client.delete(*keys)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Tests roll their database back, so cached autorisaties must not outlive a test."""
    _forget_cached_keys()
    yield
    _forget_cached_keys()


@pytest.fixture
def api_client(db):
    """`api_client(scopes=[...], component="ac", ...)`: an HTTP client whose every request
    carries a real JWT of a real Applicatie with these autorisaties."""
    from openzaak.components.autorisaties.testing import jwt_client

    return jwt_client
