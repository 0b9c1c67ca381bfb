#!/bin/sh
# The notification worker; each worker also sweeps the outbox on its own timer.
set -e
. /app/docker/check-config.sh
exec celery -A openzaak worker --loglevel "${LOG_LEVEL:-INFO}" --concurrency "${CELERY_CONCURRENCY:-2}"
