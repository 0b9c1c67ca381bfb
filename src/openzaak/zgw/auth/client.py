"""A client's credentials and autorisaties, resolved once and cached.

The Autorisaties API owns Applicaties; it registers a loader here (`register_loader`) that
turns a client id into a `Client`. What a request needs of its client — the secret its
JWT is signed with and its autorisaties — is one cache entry (Django's cache, Redis),
forgotten whenever a credential, an Applicatie or its autorisaties change
(`invalidate`). A cache outage only costs the queries, never a request.

What a client may read is decided in SQL by `zgw.authorisation`; this module answers the
scope questions: does some autorisatie grant this scope (for this type and
vertrouwelijkheidaanduiding)?
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction

from ..components import Component, code_of
from ..constants import VertrouwelijkheidAanduiding
from ..scopes import IMPLIED_SCOPES, Scope

logger = logging.getLogger(__name__)

CACHE_TIMEOUT = 300
CACHE_VERSION = 2  # bump when the cached shape changes
_PLAIN_CLIENT_ID = re.compile(r"[A-Za-z0-9._@-]{1,100}")


@dataclass(frozen=True)
class Grant:
    """One autorisatie: scopes on a component, optionally limited to one type (by its
    primary key: a zaaktype for zrc, an informatieobjecttype for drc, a besluittype for
    brc) and to a maximum vertrouwelijkheidaanduiding."""

    component: str
    scopes: frozenset[str]
    type_id: int | None = None
    max_vertrouwelijkheidaanduiding: str | None = None

    def covers(self, type_id: int | None, vertrouwelijkheidaanduiding: str | None) -> bool:
        if type_id is not None and self.type_id is not None and self.type_id != type_id:
            return False
        if vertrouwelijkheidaanduiding and self.max_vertrouwelijkheidaanduiding:
            return VertrouwelijkheidAanduiding.at_most(
                vertrouwelijkheidaanduiding, self.max_vertrouwelijkheidaanduiding
            )
        return True


@dataclass(frozen=True)
class Client:
    client_id: str
    applicatie_uuid: str = ""
    label: str = ""
    heeft_alle_autorisaties: bool = False
    alleen_is_gereed_voor_publicatie: bool = False
    grants: tuple[Grant, ...] = field(default_factory=tuple)

    def scopes_for(self, component: Component | str, *, type_id=None, vertrouwelijkheidaanduiding=None) -> set[str]:
        """The scope labels granted on `component` (for the type and level, when given),
        with those the standard implies (`scopes.IMPLIED_SCOPES`, e.g. ztc-014)."""
        code = code_of(component)
        granted = {
            scope
            for grant in self.grants
            if grant.component == code and grant.covers(type_id, vertrouwelijkheidaanduiding)
            for scope in grant.scopes
        }
        for (implied_code, implied), sources in IMPLIED_SCOPES.items():
            if implied_code == code and any(self.has_scope(source_code, source) for source_code, source in sources):
                granted.add(implied.label)
        return granted

    def has_scope(
        self, component: Component | str, scope: Scope, *, type_id=None, vertrouwelijkheidaanduiding=None
    ) -> bool:
        """Whether some autorisatie grants `scope`; with a type/vertrouwelijkheid, one
        that covers them (an unbound check asks: for any type at all)."""
        if self.heeft_alle_autorisaties:
            return True
        return scope.is_contained_in(
            self.scopes_for(component, type_id=type_id, vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding)
        )

    def readable_types(self, component: Component | str, scope: Scope) -> dict[str | None, set[int]]:
        """Per maximum vertrouwelijkheidaanduiding (None: no maximum), the primary keys of
        the types whose objects an autorisatie granting `scope` lets this client read."""
        code = code_of(component)
        by_level: dict[str | None, set[int]] = {}
        for grant in self.grants:
            if grant.component != code or grant.type_id is None or not scope.is_contained_in(grant.scopes):
                continue
            by_level.setdefault(grant.max_vertrouwelijkheidaanduiding, set()).add(grant.type_id)
        return by_level


@dataclass(frozen=True)
class Credentials:
    """What authenticating a client needs: its secret, and its Applicatie's autorisaties
    (None: the credentials exist, no Applicatie names the client yet)."""

    secret: str
    client: Client | None


_loader: Callable[[str], Client | None] | None = None


def register_loader(loader: Callable[[str], Client | None]) -> None:
    """`loader(client_id)` gives the client's autorisaties (the Autorisaties API's
    Applicatie), or None when no Applicatie names the client."""
    global _loader
    _loader = loader


def _load(client_id: str) -> Credentials | None:
    from ..models import ClientCredential

    secret = ClientCredential.objects.filter(client_id=client_id).values_list("secret", flat=True).first()
    if secret is None:
        return None
    assert _loader is not None, "No client loader registered: is the autorisaties app installed?"
    return Credentials(secret=secret, client=_loader(client_id))


def _cache_key(client_id: str) -> str:
    if not _PLAIN_CLIENT_ID.fullmatch(client_id):  # whatever a token claims: keep the key plain
        client_id = "sha256-" + hashlib.sha256(client_id.encode("utf-8", "surrogatepass")).hexdigest()
    return f"zgw:client:v{CACHE_VERSION}:{client_id}"


def get_credentials(client_id: str) -> Credentials | None:
    """The client's secret and autorisaties, or None for an unknown client id."""
    key = _cache_key(client_id)
    try:
        cached = cache.get(key)
    except Exception:  # the cache is an optimisation: Redis down must not fail requests
        logger.warning("cache unavailable while loading client %s", client_id)
        cached = None
    if cached is not None:
        return cached or None  # False marks "known to be absent"
    credentials = _load(client_id)
    try:
        cache.set(key, credentials or False, CACHE_TIMEOUT)
    except Exception:  # noqa: BLE001
        pass
    return credentials


def get_client(client_id: str) -> Client | None:
    credentials = get_credentials(client_id)
    return credentials.client if credentials else None


def invalidate(client_ids: Iterable[str]) -> None:
    """Forget cached clients now and once more when the transaction commits, so a
    concurrent request cannot re-cache the old state in between."""
    keys = [_cache_key(client_id) for client_id in set(client_ids)]
    if not keys:
        return

    def forget():
        try:
            cache.delete_many(keys)
        except Exception:  # noqa: BLE001
            logger.warning("cache unavailable while invalidating clients; entries expire in %ss", CACHE_TIMEOUT)

    forget()
    transaction.on_commit(forget)
