"""What a client may read (ARCHITECTURE rule 2): one declaration per model, one queryset
method, one object check — and nothing is readable without them.

Each model an API serves declares how autorisaties apply to it:

    class Zaak(models.Model):
        authorisation = Authorisation(
            ZAKEN, type_field="zaaktype", vertrouwelijkheid_field="vertrouwelijkheidaanduiding"
        )
        objects = AuthorisedQuerySet.as_manager()

    class Status(models.Model):
        authorisation = Authorisation(via="zaak")   # whoever may read the zaak may read its statussen

    class Catalogus(models.Model):
        authorisation = Authorisation(CATALOGI)     # not bound to types: the scope alone decides

Every read path asks the same two questions of that declaration:

    Zaak.objects.for_client(client, SCOPE_ZAKEN_LEZEN)   # lists, _zoek, expand: one SQL filter
    may_access(client, SCOPE_ZAKEN_LEZEN, zaak)            # one object: detail 403, nested parents, downloads

The filter is the union, over the client's autorisaties that grant the scope, of
`type_id IN (…) AND vertrouwelijkheidaanduiding IN (…)` (types with the same maximum
grouped), on the model's own columns: no join for the type, so `count` stays on one
table and its index. Where the client's autorisaties have more than one maximum level
and the model stores the combined key (`sleutel_field`, `zgw.autorisatie_sleutel`), it
is `autorisatie_sleutel IN (…)` instead, which one index answers however many groups
there are. A client limited to documents ready for publication
(`alleenIsGereedVoorPublicatie`) also reads only those (`gereed_voor_publicatie_field`).
A client with `heeftAlleAutorisaties` reads everything.

A model an API serves without a declaration is an error when the viewset is defined
(`rule_for` raises), never an open door.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.db.models import Q

from . import autorisatie_sleutel
from .auth.client import Client
from .components import Component
from .constants import VertrouwelijkheidAanduiding
from .scopes import Scope


@dataclass(frozen=True)
class Authorisation:
    """How autorisaties apply to a model: the `component` whose autorisaties count, the
    foreign key to the type an autorisatie names (`type_field`) and the
    vertrouwelijkheidaanduiding field; or `via` a foreign key to a parent whose
    declaration applies."""

    component: Component | None = None
    type_field: str | None = None
    vertrouwelijkheid_field: str | None = None
    sleutel_field: str | None = None  # type × level in one stored number (zgw.autorisatie_sleutel)
    gereed_voor_publicatie_field: str | None = None  # what `alleenIsGereedVoorPublicatie` limits to
    via: str | None = None
    # triggers keep the rows per sleutel, so an unfiltered list counts without COUNT (zgw.counts)
    counted: bool = False

    def __post_init__(self):
        if (self.component is None) == (self.via is None):
            raise ImproperlyConfigured("An Authorisation names either its `component` or the parent it goes `via`.")
        if self.counted and not self.sleutel_field:
            raise ImproperlyConfigured("Counts are kept per `sleutel_field`: a counted model needs one.")


@dataclass(frozen=True)
class Rule:
    """A declaration resolved from a model itself: Django paths from the model to the
    type's foreign key and to the vertrouwelijkheidaanduiding (`via` followed)."""

    component: Component
    type_path: str | None
    vertrouwelijkheid_path: str | None
    sleutel_path: str | None = None
    gereed_voor_publicatie_path: str | None = None

    @property
    def type_bound(self) -> bool:
        return self.type_path is not None


@cache
def rule_for(model: type[models.Model]) -> Rule:
    declaration = getattr(model, "authorisation", None)
    if not isinstance(declaration, Authorisation):
        raise ImproperlyConfigured(
            f"{model.__name__} has no `authorisation = Authorisation(...)`: declare how autorisaties apply to it "
            "before an API serves it (see openzaak.zgw.authorisation)."
        )
    if declaration.via is None:
        return Rule(
            declaration.component,
            declaration.type_field,
            declaration.vertrouwelijkheid_field,
            declaration.sleutel_field,
            declaration.gereed_voor_publicatie_field,
        )
    parent = rule_for(model._meta.get_field(declaration.via).related_model)

    def below(path):
        return f"{declaration.via}__{path}" if path else None

    return Rule(
        parent.component,
        below(parent.type_path),
        below(parent.vertrouwelijkheid_path),
        below(parent.sleutel_path),
        below(parent.gereed_voor_publicatie_path),
    )


