"""The Zaken API's viewsets: they declare; the rules live in `rules.py` and `services.py`."""

from .klantcontact import KlantContactViewSet
from .relaties import ZaakContactMomentViewSet, ZaakVerzoekViewSet
from .resultaat import ResultaatViewSet
from .rol import RolViewSet
from .status import StatusViewSet
from .zaakeigenschappen import ZaakEigenschapViewSet
from .zaakinformatieobject import ZaakInformatieObjectViewSet
from .zaaknotitie import ZaakNotitieViewSet
from .zaakobject import ZaakObjectViewSet
from .zaken import ZaakAuditTrailViewSet, ZaakNummerReserverenViewSet, ZaakViewSet

__all__ = [
    "KlantContactViewSet",
    "ResultaatViewSet",
    "RolViewSet",
    "StatusViewSet",
    "ZaakAuditTrailViewSet",
    "ZaakContactMomentViewSet",
    "ZaakEigenschapViewSet",
    "ZaakInformatieObjectViewSet",
    "ZaakNotitieViewSet",
    "ZaakNummerReserverenViewSet",
    "ZaakObjectViewSet",
    "ZaakVerzoekViewSet",
    "ZaakViewSet",
]
