"""Every write to a zaak and its zaakeigenschappen, and the rules of the standard that
need the writer or the database rather than the input. The API, the admin and commands
all write through these, so each records the same notification (kanaal `zaken`) and
audit trail entry (`zgw.writes`) in the write's transaction.

* `zaak_create`: the identificatie generated when omitted, unique per bronorganisatie
  also under concurrent creates (zrc-002, `zgw.identificatie`), or a reserved one
  claimed; the vertrouwelijkheidaanduiding of the zaaktype when omitted (zrc-009).
* `zaak_update`: a closed zaak changes only with `zaken.geforceerd-bijwerken`
  (zrc-007, `check_zaak_writable`, which the zaak's sub-resources use as well); a
  betalingsindicatie `nvt` clears the laatsteBetaaldatum (zrc-014).
* `zaak_destroy`: the zaak and everything that belongs to it, its deelzaken included,
  really deleted (zrc-023); refused while besluiten refer to it (`related-besluiten`).
* `zaaknummers_reserveren`: identificaties set aside for later creates.

Its sub-resources (statussen, resultaten, rollen, zaakobjecten, zaakinformatieobjecten,
klantcontacten, zaakcontactmomenten, zaakverzoeken, notities):

* every write is refused for an archived zaak (`zaak-archiefstatus-invalid`) and, for a
  closed zaak, needs `zaken.geforceerd-bijwerken` (`guard`; a status: `zaken.heropenen`);
* `status_create`: one status at a time per zaak (the zaak row is locked); the status
  with the latest datumStatusGezet is the current one; a current eindstatus closes the
  zaak (einddatum, archive fields; zrc-007, zrc-021), a current other status reopens a
  closed one (zrc-008);
* `zaakinformatieobject_create` / `_destroy` write the mirrored ObjectInformatieObject of
  the Documenten register in the same transaction (zrc-005);
* a change to an input of a closed zaak's archive fields (its resultaat, zaakobjecten,
  zaakeigenschappen, hoofdzaak, relevanteAndereZaken) derives them again
  (`archiving.zaak_update_archive`).
"""

from __future__ import annotations

from django.db import models, transaction
from django.utils import timezone
from rest_framework import exceptions, serializers

from openzaak.components.documenten import services as documenten
from openzaak.zgw import identificatie, writes
from openzaak.zgw import services as plain
from openzaak.zgw.authorisation import scope_context
from openzaak.zgw.components import ZAKEN
from openzaak.zgw.context import WriteContext
from openzaak.zgw.models import AuditTrail
from openzaak.zgw.scopes import (
    SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN,
    SCOPE_ZAKEN_HEROPENEN,
    SCOPE_ZAKEN_STATUSSEN_TOEVOEGEN,
)

from . import archiving, rules
from .constants import IDENTIFICATIE_PREFIX, Betalingsindicatie
from .models import (
    RelevanteZaakRelatie,
    Resultaat,
    Rol,
    Status,
    Zaak,
    ZaakEigenschap,
    ZaakInformatieObject,
    ZaakNotitie,
    ZaakObject,
)

# What a zaak's representation caches on the instance (`api.serializers.zaken`); a write
# drops it, so the response and the audit trail show what was written.
RELATION_CACHE = "_zaak_relations"
GEOMETRY_CACHE = "_zaakgeometrie_geojson"


class ZaakClosed(exceptions.PermissionDenied):
    default_detail = "Een afgesloten zaak wordt alleen gewijzigd met de scope zaken.geforceerd-bijwerken."
    default_code = "zaak-afgesloten"


def check_zaak_writable(*, context: WriteContext, zaak: Zaak) -> None:
    """zrc-007: the data of a closed zaak (its own and its statussen, rollen,
    zaakobjecten, zaakeigenschappen, …) changes only for a client with
    `zaken.geforceerd-bijwerken` on the zaak's zaaktype and vertrouwelijkheid (403)."""
    if not zaak.is_closed:
        return
    client = context.client
    if client is None or not client.has_scope(ZAKEN, SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN, **scope_context(zaak)):
        raise ZaakClosed()


def forget_relations(zaak: Zaak) -> None:
    zaak.__dict__.pop(RELATION_CACHE, None)
    zaak.__dict__.pop(GEOMETRY_CACHE, None)
    plain.forget_prefetched(zaak)


# --- zaken --------------------------------------------------------------------------------


