from openzaak.zgw.prefetch import fk_uuids
from openzaak.zgw.viewsets import ModelViewSet

from ... import services
from ...models import Resultaat
from .. import expansions
from ..filters import ResultaatFilter
from ..serializers.resultaat import ResultaatSerializer
from .zaakdelen import CHANGE, READ, ZaakDeelViewSet, operations

RULES = (
    "- geldigheid URL naar de ZAAK en naar het RESULTAATTYPE, dat bij het zaaktype van de zaak hoort (zrc-020, "
    "`zaaktype-mismatch`)\n"
    "- één resultaat per zaak (`unique`); de zaak wijzigt niet (`wijzigen-niet-toegelaten`)\n\n"
    "**Opmerkingen**\n"
    "- Bij een afgesloten zaak worden `archiefnominatie`, `archiefactiedatum` en `startdatumBewaartermijn` opnieuw "
    "afgeleid uit het (nieuwe) resultaattype (zrc-021)."
)


@operations("RESULTAAT", "RESULTAATen", rules=RULES)
class ResultaatViewSet(ZaakDeelViewSet, ModelViewSet):
    """Opvragen en beheren van resultaten."""

    queryset = Resultaat.objects.annotate(**fk_uuids("zaak", "resultaattype")).order_by("pk")
    serializer_class = ResultaatSerializer
    filterset_class = ResultaatFilter
    required_scopes = {**READ, "create": CHANGE, "update": CHANGE, "partial_update": CHANGE, "destroy": CHANGE}
    etag = True
    expand_fields = expansions.RESULTAAT

    def create_object(self, data):
        return services.resultaat_create(context=self.write_context, data=data)

    def update_object(self, instance, data, *, partial):
        return services.resultaat_update(context=self.write_context, instance=instance, data=data, partial=partial)

    def destroy_object(self, instance):
        services.zaakdeel_destroy(context=self.write_context, instance=instance)
