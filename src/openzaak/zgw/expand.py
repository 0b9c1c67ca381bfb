"""The ZGW `expand` mechanism: related resources embedded under `_expand`.

Catalogi API 1.3.2+, Zaken API 1.5+, Documenten and Besluiten API 1.1 let a client ask for
linked resources in the same response (gemma-zaken `docs/standaard/expand_patroon.md`,
`expand_paden.md`): `?expand=catalogus,statustypen.eigenschappen` is a comma-separated list
of dot paths of any depth. Each expanded name appears under the resource's `_expand`, with
the linked resource as its own endpoint serializes it and, for a deeper path, its own
`_expand`:

    {"url": ".../zaaktypen/1", "catalogus": ".../catalogussen/2", ...,
     "_expand": {"catalogus": {"url": ".../catalogussen/2", ...},
                 "statustypen": [{"url": ".../statustypen/3", ..., "_expand": {"eigenschappen": [...]}}]}}

A single reference without value is the contract's `EmptyObject` (`{}`), a list
reference an array. A viewset declares what it can expand, by the name the contract
uses and the ORM path from its model to the related objects:

    expand_fields = {"catalogus": "catalogus", "statustypen": "statustypen"}   # ZaakTypeViewSet
    expand_fields = {"catalogus": "zaaktype__catalogus", "zaaktype": "zaaktype"}  # via other models

The linked objects are served by the viewset that serves their model at its URL; give
`Expand(source, viewset=...)` to name another one. Where a resource shows another object
than the one linked (the Catalogi API shows the version of a type valid on the peildatum),
`Expand(source, shown=...)` gives, per linked object, the URL the resource shows, and that
object is embedded. Each expanded object passes the
same authorisation as a direct read of it (ARCHITECTURE rule 2): the target viewset's
scope check and its authorised list queryset. What the client may not read is left out:
absent from a list, and for a single reference no key at all.

Cost: per expanded name and level, at most two queries however long the page (the
links, skipped for a plain foreign key, and the linked objects by primary key, with the
target queryset's own prefetches), and each object is serialized once per path.

An unknown name is a 400 with `invalidParams` name `expand` and code
`invalid-expand-field` (the reference implementation's code), as are an empty path
segment (`expand-format-error`) and paths deeper than MAX_DEPTH (`recursion-limit`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from django.db import models
from django.utils.module_loading import import_string
from drf_spectacular.plumbing import ResolvedComponent, build_array_type
from rest_framework import exceptions
from rest_framework.exceptions import ErrorDetail

from .authorisation import for_client
from .references import uuid_from_url, viewset_for

EXPAND_KEY = "_expand"
PARAMETER = "expand"
MAX_DEPTH = 10  # a path may cycle (zaaktype.catalogus.zaaktypen…); each level costs queries
MAX_PATHS = 20
EXPAND_ACTIONS = {"list", "retrieve", "_zoek"}

PARAMETER_SCHEMA = {
    "name": PARAMETER,
    "in": "query",
    "required": False,
    "description": "Haal details van gelinkte resources direct op. Als je meerdere resources tegelijk wilt "
    "ophalen kun je deze scheiden met een komma. Voor het ophalen van resources die een laag dieper genest "
    "zijn wordt de punt-notatie gebruikt.",
    "schema": {"type": "string"},
}
EMPTY_OBJECT_SCHEMA = {
    "type": "object",
    "maxProperties": 0,  # so that `oneOf: [<Resource>Expanded, EmptyObject]` is one or the other
    "description": "Leeg object. Dit wordt teruggeven indien het te expanderen veld een null waarde heeft.",
}

Tree = dict[str, "Tree"]


@dataclass(frozen=True)
class Expand:
    """One expandable name: the ORM path from the resource's model to the linked
    objects; optionally the viewset (or its dotted path) that serves them, and
    `shown(request, obj) -> url` where the resource shows another object than the linked one.
    `only` narrows a to-many path to the linked objects that match (field lookups on
    them) and makes it a single reference: a zaak's `status` is its statussen `only`
    `{"indicatie_laatst_gezette_status": True}`."""

    source: str
    viewset: type | str | None = None
    shown: Callable[[object, models.Model], str] | None = None
    only: dict | None = None


class Expansion:
    """An `Expand` bound to the model it starts from."""

    def __init__(self, model: type[models.Model], name: str, declaration: Expand | str):
        declaration = declaration if isinstance(declaration, Expand) else Expand(declaration)
        self.name = name
        self.source = declaration.source
        self._viewset = declaration.viewset
        self.shown = declaration.shown
        self.only = {f"{self.source}__{lookup}": value for lookup, value in (declaration.only or {}).items()}
        fields = []
        current = model
        for part in self.source.split("__"):
            field = current._meta.get_field(part)
            fields.append(field)
            current = field.related_model
        assert current is not None, f"expand `{name}`: {self.source} does not lead to a model."
        self.model = current
        self.many = not self.only and any(field.one_to_many or field.many_to_many for field in fields)
        # a plain foreign key: its value is on the object already, no query for the links
        single_column = len(fields) == 1 and fields[0].concrete and not self.many and not self.only
        self.attname = fields[0].attname if single_column else None

    @cached_property
    def viewset(self) -> type:
        if isinstance(self._viewset, str):
            return import_string(self._viewset)
        return self._viewset or viewset_for(self.model)

    def links(self, objects: list[models.Model]) -> dict[object, list]:
        """Primary keys of the linked objects, per object's primary key."""
        if self.attname:
            return {obj.pk: [getattr(obj, self.attname)] for obj in objects}
        links: dict[object, list] = {obj.pk: [] for obj in objects}  # stays empty for a row deleted meanwhile
        model = type(objects[0])
        rows = model._base_manager.filter(pk__in=list(links), **self.only).values_list("pk", self.source)
        for pk, target_pk in rows:
            links[pk].append(target_pk)
        return links


