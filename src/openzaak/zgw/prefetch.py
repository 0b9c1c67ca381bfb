"""Related data for list pages, without Django's per-row prefetch bookkeeping.

`prefetch_related("statustypen")` builds, for every row and relation, a related manager,
a filtered queryset clone and a model instance per related row, even where the response
shows only the related row's URL. On a page of 100 zaaktypen with nine relations that
was 60% of the request. Cheaper shapes, declared on a viewset's queryset:

    ZaakType.objects.annotate(
        **fk_uuids("catalogus"),                                 # catalogus_uuid
        **uuid_arrays(ZaakType, "statustypen", "roltypen"),      # statustypen_uuids, …
        **row_arrays(ZaakType, "besluittypen", "uuid", "omschrijving"),   # besluittypen_rows
        **json_arrays(ZaakType, "zaaktypenrelaties", {"aard_relatie": "aard_relatie", …}),
    ).prefetch_related(plain(ZaakType, "eigenschappen", only=("uuid", "naam")))

- URL-only references: the uuid (as text) of a foreign key's object (`fk_uuids`), or of
  the objects along a to-many relation (`uuid_arrays`), in the page's own SELECT. Both
  are subqueries, not joins: `count()` drops them and counts the page's table alone.
- A few values per related object (a uuid and a key, say): `row_arrays`, per object a
  list of texts, also in the page's SELECT.
- Nested objects a nested serializer shows: `json_arrays`, per object a dict with JSON
  types, shown by `zgw.serializers.ListSerializer` without model instances.
- Model instances, where the response needs them: `plain`, a `Prefetch(to_attr=…)` into
  a plain list with only the columns needed (one query, no managers per row).

The arrays cost no query of their own; their SQL is compiled once (`_RelationArray`).
Fields read them with `related`, `related_uuids` and `related_rows` (and `value` for an
attribute of an object or a dict), which fall back to the relation itself on an object
that was not loaded this way (a detail after a write, an object built elsewhere): every
path gives the same answer in the same order, the related model's `Meta.ordering`, else
the order the rows were linked in (their primary key, or for a many-to-many that of the
link row). After a write, `forget` drops what a page loaded (`zgw.serializers` does).
"""

from __future__ import annotations

import functools

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Expression, F, Func, Prefetch
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, JSONObject

UUIDS = "{}_uuids"
FK_UUID = "{}_uuid"
ROWS = "{}_rows"
LIST = "{}_list"
JSON = "{}_json"
_ATTRIBUTES: set[str] = set()  # every attribute name the helpers below fill, for `forget`


def ordering(model: type[models.Model]) -> tuple[str, ...]:
    """The order of a model's rows along a relation: its own, else by primary key."""
    return tuple(model._meta.ordering) or ("pk",)


class _Relation:
    """A to-many relation `model.<name>`: a reverse foreign key or a many-to-many (either
    side). Its rows are shown in the related model's `Meta.ordering`, else in the order
    they were linked: by primary key, or for a many-to-many by that of the link row."""

    def __init__(self, model: type[models.Model], name: str):
        field = model._meta.get_field(name)
        self.name, self.related = name, field.related_model
        self.reverse_fk = isinstance(field, models.ManyToOneRel)
        if self.reverse_fk:
            self.back, self.through = field.field.name, None
        elif isinstance(field, models.ManyToManyRel):
            m2m = field.field
            self.back, self.through = m2m.name, m2m.remote_field.through
            self.source, self.target = m2m.m2m_reverse_field_name(), m2m.m2m_field_name()
        else:
            self.back, self.through = field.related_query_name(), field.remote_field.through
            self.source, self.target = field.m2m_field_name(), field.m2m_reverse_field_name()

    @property
    def by_link(self) -> bool:
        return self.through is not None and not self.related._meta.ordering

    def order(self) -> tuple:
        """`order_by` arguments for a query of the related model along this relation (which
        joins the link table under its own name)."""
        if self.by_link:
            link = self.through._meta
            return (RawSQL(f'"{link.db_table}"."{link.pk.column}"', ()),)
        return ordering(self.related)

    def query(self) -> tuple[models.QuerySet, str]:
        """The related rows of the page's row (`_Outer`) in order, and the prefix of paths
        from those rows to the related model."""
        if self.by_link:
            rows = self.through._default_manager.filter(**{self.source: _Outer()}).order_by("pk")
            return rows, f"{self.target}__"
        return self.related._default_manager.filter(**{self.back: _Outer()}).order_by(*self.order()), ""

    def array(self, value, output_field: models.Field, template: str = "ARRAY({})") -> _RelationArray:
        """The array of `value` (an expression, see `_expression`) of the related rows."""
        rows, prefix = self.query()
        return _RelationArray(rows.values(value=_expression(value, prefix)), output_field, template)

    def texts(self, *columns) -> _RelationArray:
        """The array of the related rows' `columns` as text (per row one text, or an
        array of them)."""
        texts = [_Text(column) for column in columns]
        value = texts[0] if len(texts) == 1 else _Texts(*texts)
        return self.array(value, ArrayField(models.TextField() if len(texts) == 1 else ArrayField(models.TextField())))


