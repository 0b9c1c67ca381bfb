"""DRF serializers with the fixed costs of reading cut, for every ZGW resource:

    class ZaakSerializer(zgw.serializers.ModelSerializer): ...

1. Fields are built once per class. DRF deep-copies every declared field (running its
   `__init__` again) and re-inspects the model for every serializer instance, that is
   for every request. Here `get_fields()` runs once per class and keeps the result
   unbound as a template; each serializer instance gets copies bound to itself (nested
   fields and serializers copied the same way, and the lists, dicts and sets a field
   holds copied with it). So no field object, nor anything a field keeps while
   serializing, is shared between requests or threads; what the copies do share
   (validators, choices' labels, help texts) is never changed after `__init__`. (So a
   serializer whose fields depend on the request, not on its class, cannot use these.)
2. A per-row fast path for reads. `to_representation` walks a plan made once per
   serializer instance: a field that reads a model column takes it from the instance's
   `__dict__` (from the dict, for a row of `prefetch.json_arrays`) and skips its
   `to_representation` where DRF's would give the value back unchanged (a str for a
   CharField, a bool for a BooleanField, …), or shows dates and aware date-times in ISO
   8601 without DRF's per-value lookups (the current time zone once per serializer);
   every other field goes through its own `get_attribute` and `to_representation`. Same
   keys, order and values as DRF, without its per-row generator, `Mapping` checks and
   callable inspection.
3. Page-aware fields. Before the rows of a page (or the one object of a detail) are
   shown, every field that has `prepare(parents)` is called once with the objects whose
   attribute it will show, so it can load what the whole page needs in one query (e.g.
   the versions a Catalogi relation shows). Nested serializers pass it on to their own
   fields. A field must still answer for an object it was not prepared for.

`ListSerializer` is what `many=True` gives; related objects come from `zgw.prefetch`.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models.manager import BaseManager
from rest_framework import relations, serializers
from rest_framework.fields import Field, SkipField
from rest_framework.serializers import LIST_SERIALIZER_KWARGS, LIST_SERIALIZER_KWARGS_REMOVE
from rest_framework.settings import ISO_8601, api_settings

from . import prefetch

_CONTAINERS = (list, dict, set)


def _fresh(field: Field) -> Field:
    """A copy of a template field, sharing nothing it binds, caches or keeps in a list,
    dict or set of its own (as a field that counts or collects per request would). A
    field's inner field, bound by its `__init__`, is copied likewise and given the copy
    as parent."""
    new = object.__new__(type(field))  # copy.copy, without its generic machinery
    new.__dict__.update(
        {name: value.copy() if type(value) in _CONTAINERS else value for name, value in field.__dict__.items()}
    )
    if isinstance(field, serializers.BaseSerializer):
        new.__dict__.pop("fields", None)
    # ListSerializer, ListField/DictField, ManyRelatedField
    for name in ("child", "child_relation"):
        inner = field.__dict__.get(name)
        if isinstance(inner, Field):
            inner = _fresh(inner)
            inner.parent = new
            setattr(new, name, inner)
    return new


_MISSING = object()

# DRF fields whose `to_representation` gives back a value of this type unchanged
# (`str(value)` of a str, `int(value)` of an int, …): the fast path skips the call for it.
_UNCHANGED = {
    serializers.CharField.to_representation: str,
    serializers.BooleanField.to_representation: bool,
    serializers.IntegerField.to_representation: int,
}


def _column(model: type[models.Model] | type[dict], field: Field) -> str | None:
    """The attribute name of the model column (or the key of the dict) a plain field
    reads, if it reads one."""
    if type(field).get_attribute is not Field.get_attribute or len(field.source_attrs) != 1:
        return None
    if model is dict:
        return field.source_attrs[0]
    try:
        column = model._meta.get_field(field.source_attrs[0])
    except FieldDoesNotExist:
        return None
    if column.concrete and not column.is_relation and column.attname == field.source_attrs[0]:
        return column.attname
    return None


def _unchanged(field: Field) -> type | None:
    """The type of value `field.to_representation` gives back unchanged, if any."""
    represent = type(field).to_representation
    if represent is serializers.ChoiceField.to_representation:
        # the choice of a stored str is that str (its key), or the str itself if unknown
        return str if all(isinstance(key, str) for key in field.choices) else None
    return _UNCHANGED.get(represent)


def _represent(field: Field):
    """`field.to_representation`, or a cheaper equivalent."""
    represent = field.to_representation
    if type(field).to_representation is serializers.DateField.to_representation:
        if getattr(field, "format", api_settings.DATE_FORMAT) == ISO_8601:

            def iso_date(value):
                return value.isoformat() if type(value) is datetime.date else represent(value)

            return iso_date
    if _plain_datetime(field):
        # DRF looks the current time zone up for every value; a plan is made and used
        # within one request, so here once per serializer
        zone = field.timezone if hasattr(field, "timezone") else field.default_timezone()
        if zone is not None:

            def iso_datetime(value):
                if type(value) is datetime.datetime and value.utcoffset() is not None:
                    try:
                        text = value.astimezone(zone).isoformat()
                    except OverflowError:
                        return represent(value)  # DRF's error
                    return f"{text[:-6]}Z" if text.endswith("+00:00") else text
                return represent(value)

            return iso_datetime
    return represent


def _plain_datetime(field: Field) -> bool:
    """A DRF DateTimeField shown in ISO 8601 as DRF shows it."""
    kind = type(field)
    if kind.to_representation is not serializers.DateTimeField.to_representation:
        return False
    if kind.enforce_timezone is not serializers.DateTimeField.enforce_timezone:
        return False
    output = getattr(field, "format", api_settings.DATETIME_FORMAT)
    return isinstance(output, str) and output.lower() == ISO_8601


def _itself(instance):
    return instance


def _pk_only(field: Field):
    """DRF's reading of a related field that may give a `PKOnlyObject` (its value is None
    when the pk is)."""

    def get(instance):
        value = field.get_attribute(instance)
        if isinstance(value, relations.PKOnlyObject) and value.pk is None:
            return None
        return value

    return get


# What `Serializer` and `ModelSerializer` below add to DRF's (see the module doc). No
# docstring: drf-spectacular would show it as every resource's description.
class ZGWSerializerMixin:
    @classmethod
    def many_init(cls, *args, **kwargs):
        """DRF's `many_init`, with this module's `ListSerializer` as the default."""
        list_kwargs = {}
        for key in LIST_SERIALIZER_KWARGS_REMOVE:
            value = kwargs.pop(key, None)
            if value is not None:
                list_kwargs[key] = value
        list_kwargs["child"] = cls(*args, **kwargs)
        list_kwargs.update({key: value for key, value in kwargs.items() if key in LIST_SERIALIZER_KWARGS})
        list_class = getattr(getattr(cls, "Meta", None), "list_serializer_class", ListSerializer)
        return list_class(*args, **list_kwargs)

    def get_fields(self):
        template = type(self).__dict__.get("_zgw_fields")
        if template is None:
            template = super().get_fields()  # once per class; two threads at once build equal templates
            type(self)._zgw_fields = template
        return {name: _fresh(field) for name, field in template.items()}

    # --- reading ------------------------------------------------------------------------
    def _plan(self, model) -> list:
        """Per readable field: its name, the model column it reads from the instance's
        `__dict__` (or the dict's key; or None), how to get its value otherwise, the type
        of value it shows unchanged (or None) and how it shows other values."""
        plan = self.__dict__.get("_zgw_plan")
        if plan is None or plan[0] is not model:
            steps = []
            for field in self._readable_fields:
                name, get = field.field_name, field.get_attribute
                if field.source == "*" and type(field).get_attribute is Field.get_attribute:
                    get = _itself  # DRF's reading of the source "*"
                if isinstance(field, relations.RelatedField | relations.ManyRelatedField):
                    steps.append((name, None, _pk_only(field), None, field.to_representation))
                else:
                    steps.append((name, _column(model, field), get, _unchanged(field), _represent(field)))
            plan = self._zgw_plan = (model, steps)
        return plan[1]

    def to_representation(self, instance):
        if isinstance(instance, models.Model):
            if self.parent is None:
                self.prepare_page([instance])
            kind, loaded = type(instance), instance.__dict__
        elif type(instance) is dict and self.parent is not None:  # a row of prefetch.json_arrays
            kind, loaded = dict, instance
        else:
            return super().to_representation(instance)  # validated data
        ret = {}
        for name, column, get, unchanged, represent in self._plan(kind):
            if column is not None:
                value = loaded.get(column, _MISSING)
                if value is _MISSING:  # a deferred column
                    value = get(instance)
            else:
                try:
                    value = get(instance)
                except SkipField:
                    continue
            if value is None or type(value) is unchanged:
                ret[name] = value
            else:
                ret[name] = represent(value)
        return ret

    def prepare_page(self, objects: list) -> None:
        """Called with the objects this serializer is about to show (see module doc, 3):
        model instances, or dicts (`prefetch.json_arrays`)."""
        if not objects:
            return
        for field in self._readable_fields:
            prepare = getattr(field, "prepare", None)
            if prepare is not None:
                prepare(objects)

    def prepare(self, parents: list) -> None:
        """As a nested field: prepare the objects it will show for `parents`."""
        if self.source == "*":
            self.prepare_page(parents)
        else:
            self.prepare_page([value for value in (self.get_attribute(parent) for parent in parents) if value])


class Serializer(ZGWSerializerMixin, serializers.Serializer):
    pass


class ModelSerializer(ZGWSerializerMixin, serializers.ModelSerializer):
    pass


class ListSerializer(serializers.ListSerializer):
    """`many=True` of the serializers above: a page is prepared before its rows are
    shown, and a nested list reads its relation with `prefetch.related`."""

    def get_attribute(self, instance):
        if len(self.source_attrs) == 1 and isinstance(instance, models.Model):
            return prefetch.related(instance, self.source_attrs[0])
        return super().get_attribute(instance)

    def to_representation(self, data):
        objects = data.all() if isinstance(data, BaseManager) else data
        if self.parent is None:
            objects = list(objects)
            prepare_page = getattr(self.child, "prepare_page", None)
            if prepare_page is not None:
                prepare_page([obj for obj in objects if isinstance(obj, models.Model)])
        represent = self.child.to_representation
        return [represent(item) for item in objects]

    def prepare(self, parents: list) -> None:
        """The nested objects of the parents whose relation the page loaded (the others
        are read, and shown unprepared, row by row)."""
        prepare_page = getattr(self.child, "prepare_page", None)
        if prepare_page is None or len(self.source_attrs) != 1:
            return
        name = self.source_attrs[0]
        prepare_page([obj for parent in parents for obj in prefetch.loaded(parent, name) or ()])
