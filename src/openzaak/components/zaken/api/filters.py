"""The list filters of GET /zaken (Zaken API 1.7.0), spelled as the contract spells them;
`POST /zaken/_zoek` takes the same ones in its body (`serializers.zoeken`).

The `rol__…` filters ask about one rol of the zaak: all of them given together must
hold for the same rol. They become one `zaak_id IN (SELECT zaak_id FROM rol WHERE …)`,
whose betrokkeneIdentificatie conditions are written by
`Rol.objects.betrokkene_identificatie()`, the exact expression of their partial indexes."""

from django_filters import rest_framework as filters

from openzaak.components.catalogi.models import ResultaatType, RolType, StatusType, ZaakType
from openzaak.components.documenten.models import EnkelvoudigInformatieObject
from openzaak.zgw.constants import (
    Archiefnominatie,
    Archiefstatus,
    RolOmschrijving,
    VertrouwelijkheidAanduiding,
    ZaakobjectType,
)
from openzaak.zgw.filters import DateTimeFilter, FilterSet, URLFilter

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

ROL_PREFIX = "rol__"
BETROKKENE_IDENTIFICATIE = f"{ROL_PREFIX}betrokkeneIdentificatie__"
# the contract's maximum lengths of the betrokkeneIdentificatie filters
MAX_LENGTHS = {
    "natuurlijkPersoon__inpBsn": 9,
    "natuurlijkPersoon__anpIdentificatie": 17,
    "natuurlijkPersoon__inpA_nummer": 10,
    "nietNatuurlijkPersoon__annIdentificatie": 17,
    "vestiging__vestigingsNummer": 24,
    "medewerker__identificatie": 254,
}
BETROKKENE_IDENTIFICATIE_HELP = {
    "natuurlijkPersoon__inpBsn": "Het burgerservicenummer, bedoeld in artikel 1.1 van de Wet algemene bepalingen "
    "burgerservicenummer.",
    "natuurlijkPersoon__anpIdentificatie": "Het door de gemeente uitgegeven unieke nummer voor een ANDER "
    "NATUURLIJK PERSOON",
    "natuurlijkPersoon__inpA_nummer": "Het administratienummer van de persoon, bedoeld in de Wet BRP",
    "nietNatuurlijkPersoon__innNnpId": "Het door een kamer toegekend uniek nummer voor de INGESCHREVEN "
    "NIET-NATUURLIJK PERSOON",
    "nietNatuurlijkPersoon__annIdentificatie": "Het door de gemeente uitgegeven unieke nummer voor een ANDER "
    "NIET-NATUURLIJK PERSOON",
    "vestiging__vestigingsNummer": "Een korte unieke aanduiding van de Vestiging.",
    "medewerker__identificatie": "Een unieke aanduiding van de MEDEWERKER.",
    "organisatorischeEenheid__identificatie": "Een korte identificatie van de organisatorische eenheid.",
}
ORDERING_FIELDS = (
    "startdatum",
    "einddatum",
    "publicatiedatum",
    "archiefactiedatum",
    "registratiedatum",
    "identificatie",
)
IN_HELP = "Multiple values may be separated by commas."


class CharInFilter(filters.BaseInFilter, filters.CharFilter):
    pass


class ChoiceInFilter(filters.BaseInFilter, filters.ChoiceFilter):
    pass


class Ordering(filters.OrderingFilter):
    """`ordering=-startdatum,identificatie`; the primary key breaks ties, so pages are stable."""

    def filter(self, qs, value):
        if not value:
            return qs
        ordering = [self.get_ordering_value(param) for param in value]
        tie_breaker = "-pk" if ordering[-1].startswith("-") else "pk"
        return qs.order_by(*ordering, tie_breaker)


def _date_filters(name: str, field: str, lookups: tuple[str, ...], help_texts: dict) -> dict:
    result = {name: filters.DateFilter(field_name=field, help_text=help_texts[""])}
    for lookup in lookups:
        if lookup == "isnull":
            result[f"{name}__isnull"] = filters.BooleanFilter(
                field_name=field, lookup_expr="isnull", help_text=help_texts["isnull"]
            )
        else:
            result[f"{name}__{lookup}"] = filters.DateFilter(
                field_name=field, lookup_expr=lookup, help_text=help_texts[lookup]
            )
    return result


def _help(label: str, description: str) -> dict:
    return {
        "": description,
        "isnull": f"De {label} is leeg.",
        "gt": f"De {label} is groter dan de opgegeven datum.",
        "gte": f"De {label} is groter dan of gelijk dan de opgegeven datum.",
        "lt": f"De {label} is kleiner dan de opgegeven datum.",
        "lte": f"De {label} is kleiner of gelijk dan de opgegeven datum.",
    }


class ZaakFilterMeta(type(FilterSet)):
    """Adds the date range and betrokkeneIdentificatie filters, declared as data below."""

    def __new__(mcs, name, bases, attrs):
        for filter_name, field, lookups, label, description in attrs.pop("date_filters", ()):
            attrs.update(_date_filters(filter_name, field, lookups, _help(label, description)))
        for suffix in BETROKKENE_IDENTIFICATIE_FILTERS:
            attrs[f"{BETROKKENE_IDENTIFICATIE}{suffix}"] = filters.CharFilter(
                method="filter_rol", max_length=MAX_LENGTHS.get(suffix), help_text=BETROKKENE_IDENTIFICATIE_HELP[suffix]
            )
        return super().__new__(mcs, name, bases, attrs)


