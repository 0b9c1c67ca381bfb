"""The Catalogi API's resources, one module each (ImZTC 2.2 / Catalogi API 1.3.3)."""

from .besluittype import BesluitType
from .catalogus import Catalogus
from .eigenschap import Eigenschap
from .informatieobjecttype import InformatieObjectType
from .resultaattype import ResultaatType
from .roltype import RolType
from .statustype import CheckListItem, StatusType
from .zaakobjecttype import ZaakObjectType
from .zaaktype import ZaakType, ZaakTypenRelatie
from .zaaktypeinformatieobjecttype import ZaakTypeInformatieObjectType

__all__ = [
    "BesluitType",
    "Catalogus",
    "CheckListItem",
    "Eigenschap",
    "InformatieObjectType",
    "ResultaatType",
    "RolType",
    "StatusType",
    "ZaakObjectType",
    "ZaakType",
    "ZaakTypeInformatieObjectType",
    "ZaakTypenRelatie",
]
