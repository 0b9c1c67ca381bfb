from openzaak.zgw.prefetch import fk_uuids
from openzaak.zgw.viewsets import ModelViewSet

from ... import services
from ...models import ZaakInformatieObject
from .. import expansions
from ..filters import ZaakInformatieObjectFilter
from ..serializers.zaakinformatieobject import ZaakInformatieObjectSerializer
from .zaakdelen import CHANGE, CREATE, DELETE, READ, ZaakDeelViewSet, operations

RULES = (
    "- geldigheid URL naar de ZAAK en naar het INFORMATIEOBJECT (zrc-003), waarvan het informatieobjecttype bij "
    "het zaaktype van de zaak hoort (zrc-017, `missing-zaaktype-informatieobjecttype-relation`)\n"
    "- een informatieobject hoort één keer bij een zaak (`unique`); `zaak` en `informatieobject` wijzigen niet "
    "(zrc-004, `wijzigen-niet-toegelaten`); een `status` is er een van de zaak (`zaak-mismatch`)\n\n"
    "**Opmerkingen**\n"
    "- `registratiedatum` wordt door het systeem gezet; `aardRelatieWeergave` is `hoort_bij` (zrc-004).\n"
    "- De relatie wordt in dezelfde transactie gespiegeld als OBJECTINFORMATIEOBJECT in de Documenten API "
    "(zrc-005); verwijderen verwijdert ook de spiegeling."
)


@operations("ZAAK-INFORMATIEOBJECT relatie", "ZAAK-INFORMATIEOBJECT relaties", rules=RULES)
class ZaakInformatieObjectViewSet(ZaakDeelViewSet, ModelViewSet):
    """Opvragen en bewerken van ZAAK-INFORMATIEOBJECT relaties."""

    queryset = ZaakInformatieObject.objects.annotate(**fk_uuids("zaak", "informatieobject", "status")).order_by("pk")
    serializer_class = ZaakInformatieObjectSerializer
    filterset_class = ZaakInformatieObjectFilter
    pagination_class = None
    required_scopes = {**READ, "create": CREATE, "update": CHANGE, "partial_update": CHANGE, "destroy": DELETE}
    etag = True
    expand_fields = expansions.ZAAKINFORMATIEOBJECT

    def create_object(self, data):
        return services.zaakinformatieobject_create(context=self.write_context, data=data)

    def update_object(self, instance, data, *, partial):
        return services.zaakdeel_update(context=self.write_context, instance=instance, data=data, partial=partial)

    def destroy_object(self, instance):
        services.zaakinformatieobject_destroy(context=self.write_context, instance=instance)
