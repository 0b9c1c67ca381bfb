"""Page-number pagination as the ZGW lists have it: `count`, `next`, `previous`,
`results`; `page` selects a page and `pageSize` (up to MAX_PAGE_SIZE) its size. A `page`
that is not a positive number is a 400; a page past the last one is a 404 (documented
on every paginated list)."""

from functools import cached_property, partial

from django.conf import settings
from django.core.paginator import Paginator
from rest_framework import exceptions
from rest_framework.pagination import PageNumberPagination

from .counts import known_count


class CountedPaginator(Paginator):
    """A paginator told its count (`zgw.counts`) instead of running a COUNT."""

    def __init__(self, *args, count: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.known = count

    @cached_property
    def count(self):
        return self.known


class Pagination(PageNumberPagination):
    page_query_param = "page"
    page_size_query_param = "pageSize"

    @property
    def page_size(self):
        return settings.PAGE_SIZE

    @property
    def max_page_size(self):
        return settings.MAX_PAGE_SIZE

    def paginate_queryset(self, queryset, request, view=None):
        count = known_count(view) if view is not None else None
        if count is not None:
            self.django_paginator_class = partial(CountedPaginator, count=count)
        return super().paginate_queryset(queryset, request, view)

    def get_page_number(self, request, paginator):
        page_number = super().get_page_number(request, paginator)
        if page_number in self.last_page_strings or (str(page_number).isdigit() and int(page_number) >= 1):
            return page_number
        raise exceptions.ValidationError(
            {self.page_query_param: [exceptions.ErrorDetail("Een geldig paginanummer is vereist.", code="invalid")]}
        )

    def get_paginated_response_schema(self, schema):
        response = super().get_paginated_response_schema(schema)
        response["required"] = ["count", "results"]
        response["properties"]["count"].pop("example", None)
        for key in ("next", "previous"):
            response["properties"][key].pop("example", None)
        return response

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == "page":
                parameter["description"] = "Een pagina binnen de gepagineerde set resultaten."
            elif parameter["name"] == "pageSize":
                parameter["description"] = f"Het aantal resultaten per pagina (maximaal {settings.MAX_PAGE_SIZE})."
        return parameters
