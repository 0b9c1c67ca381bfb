"""Each resource of an archive: its model and the API viewset whose serializer gives
its shape and whose queryset loads it.

They are the Catalogi API's own, so an export shows each type exactly as `GET` does (at
the cost of a list page: a fixed number of queries per resource), and an import accepts
exactly what `POST` accepts, with the same rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from rest_framework import serializers

from ..api.viewsets import (
    BesluitTypeViewSet,
    CatalogusViewSet,
    EigenschapViewSet,
    InformatieObjectTypeViewSet,
    ResultaatTypeViewSet,
    RolTypeViewSet,
    StatusTypeViewSet,
    ZaakObjectTypeViewSet,
    ZaakTypeInformatieObjectTypeViewSet,
    ZaakTypeViewSet,
)
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
    viewset: type
    prefetch: tuple[str, ...] = ()  # the relations the representation lists, loaded in creation order

    @property
    def serializer_class(self) -> type[serializers.ModelSerializer]:
        return self.viewset.serializer_class

    @property
    def publishable(self) -> bool:
        return any(field.name == "concept" for field in self.model._meta.fields)


BY_NAME: dict[str, Resource] = {
    resource.name: resource
    for resource in (
        Resource("catalogussen", Catalogus, CatalogusViewSet, ("zaaktypen", "besluittypen", "informatieobjecttypen")),
        Resource(
            "informatieobjecttypen",
            InformatieObjectType,
            InformatieObjectTypeViewSet,
            ("besluittypen", "zaaktypeinformatieobjecttypen__zaaktype"),
        ),
        Resource(
            "besluittypen", BesluitType, BesluitTypeViewSet, ("zaaktypen", "informatieobjecttypen", "resultaattypen")
        ),
        Resource(
            "zaaktypen",
            ZaakType,
            ZaakTypeViewSet,
            (
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
        Resource("statustypen", StatusType, StatusTypeViewSet, ("checklistitems", "eigenschappen")),
        Resource("roltypen", RolType, RolTypeViewSet),
        Resource("eigenschappen", Eigenschap, EigenschapViewSet),
        Resource("zaakobjecttypen", ZaakObjectType, ZaakObjectTypeViewSet, ("resultaattypen", "statustypen")),
        Resource("resultaattypen", ResultaatType, ResultaatTypeViewSet, ("besluittypen", "informatieobjecttypen")),
        Resource("zaaktype-informatieobjecttypen", ZaakTypeInformatieObjectType, ZaakTypeInformatieObjectTypeViewSet),
    )
}

assert tuple(BY_NAME) == RESOURCES, "resources.BY_NAME must list archive.RESOURCES, in that order"
