"""A small client for the VNG Referentielijsten & Selectielijst API.

The Catalogi API refers to three of its resources by URL (Catalogi API 1.3.3,
ztc-001 and ztc-002):

* `ZaakType.selectielijstProcestype` → a `ProcesType` (`procestypen/{uuid}`);
* `ResultaatType.selectielijstklasse` → a `Resultaat` (`resultaten/{uuid}`), which belongs
  to one procestype and carries the archiving regime: `waardering`, `procestermijn`,
  `bewaartermijn`;
* `ResultaatType.resultaattypeomschrijving` → a `ResultaattypeOmschrijvingGeneriek`
  (`resultaattypeomschrijvingen/{uuid}`).

The API's base URL is the setting `SELECTIELIJST_API_URL` (default: the public VNG API).
A URL is accepted only below that base and on the right collection: these fields name
resources of *the* Selectielijst API, and refusing other hosts keeps clients from making
us fetch arbitrary URLs. Fetching goes through `openzaak.zgw.remote.fetch_json` (its
timeouts, cache and address checks); every failure is a `RemoteError` with code
`bad-url`, `remote-unavailable` or `invalid-resource` (a URL that is not, or does not
return, the expected kind of resource).

The objects below carry the fields as the API returns them, in Python spelling
(`procesType` → `proces_type`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.db import models

from openzaak.zgw.remote import INVALID_RESOURCE, RemoteError, fetch_json

# Pages of a list we follow at most; the whole selectielijst has a few hundred resultaten.
MAX_PAGES = 50

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/?$")


class Procestermijn(models.TextChoices):
    """`Resultaat.procestermijn`: when the bewaartermijn starts. Empty for resultaten
    that are kept forever (`waardering` blijvend_bewaren)."""

    nihil = "nihil", "Nihil"
    bestaansduur_procesobject = "bestaansduur_procesobject", "De bestaans- of geldigheidsduur van het procesobject."
    ingeschatte_bestaansduur_procesobject = (
        "ingeschatte_bestaansduur_procesobject",
        "De ingeschatte maximale bestaans- of geldigheidsduur van het procesobject.",
    )
    vast_te_leggen_datum = (
        "vast_te_leggen_datum",
        "De tijdens het proces vast te leggen datum waarop de geldigheid van het procesobject komt te vervallen.",
    )
    samengevoegd_met_bewaartermijn = (
        "samengevoegd_met_bewaartermijn",
        "De procestermijn is samengevoegd met de bewaartermijn.",
    )


class Waardering(models.TextChoices):
    """`Resultaat.waardering`, spelled as the Catalogi API's archiefnominatie."""

    blijvend_bewaren = "blijvend_bewaren", "Blijvend bewaren"
    vernietigen = "vernietigen", "Vernietigen"


# The booleans on a Resultaat saying for which taakgebieden it applies.
TAAKGEBIEDEN = (
    "algemeenBestuurEnInrichtingOrganisatie",
    "bedrijfsvoeringEnPersoneel",
    "publiekeInformatieEnRegistratie",
    "burgerzaken",
    "veiligheid",
    "verkeerEnVervoer",
    "economie",
    "onderwijs",
    "sportCultuurEnRecreatie",
    "sociaalDomein",
    "volksgezonheidEnMilieu",
    "vhrosv",
    "heffenBelastingen",
    "alleTaakgebieden",
)


@dataclass(frozen=True)
class ProcesType:
    url: str
    nummer: int
    jaar: int | None
    naam: str
    omschrijving: str
    toelichting: str
    procesobject: str

    @classmethod
    def from_api(cls, data: Mapping) -> ProcesType:
        return cls(
            url=_str(data, "url"),
            nummer=int(data["nummer"]),
            jaar=int(data["jaar"]) if data.get("jaar") is not None else None,
            naam=_str(data, "naam"),
            omschrijving=_str(data, "omschrijving", required=False),
            toelichting=_str(data, "toelichting", required=False),
            procesobject=_str(data, "procesobject", required=False),
        )


@dataclass(frozen=True)
class Resultaat:
    url: str
    proces_type: str
    nummer: int
    volledig_nummer: str
    generiek: bool
    specifiek: bool
    naam: str
    omschrijving: str
    herkomst: str
    waardering: str
    procestermijn: str  # a Procestermijn value, or "" (see Procestermijn)
    procestermijn_weergave: str
    procestermijn_opmerking: str
    bewaartermijn: str | None  # an ISO 8601 duration such as "P10Y"
    toelichting: str
    taakgebieden: tuple[str, ...]  # the TAAKGEBIEDEN the API marks true

    @classmethod
    def from_api(cls, data: Mapping) -> Resultaat:
        waardering = _str(data, "waardering")
        procestermijn = data.get("procestermijn") or ""
        if waardering not in Waardering.values or procestermijn not in ("", *Procestermijn.values):
            raise ValueError("unknown waardering or procestermijn")
        return cls(
            url=_str(data, "url"),
            proces_type=_str(data, "procesType"),
            nummer=int(data["nummer"]),
            volledig_nummer=_str(data, "volledigNummer", required=False),
            generiek=bool(data.get("generiek")),
            specifiek=bool(data.get("specifiek")),
            naam=_str(data, "naam"),
            omschrijving=_str(data, "omschrijving", required=False),
            herkomst=_str(data, "herkomst", required=False),
            waardering=waardering,
            procestermijn=procestermijn,
            procestermijn_weergave=_str(data, "procestermijnWeergave", required=False),
            procestermijn_opmerking=_str(data, "procestermijnOpmerking", required=False),
            bewaartermijn=data.get("bewaartermijn") or None,
            toelichting=_str(data, "toelichting", required=False),
            taakgebieden=tuple(name for name in TAAKGEBIEDEN if data.get(name) is True),
        )


