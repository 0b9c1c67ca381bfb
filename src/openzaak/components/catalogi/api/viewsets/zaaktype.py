from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter

from openzaak.zgw.components import kanaal
from openzaak.zgw.prefetch import fk_uuids, json_arrays, uuid_arrays

from ...models import BesluitType, InformatieObjectType, ZaakType
from .. import expansions
from ..filters import ZaakTypeFilter
from ..serializers import ZaakTypeSerializer
from ..serializers.versions import version_arrays, version_json
from .base import ConceptTypeViewSet, crud_schema, publish_action

# shown by URL only: uuid arrays on the page query (zgw.prefetch)
SUBTYPES = ("statustypen", "resultaattypen", "eigenschappen", "roltypen", "zaakobjecttypen")


@crud_schema(
    "ZAAKTYPE",
    "ZAAKTYPEn",
    rules="- geldigheid `catalogus` URL, dit moet een catalogus binnen dezelfde API zijn\n"
    "- `besluittypen` en `deelzaaktypen` moeten tot dezelfde catalogus behoren als het ZAAKTYPE\n"
    "- gepubliceerde versies met dezelfde `identificatie` overlappen niet in geldigheid (ztc-016)\n"
    "- een gepubliceerd ZAAKTYPE wordt alleen gecorrigeerd met `catalogi.geforceerd-schrijven`, of met PATCH "
    "van enkel `eindeGeldigheid` (ztc-009)",
    extra_retrieve_parameters=[
        OpenApiParameter("datumGeldigheid", OpenApiTypes.STR, description="filter objecten op hun geldigheids datum.")
    ],
)
class ZaakTypeViewSet(ConceptTypeViewSet):
    """Opvragen en bewerken van ZAAKTYPEn nodig voor ZAKEN in de Zaken API.

    Een ZAAKTYPE beschrijft het geheel van karakteristieke eigenschappen van zaken van eenzelfde soort.
    """

    queryset = ZaakType.objects.annotate(
        **fk_uuids("catalogus"),
        **uuid_arrays(ZaakType, *SUBTYPES),
        **version_arrays(ZaakType, "besluittypen", BesluitType),
        **version_arrays(ZaakType, "deelzaaktypen", ZaakType),
        **version_arrays(ZaakType, "zaaktypeinformatieobjecttypen", InformatieObjectType, "informatieobjecttype__"),
        **json_arrays(
            ZaakType,
            "zaaktypenrelaties",
            {
                "gerelateerd_zaaktype": version_json(ZaakType, "gerelateerd_zaaktype__"),
                "aard_relatie": "aard_relatie",
                "toelichting": "toelichting",
            },
        ),
    ).order_by("pk")
    serializer_class = ZaakTypeSerializer
    filterset_class = ZaakTypeFilter
    expand_fields = expansions.ZAAKTYPE
    notifications_kanaal = kanaal("zaaktypen")

    publish = publish_action(
        "Publiceer het concept ZAAKTYPE.",
        "Publiceren van het zaaktype zorgt ervoor dat dit in een Zaken API kan gebruikt worden. Na het publiceren "
        "van een zaaktype zijn geen inhoudelijke wijzigingen meer mogelijk - ook niet de statustypen, "
        "eigenschappen... etc. Indien er na het publiceren nog wat gewijzigd moet worden, dan moet je een nieuwe "
        "versie aanmaken. Alle gerelateerde besluittypen, informatieobjecttypen en deelzaaktypen moeten "
        "gepubliceerd zijn.",
        ZaakTypeSerializer,
    )
