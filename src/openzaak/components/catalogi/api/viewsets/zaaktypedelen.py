"""The sub-types of a zaaktype: written while their zaaktype is a concept (ztc-010)."""

from django.db.models import Max, OuterRef, Subquery

from openzaak.zgw.prefetch import json_arrays, uuid_arrays

from ...models import (
    BesluitType,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakTypeInformatieObjectType,
)
from .. import expansions
from ..filters import (
    EigenschapFilter,
    ResultaatTypeFilter,
    RolTypeFilter,
    StatusTypeFilter,
    ZaakObjectTypeFilter,
    ZaakTypeInformatieObjectTypeFilter,
)
from ..serializers import (
    EigenschapSerializer,
    ResultaatTypeSerializer,
    RolTypeSerializer,
    StatusTypeSerializer,
    ZaakObjectTypeSerializer,
    ZaakTypeInformatieObjectTypeSerializer,
)
from ..serializers.versions import version_arrays
from .base import ZaakTypeDeelViewSet, crud_schema

CONCEPT_RULE = (
    "- het ZAAKTYPE is een concept, of de wijziging is een correctie met `catalogi.geforceerd-schrijven` (ztc-010)"
)


@crud_schema("STATUSTYPE", "STATUSTYPEn", rules=f"{CONCEPT_RULE}\n- uniek `volgnummer` binnen het ZAAKTYPE")
class StatusTypeViewSet(ZaakTypeDeelViewSet):
    """Opvragen en bewerken van STATUSTYPEn van een ZAAKTYPE."""

    _highest = (
        StatusType.objects.filter(zaaktype=OuterRef("zaaktype"))
        .values("zaaktype")
        .annotate(m=Max("volgnummer"))
        .values("m")
    )
    queryset = (
        StatusType.objects.select_related("zaaktype__catalogus")
        .annotate(
            hoogste_volgnummer=Subquery(_highest),
            **uuid_arrays(StatusType, "eigenschappen"),
            **json_arrays(
                StatusType,
                "checklistitems",
                {name: name for name in ("itemnaam", "toelichting", "vraagstelling", "verplicht")},
            ),
        )
        .order_by("pk")
    )
    serializer_class = StatusTypeSerializer
    filterset_class = StatusTypeFilter
    expand_fields = expansions.STATUSTYPE


@crud_schema("ROLTYPE", "ROLTYPEn", rules=CONCEPT_RULE)
class RolTypeViewSet(ZaakTypeDeelViewSet):
    """Opvragen en bewerken van ROLTYPEn van een ZAAKTYPE."""

    queryset = RolType.objects.select_related("zaaktype__catalogus").order_by("pk")
    serializer_class = RolTypeSerializer
    filterset_class = RolTypeFilter
    expand_fields = expansions.ROLTYPE


@crud_schema(
    "EIGENSCHAP",
    "EIGENSCHAPpen",
    rules=f"{CONCEPT_RULE}\n- de `specificatie` past bij het `formaat` (ztc-015)\n- unieke `naam` binnen het ZAAKTYPE",
)
class EigenschapViewSet(ZaakTypeDeelViewSet):
    """Opvragen en bewerken van EIGENSCHAPpen van een ZAAKTYPE."""

    queryset = Eigenschap.objects.select_related("zaaktype__catalogus", "statustype").order_by("pk")
    serializer_class = EigenschapSerializer
    filterset_class = EigenschapFilter
    expand_fields = expansions.EIGENSCHAP


@crud_schema(
    "RESULTAATTYPE",
    "RESULTAATTYPEn",
    rules=f"{CONCEPT_RULE}\n- `brondatumArchiefprocedure`: de velden die de `afleidingswijze` vereist of verbiedt "
    "(ztc-004 … ztc-008)",
)
class ResultaatTypeViewSet(ZaakTypeDeelViewSet):
    """Opvragen en bewerken van RESULTAATTYPEn van een ZAAKTYPE."""

    queryset = (
        ResultaatType.objects.select_related("zaaktype__catalogus")
        .annotate(
            **version_arrays(ResultaatType, "besluittypen", BesluitType),
            **version_arrays(ResultaatType, "informatieobjecttypen", InformatieObjectType),
        )
        .order_by("pk")
    )
    serializer_class = ResultaatTypeSerializer
    filterset_class = ResultaatTypeFilter
    expand_fields = expansions.RESULTAATTYPE


@crud_schema("ZAAKOBJECTTYPE", "ZAAKOBJECTTYPEn", rules=CONCEPT_RULE)
class ZaakObjectTypeViewSet(ZaakTypeDeelViewSet):
    """Opvragen en bewerken van ZAAKOBJECTTYPEn van een ZAAKTYPE."""

    queryset = (
        ZaakObjectType.objects.select_related("zaaktype__catalogus")
        .annotate(**uuid_arrays(ZaakObjectType, "statustypen"))
        .annotate(**json_arrays(ZaakObjectType, "resultaattypen", {"uuid": "uuid", "omschrijving": "omschrijving"}))
        .order_by("pk")
    )
    serializer_class = ZaakObjectTypeSerializer
    filterset_class = ZaakObjectTypeFilter
    expand_fields = expansions.ZAAKOBJECTTYPE


@crud_schema(
    "ZAAKTYPE-INFORMATIEOBJECTTYPE relatie",
    "ZAAKTYPE-INFORMATIEOBJECTTYPE relaties",
    rules=f"{CONCEPT_RULE}\n- het INFORMATIEOBJECTTYPE hoort bij de catalogus van het ZAAKTYPE",
)
class ZaakTypeInformatieObjectTypeViewSet(ZaakTypeDeelViewSet):
    """Opvragen en bewerken van ZAAKTYPE-INFORMATIEOBJECTTYPE relaties."""

    queryset = ZaakTypeInformatieObjectType.objects.select_related(
        "zaaktype__catalogus", "informatieobjecttype", "statustype"
    ).order_by("pk")
    serializer_class = ZaakTypeInformatieObjectTypeSerializer
    filterset_class = ZaakTypeInformatieObjectTypeFilter
    expand_fields = expansions.ZAAKTYPEINFORMATIEOBJECTTYPE
