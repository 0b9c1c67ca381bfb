"""Which version a relation between versioned types shows (Catalogi API 1.3.x, "De url's
die moeten worden teruggegeven van besluittypen, zaaktypen en informatieobjecttypen in
GET-responses").

Zaaktypen, besluittypen and informatieobjecttypen refer to each other by their
version-independent key (identificatie, omschrijving). A response shows, for each
related type, the URL of its version in the same catalogus that is published and valid
on the peildatum: the `datumGeldigheid` query parameter when given, else today. A
relation with no such version (a concept still being drafted, say) shows the version it
was made with.

The published, valid versions of one kind of type are loaded once per request (a
single query of catalogus, key and uuid), so a page costs the same whatever its size.
"""

from __future__ import annotations

import datetime

from django.db import models
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from openzaak.zgw.references import build_url, url_builder

from ...models import BesluitType, InformatieObjectType, ZaakType

KEYS = {ZaakType: "identificatie", InformatieObjectType: "omschrijving", BesluitType: "omschrijving"}


def peildatum(request) -> datetime.date:
    value = request.query_params.get("datumGeldigheid") if request is not None else None
    if not value:
        return timezone.localdate()
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise serializers.ValidationError(
            {"datumGeldigheid": serializers.ErrorDetail("Voer een geldige datum in.", code="invalid")}
        ) from None


class VersionResolver:
    def __init__(self, request):
        self.request = request
        self.date = peildatum(request)
        self._valid: dict[type, dict[tuple[int, str], str]] = {}

    @classmethod
    def for_request(cls, request) -> VersionResolver:
        resolver = getattr(request, "_catalogi_versions", None)
        if resolver is None:
            resolver = cls(request)
            if request is not None:
                request._catalogi_versions = resolver
        return resolver

    def url(self, obj) -> str:
        model = type(obj)
        if model not in KEYS:
            return build_url(self.request, obj)
        valid = self._valid.get(model)
        if valid is None:
            valid = self._load(model)
        return valid.get((obj.catalogus_id, getattr(obj, KEYS[model]))) or build_url(self.request, obj)

    def url_for(self, model, catalogus_id: int, key: str, uuid) -> str:
        """`url()` for a version known by its catalogus, key and uuid only."""
        valid = self._valid.get(model)
        if valid is None:
            valid = self._load(model)
        return valid.get((catalogus_id, key)) or url_builder(self.request, model)(_Uuid(uuid))

    def _load(self, model) -> dict[tuple[int, str], str]:
        make_url = url_builder(self.request, model)
        rows = (
            model.objects.filter(concept=False)
            .geldig_op(self.date)
            .order_by("begin_geldigheid")
            .values_list("catalogus_id", KEYS[model], "uuid")
        )
        # ordered by begin, so where versions would overlap the latest wins
        valid = {(catalogus_id, key): make_url(_Uuid(uuid)) for catalogus_id, key, uuid in rows}
        self._valid[model] = valid
        return valid


class _Uuid:
    __slots__ = ("uuid",)

    def __init__(self, uuid):
        self.uuid = uuid


class ReferringTypesField(serializers.Field):
    """The versioned types that refer to this one *by key* (1.3.x historiemodel): e.g.
    a besluittype's `zaaktypen` are the zaaktypen related to any version of it (same
    catalogus, same omschrijving), each shown as its version valid on the peildatum
    (`value="url"`) or by its key (`value="key"`).

    `link` is the model that holds the relation, `target` its field naming this type and
    `referrer` its field naming the referring type. The links of a whole page are loaded
    in one query, the first time a row asks."""

    def __init__(self, *, link, target: str, referrer: str, value: str = "url", **kwargs):
        kwargs.update(read_only=True, source="*")
        self.link, self.target, self.referrer, self.value = link, target, referrer, value
        super().__init__(**kwargs)

    def to_representation(self, obj):
        request = self.context.get("request")
        rows = self._links(request).get((obj.catalogus_id, getattr(obj, KEYS[type(obj)])), [])
        resolver = VersionResolver.for_request(request)
        seen, result = set(), []
        for catalogus_id, key, uuid in rows:
            item = key if self.value == "key" else resolver.url_for(self._referrer_model, catalogus_id, key, uuid)
            if item not in seen:
                seen.add(item)
                result.append(item)
        return result

    @property
    def _referrer_model(self):
        return self.link._meta.get_field(self.referrer).related_model

    def _page(self):
        """The object(s) being serialized: the page of a list, else the one object."""
        serializer = self.parent
        if isinstance(serializer.parent, serializers.ListSerializer):
            serializer = serializer.parent
        return serializer.instance

    def _links(self, request) -> dict:
        page = self._page()
        cache = request.__dict__.setdefault("_catalogi_links", {}) if request is not None else {}
        cache_key = (self.link, self.target, self.referrer, id(page))
        if cache_key not in cache:
            objects = [page] if isinstance(page, models.Model) else list(page)
            cache[cache_key] = self._load(objects)
        return cache[cache_key]

    def _load(self, objects) -> dict:
        if not objects:
            return {}
        key = KEYS[type(objects[0])]
        referrer_key = KEYS[self._referrer_model]
        rows = (
            self.link.objects.filter(
                **{
                    f"{self.target}__catalogus_id__in": {obj.catalogus_id for obj in objects},
                    f"{self.target}__{key}__in": {getattr(obj, key) for obj in objects},
                }
            )
            .order_by(f"{self.referrer}__{referrer_key}", f"{self.referrer}__begin_geldigheid")
            .values_list(
                f"{self.target}__catalogus_id",
                f"{self.target}__{key}",
                f"{self.referrer}__catalogus_id",
                f"{self.referrer}__{referrer_key}",
                f"{self.referrer}__uuid",
            )
        )
        links: dict = {}
        for catalogus_id, target_key, *referrer in rows:
            links.setdefault((catalogus_id, target_key), []).append(tuple(referrer))
        return links


@extend_schema_field({"type": "array", "items": {"type": "string", "format": "uri"}, "readOnly": True})
class ReferringTypeUrlsField(ReferringTypesField):
    """The referring types' URLs."""


@extend_schema_field({"type": "array", "items": {"type": "string"}, "readOnly": True})
class ReferringTypeKeysField(ReferringTypesField):
    """The referring types' keys (identificatie/omschrijving)."""

    def __init__(self, **kwargs):
        super().__init__(value="key", **kwargs)
