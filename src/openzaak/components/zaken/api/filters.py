"""The list filters of a zaak's sub-resources (Zaken API 1.7.0), spelled as the contract
spells them. A rol's `betrokkeneIdentificatie__…` filters are written by
`Rol.objects.betrokkene_identificatie()`, the exact expression of their partial indexes."""

from django_filters import rest_framework as filters

from openzaak.components.catalogi.models import ResultaatType, RolType, StatusType
from openzaak.components.documenten.models import EnkelvoudigInformatieObject
from openzaak.zgw.constants import RolOmschrijving, ZaakobjectType
from openzaak.zgw.filters import FilterSet, URLFilter

from ..constants import BetrokkeneType, NotitieStatus, NotitieType
from ..models import (
    BETROKKENE_IDENTIFICATIE_FILTERS,
    KlantContact,
    Resultaat,
    Rol,
    Status,
    Zaak,
    ZaakContactMoment,
    ZaakInformatieObject,
    ZaakNotitie,
    ZaakObject,
    ZaakVerzoek,
)

ZAAK_HELP = "URL-referentie naar de ZAAK."


def zaak_filter(field_name: str = "zaak"):
    return URLFilter(model=Zaak, field_name=field_name, help_text=ZAAK_HELP)


class StatusFilter(FilterSet):
    zaak = zaak_filter()
    statustype = URLFilter(model=StatusType, help_text="URL-referentie naar het STATUSTYPE (in de Catalogi API).")
    indicatieLaatstGezetteStatus = filters.BooleanFilter(
        field_name="indicatie_laatst_gezette_status",
        help_text="Het gegeven is afleidbaar uit de historie van de attribuutsoort Datum status gezet van van alle "
        "statussen bij de desbetreffende zaak.",
    )

    class Meta:
        model = Status
        fields = ("zaak", "statustype", "indicatieLaatstGezetteStatus")


class ResultaatFilter(FilterSet):
    zaak = zaak_filter()
    resultaattype = URLFilter(
        model=ResultaatType, help_text="URL-referentie naar het RESULTAATTYPE (in de Catalogi API)."
    )

    class Meta:
        model = Resultaat
        fields = ("zaak", "resultaattype")


BETROKKENE_IDENTIFICATIE_PREFIX = "betrokkeneIdentificatie__"


class RolFilterMeta(type(FilterSet)):
    """Adds a `betrokkeneIdentificatie__<suffix>` filter per BETROKKENE_IDENTIFICATIE_FILTERS."""

    def __new__(mcs, name, bases, attrs):
        for suffix in BETROKKENE_IDENTIFICATIE_FILTERS:
            attrs[f"{BETROKKENE_IDENTIFICATIE_PREFIX}{suffix}"] = filters.CharFilter(method="filter_identificatie")
        return super().__new__(mcs, name, bases, attrs)


class RolFilter(FilterSet, metaclass=RolFilterMeta):
    zaak = zaak_filter()
    betrokkene = filters.CharFilter(help_text="URL-referentie naar een betrokkene gerelateerd aan de ZAAK.")
    betrokkeneType = filters.ChoiceFilter(
        field_name="betrokkene_type", choices=BetrokkeneType.choices, help_text="Type van de `betrokkene`."
    )
    roltype = URLFilter(model=RolType, help_text="URL-referentie naar een roltype binnen het ZAAKTYPE van de ZAAK.")
    omschrijving = filters.CharFilter(help_text="Omschrijving van de aard van de ROL, afgeleid uit het ROLTYPE.")
    omschrijvingGeneriek = filters.ChoiceFilter(
        field_name="omschrijving_generiek",
        choices=RolOmschrijving.choices,
        help_text="Algemeen gehanteerde benaming van de aard van de ROL, afgeleid uit het ROLTYPE.",
    )

    class Meta:
        model = Rol
        fields = ("zaak", "betrokkene", "betrokkeneType", "roltype", "omschrijving", "omschrijvingGeneriek")

    def filter_identificatie(self, queryset, name, value):
        if value in (None, ""):
            return queryset
        return queryset.betrokkene_identificatie(**{name.removeprefix(BETROKKENE_IDENTIFICATIE_PREFIX): value})


class ZaakObjectFilter(FilterSet):
    zaak = zaak_filter()
    object = filters.CharFilter(help_text="URL-referentie naar de resource die het OBJECT beschrijft.")
    objectType = filters.ChoiceFilter(
        field_name="object_type",
        choices=ZaakobjectType.choices,
        help_text="Beschrijft het type OBJECT gerelateerd aan de ZAAK.",
    )

    class Meta:
        model = ZaakObject
        fields = ("zaak", "object", "objectType")


class ZaakInformatieObjectFilter(FilterSet):
    zaak = zaak_filter()
    informatieobject = URLFilter(
        model=EnkelvoudigInformatieObject,
        help_text="URL-referentie naar het INFORMATIEOBJECT (in de Documenten API).",
    )

    class Meta:
        model = ZaakInformatieObject
        fields = ("zaak", "informatieobject")


class KlantContactFilter(FilterSet):
    zaak = zaak_filter()

    class Meta:
        model = KlantContact
        fields = ("zaak",)


class ZaakContactMomentFilter(FilterSet):
    zaak = zaak_filter()
    contactmoment = filters.CharFilter(help_text="URL-referentie naar het CONTACTMOMENT (in de Klantinteractie API).")

    class Meta:
        model = ZaakContactMoment
        fields = ("zaak", "contactmoment")


class ZaakVerzoekFilter(FilterSet):
    zaak = zaak_filter()
    verzoek = filters.CharFilter(help_text="URL-referentie naar het VERZOEK (in de Klantinteractie API).")

    class Meta:
        model = ZaakVerzoek
        fields = ("zaak", "verzoek")


def _text_and_icontains(name: str, field: str) -> dict:
    return {
        name: filters.CharFilter(field_name=field),
        f"{name}__icontains": filters.CharFilter(field_name=field, lookup_expr="icontains"),
    }


def _datetime_range(name: str, field: str) -> dict:
    return {
        name: filters.IsoDateTimeFilter(field_name=field),
        **{
            f"{name}__{lookup}": filters.IsoDateTimeFilter(field_name=field, lookup_expr=lookup)
            for lookup in ("gt", "gte", "lt", "lte")
        },
    }


ZaakNotitieFilter = type(
    "ZaakNotitieFilter",
    (FilterSet,),
    {
        "__module__": __name__,
        "__doc__": "The filters of GET /zaaknotities (experimental in the contract).",
        **_text_and_icontains("aangemaaktDoor", "aangemaakt_door"),
        **_text_and_icontains("onderwerp", "onderwerp"),
        **_text_and_icontains("tekst", "tekst"),
        **_datetime_range("aanmaakdatum", "aanmaakdatum"),
        **_datetime_range("wijzigingsdatum", "wijzigingsdatum"),
        "gerelateerdAan": zaak_filter("gerelateerd_aan"),
        "notitieType": filters.ChoiceFilter(field_name="notitie_type", choices=NotitieType.choices),
        "status": filters.ChoiceFilter(choices=NotitieStatus.choices),
        "Meta": type("Meta", (), {"model": ZaakNotitie, "fields": ()}),
    },
)
