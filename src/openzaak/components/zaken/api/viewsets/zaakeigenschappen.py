from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, serializers

from openzaak.zgw.components import ZAKEN, kanaal
from openzaak.zgw.scopes import (
    SCOPE_ZAKEN_AANMAKEN,
    SCOPE_ZAKEN_BIJWERKEN,
    SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN,
    SCOPE_ZAKEN_LEZEN,
)
from openzaak.zgw.viewsets import NestedViewSet

from ... import services
from ...models import Zaak, ZaakEigenschap
from .. import expansions
from ..serializers import ZaakEigenschapSerializer

WRITE = SCOPE_ZAKEN_BIJWERKEN | SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN
ZAAK_UUID = OpenApiParameter(
    "zaak_uuid", OpenApiTypes.UUID, OpenApiParameter.PATH, description="Unieke resource identifier (UUID4)"
)
VALIDATIE = (
    "\n\n**Er wordt gevalideerd op:**\n"
    "- `zaak` is de zaak van de URL\n"
    "- `eigenschap` hoort bij het zaaktype van de zaak (zrc-018, `zaaktype-mismatch`)\n"
    "- `waarde` past bij de specificatie van de eigenschap (`waarde-incorrect-format`)\n"
    "- een afgesloten zaak wijzigt alleen met de scope `zaken.geforceerd-bijwerken` (zrc-007)"
)


@extend_schema_view(
    list=extend_schema(summary="Alle ZAAKEIGENSCHAPpen opvragen.", description="Alle ZAAKEIGENSCHAPpen opvragen."),
    retrieve=extend_schema(
        summary="Een specifieke ZAAKEIGENSCHAP opvragen.", description="Een specifieke ZAAKEIGENSCHAP opvragen."
    ),
    create=extend_schema(
        summary="Maak een ZAAKEIGENSCHAP aan.", description="Maak een ZAAKEIGENSCHAP aan." + VALIDATIE
    ),
    update=extend_schema(
        summary="Werk een ZAAKEIGENSCHAP in zijn geheel bij.", description="Werk een ZAAKEIGENSCHAP bij." + VALIDATIE
    ),
    partial_update=extend_schema(
        summary="Werk een ZAAKEIGENSCHAP deels bij.", description="Werk een ZAAKEIGENSCHAP deels bij." + VALIDATIE
    ),
    destroy=extend_schema(summary="Verwijder een ZAAKEIGENSCHAP.", description="Verwijder een ZAAKEIGENSCHAP."),
)
@extend_schema(parameters=[ZAAK_UUID])
class ZaakEigenschapViewSet(
    NestedViewSet,
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
):
    """Opvragen en bewerken van ZAAKEIGENSCHAPpen: de waarden van de eigenschappen van een zaak."""

    queryset = ZaakEigenschap.objects.select_related("eigenschap", "zaak").order_by("pk")
    serializer_class = ZaakEigenschapSerializer
    parent_model = Zaak
    parent_lookup_kwarg = "zaak_uuid"
    parent_field = "zaak"
    component = ZAKEN
    required_scopes = {
        "list": SCOPE_ZAKEN_LEZEN,
        "retrieve": SCOPE_ZAKEN_LEZEN,
        "create": SCOPE_ZAKEN_AANMAKEN | WRITE,
        "update": WRITE,
        "partial_update": WRITE,
        "destroy": WRITE,
    }
    notifications_kanaal = kanaal("zaken")
    hoofd_object = "zaak"
    audit = True
    etag = True
    pagination_class = None
    expand_fields = expansions.ZAAKEIGENSCHAP

    def perform_create(self, serializer):
        self._check_zaak(serializer.validated_data)
        super().perform_create(serializer)

    def perform_update(self, serializer):
        self._check_zaak(serializer.validated_data)
        super().perform_update(serializer)

    def _check_zaak(self, data):
        if "zaak" in data and data["zaak"].pk != self.get_parent().pk:
            raise serializers.ValidationError(
                {"zaak": serializers.ErrorDetail("De zaak is niet de zaak van de URL.", code="zaak-mismatch")}
            )

    def create_object(self, data):
        return services.zaakeigenschap_create(context=self.write_context, data=data)

    def update_object(self, instance, data, *, partial):
        return services.zaakeigenschap_update(
            context=self.write_context, zaakeigenschap=instance, data=data, partial=partial
        )

    def destroy_object(self, instance):
        services.zaakeigenschap_destroy(context=self.write_context, zaakeigenschap=instance)
