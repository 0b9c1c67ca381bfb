from openzaak.zgw.scopes import SCOPE_ZAKEN_BIJWERKEN
from openzaak.zgw.viewsets import ModelViewSet

from ... import services
from ...models import ZaakNotitie
from ..filters import ZaakNotitieFilter
from ..serializers.zaaknotitie import ZaakNotitieSerializer
from .zaakdelen import READ, ZaakDeelViewSet, operations


@operations(
    "ZAAKNOTITIE",
    "ZAAKNOTITIEs",
    rules="- geldigheid URL naar de ZAAK (`gerelateerdAan`), die niet wijzigt (`wijzigen-niet-toegelaten`)",
)
class ZaakNotitieViewSet(ZaakDeelViewSet, ModelViewSet):
    """Opvragen en bewerken van notities bij een ZAAK (experimenteel in de standaard)."""

    queryset = ZaakNotitie.objects.select_related("gerelateerd_aan").order_by("pk")
    serializer_class = ZaakNotitieSerializer
    filterset_class = ZaakNotitieFilter
    hoofd_object = "gerelateerd_aan"
    required_scopes = {
        **READ,
        "create": SCOPE_ZAKEN_BIJWERKEN,
        "update": SCOPE_ZAKEN_BIJWERKEN,
        "partial_update": SCOPE_ZAKEN_BIJWERKEN,
        "destroy": SCOPE_ZAKEN_BIJWERKEN,
    }

    def create_object(self, data):
        return services.zaakdeel_create(
            context=self.write_context, model=ZaakNotitie, data=data, zaak_field="gerelateerd_aan"
        )

    def update_object(self, instance, data, *, partial):
        return services.zaakdeel_update(context=self.write_context, instance=instance, data=data, partial=partial)

    def destroy_object(self, instance):
        services.zaakdeel_destroy(context=self.write_context, instance=instance)
