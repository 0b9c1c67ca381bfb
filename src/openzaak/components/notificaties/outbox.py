"""One round of the outbox: route what is unrouted, then deliver what is due. The
Celery task (queued after each commit) and the worker's timer both run it."""

from .delivery import deliver_due
from .routing import route_pending


def process_outbox() -> tuple[int, int]:
    """Returns (notifications routed, deliveries attempted)."""
    routed = 0
    while batch := route_pending():
        routed += batch
    return routed, deliver_due()
