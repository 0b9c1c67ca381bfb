from openzaak.zgw.components import kanaal
from openzaak.zgw.prefetch import json_arrays

from ...models import BesluitType, InformatieObjectType
from .. import expansions
from ..filters import BesluitTypeFilter
from ..serializers import BesluitTypeSerializer
from ..serializers.versions import version_arrays
from .base import ConceptTypeViewSet, crud_schema, publish_action


@crud_schema(
    "BESLUITTYPE",
    "BESLUITTYPEn",
    rules="- `informatieobjecttypen` moeten tot dezelfde catalogus behoren als het BESLUITTYPE\n"
    "- gepubliceerde versies met dezelfde `omschrijving` overlappen niet in geldigheid\n"
    "- een gepubliceerd BESLUITTYPE wordt alleen gecorrigeerd met `catalogi.geforceerd-schrijven` (ztc-009)",
)
class BesluitTypeViewSet(ConceptTypeViewSet):
    """Opvragen en bewerken van BESLUITTYPEn nodig voor BESLUITEN in de Besluiten API.

    Alle BESLUITTYPEn van de besluiten die het resultaat kunnen zijn van het zaakgericht werken van de behandelende
    organisatie(s).
    """

    queryset = (
        BesluitType.objects.select_related("catalogus")
        .annotate(**version_arrays(BesluitType, "informatieobjecttypen", InformatieObjectType))
        .annotate(**json_arrays(BesluitType, "resultaattypen", {"uuid": "uuid", "omschrijving": "omschrijving"}))
        .order_by("pk")
    )
    serializer_class = BesluitTypeSerializer
    filterset_class = BesluitTypeFilter
    expand_fields = expansions.BESLUITTYPE
    notifications_kanaal = kanaal("besluittypen")

    publish = publish_action(
        "Publiceer het concept BESLUITTYPE.",
        "Publiceren van het besluittype zorgt ervoor dat dit in een Besluiten API kan gebruikt worden. Na het "
        "publiceren van een besluittype zijn geen inhoudelijke wijzigingen meer mogelijk. Indien er na het "
        "publiceren nog wat gewijzigd moet worden, dan moet je een nieuwe versie aanmaken.",
        BesluitTypeSerializer,
    )
