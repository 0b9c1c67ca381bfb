"""The Catalogi API's serializers, one module per resource."""

from .besluittype import BesluitTypeSerializer
from .catalogus import CatalogusSerializer
from .eigenschap import EigenschapSerializer
from .informatieobjecttype import InformatieObjectTypeSerializer
from .resultaattype import ResultaatTypeSerializer
from .roltype import RolTypeSerializer
from .statustype import StatusTypeSerializer
from .zaakobjecttype import ZaakObjectTypeSerializer
from .zaaktype import ZaakTypeSerializer
from .zaaktypeinformatieobjecttype import ZaakTypeInformatieObjectTypeSerializer

__all__ = [
    "BesluitTypeSerializer",
    "CatalogusSerializer",
    "EigenschapSerializer",
    "InformatieObjectTypeSerializer",
    "ResultaatTypeSerializer",
    "RolTypeSerializer",
    "StatusTypeSerializer",
    "ZaakObjectTypeSerializer",
    "ZaakTypeInformatieObjectTypeSerializer",
    "ZaakTypeSerializer",
]
