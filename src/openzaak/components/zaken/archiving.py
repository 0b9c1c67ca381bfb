"""A zaak's archive fields (zrc-021, zrc-026): archiefnominatie, archiefactiedatum and
startdatum_bewaartermijn, derived from its resultaattype when it closes, and derived
again whenever what they were derived from changes.

    zaak_update_archive(context=context, zaak=zaak)   # after a change to an input: no-op for an open zaak

Who calls it: the statussen service (closing, reopening, and the zaken that depend on
this one's einddatum), the resultaten and zaakobjecten services, and whatever changes
another input: a besluit of the zaak (its ingangsdatum/vervaldatum), a zaakeigenschap,
the zaak's hoofdzaak, relevanteAndereZaken or startdatum_bewaartermijn. It records the
zaak's update (notification and audit trail) when a field changed, in the caller's
transaction, and refuses (400 `archiefactiedatum-error`) when an input is present but
not a date.

The rules (docs/archiving.md):

* archiefnominatie: the resultaattype's, unless the zaak has one already (a client may
  set it before closing); a new resultaat(type) of a closed zaak sets it again;
* when the resultaattype has an archiefactietermijn: the brondatum (`brondatum.py`) plus
  that termijn is the archiefactiedatum, and for a zaak to be destroyed (`vernietigen`)
  the brondatum is its startdatum_bewaartermijn (zrc-026; a zaak kept for ever has
  none). A brondatum that cannot be determined (yet) sets no date: the fields are
  emptied, to be derived when the missing input arrives;
* hand-set values are kept where the standard leaves the date to people: afleidingswijze
  `ander_datumkenmerk` (a client sets archiefactiedatum, or startdatum_bewaartermijn from
  which it is derived), and a resultaattype without archiefactietermijn;
* reopening empties einddatum, archiefnominatie, archiefactiedatum and
  startdatum_bewaartermijn (zrc-008).
"""

from __future__ import annotations

import datetime

from rest_framework import serializers

from openzaak.components.catalogi import durations
from openzaak.zgw import writes
from openzaak.zgw.constants import Afleidingswijze, Archiefnominatie
from openzaak.zgw.context import WriteContext

from .brondatum import BrondatumError, brondatum
from .models import Resultaat, Zaak

ARCHIVE_FIELDS = ("archiefnominatie", "archiefactiedatum", "startdatum_bewaartermijn")
ARCHIEFACTIEDATUM_ERROR = "archiefactiedatum-error"


def derive(zaak: Zaak, *, einddatum: datetime.date, rederive_nominatie: bool = False) -> dict:
    """The archive fields of `zaak` closed on `einddatum` (only those the rules set);
    raises a ValidationError `archiefactiedatum-error` for an input that is no date."""
    resultaat = Resultaat.objects.select_related("resultaattype").filter(zaak=zaak).first()
    if resultaat is None:
        return {}
    resultaattype = resultaat.resultaattype
    values = {}
    if resultaattype.archiefnominatie and (rederive_nominatie or not zaak.archiefnominatie):
        values["archiefnominatie"] = resultaattype.archiefnominatie
    termijn = resultaattype.archiefactietermijn
    if not termijn:
        return values
    try:
        bron = brondatum(zaak, resultaattype, einddatum=einddatum)
    except BrondatumError as exc:
        raise serializers.ValidationError(
            {"nonFieldErrors": serializers.ErrorDetail(str(exc), code=ARCHIEFACTIEDATUM_ERROR)}
        ) from None
    manual = resultaattype.brondatum_archiefprocedure_afleidingswijze == Afleidingswijze.ander_datumkenmerk
    if bron is None and manual:
        return values
    nominatie = values.get("archiefnominatie", zaak.archiefnominatie)
    values["archiefactiedatum"] = bron + durations.parse(termijn) if bron is not None else None
    if not manual:
        values["startdatum_bewaartermijn"] = bron if nominatie == Archiefnominatie.vernietigen else None
    return values


def apply(zaak: Zaak, values: dict) -> list[str]:
    """Set `values` on `zaak` (unsaved); the names of the fields that changed."""
    changed = []
    for name, value in values.items():
        if getattr(zaak, name) != value:
            setattr(zaak, name, value)
            changed.append(name)
    return changed


def reopened(zaak: Zaak) -> list[str]:
    """Empty what closing derived (zrc-008), on `zaak` (unsaved); the changed fields."""
    return apply(
        zaak, {"einddatum": None, "archiefnominatie": "", "archiefactiedatum": None, "startdatum_bewaartermijn": None}
    )


def zaak_update_archive(*, context: WriteContext, zaak: Zaak, rederive_nominatie: bool = False) -> Zaak:
    """Derive the archive fields of a closed `zaak` again (see the module docstring);
    saves and records the zaak's update when one changed. An open zaak is left alone."""
    zaak = Zaak.objects.select_for_update().get(pk=zaak.pk)
    if not zaak.is_closed:
        return zaak
    before = writes.before(context, zaak)
    changed = apply(zaak, derive(zaak, einddatum=zaak.einddatum, rederive_nominatie=rederive_nominatie))
    if changed:
        zaak.save(update_fields=changed)
        writes.updated(context, zaak, before, actie="partial_update")
    return zaak


def dependent_zaken(zaak: Zaak):
    """The closed zaken whose brondatum is this zaak's einddatum: its deelzaken archived by
    `hoofdzaak`, and the zaken that name it among their relevanteAndereZaken archived by
    `gerelateerde_zaak`."""
    by_hoofdzaak = Zaak.objects.filter(
        hoofdzaak=zaak,
        resultaat__resultaattype__brondatum_archiefprocedure_afleidingswijze=Afleidingswijze.hoofdzaak,
    )
    by_relatie = Zaak.objects.filter(
        relevante_andere_zaken__relevante_zaak=zaak,
        resultaat__resultaattype__brondatum_archiefprocedure_afleidingswijze=Afleidingswijze.gerelateerde_zaak,
    )
    return (by_hoofdzaak | by_relatie).filter(einddatum__isnull=False).distinct().order_by("pk")


def update_dependent_zaken(*, context: WriteContext, zaak: Zaak) -> None:
    """After `zaak`'s einddatum changed: derive the archive fields of the zaken that count
    from it again."""
    for dependent in dependent_zaken(zaak):
        zaak_update_archive(context=context, zaak=dependent)
