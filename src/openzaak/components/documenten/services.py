"""Every write of the Documenten register (Documenten API 1.7.1), whoever calls it: the
API, the admin, the Zaken and Besluiten registers (the mirrors), commands. Each records
its notification (kanaal `documenten`) and audit trail entry itself (`zgw.writes`), in
the caller's transaction.

Documents and versions: a write of a document puts its new state on the document row
(`versie + 1`, a new `begin_registratie`) and adds the versie row, in one transaction.
Content arrives inline (a file the parser decoded from base64) or in parts: a document
written with `bestandsomvang` and no `inhoud` is locked and gets its `bestandsdelen`;
`eio_unlock` joins them once all are there. See docs/documenten.md for the rules.

The mirrors: `oio_create` / `oio_delete` are what the Zaken and Besluiten registers call
when they relate a document to a zaak or besluit (zaakinformatieobject,
besluitinformatieobject), in the same transaction as their own row.
"""

from __future__ import annotations

import math
import secrets

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from openzaak.zgw import identificatie, writes
from openzaak.zgw import services as plain
from openzaak.zgw.context import WriteContext
from openzaak.zgw.models import AuditTrail

from . import content, rules
from .constants import IDENTIFICATIE_PREFIX, ObjectInformatieObjectType
from .models import BestandsDeel, EnkelvoudigInformatieObject, Gebruiksrechten, ObjectInformatieObject


def new_lock() -> str:
    """A lock id nobody can guess (drc-009)."""
    return secrets.token_hex(16)


# --- documents ---------------------------------------------------------------------


def _take_content(document: EnkelvoudigInformatieObject, data: dict, *, replace: bool) -> list[int] | None:
    """Apply the content of a write to `document` (not saved): inline content is stored,
    a `bestandsomvang` without content starts an upload in parts. Returns the sizes of
    the parts to make, or None when there are none."""
    inhoud = data.pop("inhoud", None) if "inhoud" in data else ...
    bestandsomvang = data.get("bestandsomvang", document.bestandsomvang if not replace else None)
    if inhoud is not ... and inhoud is not None:
        size = content.content_size(inhoud)
        rules.check_inhoud_size(inhoud_size=size, bestandsomvang=data.get("bestandsomvang"))
        document.inhoud = content.store(inhoud)
        document.bestandsomvang = size
        data.pop("bestandsomvang", None)
        return None
    new_upload = (
        inhoud is None
        or ("bestandsomvang" in data and bestandsomvang != document.bestandsomvang)
        or (bestandsomvang and not document.inhoud and replace)
    )
    if not new_upload:
        return None
    document.inhoud = ""
    document.bestandsomvang = bestandsomvang
    data.pop("bestandsomvang", None)
    if not bestandsomvang:
        return None
    chunk = settings.DOCUMENTEN_UPLOAD_CHUNK_SIZE
    count = math.ceil(bestandsomvang / chunk)
    return [min(chunk, bestandsomvang - index * chunk) for index in range(count)]


def _make_parts(document: EnkelvoudigInformatieObject, sizes: list[int]) -> None:
    BestandsDeel.objects.bulk_create(
        BestandsDeel(informatieobject=document, volgnummer=index + 1, omvang=size, lock=document.lock)
        for index, size in enumerate(sizes)
    )


def _drop_parts(document: EnkelvoudigInformatieObject) -> None:
    parts = list(document.bestandsdelen.all())
    content.delete_on_commit(part.inhoud.name for part in parts)
    BestandsDeel.objects.filter(pk__in=[part.pk for part in parts]).delete()


@transaction.atomic
def eio_create(*, context: WriteContext, data: dict) -> EnkelvoudigInformatieObject:
    """A new document (versie 1). drc-007: its vertrouwelijkheidaanduiding defaults to
    its informatieobjecttype's; an empty identificatie is generated."""
    data = dict(data)
    data.setdefault("vertrouwelijkheidaanduiding", "")
    if not data["vertrouwelijkheidaanduiding"]:
        data["vertrouwelijkheidaanduiding"] = data["informatieobjecttype"].vertrouwelijkheidaanduiding
    document = EnkelvoudigInformatieObject(versie=1, begin_registratie=timezone.now())
    parts = _take_content(document, data, replace=True)
    for name, value in data.items():
        setattr(document, name, value)
    if parts:
        document.lock = new_lock()
    if not document.identificatie:
        document.identificatie = identificatie.generate(
            IDENTIFICATIE_PREFIX,
            organisatie=document.bronorganisatie,
            datum=document.creatiedatum or timezone.localdate(),
            taken=lambda value: EnkelvoudigInformatieObject.objects.filter(
                identificatie=value, bronorganisatie=document.bronorganisatie
            ).exists(),
        )
    document.save()
    document.new_versie().save()
    if parts:
        _make_parts(document, parts)
    writes.created(context, document)
    return document


