"""A bound filterset copies only the filters its data names; unbound (the schema) it has
them all."""

from openzaak.components.zaken.api.filters import ZaakFilter
from openzaak.components.zaken.models import Zaak


def test_a_bound_filterset_holds_only_the_filters_asked_for():
    queryset = Zaak.objects.none()
    assert set(ZaakFilter(data={}, queryset=queryset).filters) == set()
    asked = ZaakFilter(data={"identificatie": "Z-1", "startdatum__gt": "2024-01-01"}, queryset=queryset)
    assert set(asked.filters) == {"identificatie", "startdatum__gt", "startdatum"} & set(ZaakFilter.base_filters)
    assert asked.is_valid()
    assert set(ZaakFilter(queryset=queryset).filters) == set(ZaakFilter.base_filters)


def test_a_filter_with_a_default_is_kept_when_not_asked():
    from openzaak.components.catalogi.api.filters import ZaakTypeFilter
    from openzaak.components.catalogi.models import ZaakType

    assert set(ZaakTypeFilter(data={}, queryset=ZaakType.objects.none()).filters) == {"status"}
