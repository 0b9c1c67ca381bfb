"""One router per component: URLs without trailing slash, `uuid` lookups, and each
registered model's URL template recorded for `references.build_url`."""

import re

from rest_framework.routers import SimpleRouter

from . import references


class ZGWRouter(SimpleRouter):
    def __init__(self, component):
        self.component = component
        super().__init__(trailing_slash=False)

    def register(self, prefix, viewset, basename=None):
        super().register(prefix, viewset, basename)
        queryset = getattr(viewset, "queryset", None)
        if queryset is not None and getattr(viewset, "register_url", True):
            # "zaken/(?P<zaak_uuid>[^/.]+)/zaakeigenschappen" -> "zaken/{zaak__uuid}/zaakeigenschappen"
            parents = viewset.parent_url_kwargs() if hasattr(viewset, "parent_url_kwargs") else {}
            path = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: "{" + parents.get(m.group(1), m.group(1)) + "}", prefix)
            references.register(queryset.model, f"{self.component.api_root}/{path}/{{uuid}}", viewset)

    def get_lookup_regex(self, viewset, lookup_prefix=""):
        lookup_field = getattr(viewset, "lookup_field", "uuid")
        return rf"(?P<{lookup_prefix}{lookup_field}>[0-9a-fA-F-]{{36}})"
