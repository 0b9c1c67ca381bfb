"""Query-parameter filtering, strict as the standard asks: a parameter the endpoint does
not know, or a value in the wrong format, is a 400 with `invalidParams` — never silently
ignored."""

import datetime

from django_filters import rest_framework as filters
from rest_framework import exceptions
from rest_framework.exceptions import ErrorDetail

from .references import resolve_url

# Parameters every list understands besides its filters.
GENERAL_PARAMETERS = {"page", "pageSize"}


class FilterSet(filters.FilterSet):
    """A bound filterset holds only the filters its data names. django-filter deep-copies
    every declared filter and builds a form class of them for each request, which for
    the sixty filters of zaken cost 10 ms of a list that asked for none. A filter that
    applies a default when its parameter is absent is named in `always`."""

    always: tuple[str, ...] = ()

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        if data is not None:
            asked = {*data, *self.always}
            self.base_filters = {
                name: filter_
                for name, filter_ in self.base_filters.items()
                # a filter of several parameters (a range) names them `<name>_<suffix>`
                if name in asked or any(key.startswith(f"{name}_") for key in asked)
            }
        super().__init__(data, queryset, request=request, prefix=prefix)


class URLFilter(filters.CharFilter):
    """Filter a foreign key by the URL of the related resource. A URL that names no
    object of the right kind matches nothing (it cannot be in the results)."""

    def __init__(self, *args, model=None, **kwargs):
        # not `self.model`: the FilterSet sets that to its own model on every filter
        self.url_model = model
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if value in (None, ""):
            return qs
        try:
            obj = resolve_url(value, self.url_model)
        except exceptions.ValidationError as exc:
            if exc.detail[0].code == "does_not_exist":
                return qs.none()
            raise exceptions.ValidationError({self.field_name: exc.detail}) from None
        return qs.filter(**{self.field_name: obj})


class Backend(filters.DjangoFilterBackend):
    def filter_queryset(self, request, queryset, view):
        if getattr(view, "action", None) != "list":
            return queryset  # detail lookups are not filtered by query parameters
        filterset = self.get_filterset(request, queryset, view)
        known = set(GENERAL_PARAMETERS) | set(getattr(view, "extra_query_parameters", ()))
        if filterset is not None:
            known |= set(type(filterset).base_filters)
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            raise exceptions.ValidationError(
                {name: [ErrorDetail("Onbekende query parameter.", code="unknown-parameters")] for name in unknown}
            )
        if filterset is None:
            return queryset
        if not filterset.is_valid():
            raise exceptions.ValidationError(
                {
                    name: [ErrorDetail(error["message"], code=error["code"] or "invalid") for error in errors]
                    for name, errors in filterset.errors.get_json_data().items()
                }
            )
        return filterset.qs


class DateTimeFilter(filters.IsoDateTimeFilter):
    """An ISO 8601 date-time filter whose value is compared in UTC: PostgreSQL refuses
    offsets past ±15:59 (`…-17:19` is valid ISO 8601), and a value that UTC cannot hold
    is a 400, not a 500."""

    def filter(self, qs, value):
        if value is not None:
            try:
                value = value.astimezone(datetime.UTC)
            except OverflowError:
                raise exceptions.ValidationError(
                    {self.field_name: [ErrorDetail("Deze datum/tijd valt buiten het bereik.", code="invalid")]}
                ) from None
        return super().filter(qs, value)
