"""The admin: counts per delivery state, the attempt log, re-sending, the test
notification and the circuit reset; and the `resend_notifications` command."""

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from ..constants import DeliveryStatus
from ..models import Abonnement, Delivery, Kanaal
from ..routing import route_pending
from .factories import AbonnementFactory, FilterGroupFactory, NotificationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def deliveries(subscriber):
    abonnement = AbonnementFactory(callback_url=subscriber.url)
    FilterGroupFactory(abonnement=abonnement, kanaal=Kanaal.objects.get(naam="zaken"))
    NotificationFactory.create_batch(4)
    route_pending()
    first, second, third, fourth = Delivery.objects.order_by("pk")
    Delivery.objects.filter(pk=second.pk).update(attempts=2, last_error="HTTP 500: boom")
    Delivery.objects.filter(pk__in=[third.pk, fourth.pk]).update(status=DeliveryStatus.parked, attempts=8)
    return abonnement


def test_delivery_list_shows_counts_per_state(admin_client, deliveries):
    gone = AbonnementFactory(removed=True)
    Delivery.objects.create(notification=NotificationFactory(), abonnement=gone, next_attempt_at=timezone.now())
    response = admin_client.get("/admin/notificaties/delivery/")
    assert response.status_code == 200
    assert response.context["delivery_counts"] == {"pending": 1, "failing": 1, "parked": 2, "overdue": 2}
    assert "geparkeerd: <strong>2</strong>" in response.content.decode()

    response = admin_client.get("/admin/notificaties/delivery/", {"failing": "yes"})
    assert [d.last_error for d in response.context["cl"].result_list] == ["HTTP 500: boom"]


def test_delivery_detail_shows_the_attempt_log(admin_client, deliveries):
    delivery = Delivery.objects.first()
    delivery.attempt_log.create(
        started_at=timezone.now(), duration_ms=12, status_code=503, success=False, error="HTTP 503"
    )
    response = admin_client.get(f"/admin/notificaties/delivery/{delivery.pk}/change/")
    assert response.status_code == 200 and "HTTP 503" in response.content.decode()


def test_resend_action(admin_client, deliveries):
    parked = list(Delivery.objects.filter(status=DeliveryStatus.parked).values_list("pk", flat=True))
    response = admin_client.post(
        "/admin/notificaties/delivery/", {"action": "resend", "_selected_action": parked}, follow=True
    )
    assert response.status_code == 200
    assert set(Delivery.objects.filter(pk__in=parked).values_list("status", "attempts")) == {("pending", 0)}


def test_abonnement_list_counts_and_actions(admin_client, deliveries, subscriber):
    response = admin_client.get("/admin/notificaties/abonnement/")
    assert response.status_code == 200
    [row] = response.context["cl"].result_list
    assert (row.n_pending, row.n_failing, row.n_parked) == (2, 1, 2)

    response = admin_client.post(
        "/admin/notificaties/abonnement/",
        {"action": "send_test_notification", "_selected_action": [deliveries.pk]},
        follow=True,
    )
    assert "HTTP 204" in response.content.decode()
    assert subscriber.received[-1]["body"]["kanaal"] == "test"

    Abonnement.objects.filter(pk=deliveries.pk).update(consecutive_failures=9, paused_until=timezone.now())
    admin_client.post(
        "/admin/notificaties/abonnement/", {"action": "reset_circuit", "_selected_action": [deliveries.pk]}
    )
    deliveries.refresh_from_db()
    assert (deliveries.consecutive_failures, deliveries.paused_until) == (0, None)


def test_other_admin_pages_render(admin_client, deliveries):
    for url in ("/admin/notificaties/kanaal/", f"/admin/notificaties/abonnement/{deliveries.pk}/change/"):
        assert admin_client.get(url).status_code == 200


def test_resend_command(deliveries, capsys):
    call_command("resend_notifications", "--dry-run")
    assert "2 delivery(ies) would be re-sent" in capsys.readouterr().out
    call_command("resend_notifications", "--abonnement", str(AbonnementFactory().uuid))
    assert "0 delivery(ies) re-sent" in capsys.readouterr().out
    call_command("resend_notifications", "--abonnement", str(deliveries.uuid), "--since", "2000-01-01T00:00:00Z")
    assert "2 delivery(ies) re-sent" in capsys.readouterr().out
    assert not Delivery.objects.filter(status=DeliveryStatus.parked).exists()

    with pytest.raises(CommandError):
        call_command("resend_notifications", "--since", "gisteren")
    with pytest.raises(CommandError):
        call_command("resend_notifications", "--abonnement", "geen-uuid")
