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

from django.utils import timezone
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
