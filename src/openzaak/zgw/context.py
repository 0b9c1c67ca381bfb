"""Who writes, and from where: what a service needs to do a write the way the API does it.

Every entry point builds one and hands it to the services (ARCHITECTURE rule 7):

    WriteContext.from_request(request)      # the API: the JWT's client and end user
    WriteContext.for_admin(request)         # a civil servant in the Django admin
    WriteContext.system(user="import")      # a command, an import, a Celery task

It carries the client whose scopes the standard's rules consult, the end user and
toelichting the audit trail records, and the base URL every URL in a notification,
an audit entry or a stored reference starts with.

Outside HTTP a WriteContext also stands in for the request in a serializer's context
(`serializer_class(obj, context={"request": write_context})`): it has what our
serializers read of a request — the base URL, the client and (empty) query parameters —
and, like a request, it may carry what a serializer caches for its lifetime.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from django.conf import settings

from .auth.client import Client

# The installation itself: the admin and background work act with every autorisatie
# (what they may do is decided by Django's permissions and by the code that runs).
ADMIN_CLIENT = Client(client_id="openzaak-admin", label="Beheer (admin)", heeft_alle_autorisaties=True)
SYSTEM_CLIENT = Client(client_id="openzaak", label="OpenZaak", heeft_alle_autorisaties=True)

AUDIT_TOELICHTING_HEADER = "X-Audit-Toelichting"
FALLBACK_BASE_URL = "http://localhost:8000"
NO_QUERY_PARAMS = MappingProxyType({})


@dataclass
class WriteContext:
    base_url: str
    client: Client | None = None
    user_id: str = ""
    user_representation: str = ""
    toelichting: str = ""

    @property
    def query_params(self) -> MappingProxyType:
        return NO_QUERY_PARAMS

    @classmethod
    def from_request(cls, request) -> WriteContext:
        """The context of an API request (cached on the request)."""
        context = getattr(request, "_zgw_write_context", None)
        if context is None:
            from .references import base_url

            auth = request.auth
            context = cls(
                base_url=base_url(request),
                client=auth.client if auth else None,
                user_id=(auth.claims.user_id if auth else "")[:255],
                user_representation=(auth.claims.user_representation if auth else "")[:255],
                toelichting=request.headers.get(AUDIT_TOELICHTING_HEADER, ""),
            )
            request._zgw_write_context = context
        return context

    @classmethod
    def for_admin(cls, request) -> WriteContext:
        from .references import base_url

        user = request.user
        return cls(
            base_url=base_url(request),
            client=ADMIN_CLIENT,
            user_id=user.get_username()[:255],
            user_representation=(user.get_full_name() or user.get_username())[:255],
        )

    @classmethod
    def system(cls, *, user: str = "", base_url: str = "", toelichting: str = "") -> WriteContext:
        return cls(
            base_url=(base_url or settings.PUBLIC_BASE_URL or FALLBACK_BASE_URL).rstrip("/"),
            client=SYSTEM_CLIENT,
            user_id=user,
            user_representation=user,
            toelichting=toelichting,
        )


def client_of(source) -> Client | None:
    """The client of an API request or a WriteContext (whichever a serializer got)."""
    if isinstance(source, WriteContext):
        return source.client
    auth = getattr(source, "auth", None)
    return getattr(auth, "client", None)


def write_context_of(source) -> WriteContext:
    """The WriteContext of an API request, or the WriteContext itself."""
    return source if isinstance(source, WriteContext) else WriteContext.from_request(source)