def read_condition(rule: Rule, client: Client | None, scope: Scope) -> Q:
    """The SQL condition for the rows of `rule`'s model that `client` may access with `scope`."""
    if client is None:
        return Q(pk__in=[])
    condition = _type_condition(rule, client, scope)
    if rule.gereed_voor_publicatie_path and client.alleen_is_gereed_voor_publicatie:
        condition &= Q(**{rule.gereed_voor_publicatie_path: True})
    return condition


def _type_condition(rule: Rule, client: Client, scope: Scope) -> Q:
    nothing = Q(pk__in=[])
    if client.heeft_alle_autorisaties:
        return Q()
    if not rule.type_bound:
        return Q() if client.has_scope(rule.component, scope) else nothing
    groups = client.readable_types(rule.component, scope)
    if not groups:
        return nothing
    if rule.sleutel_path and len(groups) > 1:
        return Q(**{f"{rule.sleutel_path}__in": _sleutels(groups)})
    condition = nothing
    for level, type_ids in groups.items():
        part = Q(**{f"{rule.type_path}__in": sorted(type_ids)})
        if rule.vertrouwelijkheid_path and level:
            part &= Q(**{f"{rule.vertrouwelijkheid_path}__in": VertrouwelijkheidAanduiding.up_to(level)})
        condition |= part
    return condition


def _sleutels(groups: dict[str | None, set[int]]) -> list[int]:
    return sorted(
        key
        for level, type_ids in groups.items()
        for type_id in type_ids
        for key in autorisatie_sleutel.sleutels(type_id, level or autorisatie_sleutel.LEVELS[-1])
    )


def sleutels_for(rule: Rule, client: Client, scope: Scope) -> list[int] | None:
    """The `autorisatie_sleutel` values of the rows `client` may read with `scope`
    (None: every row), for a model whose rows its type and level alone make readable."""
    if client.heeft_alle_autorisaties:
        return None
    return _sleutels(client.readable_types(rule.component, scope))


def for_client(queryset: models.QuerySet, client: Client | None, scope: Scope) -> models.QuerySet:
    """`queryset` narrowed to what `client` may access with `scope`."""
    condition = read_condition(rule_for(queryset.model), client, scope)
    return queryset.filter(condition) if condition else queryset


def scope_context(obj: models.Model) -> dict:
    """The type (primary key) and vertrouwelijkheidaanduiding an autorisatie must cover
    for `obj`; empty for a model not bound to types."""
    rule = rule_for(type(obj))
    if not rule.type_bound:
        return {}
    *parents, type_field = rule.type_path.split("__")
    holder = _follow(obj, parents)
    context = {"type_id": getattr(holder, holder._meta.get_field(type_field).attname)}
    if rule.vertrouwelijkheid_path:
        context["vertrouwelijkheidaanduiding"] = _follow(obj, rule.vertrouwelijkheid_path.split("__"))
    return context


def may_access(client: Client | None, scope: Scope, obj: models.Model) -> bool:
    """Whether `client` may access the one object `obj` with `scope` (the same rule as
    `for_client`, checked on an object in hand)."""
    if client is None:
        return False
    rule = rule_for(type(obj))
    if rule.gereed_voor_publicatie_path and client.alleen_is_gereed_voor_publicatie:
        if not _follow(obj, rule.gereed_voor_publicatie_path.split("__")):
            return False
    return client.has_scope(rule.component, scope, **scope_context(obj))


def _follow(obj, names):
    for name in names:
        obj = getattr(obj, name)
    return obj


class AuthorisedQuerySet(models.QuerySet):
    """The queryset of a model with an `authorisation` declaration."""

    def for_client(self, client: Client | None, scope: Scope) -> AuthorisedQuerySet:
        return for_client(self, client, scope)
