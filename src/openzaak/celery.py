"""The Celery app: the worker that delivers notifications (broker: Redis)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "openzaak.conf.settings")

app = Celery("openzaak")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