@transaction.atomic
def zaak_create(*, context: WriteContext, data: dict) -> Zaak:
    data = dict(data)
    relevante = data.pop("relevante_andere_zaken", [])
    zaaktype = data["zaaktype"]
    if not data.get("vertrouwelijkheidaanduiding"):
        data["vertrouwelijkheidaanduiding"] = zaaktype.vertrouwelijkheidaanduiding  # zrc-009
    data.setdefault("registratiedatum", timezone.localdate())
    if data.get("betalingsindicatie") == Betalingsindicatie.nvt:
        data["laatste_betaaldatum"] = None
    if data.get("identificatie"):
        identificatie.claim(
            IDENTIFICATIE_PREFIX, organisatie=data["bronorganisatie"], identificatie=data["identificatie"]
        )
    else:
        # late in the write: the counter row stays locked until this transaction ends
        data["identificatie"] = identificatie.generate(
            IDENTIFICATIE_PREFIX,
            organisatie=data["bronorganisatie"],
            datum=data["registratiedatum"],
            taken=lambda value: Zaak.objects.filter(
                bronorganisatie=data["bronorganisatie"], identificatie=value
            ).exists(),
        )
    return plain.create_object(
        context=context, model=Zaak, data=data, after_save=lambda zaak: _write_relevante_zaken(zaak, relevante)
    )


@transaction.atomic
def zaak_update(*, context: WriteContext, zaak: Zaak, data: dict, partial: bool) -> Zaak:
    check_zaak_writable(context=context, zaak=zaak)
    data = dict(data)
    relevante = data.pop("relevante_andere_zaken", None)
    if data.get("betalingsindicatie", zaak.betalingsindicatie) == Betalingsindicatie.nvt:
        data["laatste_betaaldatum"] = None  # zrc-014

    # only a closed zaak has archive fields to derive again (reading the inputs is a query)
    inputs = _archive_inputs(zaak) if zaak.is_closed else None

    def after_save(saved: Zaak) -> None:
        if relevante is not None:
            _write_relevante_zaken(saved, relevante, replace=True)
        forget_relations(saved)
        if inputs is not None and _archive_inputs(saved) != inputs:
            archived = archiving.zaak_update_archive(context=context, zaak=saved)
            for field in archiving.ARCHIVE_FIELDS:  # the response shows what was derived
                setattr(saved, field, getattr(archived, field))

    return plain.update_object(context=context, instance=zaak, data=data, partial=partial, after_save=after_save)


def _archive_inputs(zaak: Zaak) -> tuple:
    """What of the zaak itself its archive fields may be derived from (archiving.py)."""
    relaties = zaak.relevante_andere_zaken.order_by("pk").values_list(
        "relevante_zaak_id", "relevante_zaak_url", "aard_relatie"
    )
    return zaak.hoofdzaak_id, zaak.startdatum_bewaartermijn, tuple(relaties)


def _write_relevante_zaken(zaak: Zaak, relevante: list[dict], *, replace: bool = False) -> None:
    if replace:
        zaak.relevante_andere_zaken.all().delete()  # the list is replaced as a whole
    RelevanteZaakRelatie.objects.bulk_create(RelevanteZaakRelatie(zaak=zaak, **item) for item in relevante)


@transaction.atomic
def zaak_destroy(*, context: WriteContext, zaak: Zaak) -> None:
    """zrc-023: the zaak, its deelzaken and all that belongs to them (statussen,
    resultaat, rollen, zaakobjecten, zaakeigenschappen, kenmerken, zaakinformatieobjecten
    with their mirrors in the Documenten register, contactmomenten, verzoeken,
    klantcontacten, notities and the audit trail) are deleted for real. Each deleted
    zaak is notified."""
    deelzaken = list(zaak.deelzaken.all())
    for candidate in (zaak, *deelzaken):
        if candidate.besluiten.exists():
            raise serializers.ValidationError(
                {
                    "nonFieldErrors": serializers.ErrorDetail(
                        "De zaak heeft besluiten; verwijder of ontkoppel die eerst.", code="related-besluiten"
                    )
                }
            )
    befores = [writes.before(context, deelzaak) for deelzaak in deelzaken]
    before = writes.before(context, zaak)
    zaak.delete()  # the database cascades to what belongs to the zaak and its deelzaken
    for old in (*befores, before):
        writes.destroyed(context, old)
    AuditTrail.objects.filter(hoofd_object_uuid__in=[old.hoofd_object_uuid for old in (*befores, before)]).delete()


@transaction.atomic
def zaaknummers_reserveren(*, context: WriteContext, bronorganisatie: str, aantal: int = 1) -> list[str]:
    """Zaak identificaties of `bronorganisatie` that a later create may use (and that
    are never generated for another zaak)."""
    return identificatie.reserve(
        IDENTIFICATIE_PREFIX,
        organisatie=bronorganisatie,
        datum=timezone.localdate(),
        aantal=aantal,
        taken=lambda value: Zaak.objects.filter(bronorganisatie=bronorganisatie, identificatie=value).exists(),
    )


