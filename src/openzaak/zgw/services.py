"""The plain writes: create, update and delete one object from validated data, with the
write recorded (`zgw.writes`). A resource without rules of its own uses these; one
with rules has its own services in `components/<x>/services.py`, which build on them.

    zaakobject = create_object(context=context, model=ZaakObject, data=validated_data)
    update_object(context=context, instance=zaakobject, data=validated_data, partial=True)
    destroy_object(context=context, instance=zaakobject)

Many-to-many values (a list of objects) are set after the object is saved; anything
else in `data` must be a field of the model. A service with more to write (a nested
list, say) passes `after_save(instance)`, which runs before the write is recorded, so
the audit trail shows the whole result.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import models, transaction
from django.db.models.deletion import ProtectedError
from rest_framework import serializers

from . import prefetch, writes
from .context import WriteContext


def _split_many(model: type[models.Model], data: dict) -> tuple[dict, dict]:
    many_names = {field.name for field in model._meta.many_to_many}
    plain = {name: value for name, value in data.items() if name not in many_names}
    many = {name: value for name, value in data.items() if name in many_names}
    return plain, many


AfterSave = Callable[[models.Model], None] | None


@transaction.atomic
def create_object(*, context: WriteContext, model: type[models.Model], data: dict, after_save: AfterSave = None):
    plain, many = _split_many(model, data)
    instance = model.objects.create(**plain)
    for name, values in many.items():
        getattr(instance, name).set(values)
    if after_save is not None:
        after_save(instance)
    writes.created(context, instance)
    return instance


@transaction.atomic
def update_object(
    *, context: WriteContext, instance: models.Model, data: dict, partial: bool = False, after_save: AfterSave = None
):
    before = writes.before(context, instance)
    plain, many = _split_many(type(instance), data)
    for name, value in plain.items():
        setattr(instance, name, value)
    instance.save()
    for name, values in many.items():
        getattr(instance, name).set(values)
    if after_save is not None:
        after_save(instance)
    forget_prefetched(instance)
    writes.updated(context, instance, before, actie="partial_update" if partial else "update")
    return instance


@transaction.atomic
def destroy_object(*, context: WriteContext, instance: models.Model) -> None:
    """Delete `instance`; one that other objects still refer to (a protected foreign key:
    a type in use by zaken, documents or besluiten) is a 400 `protected`, not a 500."""
    before = writes.before(context, instance)
    try:
        with transaction.atomic():
            instance.delete()
    except ProtectedError as exc:
        in_use = sorted({obj._meta.verbose_name_plural for obj in exc.protected_objects})
        raise serializers.ValidationError(
            {
                "nonFieldErrors": serializers.ErrorDetail(
                    f"Dit object is in gebruik ({', '.join(in_use)}) en kan niet verwijderd worden.", code="protected"
                )
            }
        ) from None
    writes.destroyed(context, before)


def forget_prefetched(instance: models.Model) -> None:
    """Drop relations loaded before a write (prefetched, or on the page query:
    `zgw.prefetch`), so the response shows what was written."""
    prefetch.forget(instance)
