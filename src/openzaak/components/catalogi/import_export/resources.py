"""Each resource of an archive: its model and the API serializer that gives its shape.

The serializers are the Catalogi API's own, so an export shows each type exactly as
`GET` does, and an import accepts exactly what `POST` accepts, with the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from rest_framework import serializers

from ..api.serializers.besluittype import BesluitTypeSerializer
from ..api.serializers.catalogus import CatalogusSerializer
from ..api.serializers.eigenschap import EigenschapSerializer
from ..api.serializers.informatieobjecttype import InformatieObjectTypeSerializer
from ..api.serializers.resultaattype import ResultaatTypeSerializer
from ..api.serializers.roltype import RolTypeSerializer
from ..api.serializers.statustype import StatusTypeSerializer
from ..api.serializers.zaakobjecttype import ZaakObjectTypeSerializer
from ..api.serializers.zaaktype import ZaakTypeSerializer
from ..api.serializers.zaaktypeinformatieobjecttype import ZaakTypeInformatieObjectTypeSerializer
from ..models import (
    BesluitType,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)
from .archive import RESOURCES


@dataclass(frozen=True)
class Resource:
    name: str
    model: type
    serializer_class: type[serializers.ModelSerializer]
    prefetch: tuple[str, ...] = ()  # what the representation reads, loaded per list

    @property
    def publishable(self) -> bool:
        return any(field.name == "concept" for field in self.model._meta.fields)


_SUBTYPE = ("zaaktype", "zaaktype__catalogus")

BY_NAME: dict[str, Resource] = {
    resource.name: resource
    for resource in (
        Resource(
            "catalogussen", Catalogus, CatalogusSerializer, ("zaaktypen", "besluittypen", "informatieobjecttypen")
        ),
        Resource(
            "informatieobjecttypen",
            InformatieObjectType,
            InformatieObjectTypeSerializer,
            ("catalogus", "besluittypen", "zaaktypeinformatieobjecttypen__zaaktype"),
        ),
        Resource(
            "besluittypen",
            BesluitType,
            BesluitTypeSerializer,
            ("catalogus", "zaaktypen", "informatieobjecttypen", "resultaattypen"),
        ),
        Resource(
            "zaaktypen",
            ZaakType,
            ZaakTypeSerializer,
            (
                "catalogus",
                "besluittypen",
                "deelzaaktypen",
                "zaaktypenrelaties__gerelateerd_zaaktype",
                "statustypen",
                "resultaattypen",
                "eigenschappen",
                "roltypen",
                "zaakobjecttypen",
                "zaaktypeinformatieobjecttypen__informatieobjecttype",
            ),
        ),
        Resource("statustypen", StatusType, StatusTypeSerializer, (*_SUBTYPE, "checklistitems", "eigenschappen")),
        Resource("roltypen", RolType, RolTypeSerializer, _SUBTYPE),
        Resource("eigenschappen", Eigenschap, EigenschapSerializer, (*_SUBTYPE, "statustype")),
        Resource(
            "zaakobjecttypen", ZaakObjectType, ZaakObjectTypeSerializer, (*_SUBTYPE, "resultaattypen", "statustypen")
        ),
        Resource(
            "resultaattypen",
            ResultaatType,
            ResultaatTypeSerializer,
            (*_SUBTYPE, "besluittypen", "informatieobjecttypen", "zaakobjecttype"),
        ),
        Resource(
            "zaaktype-informatieobjecttypen",
            ZaakTypeInformatieObjectType,
            ZaakTypeInformatieObjectTypeSerializer,
            (*_SUBTYPE, "informatieobjecttype", "statustype"),
        ),
    )
}

assert tuple(BY_NAME) == RESOURCES, "resources.BY_NAME must list archive.RESOURCES, in that order"
