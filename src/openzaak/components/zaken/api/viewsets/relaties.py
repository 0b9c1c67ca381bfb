"""A zaak's relations to resources of other APIs: zaakcontactmomenten and zaakverzoeken."""

from rest_framework import mixins

from openzaak.zgw.scopes import SCOPE_ZAKEN_BIJWERKEN

from ... import services
from ...models import ZaakContactMoment, ZaakVerzoek
from ..filters import ZaakContactMomentFilter, ZaakVerzoekFilter
from ..serializers.relaties import ZaakContactMomentSerializer, ZaakVerzoekSerializer
from .zaakdelen import READ, ZaakDeelViewSet, operations

SCOPES = {**READ, "create": SCOPE_ZAKEN_BIJWERKEN, "destroy": SCOPE_ZAKEN_BIJWERKEN}


class RelatieViewSet(
    ZaakDeelViewSet, mixins.ListModelMixin, mixins.CreateModelMixin, mixins.RetrieveModelMixin, mixins.DestroyModelMixin
):
    """A zaak's relation to a resource of another API: list (not paginated), create, read, delete."""

    pagination_class = None
    required_scopes = SCOPES

    def create_object(self, data):
        return services.zaakdeel_create(context=self.write_context, model=self.queryset.model, data=data)

    def destroy_object(self, instance):
        services.zaakdeel_destroy(context=self.write_context, instance=instance)


@operations(
    "ZAAK-CONTACTMOMENT relatie",
    "ZAAK-CONTACTMOMENT relaties",
    rules="- geldigheid URL naar de ZAAK; het CONTACTMOMENT bestaat (`bad-url`, `invalid-resource`)\n"
    "- een contactmoment hoort één keer bij een zaak (`unique`)",
)
class ZaakContactMomentViewSet(RelatieViewSet):
    """Opvragen en bewerken van ZAAK-CONTACTMOMENT relaties."""

    queryset = ZaakContactMoment.objects.select_related("zaak").order_by("pk")
    serializer_class = ZaakContactMomentSerializer
    filterset_class = ZaakContactMomentFilter


@operations(
    "ZAAK-VERZOEK relatie",
    "ZAAK-VERZOEK relaties",
    rules="- geldigheid URL naar de ZAAK; het VERZOEK bestaat (`bad-url`, `invalid-resource`)\n"
    "- een verzoek hoort één keer bij een zaak (`unique`)",
)
class ZaakVerzoekViewSet(RelatieViewSet):
    """Opvragen en bewerken van ZAAK-VERZOEK relaties."""

    queryset = ZaakVerzoek.objects.select_related("zaak").order_by("pk")
    serializer_class = ZaakVerzoekSerializer
    filterset_class = ZaakVerzoekFilter
