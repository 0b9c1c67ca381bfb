from openzaak.zgw.components import kanaal

from ...models import InformatieObjectType
from .. import expansions
from ..filters import InformatieObjectTypeFilter
from ..serializers import InformatieObjectTypeSerializer
from .base import ConceptTypeViewSet, crud_schema, publish_action


@crud_schema(
    "INFORMATIEOBJECTTYPE",
    "INFORMATIEOBJECTTYPEn",
    rules="- gepubliceerde versies met dezelfde `omschrijving` overlappen niet in geldigheid\n"
    "- een gepubliceerd INFORMATIEOBJECTTYPE wordt alleen gecorrigeerd met `catalogi.geforceerd-schrijven` (ztc-009)",
)
class InformatieObjectTypeViewSet(ConceptTypeViewSet):
    """Opvragen en bewerken van INFORMATIEOBJECTTYPEn nodig voor INFORMATIEOBJECTen in de Documenten API.

    Een INFORMATIEOBJECTTYPE beschijft de karakteristieken van een document of ander object dat informatie bevat.
    """

    queryset = InformatieObjectType.objects.select_related("catalogus").order_by("pk")
    serializer_class = InformatieObjectTypeSerializer
    filterset_class = InformatieObjectTypeFilter
    expand_fields = expansions.INFORMATIEOBJECTTYPE
    notifications_kanaal = kanaal("informatieobjecttypen")

    publish = publish_action(
        "Publiceer het concept INFORMATIEOBJECTTYPE.",
        "Publiceren van het informatieobjecttype zorgt ervoor dat dit in een Documenten API kan gebruikt worden. "
        "Na het publiceren van een informatieobjecttype zijn geen inhoudelijke wijzigingen meer mogelijk. Indien "
        "er na het publiceren nog wat gewijzigd moet worden, dan moet je een nieuwe versie aanmaken.",
        InformatieObjectTypeSerializer,
    )