def expansions(viewset) -> dict[str, Expansion]:
    """The viewset's `expand_fields`, bound to its model (once per class)."""
    cache = viewset.__dict__.get("_expansions")
    if cache is None:
        model = viewset.queryset.model
        cache = {name: Expansion(model, name, declared) for name, declared in viewset.expand_fields.items()}
        viewset._expansions = cache
    return cache


# --- the request -----------------------------------------------------------------------


def _invalid(message: str, code: str) -> exceptions.ValidationError:
    return exceptions.ValidationError({PARAMETER: [ErrorDetail(message, code=code)]})


def parse(viewset, value: str | None) -> Tree:
    """The requested paths as a tree ({"status": {"statustype": {}}}), checked against
    what each level can expand."""
    tree: Tree = {}
    paths = [path.strip() for path in (value or "").split(",") if path.strip()]
    if len(paths) > MAX_PATHS:
        raise _invalid(f"Vraag hoogstens {MAX_PATHS} paden tegelijk op.", "max-str-length")
    for path in paths:
        names = [name.strip() for name in path.split(".")]
        if not all(names):
            raise _invalid(f"`{path}` is geen geldig pad: gebruik namen gescheiden door punten.", "expand-format-error")
        if len(names) > MAX_DEPTH:
            raise _invalid(f"`{path}` is dieper dan {MAX_DEPTH} niveaus.", "recursion-limit")
        node, level = tree, viewset
        for depth, name in enumerate(names):
            known = expansions(level)
            if name not in known:
                where = ".".join(names[:depth]) or "deze resource"
                choices = ", ".join(sorted(known)) or "geen"
                raise _invalid(
                    f"`{path}`: `{name}` is niet te expanderen bij {where} (mogelijk: {choices}).",
                    "invalid-expand-field",
                )
            level = known[name].viewset
            node = node.setdefault(name, {})
    return tree


class _Target:
    """What expanding into a viewset's resource needs of that viewset's declarations:
    its queryset authorised for the client (the same `for_client` as a direct read of
    it, `zgw.authorisation`), and its serializer."""

    def __init__(self, viewset, request):
        self.viewset = viewset
        self.request = request
        client = request.auth.client if request.auth else None
        scope = viewset.read_scope()
        self.allowed = client is not None and scope is not None and client.has_scope(viewset.component, scope)
        self.queryset = for_client(viewset.queryset.all(), client, scope) if self.allowed else None

    def readable(self, pks: set) -> list[models.Model]:
        """The objects among `pks` this client may read, in the target's list order."""
        if not pks or not self.allowed:
            return []
        return list(self.queryset.filter(pk__in=pks))

    def serialize(self, objects: list[models.Model]) -> list[dict]:
        return self.viewset.serializer_class(objects, many=True, context={"request": self.request}).data


def _shown_instead(expansion, into: _Target, request, targets: list[models.Model]) -> tuple[list, dict]:
    """The objects the resource shows for the linked `targets` (`Expand.shown`), in the
    targets' order, and per linked primary key the one shown. A shown object the client
    may not read is left out, as a hidden linked one is."""
    wanted = {target.pk: uuid_from_url(expansion.shown(request, target)) for target in targets}
    by_uuid = {str(target.uuid): target for target in targets}
    missing = {value for value in wanted.values() if value and value not in by_uuid}
    if missing:
        by_uuid.update((str(obj.uuid), obj) for obj in into.queryset.filter(uuid__in=missing))
    shown = {pk: by_uuid[value].pk for pk, value in wanted.items() if value in by_uuid}
    objects = {by_uuid[value].pk: by_uuid[value] for value in wanted.values() if value in by_uuid}
    return list(objects.values()), shown


