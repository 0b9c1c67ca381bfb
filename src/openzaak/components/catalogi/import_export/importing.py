"""Import an archive (see `archive`), possibly made by another installation: the same
types, re-created here with new uuids and so new URLs, all in one transaction.

Each object is validated by its API serializer and created by the service the API
uses, so it obeys every rule the API enforces (ztc-001 … ztc-016, the selectielijst
checks, uniqueness) and notifies as the API does. Before that, every URL of an object
in the archive is replaced by the URL of the object it became here (`UrlMap`).
A reference that the archive cannot satisfy, a validation error, or any
problem with the file refuses the whole import, with a message that names the file,
the item and the field; nothing is written then.

Objects are created as concepts (the API's POST does that too); afterwards those that
were published in the archive are published here, through the same service the API's
`/publish` uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db import transaction
from rest_framework import serializers

from openzaak.zgw.context import WriteContext
from openzaak.zgw.errors import invalid_params
from openzaak.zgw.references import build_url

from .. import services
from ..models import Catalogus, ResultaatType, StatusType, ZaakType
from .archive import RESOURCES, ArchiveRefused, filename, read_archive
from .resources import BY_NAME

# the path of a resource of some installation's Catalogi API
CATALOGI_URL = re.compile(
    r"^https?://[^\s]+/catalogi/api/v1/(" + "|".join(map(re.escape, RESOURCES)) + r")/[0-9a-fA-F-]{36}/?$"
)

UNSET = object()


@dataclass
class ImportResult:
    catalogus: Catalogus
    created: dict[str, int] = field(default_factory=dict)
    published: int = 0


def import_archive(*, source, catalogus: Catalogus | None = None, base_url: str = "", user: str = "") -> ImportResult:
    """Import the archive `source` (bytes or a file). Its types go into a new catalogus
    made from the archive's `catalogussen.json`, or into `catalogus` when given.
    Raises `ArchiveRefused` (and writes nothing) for any problem."""
    contents = read_archive(source)
    context = WriteContext.system(base_url=base_url, user=user)
    with transaction.atomic():
        return _Importer(contents, context).run(catalogus)


class UrlMap:
    """Old URL (in the archive) → new URL (here). `rewrite` replaces every old URL in a
    value; it reports URLs of the archive that are not created yet, and URLs of a
    Catalogi API that are not in the archive at all."""

    def __init__(self, archive_urls: set[str]):
        self.archive_urls = archive_urls
        self.new: dict[str, str] = {}

    def rewrite(self, value, pending: list[str], missing: list[str]):
        if isinstance(value, dict):
            return {key: self.rewrite(item, pending, missing) for key, item in value.items()}
        if isinstance(value, list):
            return [self.rewrite(item, pending, missing) for item in value]
        if isinstance(value, str):
            if value in self.new:
                return self.new[value]
            if value in self.archive_urls:
                pending.append(value)
            elif CATALOGI_URL.match(value):
                missing.append(value)
        return value


class _Importer:
    def __init__(self, contents: dict[str, list[dict]], context: WriteContext):
        self.contents = contents
        self.write_context = context
        self.context = {"request": context}
        self.urls = UrlMap({item["url"] for items in contents.values() for item in items})
        self.created: dict[str, list[tuple[dict, object]]] = {name: [] for name in RESOURCES}
        self.objects: dict[str, object] = {}  # old URL → new object
        # (resource, index, item, object, API field, value): references to objects created later
        self.deferred: list[tuple[str, int, dict, object, str, object]] = []

    def run(self, catalogus: Catalogus | None) -> ImportResult:
        catalogus = self._catalogus(catalogus)
        for name in RESOURCES[1:]:
            for index, item in enumerate(self.contents[name]):
                self._create(name, index, item)
        for deferred in self.deferred:
            self._complete(*deferred)
        self._link_zaakobjecttypen()
        published = self._publish()
        return ImportResult(
            catalogus=catalogus,
            created={name: len(objects) for name, objects in self.created.items()},
            published=published,
        )

    # --- creating ------------------------------------------------------------------------
    def _catalogus(self, target: Catalogus | None) -> Catalogus:
        items = self.contents["catalogussen"]
        if len(items) != 1:
            raise ArchiveRefused(
                f"{filename('catalogussen')}: verwacht precies één catalogus, er zijn er {len(items)}."
            )
        if target is not None:
            self.urls.new[items[0]["url"]] = build_url(self.write_context, target)
            self.created["catalogussen"] = []
            return target
        return self._create("catalogussen", 0, items[0])

    def _create(self, name: str, index: int, item: dict):
        resource = BY_NAME[name]
        serializer = resource.serializer_class(context=self.context)
        data, later = {}, {}
        for field_name, value in item.items():
            api_field = serializer.fields.get(field_name)
            if api_field is None or api_field.read_only:
                continue  # derived (e.g. zaaktype.statustypen): the objects themselves are in the archive
            if not api_field.required and _empty_group(value):
                continue  # how the API shows an optional group (e.g. broncatalogus) that was never filled in
            pending, missing = [], []
            rewritten = self.urls.rewrite(value, pending, missing)
            if missing:
                raise ArchiveRefused(
                    f"{_where(name, index, item)}: {field_name} verwijst naar {', '.join(missing)}, "
                    "dat niet in het archief zit."
                )
            if pending:
                # a reference to an object that comes later (a deelzaaktype, an eigenschap of
                # a statustype): created without it, completed once everything exists
                later[field_name] = value
                data[field_name] = [] if isinstance(value, list) else UNSET
            else:
                data[field_name] = rewritten
        data = {key: value for key, value in data.items() if value is not UNSET}
        serializer = resource.serializer_class(data=data, context=self.context)
        obj = self._save(serializer, name, index, item, resource.model)
        self.urls.new[item["url"]] = build_url(self.write_context, obj)
        self.objects[item["url"]] = obj
        self.created[name].append((item, obj))
        self.deferred.extend((name, index, item, obj, field_name, value) for field_name, value in later.items())
        return obj

    def _complete(self, name: str, index: int, item: dict, obj, field_name: str, value) -> None:
        pending, missing = [], []
        rewritten = self.urls.rewrite(value, pending, missing)
        assert not pending and not missing, "every archive URL exists once all items are created"
        serializer = BY_NAME[name].serializer_class(
            obj, data={field_name: rewritten}, partial=True, context=self.context
        )
        self._save(serializer, name, index, item, BY_NAME[name].model)

    def _link_zaakobjecttypen(self) -> None:
        """The statustypen and resultaattypen of a zaakobjecttype: the API shows this
        link only on the zaakobjecttype, read-only, so it is restored here."""
        for index, (item, zaakobjecttype) in enumerate(self.created["zaakobjecttypen"]):
            for field_name, model in (("statustypen", StatusType), ("resultaattypen", ResultaatType)):
                urls = item.get(field_name) or []
                if not isinstance(urls, list) or not all(isinstance(url, str) for url in urls):
                    raise ArchiveRefused(
                        f"{_where('zaakobjecttypen', index, item)}: {field_name} is geen lijst van URL's."
                    )
                linked = [self.objects.get(url) for url in urls]
                wrong = [
                    url
                    for url, obj in zip(urls, linked, strict=True)
                    if not isinstance(obj, model) or obj.zaaktype_id != zaakobjecttype.zaaktype_id
                ]
                if wrong:
                    raise ArchiveRefused(
                        f"{_where('zaakobjecttypen', index, item)}: {field_name} verwijst naar {', '.join(wrong)}, "
                        f"dat geen {model._meta.verbose_name} van hetzelfde zaaktype in het archief is."
                    )
                model.objects.filter(pk__in=[obj.pk for obj in linked]).update(zaakobjecttype=zaakobjecttype)

    def _save(self, serializer, name: str, index: int, item: dict, model):
        try:
            serializer.is_valid(raise_exception=True)
            # saving may still refuse: e.g. the Selectielijst API is gone when values are derived
            if serializer.instance is None:
                return services.create(context=self.write_context, model=model, data=serializer.validated_data)
            return services.update(
                context=self.write_context, instance=serializer.instance, data=serializer.validated_data, partial=True
            )
        except serializers.ValidationError as exc:
            problems = "; ".join(
                f"{param['name']}: {param['reason']} ({param['code']})" for param in invalid_params(exc.detail)
            )
            raise ArchiveRefused(f"{_where(name, index, item)} is ongeldig: {problems}") from None

    # --- publishing ----------------------------------------------------------------------
    def _publish(self) -> int:
        """Publish what was published in the archive: informatieobjecttypen and
        besluittypen first, then zaaktypen, each after its deelzaaktypen (the publish
        rule requires that order)."""
        count = 0
        for name in ("informatieobjecttypen", "besluittypen"):
            for index, (item, obj) in enumerate(self.created[name]):
                if item.get("concept") is False:
                    self._publish_one(name, index, item, obj)
                    count += 1
        todo = [
            (index, item, obj)
            for index, (item, obj) in enumerate(self.created["zaaktypen"])
            if item.get("concept") is False
        ]
        while todo:
            ready = [entry for entry in todo if not _has_concept_deelzaaktypen(entry[2])]
            if not ready:
                index, item, _obj = todo[0]
                raise ArchiveRefused(
                    f"{_where('zaaktypen', index, item)}: de deelzaaktypen van dit gepubliceerde zaaktype "
                    "kunnen niet eerst gepubliceerd worden."
                )
            for index, item, obj in ready:
                self._publish_one("zaaktypen", index, item, obj)
                count += 1
            todo = [entry for entry in todo if entry not in ready]
        return count

    def _publish_one(self, name, index, item, obj) -> None:
        try:
            services.publish(context=self.write_context, instance=obj)
        except serializers.ValidationError as exc:
            reasons = "; ".join(param["reason"] for param in invalid_params(exc.detail))
            raise ArchiveRefused(f"{_where(name, index, item)} kan niet gepubliceerd worden: {reasons}") from None


def _empty_group(value) -> bool:
    return isinstance(value, dict) and all(item in (None, "", []) for item in value.values())


def _has_concept_deelzaaktypen(zaaktype: ZaakType) -> bool:
    return zaaktype.deelzaaktypen.filter(concept=True).exists()


def _where(name: str, index: int, item: dict) -> str:
    return f"{filename(name)}, item {index} ({item['url']})"
