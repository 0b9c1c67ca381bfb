"""The Zaken API's viewsets: they declare; the rules live in `rules.py` and `services.py`."""

from .zaakeigenschappen import ZaakEigenschapViewSet
from .zaken import ZaakAuditTrailViewSet, ZaakNummerReserverenViewSet, ZaakViewSet

__all__ = ["ZaakAuditTrailViewSet", "ZaakEigenschapViewSet", "ZaakNummerReserverenViewSet", "ZaakViewSet"]
