"""Routing: filter groups per kanaal, `*`, keys compared without case or underscores,
one delivery per (notification, abonnement), removed abonnementen left out, forwarding."""

import pytest

from ..constants import DeliveryStatus
from ..models import Abonnement, Delivery, Kanaal
from ..routing import matches, route_pending
from .factories import AbonnementFactory, FilterGroupFactory, NotificationFactory

pytestmark = pytest.mark.django_db

ZAAKTYPE = "http://zt/1"


@pytest.mark.parametrize(
    "filters,kenmerken,expected",
    [
        ({}, {"zaaktype": ZAAKTYPE}, True),
        ({"zaaktype": ZAAKTYPE}, {"zaaktype": ZAAKTYPE}, True),
        ({"zaaktype": "http://zt/2"}, {"zaaktype": ZAAKTYPE}, False),
        ({"zaaktype": "*"}, {"zaaktype": ZAAKTYPE}, True),
        ({"zaaktype": "*"}, {}, True),
        ({"zaaktype": ZAAKTYPE}, {}, False),
        ({"Zaaktype": ZAAKTYPE, "bronorganisatie": "1"}, {"zaaktype": ZAAKTYPE, "bronorganisatie": "1"}, True),
        ({"zaaktype": ZAAKTYPE, "bronorganisatie": "1"}, {"zaaktype": ZAAKTYPE, "bronorganisatie": "2"}, False),
        ({"verantwoordelijkeOrganisatie": "1"}, {"verantwoordelijke_organisatie": "1"}, True),
        ({"verantwoordelijke_organisatie": "1"}, {"VerantwoordelijkeOrganisatie": "1"}, True),
    ],
)
def test_matches(filters, kenmerken, expected):
    assert matches(filters, kenmerken) is expected


def zaken():
    return Kanaal.objects.get(naam="zaken")


def test_a_notification_goes_to_every_matching_abonnement_once():
    everything = FilterGroupFactory(kanaal=zaken()).abonnement
    mine = FilterGroupFactory(kanaal=zaken(), filters={"zaaktype": ZAAKTYPE}).abonnement
    FilterGroupFactory(abonnement=mine, kanaal=zaken(), filters={"bronorganisatie": "*"})  # second group, same target
    FilterGroupFactory(kanaal=zaken(), filters={"zaaktype": "http://zt/other"})
    FilterGroupFactory(kanaal=Kanaal.objects.get(naam="besluiten"))
    FilterGroupFactory(kanaal=zaken(), abonnement=AbonnementFactory(removed=True))
    notification = NotificationFactory(kenmerken={"zaaktype": ZAAKTYPE, "bronorganisatie": "123456782"})

    assert route_pending() == 1
    deliveries = Delivery.objects.filter(notification=notification)
    assert {d.abonnement_id for d in deliveries} == {everything.pk, mine.pk}
    assert {d.status for d in deliveries} == {DeliveryStatus.pending}
    notification.refresh_from_db()
    assert notification.routed_at is not None

    assert route_pending() == 0  # routed once
    assert Delivery.objects.count() == 2


def test_routing_in_outbox_order_in_batches():
    FilterGroupFactory(kanaal=zaken())
    notifications = NotificationFactory.create_batch(5)
    assert route_pending(limit=2) == 2
    assert set(Delivery.objects.values_list("notification_id", flat=True)) == {n.pk for n in notifications[:2]}
    assert route_pending(limit=10) == 3


def test_forwarding_target_gets_everything(settings):
    settings.NOTIFICATIES_FORWARD_URL = "https://nrc.example.com/api/v1/notificaties"
    NotificationFactory(kanaal="autorisaties", kenmerken={})
    route_pending()
    [delivery] = Delivery.objects.all()
    assert delivery.abonnement.is_forward
    assert delivery.abonnement.callback_url == settings.NOTIFICATIES_FORWARD_URL

    settings.NOTIFICATIES_FORWARD_URL = "https://central.example.com/api/v1/notificaties"
    NotificationFactory()
    route_pending()
    targets = Abonnement.objects.filter(is_forward=True)
    assert targets.filter(deleted_at__isnull=True).get().callback_url == settings.NOTIFICATIES_FORWARD_URL
    assert targets.count() == 2  # the old target is retired, its delivery kept

    settings.NOTIFICATIES_FORWARD_URL = ""
    NotificationFactory()
    route_pending()
    assert not targets.filter(deleted_at__isnull=True).exists()
    assert Delivery.objects.count() == 2
