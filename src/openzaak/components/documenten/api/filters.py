"""The list filters of the Documenten API 1.7.1, spelled as the contract spells them."""

import datetime

from django.db.models import Exists, OuterRef
from django_filters import rest_framework as filters
from rest_framework import exceptions

from openzaak.zgw.filters import FilterSet, URLFilter

from ..constants import AardRelatieVerzending, ObjectInformatieObjectType
from ..models import EnkelvoudigInformatieObject, Gebruiksrechten, ObjectInformatieObject, Verzending
from ..selectors import resolve_object


def _object_condition(url: str, kind: str | None) -> dict | None:
    """The objectinformatieobject columns that name the object at `url` (a zaak or
    besluit of this installation, else a verzoek URL); None when no object can match."""
    kinds = [kind] if kind else ["zaak", "besluit", "verzoek"]
    for candidate in kinds:
        if candidate == ObjectInformatieObjectType.verzoek:
            return {"verzoek": url}
        try:
            return {candidate: resolve_object(url, candidate, only=("pk",))}
        except exceptions.ValidationError:
            continue
    return None


class ObjectFilter(filters.CharFilter):
    """`object` of an objectinformatieobject: the URL of its zaak, besluit or verzoek."""

    def filter(self, qs, value):
        if value in (None, ""):
            return qs
        condition = _object_condition(value, None)
        return qs.filter(**condition) if condition else qs.none()


class RelatedObjectFilter(filters.CharFilter):
    """`objectinformatieobjecten_object`: documents related to that zaak, besluit or
    verzoek (an EXISTS on the relations, answered by their unique indexes), narrowed by
    `objectinformatieobjecten_objectType` when given."""

    def filter(self, qs, value):
        if value in (None, ""):
            return qs
        kind = self.parent.data.get("objectinformatieobjecten_objectType") or None
        condition = _object_condition(value, kind)
        if condition is None:
            return qs.none()
        relations = ObjectInformatieObject.objects.filter(informatieobject=OuterRef("pk"), **condition)
        return qs.filter(Exists(relations))


class ObjectTypeFilter(filters.ChoiceFilter):
    """`objectinformatieobjecten_objectType`: documents with a relation to an object of
    that type (with `objectinformatieobjecten_object`: narrows that filter)."""

    def filter(self, qs, value):
        if value in (None, "") or self.parent.data.get("objectinformatieobjecten_object"):
            return qs
        return qs.filter(
            Exists(ObjectInformatieObject.objects.filter(informatieobject=OuterRef("pk"), object_type=value))
        )


class TrefwoordenFilter(filters.BaseCSVFilter, filters.CharFilter):
    """`trefwoorden=a,b`: documents that have all of these trefwoorden (GIN index)."""

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(trefwoorden__contains=value)


class EnkelvoudigInformatieObjectFilter(FilterSet):
    identificatie = filters.CharFilter(
        help_text="Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT."
    )
    bronorganisatie = filters.CharFilter(
        help_text="Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft "
        "gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd."
    )
    objectinformatieobjecten_object = RelatedObjectFilter(
        help_text="URL-referentie naar het gerelateerde OBJECT (in deze of andere API)."
    )
    objectinformatieobjecten_objectType = ObjectTypeFilter(
        choices=ObjectInformatieObjectType.choices, help_text="Het type van het gerelateerde OBJECT."
    )
    trefwoorden = TrefwoordenFilter(help_text="Een lijst van trefwoorden gescheiden door comma's.")

    class Meta:
        model = EnkelvoudigInformatieObject
        fields = (
            "identificatie",
            "bronorganisatie",
            "objectinformatieobjecten_object",
            "objectinformatieobjecten_objectType",
            "trefwoorden",
        )


DATUM_LOOKUPS = ("lt", "lte", "gt", "gte")


class DateTimeFilter(filters.IsoDateTimeFilter):
    """An ISO 8601 moment, compared in UTC: any offset ISO allows (`+16:35`), which
    PostgreSQL would refuse as written; one that leaves the calendar is a 400."""

    def filter(self, qs, value):
        if value in (None, ""):
            return qs
        try:
            value = value.astimezone(datetime.UTC)
        except (OverflowError, ValueError):
            raise exceptions.ValidationError(
                {
                    f"{self.field_name}__{self.lookup_expr}": [
                        exceptions.ErrorDetail("Geen geldige datum/tijd.", code="invalid")
                    ]
                }
            ) from None
        return super().filter(qs, value)


INFORMATIEOBJECT_HELP = "URL-referentie naar het INFORMATIEOBJECT."


class GebruiksrechtenFilter(FilterSet):
    informatieobject = URLFilter(
        model=EnkelvoudigInformatieObject, help_text="URL-referentie naar het INFORMATIEOBJECT."
    )

    class Meta:
        model = Gebruiksrechten
        fields = ("informatieobject",)


for _field, _help in (
    ("startdatum", "Begindatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn."),
    ("einddatum", "Einddatum van de periode waarin de gebruiksrechtvoorwaarden van toepassing zijn."),
):
    for _lookup in DATUM_LOOKUPS:
        GebruiksrechtenFilter.base_filters[f"{_field}__{_lookup}"] = DateTimeFilter(
            field_name=_field, lookup_expr=_lookup, help_text=_help
        )


class ObjectInformatieObjectFilter(FilterSet):
    object = ObjectFilter(help_text="URL-referentie naar het gerelateerde OBJECT (in deze of een andere API).")
    informatieobject = URLFilter(
        model=EnkelvoudigInformatieObject, help_text="URL-referentie naar het INFORMATIEOBJECT."
    )

    class Meta:
        model = ObjectInformatieObject
        fields = ("object", "informatieobject")


class VerzendingFilter(FilterSet):
    aardRelatie = filters.ChoiceFilter(
        field_name="aard_relatie",
        choices=AardRelatieVerzending.choices,
        help_text="Omschrijving van de aard van de relatie van de BETROKKENE tot het INFORMATIEOBJECT.",
    )
    informatieobject = URLFilter(
        model=EnkelvoudigInformatieObject,
        help_text="URL-referentie naar het informatieobject dat is ontvangen of verzonden.",
    )
    betrokkene = filters.CharFilter(
        help_text="URL-referentie naar de betrokkene waarvan het informatieobject is ontvangen of waaraan dit is "
        "verzonden."
    )

    class Meta:
        model = Verzending
        fields = ("aardRelatie", "informatieobject", "betrokkene")
