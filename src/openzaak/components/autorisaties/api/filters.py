from django_filters import rest_framework as filters

from openzaak.zgw.filters import FilterSet

from ..models import Applicatie


class ClientIdsFilter(filters.BaseInFilter, filters.CharFilter):
    """`clientIds=a,b`: applicaties with any of these client ids."""

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(client_ids__overlap=value)


class ApplicatieFilter(FilterSet):
    clientIds = ClientIdsFilter(field_name="client_ids", help_text="Multiple values may be separated by commas.")

    class Meta:
        model = Applicatie
        fields = ("clientIds",)
