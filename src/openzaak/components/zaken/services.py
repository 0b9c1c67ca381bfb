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
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from rest_framework import exceptions, serializers

from openzaak.zgw import identificatie, writes
from openzaak.zgw import services as plain
from openzaak.zgw.authorisation import scope_context
from openzaak.zgw.components import ZAKEN
from openzaak.zgw.context import WriteContext
from openzaak.zgw.models import AuditTrail
from openzaak.zgw.scopes import SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN

from .constants import IDENTIFICATIE_PREFIX, Betalingsindicatie
from .models import RelevanteZaakRelatie, Zaak, ZaakEigenschap

# What a zaak's representation caches on the instance (`api.serializers.zaken`); a write
# drops it, so the response and the audit trail show what was written.
RELATION_CACHE = "_zaak_relations"


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

    def after_save(saved: Zaak) -> None:
        if relevante is not None:
            _write_relevante_zaken(saved, relevante, replace=True)
        forget_relations(saved)

    return plain.update_object(context=context, instance=zaak, data=data, partial=partial, after_save=after_save)


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


@transaction.atomic
def zaakeigenschap_create(*, context: WriteContext, data: dict) -> ZaakEigenschap:
    check_zaak_writable(context=context, zaak=data["zaak"])
    return plain.create_object(context=context, model=ZaakEigenschap, data=data)


@transaction.atomic
def zaakeigenschap_update(
    *, context: WriteContext, zaakeigenschap: ZaakEigenschap, data: dict, partial: bool
) -> ZaakEigenschap:
    check_zaak_writable(context=context, zaak=zaakeigenschap.zaak)
    return plain.update_object(context=context, instance=zaakeigenschap, data=data, partial=partial)


@transaction.atomic
def zaakeigenschap_destroy(*, context: WriteContext, zaakeigenschap: ZaakEigenschap) -> None:
    check_zaak_writable(context=context, zaak=zaakeigenschap.zaak)
    plain.destroy_object(context=context, instance=zaakeigenschap)
