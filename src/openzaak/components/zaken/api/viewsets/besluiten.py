"""`/zaken/{zaak_uuid}/besluiten`: the besluiten of a zaak, as the Zaken register keeps
them (ZaakBesluit, the mirror of `Besluit.zaak`, written with the besluit by the
Besluiten register's services: brc-006).

The standard has the Besluiten API call POST and DELETE here to synchronise; in this
installation both registers write in one transaction, so a POST answers the relation
that exists (`inconsistent-relation` when the besluit does not name this zaak), and a
DELETE is refused while the besluit names the zaak (always: change the besluit's `zaak`
instead)."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins

from openzaak.components.besluiten import services
from openzaak.zgw.components import ZAKEN, kanaal
from openzaak.zgw.scopes import SCOPE_ZAKEN_BIJWERKEN, SCOPE_ZAKEN_LEZEN
from openzaak.zgw.viewsets import NestedViewSet

from ...models import Zaak, ZaakBesluit
from ..serializers.besluiten import ZaakBesluitSerializer

SYNCHRONISATIE = (
    "**LET OP: Dit endpoint hoor je als consumer niet zelf aan te spreken.**\n\n"
    "De Besluiten API gebruikt dit endpoint om relaties te synchroniseren, daarom is dit endpoint in de Zaken API "
    "geimplementeerd. In deze installatie legt de Besluiten API de relatie zelf vast, in dezelfde transactie als "
    "het BESLUIT (brc-006): "
)
ZAAK_UUID = OpenApiParameter(
    "zaak_uuid", OpenApiTypes.UUID, OpenApiParameter.PATH, description="Unieke resource identifier (UUID4)"
)


@extend_schema_view(
    list=extend_schema(summary="Alle ZAAKBESLUITen opvragen.", description="Alle ZAAKBESLUITen opvragen."),
    retrieve=extend_schema(
        summary="Een specifiek ZAAKBESLUIT opvragen.", description="Een specifiek ZAAKBESLUIT opvragen."
    ),
    create=extend_schema(
        summary="Maak een ZAAKBESLUIT aan.",
        description=SYNCHRONISATIE + "het antwoord is de bestaande relatie.\n\n"
        "**Er wordt gevalideerd op:**\n"
        "- geldigheid URL naar het BESLUIT\n"
        "- het BESLUIT hoort bij deze ZAAK (`inconsistent-relation`)",
    ),
    destroy=extend_schema(
        summary="Verwijder een ZAAKBESLUIT.",
        description=SYNCHRONISATIE + "de relatie verdwijnt door het `zaak`-attribuut van het BESLUIT te wijzigen of "
        "het BESLUIT te verwijderen; zolang het BESLUIT naar deze ZAAK verwijst is het antwoord "
        "`inconsistent-relation`.",
    ),
)
@extend_schema(parameters=[ZAAK_UUID])
class ZaakBesluitViewSet(
    NestedViewSet, mixins.ListModelMixin, mixins.CreateModelMixin, mixins.RetrieveModelMixin, mixins.DestroyModelMixin
):
    """Opvragen en synchroniseren van ZAAKBESLUITen: de besluiten die een uitkomst van de zaak zijn."""

    # the page query reads the zaak's and besluit's uuid (the URLs), not their rows
    queryset = (
        ZaakBesluit.objects.select_related("zaak", "besluit").only("uuid", "zaak__uuid", "besluit__uuid").order_by("pk")
    )
    serializer_class = ZaakBesluitSerializer
    parent_model = Zaak
    parent_lookup_kwarg = "zaak_uuid"
    parent_field = "zaak"
    component = ZAKEN
    required_scopes = {
        "list": SCOPE_ZAKEN_LEZEN,
        "retrieve": SCOPE_ZAKEN_LEZEN,
        "create": SCOPE_ZAKEN_BIJWERKEN,
        "destroy": SCOPE_ZAKEN_BIJWERKEN,
    }
    notifications_kanaal = kanaal("zaken")
    hoofd_object = "zaak"
    audit = True
    etag = True
    pagination_class = None  # the contract's list is a plain array
    expand_fields = {"besluit": "besluit"}

    def create_object(self, data):
        return services.zaakbesluit_create(context=self.write_context, zaak=self.get_parent(), besluit=data["besluit"])

    def destroy_object(self, instance):
        services.zaakbesluit_delete(context=self.write_context, zaakbesluit=instance)
