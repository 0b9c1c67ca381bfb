"""The Celery side of delivery: a task per committed notification, queued so that a
broker outage never fails the write that published it (the worker's timer sweeps up
whatever was not queued; see `worker.OutboxSweep`)."""

import logging

from celery import shared_task

from .outbox import process_outbox

logger = logging.getLogger(__name__)

# A message older than this is dropped by the worker: the sweep has handled it long since.
MESSAGE_EXPIRY = 600


@shared_task(name="notificaties.process_outbox", ignore_result=True, acks_late=True)
def process_outbox_task(notification_id: int | None = None) -> None:
    routed, attempted = process_outbox()
    logger.debug("outbox after notification %s: routed %d, attempted %d", notification_id, routed, attempted)


def queue_delivery(sender, notification_id, **kwargs) -> None:
    """`notification_committed` receiver: ask a worker to deliver now. Never raises: with
    Redis down the request has committed already and the sweep delivers it later."""
    try:
        process_outbox_task.apply_async(
            kwargs={"notification_id": notification_id}, expires=MESSAGE_EXPIRY, retry=False
        )
    except Exception:  # noqa: BLE001  (whatever the broker's failure, the write stands)
        logger.warning("could not queue delivery of notification %s; the sweep will deliver it", notification_id)