@transaction.atomic
def eio_update(
    *, context: WriteContext, document: EnkelvoudigInformatieObject, data: dict, partial: bool
) -> EnkelvoudigInformatieObject:
    """A new versie of the document (drc-009/drc-010: under its lock)."""
    data = dict(data)
    document = EnkelvoudigInformatieObject.objects.select_for_update().get(pk=document.pk)
    rules.check_lock(document, data.pop("lock", None))
    before = writes.before(context, document)
    old_inhoud = document.inhoud.name
    if not partial and not data.get("vertrouwelijkheidaanduiding"):
        data["vertrouwelijkheidaanduiding"] = data["informatieobjecttype"].vertrouwelijkheidaanduiding
    elif "vertrouwelijkheidaanduiding" in data and not data["vertrouwelijkheidaanduiding"]:
        data.pop("vertrouwelijkheidaanduiding")
    parts = _take_content(document, data, replace=not partial)
    if parts is not None or document.inhoud.name != old_inhoud:
        _drop_parts(document)
    for name, value in data.items():
        setattr(document, name, value)
    document.versie += 1
    document.begin_registratie = timezone.now()
    document.save()
    document.new_versie().save()
    if parts:
        _make_parts(document, parts)
    plain.forget_prefetched(document)
    writes.updated(context, document, before, actie="partial_update" if partial else "update")
    return document


@transaction.atomic
def eio_destroy(*, context: WriteContext, document: EnkelvoudigInformatieObject) -> None:
    """drc-008: only without relations and unlocked; the document goes with its versies,
    gebruiksrechten, verzendingen, parts, content files and audit trail (no soft
    delete). The deletion itself is recorded (notification and one audit entry)."""
    rules.check_destroy(document)
    names = {document.inhoud.name}
    names.update(document.versies.values_list("inhoud", flat=True))
    names.update(document.bestandsdelen.values_list("inhoud", flat=True))
    before = writes.before(context, document)
    AuditTrail.objects.filter(hoofd_object_uuid=document.uuid).delete()
    document.delete()
    writes.destroyed(context, before)
    content.delete_on_commit(names)


@transaction.atomic
def eio_lock(*, context: WriteContext, document: EnkelvoudigInformatieObject) -> str:
    """drc-009: check the document out; answers the lock every write then needs."""
    document = EnkelvoudigInformatieObject.objects.select_for_update().get(pk=document.pk)
    if document.lock:
        raise rules.error("Het document is al gelockt.", "existing-lock")
    before = writes.before(context, document)
    document.lock = new_lock()
    document.save(update_fields=["lock"])
    writes.updated(context, document, before, actie="lock")
    return document.lock


@transaction.atomic
def eio_unlock(
    *, context: WriteContext, document: EnkelvoudigInformatieObject, lock: str | None, forced: bool = False
) -> EnkelvoudigInformatieObject:
    """drc-009: check the document in. An upload in parts ends here: with every part
    there they are joined into the content of the current versie; with none there (or
    forced) the upload is abandoned (`bestandsomvang` null). Some but not all parts is
    `incomplete-upload`."""
    document = EnkelvoudigInformatieObject.objects.select_for_update().get(pk=document.pk)
    rules.check_unlock(document, lock, forced=forced)
    parts = list(document.bestandsdelen.order_by("volgnummer"))
    if not forced:
        rules.check_parts_complete(parts)
    before = writes.before(context, document)
    if parts:
        changes = {"bestandsomvang": None, "inhoud": ""}
        if all(part.voltooid for part in parts):
            size = sum(part.omvang for part in parts)
            changes = {"inhoud": content.join([part.inhoud.name for part in parts], size), "bestandsomvang": size}
        for name, value in changes.items():
            setattr(document, name, value)
        # the upload completes the current versie (the one that announced it)
        document.versies.filter(versie=document.versie).update(**changes)
        _drop_parts(document)
    document.lock = ""
    document.save()
    plain.forget_prefetched(document)
    writes.updated(context, document, before, actie="unlock")
    return document


@transaction.atomic
def bestandsdeel_upload(*, context: WriteContext, part: BestandsDeel, lock: str, inhoud) -> BestandsDeel:
    """One part of an upload, under its document's lock and exactly `omvang` bytes; a
    part sent again replaces the earlier file."""
    part = BestandsDeel.objects.select_for_update().select_related("informatieobject").get(pk=part.pk)
    rules.check_part(part, lock=lock, size=content.content_size(inhoud))
    before = writes.before(context, part)
    if part.inhoud:
        content.delete_on_commit([part.inhoud.name])
    part.inhoud = content.store(inhoud)
    part.save(update_fields=["inhoud"])
    writes.updated(context, part, before)
    return part


# --- gebruiksrechten (drc-006) --------------------------------------------------------


