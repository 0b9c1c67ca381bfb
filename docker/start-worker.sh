#!/bin/sh
# The notification worker, with its periodic sweep (Celery beat) in the same process.
set -e
exec celery -A openzaak worker --beat --loglevel "${LOG_LEVEL:-INFO}" --concurrency "${CELERY_CONCURRENCY:-2}"