class _Text:
    """A column as text (a deferred `_expression`)."""

    def __init__(self, column):
        self.column = column

    def __call__(self, prefix: str):
        return Cast(_expression(self.column, prefix), output_field=models.TextField())


class _Texts:
    def __init__(self, *texts):
        self.texts = texts

    def __call__(self, prefix: str):
        return _Array(*(text(prefix) for text in self.texts))


_OUTER = "__zgw_outer_row__"


class _Outer(Expression):
    """Where the related rows' query names the page's row (see `_RelationArray`)."""

    output_field = models.BigIntegerField()

    def as_sql(self, compiler, connection):
        return _OUTER, []


class _RelationArray(Func):
    """`ARRAY(<the related rows' query>)` (or another `template` around it) for the page's
    row (its primary key, or the column `outer`, is this function's argument). Django would
    compile that query again for every page, which for a page with nine relations costs
    more than running them; here it is compiled once per database, with its own table
    aliases (ZGW0, …, so that none hides the page's table), and only the page's row is
    filled in. So its parameters, if any, are fixed: build it from SQL expressions, not
    from Python values that change (a date)."""

    def __init__(self, rows: models.QuerySet, output_field: models.Field, template: str, outer: str = "pk"):
        super().__init__(F(outer), output_field=output_field)
        self.rows, self.around = rows, template
        self.compiled: dict[str, tuple[str, tuple]] = {}  # shared by the copies Django makes

    def as_sql(self, compiler, connection, **extra_context):
        compiled = self.compiled.get(connection.alias)
        if compiled is None:
            query = self.rows.query.clone()
            query.change_aliases({alias: f"ZGW{position}" for position, alias in enumerate(query.alias_map)})
            query.alias_prefix = "ZGW"
            sql, params = query.get_compiler(connection=connection).as_sql()
            compiled = self.compiled[connection.alias] = (self.around.format(sql), tuple(params))
        outer, outer_params = compiler.compile(self.source_expressions[0])
        assert not outer_params, "the page's primary key (or foreign key) is a column"
        return compiled[0].replace(_OUTER, outer), compiled[1]


def _expression(column, prefix: str):
    if isinstance(column, dict):
        return JSONObject(**{key: _expression(value, prefix) for key, value in column.items()})
    return column(prefix) if callable(column) else F(f"{prefix}{column}")


class _Array(Func):
    """`ARRAY[a, b, …]` of text values."""

    template = "ARRAY[%(expressions)s]"
    output_field = ArrayField(models.TextField())


@functools.cache
def _relation(model: type[models.Model], name: str) -> _Relation:
    return _Relation(model, name)


def fk_uuids(*names: str) -> dict[str, Expression]:
    """Annotations `<name>_uuid` for `QuerySet.annotate`: the uuid (as text) of the object
    each foreign key in `names` points to, so that a URL-only reference
    (`references.ReferenceField`) needs no instance of it. A foreign key of the page's
    model is read by a subquery on the related table's primary key, not a join: the
    page's `count()` drops it (a join would stay in the COUNT). A path across models
    (`zaak__zaaktype`) joins."""
    annotations = {
        FK_UUID.format(name): _ForeignUuid(name)
        if "__" not in name
        else Cast(f"{name}__uuid", output_field=models.TextField())
        for name in names
    }
    _ATTRIBUTES.update(annotations)
    return annotations


class _ForeignUuid(Expression):
    """The uuid of the object the foreign key `name` of the page's row points to; becomes
    its `_RelationArray` (compiled once per model and key) when the query is known."""

    output_field = models.TextField()

    def __init__(self, name: str):
        super().__init__()
        self.name = name

    def resolve_expression(self, query=None, allow_joins=True, reuse=None, summarize=False, for_save=False):
        return _foreign_uuid(query.model, self.name).resolve_expression(query, allow_joins, reuse, summarize, for_save)


@functools.cache
def _foreign_uuid(model: type[models.Model], name: str) -> _RelationArray:
    field = model._meta.get_field(name)
    assert field.many_to_one or field.one_to_one, f"fk_uuids: {model.__name__}.{name} is not a foreign key"
    target = field.target_field
    rows = field.related_model._base_manager.filter(**{target.attname: _Outer()}).order_by()
    return _RelationArray(
        rows.values(value=Cast("uuid", output_field=models.TextField())), models.TextField(), "({})", field.attname
    )


def uuid_arrays(model: type[models.Model], *names: str) -> dict[str, _RelationArray]:
    """Annotations `<name>_uuids` for `QuerySet.annotate`: per row, the uuids of its
    related objects along each to-many relation in `names`."""
    annotations = {UUIDS.format(name): _relation(model, name).texts("uuid") for name in names}
    _ATTRIBUTES.update(annotations)
    return annotations


def row_arrays(model: type[models.Model], name: str, *columns) -> dict[str, _RelationArray]:
    """The annotation `<name>_rows` for `QuerySet.annotate`: per row, for each object
    along the to-many relation `name`, its `columns` as a list of texts. A column is a
    path from the related model, or a function that, given the prefix of paths to the
    related model, makes an expression. For relations shown by a few values each (a key
    and a uuid, say)."""
    annotations = {ROWS.format(name): _relation(model, name).texts(*columns)}
    _ATTRIBUTES.update(annotations)
    return annotations