@dataclass(frozen=True)
class ResultaattypeOmschrijving:
    """A `ResultaattypeOmschrijvingGeneriek`: the generic name of a kind of result."""

    url: str
    omschrijving: str
    definitie: str
    opmerking: str

    @classmethod
    def from_api(cls, data: Mapping) -> ResultaattypeOmschrijving:
        return cls(
            url=_str(data, "url"),
            omschrijving=_str(data, "omschrijving"),
            definitie=_str(data, "definitie", required=False),
            opmerking=_str(data, "opmerking", required=False),
        )


def _str(data: Mapping, key: str, *, required: bool = True) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value):
        raise ValueError(f"{key} is missing")
    return value


def api_root() -> str:
    """`SELECTIELIJST_API_URL`, always ending in a slash."""
    return settings.SELECTIELIJST_API_URL.rstrip("/") + "/"


def _kind_error(url: str, kind: str) -> RemoteError:
    return RemoteError(
        f"De URL is geen {kind} van de Selectielijst API ({api_root()}).", code=INVALID_RESOURCE, url=url
    )


def _get(url, collection: str, resource, kind: str):
    prefix = api_root() + collection + "/"
    if not isinstance(url, str) or not url.startswith(prefix) or not _UUID.match(url[len(prefix) :]):
        raise _kind_error(str(url), kind)
    data = fetch_json(url)
    try:
        return resource.from_api(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _kind_error(url, kind) from None


def get_procestype(url: str) -> ProcesType:
    return _get(url, "procestypen", ProcesType, "procestype")


def get_resultaat(url: str) -> Resultaat:
    return _get(url, "resultaten", Resultaat, "resultaat (selectielijstklasse)")


def get_resultaattypeomschrijving(url: str) -> ResultaattypeOmschrijving:
    return _get(url, "resultaattypeomschrijvingen", ResultaattypeOmschrijving, "resultaattypeomschrijving")


def _list(collection: str, resource, params: dict | None = None) -> list:
    """Every item of a list endpoint: a plain JSON array (procestypen,
    resultaattypeomschrijvingen) or pages of `{count, next, previous, results}`
    (resultaten), whose `next` must stay within the API."""
    url = api_root() + collection + (f"?{urlencode(params)}" if params else "")
    items = []
    for _ in range(MAX_PAGES):
        data = fetch_json(url)
        page = data.get("results") if isinstance(data, Mapping) else data
        if not isinstance(page, list):
            raise _kind_error(url, f"lijst van {collection}")
        try:
            items.extend(resource.from_api(item) for item in page)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _kind_error(url, f"lijst van {collection}") from None
        url = data.get("next") if isinstance(data, Mapping) else None
        if not url:
            return items
        if not isinstance(url, str) or not url.startswith(api_root()):
            raise _kind_error(str(url), f"pagina van {collection}")
    raise _kind_error(url, f"lijst van {collection} van hooguit {MAX_PAGES} pagina's")


def list_procestypen(*, jaar: int | None = None) -> list[ProcesType]:
    """The procestypen (of one selectielijst `jaar`, e.g. 2017 or 2020)."""
    return _list("procestypen", ProcesType, {"jaar": jaar} if jaar else None)


def list_resultaten(*, procestype: str | None = None) -> list[Resultaat]:
    """The resultaten, optionally only those of one procestype (by URL)."""
    resultaten = _list("resultaten", Resultaat, {"procesType": procestype} if procestype else None)
    if procestype:  # not every version of the API filters; the answer must hold regardless
        resultaten = [r for r in resultaten if same_url(r.proces_type, procestype)]
    return resultaten


def list_resultaattypeomschrijvingen() -> list[ResultaattypeOmschrijving]:
    return _list("resultaattypeomschrijvingen", ResultaattypeOmschrijving)


def same_url(a: str, b: str) -> bool:
    """URLs of one selectielijst resource, compared as the API spells them (a trailing
    slash aside)."""
    return bool(a) and bool(b) and a.rstrip("/") == b.rstrip("/")
