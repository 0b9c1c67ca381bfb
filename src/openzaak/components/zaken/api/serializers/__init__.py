"""The Zaken API's serializers, one module per resource."""

from .zaakeigenschappen import ZaakEigenschapSerializer
from .zaken import (
    ReserveZaakIdentificatieResponseSerializer,
    ReserveZaakIdentificatieSerializer,
    ZaakSerializer,
)
from .zoeken import ZaakZoekSerializer

__all__ = [
    "ReserveZaakIdentificatieResponseSerializer",
    "ReserveZaakIdentificatieSerializer",
    "ZaakEigenschapSerializer",
    "ZaakSerializer",
    "ZaakZoekSerializer",
]