# --- zaakeigenschappen ------------------------------------------------------------------


# A zaakeigenschap may be the brondatum of its closed zaak's archive fields (afleidingswijze
# `eigenschap`): each write derives them again.


@transaction.atomic
def zaakeigenschap_create(*, context: WriteContext, data: dict) -> ZaakEigenschap:
    check_zaak_writable(context=context, zaak=data["zaak"])
    zaakeigenschap = plain.create_object(context=context, model=ZaakEigenschap, data=data)
    archiving.zaak_update_archive(context=context, zaak=data["zaak"])
    return zaakeigenschap


@transaction.atomic
def zaakeigenschap_update(
    *, context: WriteContext, zaakeigenschap: ZaakEigenschap, data: dict, partial: bool
) -> ZaakEigenschap:
    check_zaak_writable(context=context, zaak=zaakeigenschap.zaak)
    zaakeigenschap = plain.update_object(context=context, instance=zaakeigenschap, data=data, partial=partial)
    archiving.zaak_update_archive(context=context, zaak=zaakeigenschap.zaak)
    return zaakeigenschap


@transaction.atomic
def zaakeigenschap_destroy(*, context: WriteContext, zaakeigenschap: ZaakEigenschap) -> None:
    check_zaak_writable(context=context, zaak=zaakeigenschap.zaak)
    plain.destroy_object(context=context, instance=zaakeigenschap)
    archiving.zaak_update_archive(context=context, zaak=zaakeigenschap.zaak)


# --- a zaak's sub-resources -------------------------------------------------------------


def _locked(zaak: Zaak) -> Zaak:
    """The zaak, its row locked until the transaction ends: writes to one zaak queue."""
    return Zaak.objects.select_for_update().get(pk=zaak.pk)


def _zaak_of(instance: models.Model) -> Zaak:
    return instance.gerelateerd_aan if isinstance(instance, ZaakNotitie) else instance.zaak


def guard(context: WriteContext, zaak: Zaak) -> Zaak:
    """Lock `zaak` and check that `context`'s client may change its data now: not when it
    is archived, and only as a correctie when it is closed (`check_zaak_writable`)."""
    zaak = _locked(zaak)
    rules.zaak_not_archived(zaak)
    check_zaak_writable(context=context, zaak=zaak)
    return zaak


# --- the plain writes of a zaak's data, guarded ---------------------------------------------


@transaction.atomic
def zaakdeel_create(*, context: WriteContext, model: type[models.Model], data: dict, zaak_field: str = "zaak"):
    """A klantcontact, zaakcontactmoment, zaakverzoek or notitie of a zaak."""
    guard(context, data[zaak_field])
    return plain.create_object(context=context, model=model, data=data)


@transaction.atomic
def zaakdeel_update(*, context: WriteContext, instance: models.Model, data: dict, partial: bool = False):
    guard(context, _zaak_of(instance))
    return plain.update_object(context=context, instance=instance, data=data, partial=partial)


@transaction.atomic
def zaakdeel_destroy(*, context: WriteContext, instance: models.Model) -> None:
    guard(context, _zaak_of(instance))
    plain.destroy_object(context=context, instance=instance)


# --- statussen ---------------------------------------------------------------------------


@transaction.atomic
def status_create(*, context: WriteContext, data: dict) -> Status:
    zaak = _locked(data["zaak"])
    rules.zaak_not_archived(zaak)
    rules.may_reopen(context.client, zaak)
    _may_add_status(context, zaak)
    datum = data["datum_status_gezet"]
    if Status.objects.filter(zaak=zaak, datum_status_gezet=datum).exists():
        raise serializers.ValidationError(
            {
                "datumStatusGezet": serializers.ErrorDetail(
                    "De zaak heeft al een status met deze datumStatusGezet.", code="unique"
                )
            }
        )
    current = (
        Status.objects.select_related("statustype").filter(zaak=zaak, indicatie_laatst_gezette_status=True).first()
    )
    becomes_current = current is None or datum > current.datum_status_gezet
    leading = (
        data
        if becomes_current
        else {"statustype": current.statustype, "datum_status_gezet": current.datum_status_gezet}
    )
    closing = rules.is_eindstatus(leading["statustype"])
    was_closed = zaak.is_closed
    if closing:
        rules.may_close(zaak)
    elif was_closed:
        rules.may_reopen_deelzaak(zaak)

    before = writes.before(context, zaak)
    if becomes_current and current is not None:
        Status.objects.filter(pk=current.pk).update(indicatie_laatst_gezette_status=False)
    status = Status.objects.create(**{**data, "zaak": zaak}, indicatie_laatst_gezette_status=becomes_current)
    if closing:
        einddatum = timezone.localdate(leading["datum_status_gezet"])
        changed = archiving.apply(zaak, {"einddatum": einddatum})
        changed += archiving.apply(zaak, archiving.derive(zaak, einddatum=einddatum))
    else:
        changed = archiving.reopened(zaak) if was_closed else []
    if changed:
        zaak.save(update_fields=changed)
        writes.updated(context, zaak, before, actie="partial_update")
    writes.created(context, status)
    if "einddatum" in changed:
        archiving.update_dependent_zaken(context=context, zaak=zaak)
    return status


