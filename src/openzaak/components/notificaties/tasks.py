"""The Celery side of delivery: a task per committed notification, queued so that a
broker outage never fails or holds up the write that published it (the worker's own
timer sweeps up whatever was not queued; see `worker.OutboxSweep`)."""

import logging
import time

from celery import current_app, shared_task
from kombu import pools

from .outbox import process_outbox

logger = logging.getLogger(__name__)

# A message older than this is dropped by the worker: the sweep has handled it long since.
MESSAGE_EXPIRY = 600
# After a failure to queue, stop trying for this long: the sweep delivers meanwhile, and
# requests do not each wait for a broker that is down.
QUEUE_BACKOFF = 30.0
_queue_paused_until = 0.0


# Acknowledged on receipt (unlike the project's default of late acks): the message is
# only a nudge, the database is the queue, so there is nothing to redeliver after a
# crash; and unacknowledged messages are what kombu fails to restore when Redis goes
# away under a worker, which then exits.
@shared_task(name="notificaties.process_outbox", ignore_result=True, acks_late=False)
def process_outbox_task(notification_id: int | None = None) -> None:
    routed, attempted = process_outbox()
    logger.debug("outbox after notification %s: routed %d, attempted %d", notification_id, routed, attempted)


def queue_delivery(sender, notification_id, **kwargs) -> None:
    """`notification_committed` receiver: ask a worker to deliver now. Never raises and
    never retries: with Redis down the write has committed already, and the sweep
    delivers its notification a few seconds later."""
    global _queue_paused_until
    if time.monotonic() < _queue_paused_until:
        return
    # one connection attempt, no reconnect loop (kombu's default retries for seconds)
    connection = current_app.connection_for_write(transport_options={"max_retries": 0})
    try:
        with pools.connections[connection].acquire(block=True, timeout=1) as conn:
            process_outbox_task.apply_async(
                kwargs={"notification_id": notification_id}, expires=MESSAGE_EXPIRY, retry=False, connection=conn
            )
    except Exception:  # noqa: BLE001  (whatever the broker's failure, the write stands)
        _queue_paused_until = time.monotonic() + QUEUE_BACKOFF
        logger.warning("could not queue delivery of notification %s; the sweep will deliver it", notification_id)
