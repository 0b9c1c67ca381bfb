"""Export a whole catalogus, or some of its zaaktypen with everything they refer to,
as an archive (see `archive`) of the API's own representations."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Prefetch, Q

from openzaak.zgw.components import CATALOGI
from openzaak.zgw.context import WriteContext

from ..models import BesluitType, Catalogus, InformatieObjectType, ZaakType, ZaakTypenRelatie
from .archive import RESOURCES, write_archive
from .resources import BY_NAME


class ExportRefused(Exception):
    """What was asked cannot be exported as one archive; the message says why."""


def export_catalogus(*, catalogus: Catalogus, base_url: str = "") -> bytes:
    """The catalogus with all its types, every version, concept or published."""
    querysets = {
        "catalogussen": Catalogus.objects.filter(pk=catalogus.pk),
        "informatieobjecttypen": InformatieObjectType.objects.filter(catalogus=catalogus),
        "besluittypen": BesluitType.objects.filter(catalogus=catalogus),
        "zaaktypen": ZaakType.objects.filter(catalogus=catalogus),
    }
    for name in RESOURCES[4:]:
        querysets[name] = BY_NAME[name].model.objects.filter(zaaktype__catalogus=catalogus)
    return _archive(querysets, scope="catalogus", base_url=base_url)


def export_zaaktypen(*, zaaktypen: Iterable[ZaakType], base_url: str = "") -> bytes:
    """These zaaktypen with what they refer to: their sub-types, their deelzaaktypen and
    gerelateerde zaaktypen (and theirs, and so on), the besluittypen and
    informatieobjecttypen of all of these, and the catalogus. Types refer to each other
    by key (identificatie, omschrijving) and the API shows the version valid today, so
    every version of a referred type comes along. An import of the archive therefore
    needs nothing that is not in it."""
    pks = _zaaktype_closure({zaaktype.pk for zaaktype in zaaktypen})
    catalogus_ids = set(ZaakType.objects.filter(pk__in=pks).values_list("catalogus_id", flat=True))
    if len(catalogus_ids) != 1:
        raise ExportRefused(
            "De zaaktypen (met hun deelzaaktypen en gerelateerde zaaktypen) horen bij verschillende catalogi; "
            "een export bevat één catalogus."
        )
    besluittypen = _all_versions(
        BesluitType, BesluitType.objects.filter(Q(zaaktypen__in=pks) | Q(resultaattypen__zaaktype__in=pks))
    )
    informatieobjecttypen = _all_versions(
        InformatieObjectType,
        InformatieObjectType.objects.filter(
            Q(zaaktypeinformatieobjecttypen__zaaktype__in=pks)
            | Q(resultaattypen__zaaktype__in=pks)
            | Q(besluittypen__in=besluittypen)
        ),
    )
    querysets = {
        "catalogussen": Catalogus.objects.filter(pk__in=catalogus_ids),
        "informatieobjecttypen": InformatieObjectType.objects.filter(pk__in=informatieobjecttypen),
        "besluittypen": BesluitType.objects.filter(pk__in=besluittypen),
        "zaaktypen": ZaakType.objects.filter(pk__in=pks),
    }
    for name in RESOURCES[4:]:
        querysets[name] = BY_NAME[name].model.objects.filter(zaaktype__in=pks)
    return _archive(querysets, scope="zaaktype", base_url=base_url)


# the version-independent key of each versioned type (the 1.3.x historiemodel)
KEYS = {ZaakType: "identificatie", BesluitType: "omschrijving", InformatieObjectType: "omschrijving"}


def _all_versions(model, queryset) -> set[int]:
    """The pks of every version, in its catalogus, of the types in `queryset`."""
    pairs = set(queryset.values_list("catalogus_id", KEYS[model]))
    if not pairs:
        return set()
    condition = Q()
    for catalogus_id, key in pairs:
        condition |= Q(catalogus_id=catalogus_id, **{KEYS[model]: key})
    return set(model.objects.filter(condition).values_list("pk", flat=True))


def _zaaktype_closure(pks: set[int]) -> set[int]:
    """`pks` with, transitively, every version of their deelzaaktypen and gerelateerde
    zaaktypen."""
    closure, frontier = set(pks), set(pks)
    while frontier:
        linked = ZaakType.objects.filter(
            Q(hoofdzaaktypen__in=frontier)
            | Q(pk__in=ZaakTypenRelatie.objects.filter(zaaktype__in=frontier).values("gerelateerd_zaaktype"))
        )
        frontier = _all_versions(ZaakType, linked) - closure
        closure |= frontier
    return closure


def _archive(querysets: dict, *, scope: str, base_url: str) -> bytes:
    context = WriteContext.system(base_url=base_url)
    contents = {}
    for name in RESOURCES:
        resource = BY_NAME[name]
        # the API's list queryset (its joins and annotations), with related lists in a fixed order
        queryset = (
            resource.viewset.queryset.prefetch_related(None)
            .filter(pk__in=querysets[name].values("pk"))
            .prefetch_related(*_ordered(resource.model, resource.prefetch))
            .order_by("pk")
        )
        contents[name] = resource.serializer_class(queryset, many=True, context={"request": context}).data
    return write_archive(contents, scope=scope, api_version=CATALOGI.version)


def _ordered(model, paths: tuple[str, ...]) -> list:
    """Prefetches whose related lists come in creation order: an archive of the same
    catalogus is the same file, whatever order the database returns rows in."""
    lookups, seen = [], set()
    for path in paths:
        first = path.split("__")[0]
        if first not in seen:
            seen.add(first)
            related = model._meta.get_field(first).related_model
            lookups.append(Prefetch(first, queryset=related.objects.order_by("pk")))
        if first != path:
            lookups.append(path)
    return lookups
