"""The Celery app: the worker that delivers notifications (broker: Redis).

Besides the tasks queued after each commit, every worker runs the outbox sweep on its
own timer (`notificaties.worker.OutboxSweep`), so delivery never depends on a broker
message surviving; `--without-sweep` turns that off for a worker.
"""

import os

from celery import Celery

from openzaak.components.notificaties.worker import WITHOUT_SWEEP, OutboxSweep

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "openzaak.conf.settings")

app = Celery("openzaak")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
app.steps["worker"].add(OutboxSweep)
app.user_options["worker"].add(WITHOUT_SWEEP)
