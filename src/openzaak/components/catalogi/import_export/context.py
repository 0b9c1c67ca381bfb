"""The request that export and import hand to the Catalogi API serializers.

The serializers build and resolve URLs from a request (`openzaak.zgw.references`) and
may consult the client's scopes; export and import run outside HTTP (a management
command, an admin view), as the installation itself. This request carries the
installation's own base URL and a client with every autorisatie, so the serializers
produce exactly what the API would show, and accept what the API would accept.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from openzaak.zgw.auth.authentication import RequestAuth
from openzaak.zgw.auth.client import Client
from openzaak.zgw.auth.jwt import Claims

SYSTEM_CLIENT_ID = "openzaak-catalogus-import-export"
FALLBACK_BASE_URL = "http://localhost:8000"


def system_request(*, base_url: str = "", user: str = "") -> Request:
    """A DRF request as the installation itself. `base_url` (scheme, host and script
    prefix) is what the produced URLs start with; default the configured
    PUBLIC_BASE_URL, else the local development address."""
    parts = urlsplit((base_url or settings.PUBLIC_BASE_URL or FALLBACK_BASE_URL).rstrip("/"))
    secure = parts.scheme == "https"
    django_request = APIRequestFactory().get(
        "/",
        SERVER_NAME=parts.hostname,
        SERVER_PORT=str(parts.port or (443 if secure else 80)),
        secure=secure,
        SCRIPT_NAME=parts.path,
    )
    request = Request(django_request)
    # both set, so DRF never runs (empty) authentication that would reset `auth`
    request.user = AnonymousUser()
    client = Client(client_id=SYSTEM_CLIENT_ID, label="Catalogus import/export", heeft_alle_autorisaties=True)
    request.auth = RequestAuth(
        client=client, claims=Claims(client_id=SYSTEM_CLIENT_ID, user_id=user, user_representation=user)
    )
    request._zgw_base_url = f"{parts.scheme}://{parts.netloc}{parts.path}"
    return request