def json_arrays(model: type[models.Model], name: str, fields: dict) -> dict[str, _RelationArray]:
    """The annotation `<name>_json` for `QuerySet.annotate`: per row, the objects along
    the to-many relation `name` as dicts of `fields` (name: a column as in `row_arrays`,
    or a dict of them for a related object), with their JSON types. For nested lists:
    the zgw `ListSerializer` shows these dicts, without model instances."""
    # one JSON array per row: one value to decode, not one per object
    annotations = {JSON.format(name): _relation(model, name).array(fields, models.JSONField(), "TO_JSONB(ARRAY({}))")}
    _ATTRIBUTES.update(annotations)
    return annotations


def plain(
    model: type[models.Model], name: str, queryset: models.QuerySet | None = None, *, only: tuple[str, ...] = ()
) -> Prefetch:
    """A prefetch of `model.<name>` into the plain list `<name>_list`, loading only the
    columns `only` (with `queryset`'s select_related and filters, if given)."""
    relation = _relation(model, name)
    queryset = queryset if queryset is not None else relation.related._default_manager.all()
    if only:
        # a reverse foreign key needs its column to match the rows to the page's
        queryset = queryset.only(*only, *([relation.back] if relation.reverse_fk else []))
    _ATTRIBUTES.add(LIST.format(name))
    return Prefetch(name, queryset=queryset.order_by(*relation.order()), to_attr=LIST.format(name))


def loaded(obj: models.Model, name: str) -> list | None:
    """The objects along `name` if the page loaded them (dicts from `json_arrays`, a
    plain list or a prefetch), without a query; else None."""
    attributes = getattr(obj, "__dict__", {})  # a dict from json_arrays has none
    found = attributes.get(JSON.format(name))
    if found is None:
        found = attributes.get(LIST.format(name))
    if found is None and name in getattr(obj, "_prefetched_objects_cache", ()):
        found = list(getattr(obj, name).all())
    return found


def loaded_one(obj: models.Model, name: str):
    """The object the foreign key `name` of `obj` points to if it was loaded with `obj`
    (select_related), without a query; else None."""
    field = type(obj)._meta.get_field(name)
    return getattr(obj, name) if field.is_cached(obj) else None


def related(obj: models.Model, name: str):
    """The objects along the to-many relation `name` of `obj`: what the page loaded (dicts
    from `json_arrays`, a plain list), else the relation itself, in the order the page
    would have. `value()` reads an attribute of either."""
    found = loaded(obj, name)
    if found is not None:
        return found
    manager = getattr(obj, name)
    if name in getattr(obj, "_prefetched_objects_cache", ()):
        return manager.all()
    return manager.order_by(*_relation(type(obj), name).order())


def related_uuids(obj: models.Model, name: str) -> list[str]:
    """The uuids (as text) of the objects along `name`: the page's uuid array if it has
    one, else from the relation."""
    found = obj.__dict__.get(UUIDS.format(name))
    if found is not None:
        return found
    found = obj.__dict__.get(ROWS.format(name))
    if found is not None:  # row arrays start with the uuid
        return [row[0] for row in found]
    found = loaded(obj, name)
    if found is not None:
        return [str(value(item, "uuid")) for item in found]
    rows = getattr(obj, name).order_by(*_relation(type(obj), name).order())
    return [str(uuid) for uuid in rows.values_list("uuid", flat=True)]


def value(item, attribute: str):
    """An attribute of a related object, or the key of a related dict (`json_arrays`)."""
    return item[attribute] if type(item) is dict else getattr(item, attribute)


def loaded_rows(obj: models.Model, name: str) -> list[list[str]] | None:
    """The page's row array along `name` of `obj` (`row_arrays`), or None."""
    return getattr(obj, "__dict__", {}).get(ROWS.format(name))


def related_rows(obj: models.Model, name: str, *columns: str) -> list[list[str]]:
    """The `columns` (as texts) of the objects along `name`: the page's row array if it
    has one (`row_arrays`, whose columns start with these), else from the relation."""
    found = loaded_rows(obj, name)
    if found is not None:
        return found
    objects = loaded(obj, name)
    if objects is not None:
        return [[str(_column_value(item, column)) for column in columns] for item in objects]
    rows = getattr(obj, name).order_by(*_relation(type(obj), name).order()).values_list(*columns)
    return [[str(value) for value in row] for row in rows]


def _column_value(obj: models.Model, path: str):
    """The value of the column at `path` (`catalogus` is its id, as in `values_list`)."""
    *steps, last = path.split("__")
    for step in steps:
        obj = getattr(obj, step)
    return getattr(obj, obj._meta.get_field(last).attname)


def forget(obj: models.Model) -> None:
    """Drop what the page loaded along `obj`'s relations (after a write changed them),
    so that fields read the relations themselves again."""
    for name in _ATTRIBUTES.intersection(obj.__dict__):
        del obj.__dict__[name]
    getattr(obj, "_prefetched_objects_cache", {}).clear()
