"""A write and its notification commit together (ARCHITECTURE rule 3): the outbox row
exists exactly when the change does, and `notification_committed` fires only after commit."""

import pytest
from django.db import transaction

from openzaak.components.autorisaties.models import Applicatie
from openzaak.zgw.components import kanaal
from openzaak.zgw.context import WriteContext
from openzaak.zgw.models import Notification
from openzaak.zgw.notifications import notification_committed, publish
from openzaak.zgw.scopes import SCOPE_AUTORISATIES_BIJWERKEN

URL = "/autorisaties/api/v1/applicaties"


@pytest.fixture
def committed():
    received = []

    def receiver(sender, notification_id, **kwargs):
        received.append(notification_id)

    notification_committed.connect(receiver)
    yield received
    notification_committed.disconnect(receiver)


@pytest.mark.django_db(transaction=True)
def test_api_write_commits_its_notification(api_client, committed):
    client = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_BIJWERKEN])
    response = client.post(URL, {"clientIds": ["n1"], "label": "N", "heeftAlleAutorisaties": True}, format="json")
    assert response.status_code == 201

    notification = Notification.objects.get()
    assert committed == [notification.pk]
    assert notification.message() == {
        "kanaal": "autorisaties",
        "hoofdObject": response.json()["url"],
        "resource": "applicatie",
        "resourceUrl": response.json()["url"],
        "actie": "create",
        "aanmaakdatum": notification.message()["aanmaakdatum"],
        "kenmerken": {},
    }
    assert notification.routed_at is None


@pytest.mark.django_db(transaction=True)
def test_rejected_write_publishes_nothing(api_client, committed):
    client = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_BIJWERKEN])
    response = client.post(URL, {"clientIds": ["n1"], "label": "N"}, format="json")
    assert response.status_code == 400
    assert not Notification.objects.exists() and committed == []


@pytest.mark.django_db(transaction=True)
def test_rolled_back_transaction_takes_its_notification_along(committed):
    applicatie = Applicatie.objects.create(client_ids=["r"], label="R", heeft_alle_autorisaties=True)
    with pytest.raises(RuntimeError):
        with transaction.atomic():
            publish(
                context=WriteContext.system(),
                kanaal=kanaal("autorisaties"),
                actie="update",
                resource="applicatie",
                resource_url="http://testserver/x",
                hoofd_object=applicatie,
                hoofd_object_url="http://testserver/x",
            )
            assert Notification.objects.count() == 1  # visible inside the transaction
            raise RuntimeError("the change fails after publishing")
    assert not Notification.objects.exists()
    assert committed == []
