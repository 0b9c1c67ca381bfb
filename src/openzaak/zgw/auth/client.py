"""A client's autorisaties, resolved once and cached.

The Autorisaties API owns Applicaties; it registers a loader here (`register_loader`) that
turns a client id into a `Client`. The result is cached (Django's cache, Redis) and
invalidated whenever an Applicatie or its autorisaties change (`invalidate`). A cache
outage only costs the query, never a request.

Authorisation is a queryset filter (ARCHITECTURE rule 2): `Client.read_filter()` gives one
`Q` — allowed types × maximum vertrouwelijkheidaanduiding — that every read path applies.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction
from django.db.models import Q

from ..constants import VertrouwelijkheidAanduiding
from ..scopes import Scope

logger = logging.getLogger(__name__)

CACHE_TIMEOUT = 300


@dataclass(frozen=True)
class Grant:
    """One autorisatie: scopes on a component, optionally limited to one type (by uuid)
    and to a maximum vertrouwelijkheidaanduiding."""

    component: str
    scopes: frozenset[str]
    type_uuid: str | None = None
    max_vertrouwelijkheidaanduiding: str | None = None

    def covers(self, type_uuid: str | None, vertrouwelijkheidaanduiding: str | None) -> bool:
        if type_uuid is not None and self.type_uuid is not None and self.type_uuid != type_uuid:
            return False
        if vertrouwelijkheidaanduiding and self.max_vertrouwelijkheidaanduiding:
            allowed = VertrouwelijkheidAanduiding.up_to(self.max_vertrouwelijkheidaanduiding)
            return vertrouwelijkheidaanduiding in allowed
        return True


@dataclass(frozen=True)
class Client:
    client_id: str
    applicatie_uuid: str = ""
    label: str = ""
    heeft_alle_autorisaties: bool = False
    alleen_is_gereed_voor_publicatie: bool = False
    grants: tuple[Grant, ...] = field(default_factory=tuple)

    def scopes_for(self, component: str, *, type_uuid=None, vertrouwelijkheidaanduiding=None) -> set[str]:
        return {
            scope
            for grant in self.grants
            if grant.component == component and grant.covers(type_uuid, vertrouwelijkheidaanduiding)
            for scope in grant.scopes
        }

    def has_scope(self, component: str, scope: Scope, *, type_uuid=None, vertrouwelijkheidaanduiding=None) -> bool:
        """Whether some autorisatie grants `scope`; with a type/vertrouwelijkheid, one
        that covers them (an unbound check asks: for any type at all)."""
        if self.heeft_alle_autorisaties:
            return True
        granted = self.scopes_for(
            component, type_uuid=type_uuid, vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding
        )
        return scope.is_contained_in(granted)

    def read_filter(
        self, component: str, scope: Scope, *, type_field: str, vertrouwelijkheid_field: str | None = None
    ) -> Q:
        """The SQL filter for what this client may read: the union, over autorisaties that
        grant `scope`, of (type = its type AND vertrouwelijkheid ≤ its maximum). Types
        with the same maximum are grouped, so the filter stays small."""
        if self.heeft_alle_autorisaties:
            return Q()
        by_level: dict[str | None, set[str]] = {}
        for grant in self.grants:
            if grant.component != component or not scope.is_contained_in(grant.scopes):
                continue
            if grant.type_uuid is None:
                continue  # a type-bound component's autorisatie always names its type
            by_level.setdefault(grant.max_vertrouwelijkheidaanduiding, set()).add(grant.type_uuid)
        condition = Q(pk__in=[])
        for level, type_uuids in by_level.items():
            part = Q(**{f"{type_field}__uuid__in": sorted(type_uuids)})
            if vertrouwelijkheid_field and level:
                part &= Q(**{f"{vertrouwelijkheid_field}__in": VertrouwelijkheidAanduiding.up_to(level)})
            condition |= part
        return condition


_loader: Callable[[str], Client | None] | None = None


def register_loader(loader: Callable[[str], Client | None]) -> None:
    global _loader
    _loader = loader


def _cache_key(client_id: str) -> str:
    return f"zgw:client:{client_id}"


def get_client(client_id: str) -> Client | None:
    """The client's autorisaties, or None when no Applicatie has this client id."""
    key = _cache_key(client_id)
    try:
        cached = cache.get(key)
    except Exception:  # the cache is an optimisation: Redis down must not fail requests
        logger.warning("cache unavailable while loading client %s", client_id)
        cached = None
    if cached is not None:
        return cached or None  # False marks "known to be absent"
    assert _loader is not None, "No client loader registered: is the autorisaties app installed?"
    client = _loader(client_id)
    try:
        cache.set(key, client or False, CACHE_TIMEOUT)
    except Exception:
        pass
    return client


def invalidate(client_ids: Iterable[str]) -> None:
    """Forget cached clients now and once more when the transaction commits, so a
    concurrent request cannot re-cache the old state in between."""
    keys = [_cache_key(client_id) for client_id in set(client_ids)]
    if not keys:
        return

    def forget():
        try:
            cache.delete_many(keys)
        except Exception:
            logger.warning("cache unavailable while invalidating clients; entries expire in %ss", CACHE_TIMEOUT)

    forget()
    transaction.on_commit(forget)
