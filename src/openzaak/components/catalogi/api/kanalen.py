"""The kanalen the Catalogi API publishes on, each with kenmerk `catalogus`."""

from openzaak.zgw.notifications import Kanaal

from ..models import BesluitType, InformatieObjectType, ZaakType

KANAAL_ZAAKTYPEN = Kanaal(
    "zaaktypen",
    main_resource=ZaakType,
    kenmerken=("catalogus",),
    description="Aanmaken, wijzigen, publiceren en verwijderen van zaaktypen.",
)
KANAAL_INFORMATIEOBJECTTYPEN = Kanaal(
    "informatieobjecttypen",
    main_resource=InformatieObjectType,
    kenmerken=("catalogus",),
    description="Aanmaken, wijzigen, publiceren en verwijderen van informatieobjecttypen.",
)
KANAAL_BESLUITTYPEN = Kanaal(
    "besluittypen",
    main_resource=BesluitType,
    kenmerken=("catalogus",),
    description="Aanmaken, wijzigen, publiceren en verwijderen van besluittypen.",
)