def _may_add_status(context: WriteContext, zaak: Zaak) -> None:
    """With `zaken.aanmaken` alone a client sets the first status of a zaak only; further
    statussen need `zaken.statussen.toevoegen` (or `zaken.heropenen`)."""
    client = context.client
    scope = SCOPE_ZAKEN_STATUSSEN_TOEVOEGEN | SCOPE_ZAKEN_HEROPENEN
    if client is not None and client.has_scope(ZAKEN, scope, **scope_context(zaak)):
        return
    if Status.objects.filter(zaak=zaak).exists():
        raise exceptions.PermissionDenied(
            f"Met alleen `zaken.aanmaken` zet je de eerste status van een zaak; daarna is `{scope}` nodig."
        )


# --- resultaten ----------------------------------------------------------------------------


@transaction.atomic
def resultaat_create(*, context: WriteContext, data: dict) -> Resultaat:
    zaak = guard(context, data["zaak"])
    resultaat = plain.create_object(context=context, model=Resultaat, data=data)
    archiving.zaak_update_archive(context=context, zaak=zaak, rederive_nominatie=True)
    return resultaat


@transaction.atomic
def resultaat_update(*, context: WriteContext, instance: Resultaat, data: dict, partial: bool = False) -> Resultaat:
    zaak = guard(context, instance.zaak)
    resultaat = plain.update_object(context=context, instance=instance, data=data, partial=partial)
    archiving.zaak_update_archive(context=context, zaak=zaak, rederive_nominatie=True)
    return resultaat


# --- rollen --------------------------------------------------------------------------------


@transaction.atomic
def rol_create(*, context: WriteContext, data: dict) -> Rol:
    """A rol; its omschrijving and omschrijvingGeneriek are its roltype's."""
    guard(context, data["zaak"])
    roltype = data["roltype"]
    data = {**data, "omschrijving": roltype.omschrijving, "omschrijving_generiek": roltype.omschrijving_generiek}
    return plain.create_object(context=context, model=Rol, data=data)


# --- zaakobjecten -------------------------------------------------------------------------


@transaction.atomic
def zaakobject_create(*, context: WriteContext, data: dict) -> ZaakObject:
    zaak = guard(context, data["zaak"])
    zaakobject = plain.create_object(context=context, model=ZaakObject, data=data)
    archiving.zaak_update_archive(context=context, zaak=zaak)
    return zaakobject


@transaction.atomic
def zaakobject_update(*, context: WriteContext, instance: ZaakObject, data: dict, partial: bool = False) -> ZaakObject:
    zaak = guard(context, instance.zaak)
    zaakobject = plain.update_object(context=context, instance=instance, data=data, partial=partial)
    archiving.zaak_update_archive(context=context, zaak=zaak)
    return zaakobject


@transaction.atomic
def zaakobject_destroy(*, context: WriteContext, instance: ZaakObject) -> None:
    zaak = guard(context, instance.zaak)
    plain.destroy_object(context=context, instance=instance)
    archiving.zaak_update_archive(context=context, zaak=zaak)


# --- zaakinformatieobjecten ----------------------------------------------------------------


@transaction.atomic
def zaakinformatieobject_create(*, context: WriteContext, data: dict) -> ZaakInformatieObject:
    """The relation and its ObjectInformatieObject mirror in the Documenten register, in
    one transaction (zrc-005); registratiedatum is now (zrc-004)."""
    guard(context, data["zaak"])
    data = {**data, "registratiedatum": timezone.now()}

    def mirror(zio):
        documenten.oio_create(context=context, informatieobject=zio.informatieobject, zaak=zio.zaak)

    return plain.create_object(context=context, model=ZaakInformatieObject, data=data, after_save=mirror)


@transaction.atomic
def zaakinformatieobject_destroy(*, context: WriteContext, instance: ZaakInformatieObject) -> None:
    """The relation and its mirror (zrc-005; the database would cascade, deleting it here
    records the mirror's deletion too)."""
    guard(context, instance.zaak)
    documenten.oio_delete(context=context, informatieobject=instance.informatieobject, zaak=instance.zaak)
    plain.destroy_object(context=context, instance=instance)
