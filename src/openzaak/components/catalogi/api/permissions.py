"""The scope check of the Catalogi API, with ztc-014: a Zaken API or Documenten API
consumer that holds `zaken.lezen` or `documenten.lezen` may read the catalogue as if it
held `catalogi.lezen` (they validate against it)."""

from openzaak.zgw.auth.permissions import ScopePermission
from openzaak.zgw.scopes import SCOPE_DOCUMENTEN_LEZEN, SCOPE_ZAKEN_LEZEN

READ_ACTIONS = {"list", "retrieve"}


def reads_through_zaken_or_documenten(client) -> bool:
    return client is not None and (
        client.has_scope("zrc", SCOPE_ZAKEN_LEZEN) or client.has_scope("drc", SCOPE_DOCUMENTEN_LEZEN)
    )


class CatalogiScopePermission(ScopePermission):
    def has_permission(self, request, view):
        if super().has_permission(request, view):
            return True
        return view.action in READ_ACTIONS and reads_through_zaken_or_documenten(request.auth.client)

    def has_object_permission(self, request, view, obj):
        if super().has_object_permission(request, view, obj):
            return True
        return view.action in READ_ACTIONS and reads_through_zaken_or_documenten(request.auth.client)
