#!/bin/sh
# The web process: gunicorn serving every API. Migrations run in their own one-shot
# container (docker-compose `migrate`), never concurrently from several web replicas.
set -e
. /app/docker/check-config.sh
exec gunicorn openzaak.wsgi --bind 0.0.0.0:8000 --workers "${GUNICORN_WORKERS:-3}" \
    --access-logfile - --log-level "$(echo "${LOG_LEVEL:-info}" | tr 'A-Z' 'a-z')"
