"""The Documenten API's viewsets: they declare; rules live in `rules` and `services`."""

from .informatieobject import EnkelvoudigInformatieObjectAuditTrailViewSet, EnkelvoudigInformatieObjectViewSet
from .relaties import BestandsDeelViewSet, GebruiksrechtenViewSet, ObjectInformatieObjectViewSet, VerzendingViewSet

__all__ = [
    "BestandsDeelViewSet",
    "EnkelvoudigInformatieObjectAuditTrailViewSet",
    "EnkelvoudigInformatieObjectViewSet",
    "GebruiksrechtenViewSet",
    "ObjectInformatieObjectViewSet",
    "VerzendingViewSet",
]
