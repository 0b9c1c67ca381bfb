"""Queuing after commit never fails or holds up the write: with no broker listening, the
error is logged and queuing pauses (the worker's sweep delivers meanwhile)."""

import time

import pytest

from openzaak import celery_app

from .. import tasks


@pytest.fixture
def broker_down():
    conf = celery_app.conf
    old = conf.broker_url
    conf.broker_url = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    tasks._queue_paused_until = 0.0
    yield
    conf.broker_url = old
    tasks._queue_paused_until = 0.0


def test_queuing_with_the_broker_down_returns_at_once_and_backs_off(broker_down, caplog):
    started = time.monotonic()
    tasks.queue_delivery(sender=None, notification_id=1)
    assert time.monotonic() - started < 2
    assert "the sweep will deliver it" in caplog.text
    assert tasks._queue_paused_until > time.monotonic() + tasks.QUEUE_BACKOFF - 5

    caplog.clear()
    tasks.queue_delivery(sender=None, notification_id=2)  # paused: not even tried
    assert caplog.text == ""
