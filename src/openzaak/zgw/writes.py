"""Recording a write the way the API shows it: its notification and its audit trail
entry, in the write's own transaction (ARCHITECTURE rules 3 and 7).

A service records each write it makes, whoever called it (the API, the admin, an
import, a task), so every entry point behaves alike:

    zaak = Zaak.objects.create(**data)
    writes.created(context, zaak)

    before = writes.before(context, zaak)          # the old state, if anything records it
    ...change and save zaak...
    writes.updated(context, zaak, before)

    before = writes.before(context, status)
    status.delete()
    writes.destroyed(context, before)

What is recorded follows the declarations of the viewset that serves the model (one
place for each): `notifications_kanaal`, `audit`, `hoofd_object` (the path to the
hoofdobject, e.g. "zaak" for a status) and `serializer_class` (the representation the
audit trail keeps as `oud`/`nieuw`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

from . import audit
from .context import WriteContext
from .notifications import publish
from .references import build_url, follow, viewset_for


@dataclass(frozen=True)
class Before:
    """What a changed or deleted object was: its URL and hoofdobject, and its old
    representation where the audit trail keeps one."""

    instance: models.Model
    url: str
    hoofd_object: models.Model
    hoofd_object_url: str
    hoofd_object_uuid: object
    representation: dict | None


def representation(context: WriteContext, instance: models.Model) -> dict:
    """`instance` as its API shows it, as plain JSON data."""
    serializer = viewset_for(type(instance)).serializer_class(instance, context={"request": context})
    return json.loads(json.dumps(serializer.data, cls=DjangoJSONEncoder))


def before(context: WriteContext, instance: models.Model) -> Before:
    viewset = viewset_for(type(instance))
    hoofd_object = follow(instance, viewset.hoofd_object)
    return Before(
        instance=instance,
        url=build_url(context, instance),
        hoofd_object=hoofd_object,
        hoofd_object_url=build_url(context, hoofd_object),
        hoofd_object_uuid=hoofd_object.uuid,
        representation=representation(context, instance) if viewset.audit else None,
    )


def created(context: WriteContext, instance: models.Model, *, actie: str = "create") -> None:
    _record(context, actie, instance, before(context, instance), old=None, resultaat=201 if actie == "create" else 200)


def updated(context: WriteContext, instance: models.Model, old: Before, *, actie: str = "update") -> None:
    _record(context, actie, instance, before(context, instance), old=old.representation, resultaat=200)


def destroyed(context: WriteContext, old: Before, *, actie: str = "destroy") -> None:
    _record(context, actie, old.instance, old, old=old.representation, resultaat=204, deleted=True)


def _record(context, actie, instance, now: Before, *, old, resultaat, deleted=False) -> None:
    viewset = viewset_for(type(instance))
    resource = instance._meta.model_name
    if viewset.notifications_kanaal is not None:
        publish(
            context=context,
            kanaal=viewset.notifications_kanaal,
            actie=actie,
            resource=resource,
            resource_url=now.url,
            hoofd_object=now.hoofd_object,
            hoofd_object_url=now.hoofd_object_url,
        )
    if viewset.audit:
        audit.record(
            context,
            bron=viewset.component.code,
            actie=actie,
            resultaat=resultaat,
            hoofd_object_url=now.hoofd_object_url,
            hoofd_object_uuid=now.hoofd_object_uuid,
            resource=resource,
            resource_url=now.url,
            resource_weergave=str(instance),
            oud=old,
            nieuw=None if deleted else now.representation,
        )
