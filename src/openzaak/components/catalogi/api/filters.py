"""The list filters of the Catalogi API 1.3.3, spelled as the contract spells them.

`status` (alles/concept/definitief; definitief when absent) and `datumGeldigheid` (the
version valid on a date) apply to the published types themselves and, for their
sub-types, through the zaaktype: a sub-type's validity is its own where set, else its
zaaktype's."""

from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django_filters import rest_framework as filters

from openzaak.zgw.constants import RolOmschrijving
from openzaak.zgw.filters import FilterSet, URLFilter

from ..constants import ConceptStatus, Richting
from ..models import (
    BesluitType,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)

STATUS_HELP = (
    "filter objects depending on their concept status:\n"
    "* `alles`: Toon objecten waarvan het attribuut `concept` true of false is.\n"
    "* `concept`: Toon objecten waarvan het attribuut `concept` true is.\n"
    "* `definitief`: Toon objecten waarvan het attribuut `concept` false is (standaard).\n"
)


class StatusFilter(filters.ChoiceFilter):
    """`status`: which versions by their concept flag; `definitief` when not given."""

    def __init__(self, *args, concept_field="concept", **kwargs):
        self.concept_field = concept_field
        kwargs.setdefault("choices", ConceptStatus.choices)
        kwargs.setdefault("help_text", STATUS_HELP)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        value = value or ConceptStatus.definitief
        if value == ConceptStatus.alles:
            return qs
        return qs.filter(**{self.concept_field: value == ConceptStatus.concept})


class FilterSetWithStatus(FilterSet):
    """Applies the `status` filter also when the parameter is absent (the default)."""

    always = ("status",)

    @property
    def qs(self):
        queryset = super().qs
        if not self.form.cleaned_data.get("status") and "status" in self.filters:
            queryset = self.filters["status"].filter(queryset, None)
        return queryset


class GeldigheidFilter(filters.DateFilter):
    """`datumGeldigheid`: the versions valid on that date (eindeGeldigheid inclusive)."""

    def __init__(self, *args, prefix="", inherited=False, **kwargs):
        self.prefix, self.inherited = prefix, inherited
        kwargs.setdefault("help_text", "filter objecten op hun geldigheids datum.")
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in (None, ""):
            return qs
        begin, einde = f"{self.prefix}begin_geldigheid", f"{self.prefix}einde_geldigheid"
        if self.inherited:  # a sub-type: its own dates, else its zaaktype's
            qs = qs.alias(
                _begin=Coalesce(F("begin_geldigheid"), F("zaaktype__begin_geldigheid")),
                _einde=Coalesce(F("einde_geldigheid"), F("zaaktype__einde_geldigheid")),
            )
            begin, einde = "_begin", "_einde"
        return qs.filter(**{f"{begin}__lte": value}).filter(
            Q(**{f"{einde}__isnull": True}) | Q(**{f"{einde}__gte": value})
        )


class InheritedDateFilter(filters.DateFilter):
    """A sub-type's own validity date equals the value, or, where it has none, its zaaktype's."""

    def filter(self, qs, value):
        if value in (None, ""):
            return qs
        return qs.alias(_datum=Coalesce(F(self.field_name), F(f"zaaktype__{self.field_name}"))).filter(_datum=value)


class CharInFilter(filters.BaseInFilter, filters.CharFilter):
    pass


class CatalogusFilter(FilterSet):
    domein = filters.CharFilter(
        help_text="Een afkorting waarmee wordt aangegeven voor welk domein in een CATALOGUS ZAAKTYPEn zijn uitgewerkt."
    )
    domein__in = CharInFilter(field_name="domein", help_text="Multiple values may be separated by commas.")
    rsin = filters.CharFilter(
        help_text="Het door een kamer toegekend uniek nummer voor de INGESCHREVEN NIET-NATUURLIJK PERSOON die de "
        "eigenaar is van een CATALOGUS."
    )
    rsin__in = CharInFilter(field_name="rsin", help_text="Multiple values may be separated by commas.")

    class Meta:
        model = Catalogus
        fields = ("domein", "domein__in", "rsin", "rsin__in")


class TrefwoordenFilter(filters.BaseCSVFilter, filters.CharFilter):
    """`trefwoorden=a,b`: zaaktypen that have all of these trefwoorden."""

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(trefwoorden__contains=value)


class ZaakTypeFilter(FilterSetWithStatus):
    catalogus = URLFilter(model=Catalogus, help_text="URL-referentie naar de CATALOGUS waartoe dit ZAAKTYPE behoort.")
    identificatie = filters.CharFilter(
        help_text="Unieke identificatie van het ZAAKTYPE binnen de CATALOGUS waarin het ZAAKTYPE voorkomt."
    )
    trefwoorden = TrefwoordenFilter(help_text="Multiple values may be separated by commas.")
    status = StatusFilter()
    datumGeldigheid = GeldigheidFilter()

    class Meta:
        model = ZaakType
        fields = ("catalogus", "identificatie", "trefwoorden", "status", "datumGeldigheid")


class InformatieObjectTypeFilter(FilterSetWithStatus):
    catalogus = URLFilter(
        model=Catalogus, help_text="URL-referentie naar de CATALOGUS waartoe dit INFORMATIEOBJECTTYPE behoort."
    )
    status = StatusFilter()
    datumGeldigheid = GeldigheidFilter()
    omschrijving = filters.CharFilter(
        help_text="Omschrijving van de aard van informatieobjecten van dit INFORMATIEOBJECTTYPE."
    )

    class Meta:
        model = InformatieObjectType
        fields = ("catalogus", "status", "datumGeldigheid", "omschrijving")