def _set_indicatie(document: EnkelvoudigInformatieObject, value: bool | None) -> None:
    """The indicatie of the document and of its current versie (not a new versie)."""
    EnkelvoudigInformatieObject.objects.filter(pk=document.pk).update(indicatie_gebruiksrecht=value)
    document.versies.filter(versie=document.versie).update(indicatie_gebruiksrecht=value)
    document.indicatie_gebruiksrecht = value


@transaction.atomic
def gebruiksrechten_create(*, context: WriteContext, data: dict) -> Gebruiksrechten:
    """drc-006: the document's `indicatieGebruiksrecht` becomes true."""
    return plain.create_object(
        context=context,
        model=Gebruiksrechten,
        data=data,
        after_save=lambda rechten: _set_indicatie(rechten.informatieobject, True),
    )


@transaction.atomic
def gebruiksrechten_destroy(*, context: WriteContext, instance: Gebruiksrechten) -> None:
    """drc-006: without gebruiksrechten left, the indicatie is null again."""
    document = instance.informatieobject
    plain.destroy_object(context=context, instance=instance)
    if not document.gebruiksrechten.exists():
        _set_indicatie(document, None)


# --- objectinformatieobjecten: the mirrors --------------------------------------------


def _object_kwargs(*, zaak=None, besluit=None, verzoek: str = "") -> dict:
    given = [name for name, value in (("zaak", zaak), ("besluit", besluit), ("verzoek", verzoek)) if value]
    assert len(given) == 1, "An objectinformatieobject relates a document to one zaak, besluit or verzoek."
    kind = given[0]
    return {
        "object_type": ObjectInformatieObjectType(kind),
        kind: {"zaak": zaak, "besluit": besluit}.get(kind, verzoek),
    }


@transaction.atomic
def oio_create(
    *, context: WriteContext, informatieobject: EnkelvoudigInformatieObject, zaak=None, besluit=None, verzoek: str = ""
) -> ObjectInformatieObject:
    """Relate a document to a zaak, besluit (the mirror of a zaak- or
    besluitinformatieobject: call it in the same transaction as that row) or verzoek.
    drc-003: once per object and document (400 `unique`)."""
    kwargs = _object_kwargs(zaak=zaak, besluit=besluit, verzoek=verzoek)
    lookup = {key: value for key, value in kwargs.items() if key != "object_type"}
    if ObjectInformatieObject.objects.filter(informatieobject=informatieobject, **lookup).exists():
        raise rules.error("Het object en het informatieobject zijn al aan elkaar gerelateerd.", "unique")
    return plain.create_object(
        context=context, model=ObjectInformatieObject, data={"informatieobject": informatieobject, **kwargs}
    )


@transaction.atomic
def oio_delete(
    *, context: WriteContext, informatieobject: EnkelvoudigInformatieObject, zaak=None, besluit=None, verzoek: str = ""
) -> None:
    """Remove the relation (the mirror goes with the zaak- or besluitinformatieobject
    it mirrors: call it in the same transaction, before or after deleting that row).
    Nothing to remove is no error."""
    kwargs = _object_kwargs(zaak=zaak, besluit=besluit, verzoek=verzoek)
    lookup = {key: value for key, value in kwargs.items() if key != "object_type"}
    for oio in ObjectInformatieObject.objects.filter(informatieobject=informatieobject, **lookup):
        plain.destroy_object(context=context, instance=oio)


def oio_api_create(*, context: WriteContext, data: dict) -> ObjectInformatieObject:
    """`POST /objectinformatieobjecten`, which the standard reserves for other
    registers synchronising their relations. For a zaak or besluit of this installation
    the relation is made by its register (with the mirror, in one transaction), so the
    mirror exists already and is answered (drc-004); without it the relation does not
    exist in the source: `inconsistent-relation`. A verzoek (in another API) is related
    here."""
    object_type = data["object_type"]
    if object_type == ObjectInformatieObjectType.verzoek:
        return oio_create(context=context, informatieobject=data["informatieobject"], verzoek=data["verzoek"])
    existing = ObjectInformatieObject.objects.filter(
        informatieobject=data["informatieobject"], **{object_type: data[object_type]}
    ).first()
    if existing is None:
        raise rules.error(
            f"De relatie tussen {object_type} en informatieobject bestaat niet in de bron; maak die daar aan.",
            "inconsistent-relation",
        )
    return existing


def oio_api_destroy(*, context: WriteContext, instance: ObjectInformatieObject) -> None:
    """`DELETE /objectinformatieobjecten/{uuid}`: a mirror of a zaak or besluit goes
    with the relation in its register (while that exists: `remote-relation-exists`); a
    verzoek's relation is removed here."""
    if instance.object_type != ObjectInformatieObjectType.verzoek:
        raise rules.error(
            "De relatie bestaat nog in de bron; verwijder het zaak- of besluitinformatieobject.",
            "remote-relation-exists",
        )
    plain.destroy_object(context=context, instance=instance)
