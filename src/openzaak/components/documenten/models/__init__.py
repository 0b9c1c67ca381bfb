"""The Documenten API's resources (Documenten API 1.7.1), one module per topic."""

from .bestandsdeel import BestandsDeel
from .gebruiksrechten import Gebruiksrechten
from .informatieobject import EnkelvoudigInformatieObject, EnkelvoudigInformatieObjectVersie
from .objectinformatieobject import ObjectInformatieObject
from .verzending import Verzending

__all__ = [
    "BestandsDeel",
    "EnkelvoudigInformatieObject",
    "EnkelvoudigInformatieObjectVersie",
    "Gebruiksrechten",
    "ObjectInformatieObject",
    "Verzending",
]