class BesluitTypeFilter(FilterSetWithStatus):
    catalogus = URLFilter(
        model=Catalogus, help_text="URL-referentie naar de CATALOGUS waartoe dit BESLUITTYPE behoort."
    )
    zaaktypen = URLFilter(model=ZaakType, help_text="ZAAKTYPE met ZAAKen die relevant kunnen zijn voor dit BESLUITTYPE")
    informatieobjecttypen = URLFilter(
        model=InformatieObjectType,
        help_text="Het INFORMATIEOBJECTTYPE van informatieobjecten waarin besluiten van dit BESLUITTYPE worden "
        "vastgelegd.",
    )
    status = StatusFilter()
    omschrijving = filters.CharFilter(help_text="Omschrijving van de aard van BESLUITen van het BESLUITTYPE.")
    datumGeldigheid = GeldigheidFilter()

    class Meta:
        model = BesluitType
        fields = ("catalogus", "zaaktypen", "informatieobjecttypen", "status", "omschrijving", "datumGeldigheid")


class ZaakTypeDeelFilter(FilterSetWithStatus):
    """The filters every sub-type of a zaaktype has."""

    zaaktype = URLFilter(model=ZaakType, help_text="URL-referentie naar het ZAAKTYPE.")
    zaaktypeIdentificatie = filters.CharFilter(field_name="zaaktype__identificatie", help_text="zaaktype_identificatie")
    status = StatusFilter(concept_field="zaaktype__concept")
    datumGeldigheid = GeldigheidFilter(inherited=True)


class StatusTypeFilter(ZaakTypeDeelFilter):
    class Meta:
        model = StatusType
        fields = ("zaaktype", "zaaktypeIdentificatie", "status", "datumGeldigheid")


class EigenschapFilter(ZaakTypeDeelFilter):
    class Meta:
        model = Eigenschap
        fields = ("zaaktype", "zaaktypeIdentificatie", "status", "datumGeldigheid")


class RolTypeFilter(ZaakTypeDeelFilter):
    omschrijvingGeneriek = filters.ChoiceFilter(
        field_name="omschrijving_generiek",
        choices=RolOmschrijving.choices,
        help_text="Algemeen gehanteerde omschrijving van de aard van de ROL.",
    )

    class Meta:
        model = RolType
        fields = ("zaaktype", "zaaktypeIdentificatie", "omschrijvingGeneriek", "status", "datumGeldigheid")


class ResultaatTypeFilter(ZaakTypeDeelFilter):
    # the contract names two parameters in both spellings
    zaaktype_identificatie = filters.CharFilter(
        field_name="zaaktype__identificatie", help_text="zaaktype_identificatie"
    )
    datum_geldigheid = GeldigheidFilter(help_text="datum_geldigheid", inherited=True)

    class Meta:
        model = ResultaatType
        fields = (
            "zaaktype",
            "zaaktype_identificatie",
            "zaaktypeIdentificatie",
            "status",
            "datum_geldigheid",
            "datumGeldigheid",
        )


class ZaakObjectTypeFilter(FilterSet):
    anderObjecttype = filters.BooleanFilter(
        field_name="ander_objecttype",
        help_text="Aanduiding waarmee wordt aangegeven of het ZAAKOBJECTTYPE een ander, niet in RSGB en RGBZ "
        "voorkomend, objecttype betreft.",
    )
    catalogus = URLFilter(
        field_name="zaaktype__catalogus",
        model=Catalogus,
        help_text="URL-referentie naar de CATALOGUS waartoe dit ZAAKOBJECTTYPE behoort.",
    )
    datumBeginGeldigheid = InheritedDateFilter(
        field_name="begin_geldigheid", help_text="De datum waarop het is ontstaan."
    )
    datumEindeGeldigheid = InheritedDateFilter(
        field_name="einde_geldigheid", help_text="De datum waarop het is opgeheven."
    )
    datumGeldigheid = GeldigheidFilter(inherited=True)
    objecttype = filters.CharFilter(help_text="URL-referentie naar de OBJECTTYPE waartoe dit ZAAKOBJECTTYPE behoort.")
    relatieOmschrijving = filters.CharFilter(
        field_name="relatie_omschrijving",
        help_text="Omschrijving van de betrekking van het Objecttype op zaken van het gerelateerde ZAAKTYPE.",
    )
    zaaktype = URLFilter(
        model=ZaakType, help_text="URL-referentie naar de ZAAKTYPE waartoe dit ZAAKOBJECTTYPE behoort."
    )
    zaaktypeIdentificatie = filters.CharFilter(field_name="zaaktype__identificatie", help_text="zaaktype_identificatie")

    class Meta:
        model = ZaakObjectType
        fields = (
            "anderObjecttype",
            "catalogus",
            "datumBeginGeldigheid",
            "datumEindeGeldigheid",
            "datumGeldigheid",
            "objecttype",
            "relatieOmschrijving",
            "zaaktype",
            "zaaktypeIdentificatie",
        )


class ZaakTypeInformatieObjectTypeFilter(FilterSetWithStatus):
    zaaktype = URLFilter(model=ZaakType, help_text="URL-referentie naar het ZAAKTYPE.")
    informatieobjecttype = URLFilter(
        model=InformatieObjectType, help_text="URL-referentie naar het INFORMATIEOBJECTTYPE."
    )
    richting = filters.ChoiceFilter(
        choices=Richting.choices,
        help_text="Aanduiding van de richting van informatieobjecten van het gerelateerde INFORMATIEOBJECTTYPE bij "
        "zaken van het gerelateerde ZAAKTYPE.",
    )
    status = StatusFilter(
        concept_field="zaaktype__concept",
        help_text=STATUS_HELP.replace("objecten waarvan", "relaties waarvan het zaaktype"),
    )

    class Meta:
        model = ZaakTypeInformatieObjectType
        fields = ("zaaktype", "informatieobjecttype", "richting", "status")