def _expand_level(request, viewset, objects: list[models.Model], tree: Tree) -> dict[object, dict]:
    """The `_expand` object of each of `objects` (by primary key) for the names in `tree`."""
    result: dict[object, dict] = {obj.pk: {} for obj in objects}
    if not objects:
        return result
    for name, subtree in tree.items():
        expansion = expansions(viewset)[name]
        links = expansion.links(objects)
        target = _Target(expansion.viewset, request)
        targets = target.readable({pk for pks in links.values() for pk in pks if pk is not None})
        shown = {obj.pk: obj.pk for obj in targets}
        if expansion.shown:
            targets, shown = _shown_instead(expansion, target, request, targets)
        data = {obj.pk: item for obj, item in zip(targets, target.serialize(targets), strict=True)}
        if subtree:
            nested = _expand_level(request, expansion.viewset, targets, subtree)
            for pk, item in data.items():
                item[EXPAND_KEY] = nested[pk]
        position = {obj.pk: index for index, obj in enumerate(targets)}
        for obj in objects:
            linked = links[obj.pk]
            if expansion.many:
                visible = sorted({shown[pk] for pk in linked if pk in shown}, key=position.__getitem__)
                result[obj.pk][name] = [data[pk] for pk in visible]
            elif not linked or linked[0] is None:
                result[obj.pk][name] = {}
            elif linked[0] in shown:
                result[obj.pk][name] = data[shown[linked[0]]]
    return result


def expand(request, viewset, instances, data, tree: Tree) -> None:
    """Add `_expand` to the serialized `data` of `instances` (one object or a list)."""
    if not tree:
        return
    if isinstance(data, dict):
        instances, data = [instances], [data]
    instances = list(instances)
    expanded = _expand_level(request, viewset, instances, tree)
    for instance, item in zip(instances, data, strict=True):
        item[EXPAND_KEY] = expanded[instance.pk]


class ExpandingSerializer:
    """A response serializer whose `data` carries the requested `_expand`."""

    def __init__(self, serializer, view, tree: Tree):
        self.serializer = serializer
        self.view = view
        self.tree = tree

    @cached_property
    def data(self):
        data = self.serializer.data
        expand(self.view.request, type(self.view), self.serializer.instance, data, self.tree)
        return data


# --- the schema ------------------------------------------------------------------------


def _component(name: str, schema: dict, identity) -> ResolvedComponent:
    return ResolvedComponent(name=name, type=ResolvedComponent.SCHEMA, schema=schema, object=identity)


def register_expanded(auto_schema, viewset, serializer) -> dict:
    """The `<Resource>Expanded` schema (the resource plus `_expand`, as the contracts
    spell it) of what `viewset` serves, with every schema it refers to; returns its $ref."""
    base = auto_schema.resolve_serializer(serializer, "response")
    if not viewset.expand_fields:
        return base.ref
    identity = type(base.object) if not isinstance(base.object, type) else base.object
    expanded = _component(f"{base.name}Expanded", {}, identity)
    if expanded in auto_schema.registry:
        return expanded.ref
    embedded = _component(f"{base.name}Embedded", {"type": "object", "properties": {}}, identity)
    expanded.schema = {"allOf": [base.ref, {"properties": {EXPAND_KEY: embedded.ref}}]}
    auto_schema.registry.register(expanded)
    auto_schema.registry.register(embedded)
    empty = _component("EmptyObject", EMPTY_OBJECT_SCHEMA, "EmptyObject")
    auto_schema.registry.register_on_missing(empty)
    for name, expansion in expansions(viewset).items():
        target = register_expanded(auto_schema, expansion.viewset, expansion.viewset.serializer_class)
        embedded.schema["properties"][name] = (
            build_array_type(target) if expansion.many else {"oneOf": [target, empty.ref]}
        )
    return expanded.ref


def response_for_code(auto_schema, build_response, serializer, status_code, media_types=None):
    """The 200 response of a GET that expands: the contract's `<Resource>Expanded`, in a
    paginated list for list endpoints (and a `_zoek`, which declares `Serializer(many=True)`).
    `build_response` is AutoSchema's own builder."""
    single = getattr(serializer, "child", serializer)
    expanded = register_expanded(auto_schema, type(auto_schema.view), single)
    paginator = auto_schema._get_paginator()
    is_list = auto_schema._is_list_view(serializer)
    if is_list and paginator:
        # registered under the name AutoSchema gives the page, before it makes its own
        name = auto_schema.get_paginated_name(auto_schema._get_serializer_name(single, "response"))
        page = paginator.get_paginated_response_schema(build_array_type(expanded))
        identity = auto_schema.get_serializer_identity(single, "response")
        auto_schema.registry.register_on_missing(_component(name, page, identity))
    response = build_response(serializer, status_code, media_types)
    if not (is_list and paginator):
        for content in response.get("content", {}).values():
            schema = content["schema"]
            if is_list:
                schema["items"] = expanded
            else:
                content["schema"] = expanded
    return response


def applies(auto_schema, method: str) -> bool:
    """Whether this operation takes `expand` and answers `<Resource>Expanded`: the list
    and detail GETs, and a `_zoek` search (which also carries it in its body)."""
    view = auto_schema.view
    if not getattr(view, "expand_fields", None):
        return False
    return (method == "GET" and view.action in ("list", "retrieve")) or (method == "POST" and view.action == "_zoek")
