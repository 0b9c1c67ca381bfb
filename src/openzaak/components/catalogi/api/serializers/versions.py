"""Which version a relation between versioned types shows (Catalogi API 1.3.x, "De url's
die moeten worden teruggegeven van besluittypen, zaaktypen en informatieobjecttypen in
GET-responses").

Zaaktypen, besluittypen and informatieobjecttypen refer to each other by their
version-independent key (identificatie, omschrijving). A response shows, for each
related type, the URL of its version in the same catalogus that is published and valid
on the peildatum: the `datumGeldigheid` query parameter when given, else today. A
relation with no such version (a concept still being drafted, say) shows the version it
was made with.

Only the keys a response shows are looked up. For today (no `datumGeldigheid`) a page
query resolves them itself: `version_arrays`/`version_json` give, with each related
version, the version of its key valid on the database's date, and `ReferringTypesField`
asks the same of its links. For another peildatum, fields that show versioned relations
name the keys of the whole page first (`want`, from their `prepare`, see
`openzaak.zgw.serializers`), and the first URL asked for loads the valid versions of all
of them in one query per kind of type. So a page costs the same whatever its size, and
whatever the size of the catalogue.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Expression, F, Func, OuterRef, Q, Subquery, Value
from django.db.models.functions import Cast
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from openzaak.zgw.prefetch import loaded, loaded_rows, related_rows, row_arrays
from openzaak.zgw.references import build_url, url_builder

from ...models import BesluitType, InformatieObjectType, ZaakType

KEYS = {ZaakType: "identificatie", InformatieObjectType: "omschrijving", BesluitType: "omschrijving"}


def version_columns(model, path: str = "") -> tuple[str, ...]:
    """The columns a relation to the versioned `model` (at `path` from the related rows,
    e.g. "informatieobjecttype__") needs for `VersionResolver`: uuid, catalogus and key."""
    return tuple(f"{path}{column}" for column in ("uuid", "catalogus", KEYS[model]))


class _Today(Expression):
    """The peildatum of a request without `datumGeldigheid` (today where this installation
    is, as `timezone.localdate()`), as the database sees it: at the start of the request's
    transaction. In SQL, so a query that holds it can be compiled once."""

    output_field = models.DateField()

    def as_sql(self, compiler, connection):
        zone = settings.TIME_ZONE.replace("'", "''")
        return f"(NOW() AT TIME ZONE '{zone}')::date", []


def _valid_version(model, path: str):
    """For a row that refers to a version of `model` at `path`: the uuid of the version
    of its key valid today (None if there is none), as `VersionResolver` would find it."""

    def expression(prefix: str):
        today, key = _Today(), KEYS[model]
        return Subquery(
            model.objects.filter(
                Q(einde_geldigheid__isnull=True) | Q(einde_geldigheid__gte=today),
                catalogus=OuterRef(f"{prefix}{path}catalogus"),
                concept=False,
                begin_geldigheid__lte=today,
                **{key: OuterRef(f"{prefix}{path}{key}")},
            )
            .order_by("-begin_geldigheid")
            .values("uuid")[:1]
        )

    return expression


def version_arrays(model, name: str, target, path: str = "") -> dict:
    """For a viewset's queryset: the versions along `model.<name>` (of `target`, at
    `path`) as a row array on the page query (`zgw.prefetch.row_arrays`): per version its
    uuid, catalogus and key, and the version of that key valid today with that date, so
    that a page without `datumGeldigheid` needs no query to resolve them."""
    return row_arrays(
        model, name, *version_columns(target, path), _valid_version(target, path), lambda prefix: _Today()
    )


def version_json(model, path: str = "") -> dict:
    """A related version of `model` (at `path`) in `zgw.prefetch.json_arrays`: its uuid,
    catalogus and key, and the version of that key valid today with that date (see
    `version_arrays`); `VersionedReferenceField` shows it."""
    uuid, catalogus, key = version_columns(model, path)
    return {
        "uuid": uuid,
        "catalogus_id": catalogus,
        KEYS[model]: key,
        "valid": _valid_version(model, path),
        "date": lambda prefix: _Today(),
    }


def want_version(request, version: dict, model) -> None:
    """`want_versions` for one version from `version_json`."""
    resolver = VersionResolver.for_request(request)
    key = version[KEYS[model]]
    if version["date"] == resolver.date.isoformat():
        valid = version["valid"]
        resolver.know(
            model, version["catalogus_id"], key, url_builder(request, model).from_uuid(valid) if valid else None
        )
    else:
        resolver.want_key(model, version["catalogus_id"], key)


def want_versions(request, parents, name: str, target, path: str = "") -> None:
    """Tell the request's resolver about the versions along `name` of `parents` that the
    page loaded (a field's `prepare`): those resolved for its peildatum (`version_arrays`),
    and the keys it still has to look up."""
    resolver = VersionResolver.for_request(request)
    today, make_url = resolver.date.isoformat(), url_builder(request, target)
    for parent in parents:
        rows = loaded_rows(parent, name)
        if rows is None and loaded(parent, name) is not None:  # a plain list or a prefetch
            rows = related_rows(parent, name, *version_columns(target, path))
        for _, catalogus, key, *resolved in rows or ():
            if resolved and resolved[1] == today:
                resolver.know(target, int(catalogus), key, make_url.from_uuid(resolved[0]) if resolved[0] else None)
            else:
                resolver.want_key(target, int(catalogus), key)


def peildatum(request) -> datetime.date:
    value = request.query_params.get("datumGeldigheid") if request is not None else None
    if not value:
        return timezone.localdate()
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise serializers.ValidationError(
            {"datumGeldigheid": serializers.ErrorDetail("Voer een geldige datum in.", code="invalid")}
        ) from None


_UNKNOWN = object()


class VersionResolver:
    """The URLs a request shows for versioned types (one resolver per request)."""

    def __init__(self, request):
        self.request = request
        self.date = peildatum(request)
        self._shown: dict[type, dict[tuple[int, str], str | None]] = {}  # loaded keys -> valid version's URL
        self._wanted: dict[type, set[tuple[int, str]]] = {}

    @classmethod
    def for_request(cls, request) -> VersionResolver:
        resolver = getattr(request, "_catalogi_versions", None)
        if resolver is None:
            resolver = cls(request)
            if request is not None:
                request._catalogi_versions = resolver
        return resolver

    def want(self, objects) -> None:
        """Name versioned types whose URLs will be asked for, so that one query serves them."""
        for obj in objects:
            model = type(obj)
            if model in KEYS:
                self.want_key(model, obj.catalogus_id, getattr(obj, KEYS[model]))

    def want_key(self, model, catalogus_id: int, key: str) -> None:
        if (catalogus_id, key) not in self._shown.get(model, ()):
            self._wanted.setdefault(model, set()).add((catalogus_id, key))

    def know(self, model, catalogus_id: int, key: str, url: str | None) -> None:
        """Record the URL of the valid version of a key (None: it has none)."""
        self._shown.setdefault(model, {}).setdefault((catalogus_id, key), url)

    def url(self, obj) -> str:
        model = type(obj)
        if model not in KEYS:
            return build_url(self.request, obj)
        return self._valid_url(model, obj.catalogus_id, getattr(obj, KEYS[model])) or url_builder(self.request, model)(
            obj
        )

    def urls(self, model, rows) -> list[str]:
        """`url_for` of each row (uuid, catalogus id, key, …; as texts, as `version_arrays`
        and `related_rows` give them)."""
        shown, prefix, urls = self._shown.get(model, {}), url_builder(self.request, model).prefix, []
        for uuid, catalogus_id, key, *_ in rows:
            url = shown.get((int(catalogus_id), key), _UNKNOWN)
            if url is _UNKNOWN:
                url = self._valid_url(model, int(catalogus_id), key)
                shown = self._shown[model]
            urls.append(url or f"{prefix}{uuid}")
        return urls

    def url_for(self, model, catalogus_id: int, key: str, uuid) -> str:
        """`url()` for a version known by its catalogus, key and uuid only."""
        return self._valid_url(model, catalogus_id, key) or url_builder(self.request, model).from_uuid(uuid)

    def _valid_url(self, model, catalogus_id: int, key: str) -> str | None:
        shown = self._shown.get(model)
        if shown is None or (catalogus_id, key) not in shown:
            self.want_key(model, catalogus_id, key)
            shown = self._load(model)
        return shown[(catalogus_id, key)]

    def _load(self, model) -> dict[tuple[int, str], str | None]:
        """The valid versions of every wanted key of `model`, in one query."""
        keys = self._wanted.pop(model, set())
        make_url = url_builder(self.request, model)
        rows = (
            model.objects.filter(
                _AnyOf("catalogus_id", {catalogus_id for catalogus_id, _ in keys}, models.BigIntegerField()),
                _AnyOf(KEYS[model], {key for _, key in keys}, models.CharField()),
                concept=False,
            )
            .geldig_op(self.date)
            .order_by("begin_geldigheid")
            .values_list("catalogus_id", KEYS[model], "uuid")
        )
        # ordered by begin, so where versions would overlap the latest wins
        valid = {(catalogus_id, key): make_url.from_uuid(uuid) for catalogus_id, key, uuid in rows}
        shown = self._shown.setdefault(model, {})
        shown.update((wanted, valid.get(wanted)) for wanted in keys)
        return shown


class _AnyOf(Func):
    """`column = ANY(%s)`: a filter on many values, passed as one array parameter (an
    `__in` lookup prepares and quotes each value, which costs more than the query)."""

    arg_joiner = " = ANY("
    template = "(%(expressions)s))"
    output_field = models.BooleanField()

    def __init__(self, column: str, values, base_field: models.Field):
        super().__init__(F(column), Value(list(values), output_field=ArrayField(base_field)))


class ReferringTypesField(serializers.Field):
    """The versioned types that refer to this one *by key* (1.3.x historiemodel): e.g.
    a besluittype's `zaaktypen` are the zaaktypen related to any version of it (same
    catalogus, same omschrijving), each shown as its version valid on the peildatum
    (`value="url"`) or by its key (`value="key"`).

    `link` is the model that holds the relation, `target` its field naming this type and
    `referrer` its field naming the referring type. The links of a whole page are loaded
    in one query when it is prepared, shared by the serializer's fields on the same link."""

    def __init__(self, *, link, target: str, referrer: str, value: str = "url", **kwargs):
        kwargs.update(read_only=True, source="*")
        self.link, self.target, self.referrer, self.value = link, target, referrer, value
        super().__init__(**kwargs)

    def prepare(self, parents) -> None:
        self._links(parents)

    def to_representation(self, obj):
        rows = self._links([obj])[(obj.catalogus_id, getattr(obj, KEYS[type(obj)]))]
        if self.value == "key":
            return list(dict.fromkeys(key for _, key, _ in rows))
        resolver = VersionResolver.for_request(self.context.get("request"))
        model = self._referrer_model
        return list(dict.fromkeys(resolver.url_for(model, catalogus_id, key, uuid) for catalogus_id, key, uuid in rows))

    @property
    def _referrer_model(self):
        return self.link._meta.get_field(self.referrer).related_model

    def _links(self, objects) -> dict:
        """Per (catalogus, key) of `objects`, the referring versions: (catalogus, key, uuid)."""
        links = self.context.setdefault("_catalogi_links", {}).setdefault((self.link, self.target, self.referrer), {})
        missing = [obj for obj in objects if (obj.catalogus_id, getattr(obj, KEYS[type(obj)])) not in links]
        if missing:
            loaded = self._load(missing)
            request = self.context.get("request")
            resolver, model = VersionResolver.for_request(request), self._referrer_model
            today, prefix = resolver.date.isoformat(), url_builder(request, model).prefix
            for obj in missing:
                found = loaded.get((obj.catalogus_id, getattr(obj, KEYS[type(obj)])), [])
                links[(obj.catalogus_id, getattr(obj, KEYS[type(obj)]))] = [row[:3] for row in found]
                for catalogus_id, key, _, valid, date in found:
                    if date == today:  # resolved by the query, see _load
                        resolver.know(model, catalogus_id, key, valid and f"{prefix}{valid}")
                    else:
                        resolver.want_key(model, catalogus_id, key)
        return links

    def _load(self, objects) -> dict:
        if not objects:
            return {}
        key = KEYS[type(objects[0])]
        referrer_key = KEYS[self._referrer_model]
        rows = (
            self.link.objects.filter(
                **{
                    f"{self.target}__catalogus_id__in": {obj.catalogus_id for obj in objects},
                    f"{self.target}__{key}__in": {getattr(obj, key) for obj in objects},
                }
            )
            .order_by(f"{self.referrer}__{referrer_key}", f"{self.referrer}__begin_geldigheid")
            .values_list(
                f"{self.target}__catalogus_id",
                f"{self.target}__{key}",
                f"{self.referrer}__catalogus_id",
                f"{self.referrer}__{referrer_key}",
                Cast(f"{self.referrer}__uuid", output_field=models.TextField()),
                # the referrer's version valid today, and that date (as version_arrays)
                Cast(_valid_version(self._referrer_model, f"{self.referrer}__")(""), output_field=models.TextField()),
                Cast(_Today(), output_field=models.TextField()),
            )
        )
        links: dict = {}
        for catalogus_id, target_key, *referrer in rows:
            links.setdefault((catalogus_id, target_key), []).append(tuple(referrer))
        return links


@extend_schema_field({"type": "array", "items": {"type": "string", "format": "uri"}, "readOnly": True})
class ReferringTypeUrlsField(ReferringTypesField):
    """The referring types' URLs."""


@extend_schema_field({"type": "array", "items": {"type": "string"}, "readOnly": True})
class ReferringTypeKeysField(ReferringTypesField):
    """The referring types' keys (identificatie/omschrijving)."""

    def __init__(self, **kwargs):
        super().__init__(value="key", **kwargs)
