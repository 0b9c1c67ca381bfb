# Build stage: wheels of the pinned requirements.
FROM python:3.11-slim-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*
COPY requirements/base.txt /tmp/base.txt
RUN python -m venv /venv && /venv/bin/pip install --no-cache-dir -r /tmp/base.txt

# Runtime stage: the code, GeoDjango's libraries and a non-root user.
FROM python:3.11-slim-bookworm
RUN apt-get update \
    && apt-get install -y --no-install-recommends libgdal32 libgeos-c1v5 libproj25 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 1000 --create-home openzaak
COPY --from=build /venv /venv
WORKDIR /app
COPY --chown=openzaak:openzaak src/ /app/src/
COPY --chown=openzaak:openzaak docker/ /app/docker/
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=openzaak.conf.settings \
    STATIC_ROOT=/app/static \
    MEDIA_ROOT=/app/media
RUN mkdir -p /app/static /app/media && chown openzaak:openzaak /app/static /app/media \
    && cd /app/src && SECRET_KEY=only-for-collectstatic python manage.py collectstatic --no-input -v0
# No SECRET_KEY, PUBLIC_BASE_URL or ALLOWED_HOSTS in the image: docker/check-config.sh
# refuses to start without them.
USER openzaak
WORKDIR /app/src
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s CMD ["python", "/app/docker/healthcheck.py"]
CMD ["/app/docker/start-web.sh"]
