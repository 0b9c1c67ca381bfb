"""The scope check, per action: a viewset declares `required_scopes = {action: Scope}`
and the component it belongs to (`component = ZAKEN`).

Without an object in view this asks whether any autorisatie grants the scope (what the
client may then see is the queryset's business, `zgw.authorisation`); for an object,
the viewset's `may_access`: whether an autorisatie covering the object's type and
vertrouwelijkheidaanduiding does.
"""

from rest_framework import exceptions
from rest_framework.permissions import BasePermission


def required_scope(view):
    scopes = getattr(view, "required_scopes", None)
    assert scopes is not None, f"{type(view).__name__} must declare `required_scopes` per action."
    action = view.action or ""
    if action == "metadata":
        action = "retrieve" if view.kwargs else "list"
    return scopes.get(action)


class ScopePermission(BasePermission):
    message = "Deze client heeft niet de vereiste scopes voor deze actie."

    def has_permission(self, request, view):
        if request.auth is None:
            raise exceptions.NotAuthenticated("Deze API vereist een JWT: `Authorization: Bearer <JWT>`.")
        if view.action is None:
            return True  # a method the endpoint lacks: let DRF answer 405
        scope = required_scope(view)
        if scope is None:
            return False  # an action nobody declared is closed, not open
        client = request.auth.client
        if client is None:
            return False
        return client.has_scope(view.component, scope)

    def has_object_permission(self, request, view, obj):
        return view.may_access(obj, required_scope(view))
