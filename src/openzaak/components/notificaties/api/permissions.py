"""Who may do what with an ABONNEMENT beyond its scopes: it belongs to the client that
made it. Every client with a notificaties scope may list all abonnementen (as the
standard has it), but only the owner, or an Applicatie with all autorisaties, may see
its `auth`, change it or delete it; others get 403. Without this a client could point
another's abonnement at itself and receive that subscriber's secret and notifications."""

from rest_framework.permissions import SAFE_METHODS, BasePermission


def is_owner(request, abonnement) -> bool:
    """The client of this request made the abonnement, or may do anything."""
    auth = getattr(request, "auth", None)
    client = auth.client if auth is not None else None
    if client is None:
        return False
    return client.heeft_alle_autorisaties or (bool(abonnement.client_id) and client.client_id == abonnement.client_id)


class OwnsAbonnement(BasePermission):
    message = "Alleen de client die dit abonnement aanmaakte mag het wijzigen of verwijderen."

    def has_object_permission(self, request, view, obj):
        return request.method in SAFE_METHODS or is_owner(request, obj)
