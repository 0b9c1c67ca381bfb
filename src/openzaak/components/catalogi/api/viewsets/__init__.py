"""The Catalogi API's viewsets: they declare; rules live in `services` and `validators`."""

from .besluittype import BesluitTypeViewSet
from .catalogus import CatalogusViewSet
from .informatieobjecttype import InformatieObjectTypeViewSet
from .zaaktype import ZaakTypeViewSet
from .zaaktypedelen import (
    EigenschapViewSet,
    ResultaatTypeViewSet,
    RolTypeViewSet,
    StatusTypeViewSet,
    ZaakObjectTypeViewSet,
    ZaakTypeInformatieObjectTypeViewSet,
)

__all__ = [
    "BesluitTypeViewSet",
    "CatalogusViewSet",
    "EigenschapViewSet",
    "InformatieObjectTypeViewSet",
    "ResultaatTypeViewSet",
    "RolTypeViewSet",
    "StatusTypeViewSet",
    "ZaakObjectTypeViewSet",
    "ZaakTypeInformatieObjectTypeViewSet",
    "ZaakTypeViewSet",
]
