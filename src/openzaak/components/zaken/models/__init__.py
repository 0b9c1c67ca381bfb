"""The Zaken API's resources (Zaken API 1.7.0), one module per topic."""

from .klantcontact import KlantContact
from .relaties import ZaakBesluit, ZaakContactMoment, ZaakInformatieObject, ZaakVerzoek
from .resultaat import Resultaat
from .rol import BETROKKENE_IDENTIFICATIE_FILTERS, Rol
from .status import Status
from .zaak import RelevanteZaakRelatie, Zaak
from .zaakeigenschap import ZaakEigenschap
from .zaaknotitie import ZaakNotitie
from .zaakobject import ZaakObject

__all__ = [
    "BETROKKENE_IDENTIFICATIE_FILTERS",
    "KlantContact",
    "RelevanteZaakRelatie",
    "Resultaat",
    "Rol",
    "Status",
    "Zaak",
    "ZaakBesluit",
    "ZaakContactMoment",
    "ZaakEigenschap",
    "ZaakInformatieObject",
    "ZaakNotitie",
    "ZaakObject",
    "ZaakVerzoek",
]
