"""The delivery worker's own timer: a Celery worker bootstep that runs
`process_outbox()` every `NOTIFICATIES_SWEEP_INTERVAL` seconds in a thread of the worker,
straight against the database. It needs no broker message, so deliveries go on while
Redis is down and resume by themselves after a crash.

Registered in `openzaak/celery.py`; `celery -A openzaak worker --without-sweep` turns it off.
"""

import logging
import threading

import click
from celery import bootsteps

logger = logging.getLogger(__name__)


class OutboxSweep(bootsteps.StartStopStep):
    requires = {"celery.worker.components:Pool"}
    label = "outbox-sweep"

    def __init__(self, worker, without_sweep=False, **kwargs):
        self.enabled = not without_sweep
        self._stop = threading.Event()
        self._thread = None

    def start(self, worker):
        if not self.enabled:
            return
        self._thread = threading.Thread(target=self._run, name="outbox-sweep", daemon=True)
        self._thread.start()

    def stop(self, worker):
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)

    def _run(self):
        from django.conf import settings
        from django.db import close_old_connections, connection

        from .outbox import process_outbox

        interval = settings.NOTIFICATIES_SWEEP_INTERVAL
        while not self._stop.wait(interval):
            try:
                close_old_connections()
                while process_outbox()[1] and not self._stop.is_set():
                    pass  # something was due: go on until nothing is, then wait
            except Exception:
                logger.exception("outbox sweep failed; retrying in %ss", interval)
                connection.close()  # e.g. the database restarted: reconnect next round


WITHOUT_SWEEP = click.Option(["--without-sweep"], is_flag=True, default=False, help="Do not run the outbox sweep.")
