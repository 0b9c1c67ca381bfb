"""Fault tests (issue 4, "Must show"): a real Celery worker process, a real local HTTP
subscriber and a private Redis, with the Autorisaties API as the publishing register.

Redis goes down while objects are written, the subscriber answers 500 or stops
listening for longer than several retry intervals, the worker is killed with SIGKILL in
the middle of a batch: every notification is delivered afterwards, exactly the ones of
committed writes (none of rolled-back ones), and per hoofdObject in publication order.
"""

from __future__ import annotations

import time

import pytest
from django.db import connection, transaction

from openzaak import celery_app
from openzaak.components.autorisaties.models import Applicatie
from openzaak.zgw.components import kanaal
from openzaak.zgw.context import WriteContext
from openzaak.zgw.models import Notification
from openzaak.zgw.notifications import publish
from openzaak.zgw.scopes import SCOPE_AUTORISATIES_BIJWERKEN

from .. import tasks
from ..constants import DeliveryStatus
from ..models import Delivery, Kanaal
from .factories import AbonnementFactory, FilterGroupFactory
from .processes import RedisServer, Worker, wait_for

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

URL = "/autorisaties/api/v1/applicaties"
# short, test-sized retry schedule: 7 attempts over about 6 seconds
SCHEDULE = "0.2,0.4,0.6,0.8,1.5,2.5"


@pytest.fixture
def redis_server(tmp_path):
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def broker(redis_server):
    """Point this process's Celery app (what `queue_delivery` publishes with) at the private Redis."""
    conf = celery_app.conf
    old = conf.broker_url
    tasks._queue_paused_until = 0.0  # an outage of an earlier test must not hold back queuing
    conf.broker_url = redis_server.url
    celery_app._pool = None
    celery_app.amqp._producer_pool = None
    yield redis_server
    conf.broker_url = old
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@pytest.fixture
def start_worker(broker, tmp_path):
    workers = []

    def start(options=(), pool="threads", **settings) -> Worker:
        worker = Worker(
            database=connection.settings_dict["NAME"],
            options=options,
            pool=pool,
            broker_url=broker.url,
            log=tmp_path / "worker.log",
            **{
                "NOTIFICATIES_RETRY_SCHEDULE": SCHEDULE,
                "NOTIFICATIES_SWEEP_INTERVAL": 0.3,
                "NOTIFICATIES_DELIVERY_TIMEOUT": 1,
                "NOTIFICATIES_CIRCUIT_THRESHOLD": 3,
                "NOTIFICATIES_CIRCUIT_COOLDOWN": 0.5,
                "REMOTE_ALLOWED_HOSTS": "127.0.0.1",
                **settings,
            },
        )
        worker.start()
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker.stop()  # before the test database is flushed
    log = tmp_path / "worker.log"
    print(log.read_text()[-30000:] if log.exists() else "no worker log")  # shown when the test fails


@pytest.fixture
def beheerder(api_client):
    return api_client(component="ac", scopes=[SCOPE_AUTORISATIES_BIJWERKEN])


@pytest.fixture
def abonnee(subscriber):
    abonnement = AbonnementFactory(callback_url=subscriber.url)
    FilterGroupFactory(abonnement=abonnement, kanaal=Kanaal.objects.get(naam="autorisaties"))
    return abonnement


def write(client, count: int, prefix: str) -> list[str]:
    urls = []
    for n in range(count):
        started = time.monotonic()
        response = client.post(
            URL,
            {"clientIds": [f"{prefix}-{n}"], "label": f"{prefix} {n}", "heeftAlleAutorisaties": True},
            format="json",
        )
        assert response.status_code == 201, response.content
        assert time.monotonic() - started < 5, "a broker outage must not hold up the write"
        urls.append(response.json()["url"])
    return urls


def expected_ids() -> set[str]:
    return {str(uuid) for uuid in Notification.objects.values_list("uuid", flat=True)}


def assert_all_delivered_exactly(subscriber, *, count: int, timeout: float = 40):
    def done():
        return set(subscriber.ids()) == expected_ids() and not Delivery.objects.exclude(status="delivered").exists()

    wait_for(done, timeout=timeout, message="every notification delivered and recorded so")
    assert len(expected_ids()) == count
    assert Delivery.objects.filter(status=DeliveryStatus.delivered).count() == count
    assert not Delivery.objects.exclude(status=DeliveryStatus.delivered).exists()


