"""Issue 8, point 4: URLs never come from an unchecked Host header. With
PUBLIC_BASE_URL set, the notification, the stored URLs and the response use it whatever
Host a client sends; without it, a Host outside ALLOWED_HOSTS is refused outright."""

import pytest

from openzaak.zgw.models import Notification
from openzaak.zgw.scopes import SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUTORISATIES_LEZEN

pytestmark = pytest.mark.django_db

URL = "/autorisaties/api/v1/applicaties"
BODY = {"clientIds": ["nieuw"], "label": "Nieuw", "heeftAlleAutorisaties": True}


@pytest.fixture
def beheerder(api_client):
    return api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN, SCOPE_AUTORISATIES_BIJWERKEN])


def test_a_write_with_a_foreign_host_notifies_with_the_public_base_url(beheerder, settings):
    settings.PUBLIC_BASE_URL = "https://openzaak.example.nl"
    settings.ALLOWED_HOSTS = ["*"]  # even a host list that lets anything through

    response = beheerder.post(URL, BODY, format="json", HTTP_HOST="evil.example")

    assert response.status_code == 201, response.content
    assert response.json()["url"].startswith("https://openzaak.example.nl/autorisaties/api/v1/applicaties/")
    [notification] = Notification.objects.all()
    for url in (notification.resource_url, notification.hoofd_object, notification.message()["resourceUrl"]):
        assert url.startswith("https://openzaak.example.nl/"), url
    assert "evil.example" not in str(notification.message())


def test_without_a_public_base_url_a_foreign_host_is_refused(beheerder):
    """The local defaults answer only to local host names (and pytest's `testserver`)."""
    response = beheerder.post(URL, BODY, format="json", HTTP_HOST="evil.example")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert "evil.example" not in response.content.decode()
    assert not Notification.objects.exists()


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1:8000", "[::1]:8000"])
def test_local_host_names_are_answered(beheerder, host):
    assert beheerder.get(URL, HTTP_HOST=host).status_code == 200
