"""The brondatum of a zaak's archiefprocedure (zrc-021): the date the archiefactietermijn
of its resultaattype counts from, derived as `brondatumArchiefprocedure.afleidingswijze`
says. `archiving.py` turns it into the zaak's archive fields.

    brondatum(zaak, resultaattype, einddatum=…)   # a date, or None when it cannot be determined (yet)

Per afleidingswijze (docs/archiving.md has the table):

* `afgehandeld`: the zaak's einddatum;
* `termijn`: the einddatum plus the resultaattype's `procestermijn`;
* `hoofdzaak`: the einddatum of the zaak's hoofdzaak (None while it is open);
* `gerelateerde_zaak`: the latest einddatum of the zaak's relevanteAndereZaken (None
  while one of them is open); one in another Zaken API is fetched (`zgw.remote`);
* `eigenschap`: the value of the zaak's zaakeigenschap named `datumkenmerk` (the latest
  when there are several);
* `zaakobject`: the latest value of the attribute `datumkenmerk` (a path: `a.b` or
  `a/b`) of the zaak's zaakobjecten of `objecttype`, read from their
  objectIdentificatie or else from the object their URL names (fetched);
* `ingangsdatum_besluit` / `vervaldatum_besluit`: the latest ingangsdatum / vervaldatum
  of the zaak's besluiten (vervaldatum: None while one of them has none: it has no end);
* `ander_datumkenmerk`: determined by hand; the zaak's `startdatum_bewaartermijn` when
  a client set it, else None.

A value that is present but not a date (an eigenschap "gisteren"), or a remote object
that cannot be read, raises `BrondatumError`: the write that needs it is refused with
`archiefactiedatum-error` rather than archiving on a guess.
"""

from __future__ import annotations

import datetime
import re

from django.db.models import Max

from openzaak.components.catalogi import durations
from openzaak.components.catalogi.models import ResultaatType
from openzaak.zgw.constants import Afleidingswijze
from openzaak.zgw.remote import RemoteError, fetch_json

from .models import Zaak


class BrondatumError(Exception):
    """The brondatum cannot be derived from what the zaak holds (see the module docstring)."""


def brondatum(zaak: Zaak, resultaattype: ResultaatType, *, einddatum: datetime.date | None) -> datetime.date | None:
    """The brondatum of `zaak` closed on `einddatum` with a resultaat of `resultaattype`."""
    afleidingswijze = resultaattype.brondatum_archiefprocedure_afleidingswijze
    derive = _DERIVATIONS.get(afleidingswijze)
    if derive is None:
        return None  # no afleidingswijze: nothing to derive
    return derive(zaak, resultaattype, einddatum)


def _afgehandeld(zaak, resultaattype, einddatum):
    return einddatum


def _termijn(zaak, resultaattype, einddatum):
    procestermijn = resultaattype.brondatum_archiefprocedure_procestermijn
    if einddatum is None or not procestermijn:
        return None
    return einddatum + durations.parse(procestermijn)


def _hoofdzaak(zaak, resultaattype, einddatum):
    hoofdzaak = zaak.hoofdzaak
    return hoofdzaak.einddatum if hoofdzaak is not None else None


def _gerelateerde_zaak(zaak, resultaattype, einddatum):
    relaties = list(zaak.relevante_andere_zaken.select_related("relevante_zaak").order_by("pk"))
    if not relaties:
        return None
    dates = []
    for relatie in relaties:
        if relatie.relevante_zaak is not None:
            dates.append(relatie.relevante_zaak.einddatum)
        else:
            dates.append(
                _as_date(_remote(relatie.relevante_zaak_url).get("einddatum"), "einddatum van een gerelateerde zaak")
            )
    return None if None in dates else max(dates)


def _eigenschap(zaak, resultaattype, einddatum):
    naam = resultaattype.brondatum_archiefprocedure_datumkenmerk
    waarden = zaak.zaakeigenschappen.filter(eigenschap__naam=naam).values_list("waarde", flat=True)
    dates = [_as_date(waarde, f"eigenschap {naam}") for waarde in waarden if waarde]
    return max(dates, default=None)


def _zaakobject(zaak, resultaattype, einddatum):
    objecttype = resultaattype.brondatum_archiefprocedure_objecttype
    path = [part for part in re.split(r"[./]", resultaattype.brondatum_archiefprocedure_datumkenmerk) if part]
    if not objecttype or not path:
        return None
    dates = []
    for zaakobject in zaak.zaakobjecten.filter(object_type=objecttype).order_by("pk"):
        value = _lookup(zaakobject.object_identificatie, path)
        if value is None and zaakobject.object:
            value = _lookup(_remote(zaakobject.object), path)
        dates.append(_as_date(value, f"attribuut {'.'.join(path)} van een zaakobject"))
    return None if not dates or None in dates else max(dates)


def _ingangsdatum_besluit(zaak, resultaattype, einddatum):
    return zaak.besluiten.aggregate(datum=Max("ingangsdatum"))["datum"]


def _vervaldatum_besluit(zaak, resultaattype, einddatum):
    besluiten = zaak.besluiten.all()
    if besluiten.filter(vervaldatum__isnull=True).exists():
        return None  # a besluit without vervaldatum has no end (and no besluit: nothing to count from)
    return besluiten.aggregate(datum=Max("vervaldatum"))["datum"]


def _ander_datumkenmerk(zaak, resultaattype, einddatum):
    return zaak.startdatum_bewaartermijn


_DERIVATIONS = {
    Afleidingswijze.afgehandeld: _afgehandeld,
    Afleidingswijze.termijn: _termijn,
    Afleidingswijze.hoofdzaak: _hoofdzaak,
    Afleidingswijze.gerelateerde_zaak: _gerelateerde_zaak,
    Afleidingswijze.eigenschap: _eigenschap,
    Afleidingswijze.zaakobject: _zaakobject,
    Afleidingswijze.ingangsdatum_besluit: _ingangsdatum_besluit,
    Afleidingswijze.vervaldatum_besluit: _vervaldatum_besluit,
    Afleidingswijze.ander_datumkenmerk: _ander_datumkenmerk,
}


def _remote(url: str) -> dict:
    try:
        data = fetch_json(url)
    except RemoteError as exc:
        raise BrondatumError(f"{url} kon niet gelezen worden: {exc.reason}") from None
    if not isinstance(data, dict):
        raise BrondatumError(f"{url} gaf geen object terug.")
    return data


def _lookup(data, path: list[str]):
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


# the date formats the standard uses: ISO 8601, an eigenschap's `jjjjmmdd` (formaat
# datum) and `jjjjmmdduummss` (formaat datum_tijd)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(\d{6})?$")


def _as_date(value, what: str) -> datetime.date | None:
    """`value` as a date; None for no value; BrondatumError for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value.strip()
        match = _COMPACT.match(text)
        try:
            if match:
                return datetime.date(int(match[1]), int(match[2]), int(match[3]))
            if len(text) == 10:
                return datetime.date.fromisoformat(text)
            return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    raise BrondatumError(f"De waarde van {what} is geen datum: {str(value)[:100]!r}.")
