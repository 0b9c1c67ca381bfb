"""Every write to the Besluiten register, with what the standard ties to it. The API,
the admin and commands all call these, so each records the same notification (kanaal
`besluiten`) and audit trail entry (`zgw.writes`), in one transaction with the write:

    besluit = besluit_create(context=context, data=validated_data)
    besluit_update(context=context, besluit=besluit, data=validated_data, partial=True)
    besluit_delete(context=context, besluit=besluit)
    bio = besluitinformatieobject_create(context=context, data=validated_data)
    besluitinformatieobject_delete(context=context, besluitinformatieobject=bio)
    zaakbesluit_create(context=context, zaak=zaak, besluit=besluit)   # the Zaken API's synchronisation
    zaakbesluit_delete(context=context, zaakbesluit=zaakbesluit)       # calls: they write nothing

What each write takes along, in the same transaction:

* brc-002: a besluit created without `identificatie` gets one generated, unique within
  its `verantwoordelijkeOrganisatie` also under concurrent creates (`zgw.identificatie`).
* brc-006: a besluit in a zaak has the zaak's side of the relation, its ZaakBesluit
  (`/zaken/{uuid}/besluiten`); moving the besluit to another zaak or out of it moves or
  deletes it. The database refuses a commit where the two disagree.
* brc-005: a besluitinformatieobject has its ObjectInformatieObject in the Documenten
  register; deleting it deletes the mirror (brc-009: "indien dit kan").
* brc-009: deleting a besluit deletes its besluitinformatieobjecten (and their mirrors),
  its ZaakBesluit and its audit trail: no soft deletes.
* zrc-021: the zaak's archive fields follow its besluiten where its resultaattype
  derives the brondatum from them (`ingangsdatum_besluit`, `vervaldatum_besluit`):
  derived again (`zaken.archiving.zaak_update_archive`) whenever a besluit of the zaak
  is created, deleted, moved, or its ingangsdatum or vervaldatum changes.
* zrc-007: a zaak's besluiten are its data: for a closed zaak they change only with
  `zaken.geforceerd-bijwerken` for that zaak (403), for an archived one not at all
  (`zaak-archiefstatus-invalid`); the zaak row is locked meanwhile (`zaken.services.guard`).
"""

from __future__ import annotations

from django.db import transaction
from rest_framework import serializers

from openzaak.components.documenten import services as documenten
from openzaak.components.zaken import archiving
from openzaak.components.zaken import services as zaken_services
from openzaak.components.zaken.models import Zaak, ZaakBesluit
from openzaak.zgw import identificatie
from openzaak.zgw import services as plain
from openzaak.zgw.context import WriteContext
from openzaak.zgw.models import AuditTrail

from .constants import IDENTIFICATIE_PREFIX
from .models import Besluit, BesluitInformatieObject

INCONSISTENT_RELATION = "inconsistent-relation"
# the fields of a besluit a zaak's archive fields may be derived from (brondatum.py)
ARCHIVE_INPUTS = ("ingangsdatum", "vervaldatum")


# --- besluiten -------------------------------------------------------------------------


@transaction.atomic
def besluit_create(*, context: WriteContext, data: dict) -> Besluit:
    data = dict(data)
    zaak = data.get("zaak")
    _guard(context, zaak)
    if not data.get("identificatie"):
        data["identificatie"] = _new_identificatie(data["verantwoordelijke_organisatie"], data["datum"])
    besluit = plain.create_object(context=context, model=Besluit, data=data, after_save=_sync_zaakbesluit)
    _update_archive(context, zaak)
    return besluit


@transaction.atomic
def besluit_update(*, context: WriteContext, besluit: Besluit, data: dict, partial: bool = False) -> Besluit:
    data = {name: value for name, value in data.items() if not (name == "identificatie" and not value)}
    old_zaak = besluit.zaak
    new_zaak = data.get("zaak", old_zaak)
    _guard(context, old_zaak)
    if new_zaak != old_zaak:
        _guard(context, new_zaak)
    inputs_changed = new_zaak != old_zaak or any(
        name in data and data[name] != getattr(besluit, name) for name in ARCHIVE_INPUTS
    )
    besluit = plain.update_object(
        context=context, instance=besluit, data=data, partial=partial, after_save=_sync_zaakbesluit
    )
    if inputs_changed:
        _update_archive(context, old_zaak, new_zaak)
    return besluit