class ZaakFilter(FilterSet, metaclass=ZaakFilterMeta):
    identificatie = filters.CharFilter(
        help_text="De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de "
        "behandeling van de ZAAK."
    )
    bronorganisatie = filters.CharFilter(
        help_text="Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd."
    )
    bronorganisatie__in = CharInFilter(field_name="bronorganisatie", help_text=IN_HELP)
    zaaktype = URLFilter(
        model=ZaakType,
        help_text="URL-referentie naar het ZAAKTYPE (in de Catalogi API) in de CATALOGUS waar deze voorkomt",
    )
    archiefnominatie = filters.ChoiceFilter(
        choices=Archiefnominatie.choices,
        help_text="Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.",
    )
    archiefnominatie__in = ChoiceInFilter(
        field_name="archiefnominatie", choices=Archiefnominatie.choices, help_text=IN_HELP
    )
    archiefstatus = filters.ChoiceFilter(
        choices=Archiefstatus.choices,
        help_text="Aanduiding of het zaakdossier blijvend bewaard of na een bepaalde termijn vernietigd moet worden.",
    )
    archiefstatus__in = ChoiceInFilter(field_name="archiefstatus", choices=Archiefstatus.choices, help_text=IN_HELP)
    date_filters = (
        (
            "archiefactiedatum",
            "archiefactiedatum",
            ("isnull", "lt", "gt"),
            "archiefactiedatum",
            "De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht moet worden "
            "naar een archiefbewaarplaats.",
        ),
        (
            "startdatum",
            "startdatum",
            ("gt", "gte", "lt", "lte"),
            "startdatum",
            "De datum waarop met de uitvoering van de zaak is gestart",
        ),
        (
            "registratiedatum",
            "registratiedatum",
            ("gt", "lt"),
            "registratiedatum",
            "De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd.",
        ),
        (
            "einddatum",
            "einddatum",
            ("isnull", "gt", "lt"),
            "einddatum",
            "De datum waarop de uitvoering van de zaak afgerond is.",
        ),
        (
            "einddatumGepland",
            "einddatum_gepland",
            ("gt", "lt"),
            "geplande einddatum",
            "De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.",
        ),
        (
            "uiterlijkeEinddatumAfdoening",
            "uiterlijke_einddatum_afdoening",
            ("gt", "lt"),
            "uiterlijke einddatumafdoening",
            "De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.",
        ),
    )
    rol__betrokkeneType = filters.ChoiceFilter(
        method="filter_rol", choices=BetrokkeneType.choices, help_text="Type van de `betrokkene`."
    )
    rol__betrokkene = filters.CharFilter(
        method="filter_rol", help_text="URL-referentie naar een betrokkene gerelateerd aan de ZAAK."
    )
    rol__omschrijvingGeneriek = filters.ChoiceFilter(
        method="filter_rol",
        choices=RolOmschrijving.choices,
        help_text="Algemeen gehanteerde benaming van de aard van de ROL, afgeleid uit het ROLTYPE.",
    )
    maximaleVertrouwelijkheidaanduiding = filters.ChoiceFilter(
        method="filter_maximale_vertrouwelijkheidaanduiding",
        choices=VertrouwelijkheidAanduiding.choices,
        help_text="Zaken met een vertrouwelijkheidaanduiding die beperkter is dan de aangegeven aanduiding worden "
        "uit de resultaten gefiltered.",
    )
    ordering = Ordering(
        fields=ORDERING_FIELDS,
        help_text="Het veld waarop de resultaten geordend worden. Het minnetje betekent omgekeerde volgorde.",
    )

    class Meta:
        model = Zaak
        fields: tuple = ()

    def filter_maximale_vertrouwelijkheidaanduiding(self, queryset, name, value):
        return queryset.filter(vertrouwelijkheidaanduiding__in=VertrouwelijkheidAanduiding.up_to(value))

    def filter_rol(self, queryset, name, value):
        return queryset  # all rol filters at once, in filter_queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        rol_filters = {
            name.removeprefix(ROL_PREFIX): value
            for name, value in self.form.cleaned_data.items()
            if name.startswith(ROL_PREFIX) and value not in (None, "")
        }
        if rol_filters:
            queryset = queryset.filter(pk__in=rollen_matching(rol_filters).values("zaak_id"))
        return queryset


def rollen_matching(rol_filters: dict):
    """The rollen that match every `rol__…` filter (names without the `rol__` prefix)."""
    rollen = Rol.objects.all()
    identificatie = {}
    for name, value in rol_filters.items():
        if name == "betrokkeneType":
            rollen = rollen.filter(betrokkene_type=value)
        elif name == "betrokkene":
            rollen = rollen.filter(betrokkene=value)
        elif name == "omschrijvingGeneriek":
            rollen = rollen.filter(omschrijving_generiek=value)
        else:
            identificatie[name.removeprefix("betrokkeneIdentificatie__")] = value
    if identificatie:
        rollen = rollen.betrokkene_identificatie(**identificatie)
    return rollen


# --- a zaak's sub-resources ---------------------------------------------------------------

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
        name: DateTimeFilter(field_name=field),
        **{
            f"{name}__{lookup}": DateTimeFilter(field_name=field, lookup_expr=lookup)
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