def rolled_back_write(client):
    """A write that fails validation and one that rolls back after publishing: no notification."""
    response = client.post(URL, {"clientIds": ["nope"], "label": "nope"}, format="json")
    assert response.status_code == 400
    applicatie = Applicatie.objects.first()
    with pytest.raises(RuntimeError), transaction.atomic():
        publish(
            context=WriteContext.system(),
            kanaal=kanaal("autorisaties"),
            actie="update",
            resource="applicatie",
            resource_url="http://testserver/rolled-back",
            hoofd_object=applicatie,
            hoofd_object_url="http://testserver/rolled-back",
        )
        raise RuntimeError("the change fails after publishing")


@pytest.mark.parametrize("pool", ["threads", "prefork"])
def test_queued_after_commit_without_waiting_for_the_sweep(beheerder, abonnee, subscriber, start_worker, pool):
    start_worker(pool=pool, options=("--without-sweep",), NOTIFICATIES_SWEEP_INTERVAL=3600)
    write(beheerder, 3, "queued")
    assert_all_delivered_exactly(subscriber, count=3, timeout=20)


def test_the_sweep_alone_delivers_in_a_prefork_worker(beheerder, abonnee, subscriber, start_worker):
    tasks._queue_paused_until = time.monotonic() + 3600  # nothing is queued: only the sweep can deliver
    start_worker(pool="prefork")
    write(beheerder, 3, "swept")
    assert_all_delivered_exactly(subscriber, count=3, timeout=20)


def test_redis_down_while_writing(beheerder, abonnee, subscriber, start_worker, broker):
    start_worker()
    write(beheerder, 5, "before")
    wait_for(lambda: len(subscriber.ids()) == 5, timeout=30, message="the first five")

    broker.stop()
    write(beheerder, 10, "during")
    rolled_back_write(beheerder)
    broker.start()
    write(beheerder, 5, "after")

    assert_all_delivered_exactly(subscriber, count=20)
    assert "rolled-back" not in str(subscriber.messages())


def test_subscriber_failing_and_gone_longer_than_several_retry_intervals(beheerder, abonnee, subscriber, start_worker):
    start_worker()
    subscriber.status = 500
    urls = write(beheerder, 6, "failing")
    for url in urls:  # more notifications about the same hoofdObjects, to keep in order
        assert beheerder.patch(url, {"label": "bijgewerkt"}, format="json").status_code == 200
    time.sleep(2.5)  # several retry intervals (0.2, 0.4, 0.6, 0.8 s) of 500s
    assert not subscriber.ids()
    subscriber.status = 204

    wait_for(lambda: len(set(subscriber.ids())) >= 4, timeout=30, message="deliveries resumed")
    subscriber.stop()  # not listening
    write(beheerder, 6, "gone")
    rolled_back_write(beheerder)
    time.sleep(2.5)
    subscriber.start()

    assert_all_delivered_exactly(subscriber, count=18)
    assert_order_per_hoofd_object(subscriber)
    assert Delivery.objects.filter(attempts__gt=1).exists()  # it did take retries


def assert_order_per_hoofd_object(subscriber):
    published = list(Notification.objects.order_by("pk").values_list("hoofd_object", "uuid"))
    first_seen = list(dict.fromkeys(subscriber.ids()))
    position = {uuid: index for index, uuid in enumerate(first_seen)}
    for hoofd_object in {h for h, _ in published}:
        order = [str(uuid) for h, uuid in published if h == hoofd_object]
        assert sorted(order, key=position.__getitem__) == order, f"out of order for {hoofd_object}"


def test_worker_killed_in_the_middle_of_a_batch(beheerder, abonnee, subscriber, start_worker):
    subscriber.delay = 0.1
    worker = start_worker()
    write(beheerder, 30, "batch")
    wait_for(lambda: len(subscriber.ids()) >= 8, timeout=30, message="the batch under way")
    worker.kill()
    assert Delivery.objects.filter(status=DeliveryStatus.pending).exists(), "killed before the batch was done"

    start_worker()
    assert_all_delivered_exactly(subscriber, count=30)
    duplicates = len(subscriber.ids()) - len(set(subscriber.ids()))
    # at most the POSTs in flight at the kill: one per pool thread, one of the sweep
    assert duplicates <= worker.concurrency + 1