@transaction.atomic
def besluit_delete(*, context: WriteContext, besluit: Besluit) -> None:
    zaak = besluit.zaak
    _guard(context, zaak)
    uuid = besluit.uuid
    for bio in besluit.besluitinformatieobjecten.select_related("informatieobject"):
        _remove_mirror(context, bio)
    plain.destroy_object(context=context, instance=besluit)  # its BIOs and its ZaakBesluit too
    # brc-009: the audit trail goes with the besluit (the notification of the delete stays)
    AuditTrail.objects.filter(hoofd_object_uuid=uuid).delete()
    _update_archive(context, zaak)


def _new_identificatie(organisatie: str, datum) -> str:
    return identificatie.generate(
        IDENTIFICATIE_PREFIX,
        organisatie=organisatie,
        datum=datum,
        taken=lambda value: Besluit.objects.filter(
            verantwoordelijke_organisatie=organisatie, identificatie=value
        ).exists(),
    )


def _sync_zaakbesluit(besluit: Besluit) -> None:
    """brc-006: the ZaakBesluit of `besluit` is there exactly when it has a zaak, with that
    zaak (a move gives it a new one, under the new zaak's URL)."""
    ZaakBesluit.objects.filter(besluit=besluit).exclude(zaak_id=besluit.zaak_id).delete()
    if besluit.zaak_id is not None:
        ZaakBesluit.objects.get_or_create(besluit=besluit, zaak_id=besluit.zaak_id)


def _guard(context: WriteContext, zaak: Zaak | None) -> None:
    """zrc-007: the besluiten of a zaak are its data."""
    if zaak is not None:
        zaken_services.guard(context, zaak)


def _update_archive(context: WriteContext, *zaken: Zaak | None) -> None:
    """zrc-021: the archive fields of these zaken may count from their besluiten."""
    for zaak in {zaak.pk: zaak for zaak in zaken if zaak is not None}.values():
        archiving.zaak_update_archive(context=context, zaak=zaak)


# --- the zaak's side: /zaken/{uuid}/besluiten ---------------------------------------------


def zaakbesluit_create(*, context: WriteContext, zaak: Zaak, besluit: Besluit) -> ZaakBesluit:
    """The synchronisation call of brc-006 (`POST /zaken/{uuid}/besluiten`): the relation
    exists already when the besluit names the zaak (written with it), and is answered;
    otherwise there is nothing to mirror (`inconsistent-relation`). Nothing is written."""
    zaakbesluit = ZaakBesluit.objects.filter(zaak=zaak, besluit=besluit).first()
    if zaakbesluit is None:
        raise serializers.ValidationError(
            {
                "nonFieldErrors": serializers.ErrorDetail(
                    "Het besluit hoort niet bij deze zaak; leg de relatie vast met het `zaak`-attribuut van het "
                    "besluit.",
                    code=INCONSISTENT_RELATION,
                )
            }
        )
    return zaakbesluit


def zaakbesluit_delete(*, context: WriteContext, zaakbesluit: ZaakBesluit) -> None:
    """`DELETE /zaken/{uuid}/besluiten/{uuid}`: the relation goes when the besluit leaves
    the zaak (or is deleted); while it names the zaak, the mirror stays (brc-006)."""
    raise serializers.ValidationError(
        {
            "nonFieldErrors": serializers.ErrorDetail(
                "Het besluit verwijst nog naar deze zaak; verbreek de relatie via het `zaak`-attribuut van het "
                "besluit.",
                code=INCONSISTENT_RELATION,
            )
        }
    )


# --- besluitinformatieobjecten -----------------------------------------------------------


@transaction.atomic
def besluitinformatieobject_create(*, context: WriteContext, data: dict) -> BesluitInformatieObject:
    bio = plain.create_object(context=context, model=BesluitInformatieObject, data=data)
    documenten.oio_create(context=context, informatieobject=bio.informatieobject, besluit=bio.besluit)  # brc-005
    return bio


@transaction.atomic
def besluitinformatieobject_delete(*, context: WriteContext, besluitinformatieobject: BesluitInformatieObject) -> None:
    _remove_mirror(context, besluitinformatieobject)
    plain.destroy_object(context=context, instance=besluitinformatieobject)


def _remove_mirror(context: WriteContext, bio: BesluitInformatieObject) -> None:
    """brc-005, brc-009: the Documenten register's side goes with the relation."""
    documenten.oio_delete(context=context, informatieobject=bio.informatieobject, besluit=bio.besluit)
