"""The list filters of the Besluiten API 1.1.0, spelled as the contract spells them."""

from django_filters import rest_framework as filters

from openzaak.components.catalogi.models import BesluitType
from openzaak.components.documenten.models import EnkelvoudigInformatieObject
from openzaak.components.zaken.models import Zaak
from openzaak.zgw.filters import FilterSet, URLFilter

from ..models import Besluit, BesluitInformatieObject


class BesluitFilter(FilterSet):
    identificatie = filters.CharFilter(
        help_text="Identificatie van het besluit binnen de organisatie die het besluit heeft vastgesteld. Indien "
        "deze niet opgegeven is, dan wordt die gegenereerd."
    )
    verantwoordelijkeOrganisatie = filters.CharFilter(
        field_name="verantwoordelijke_organisatie",
        help_text="Het RSIN van de niet-natuurlijk persoon zijnde de organisatie die het besluit heeft vastgesteld.",
    )
    besluittype = URLFilter(model=BesluitType, help_text="URL-referentie naar het BESLUITTYPE (in de Catalogi API).")
    zaak = URLFilter(
        model=Zaak, help_text="URL-referentie naar de ZAAK (in de Zaken API) waarvan dit besluit uitkomst is."
    )

    class Meta:
        model = Besluit
        fields = ("identificatie", "verantwoordelijkeOrganisatie", "besluittype", "zaak")


class BesluitInformatieObjectFilter(FilterSet):
    besluit = URLFilter(model=Besluit, help_text="URL-referentie naar het BESLUIT.")
    informatieobject = URLFilter(
        model=EnkelvoudigInformatieObject,
        help_text="URL-referentie naar het INFORMATIEOBJECT (in de Documenten API) waarin (een deel van) het "
        "besluit beschreven is.",
    )

    class Meta:
        model = BesluitInformatieObject
        fields = ("besluit", "informatieobject")
