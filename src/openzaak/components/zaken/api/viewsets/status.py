from rest_framework import mixins

from openzaak.zgw.prefetch import fk_uuids
from openzaak.zgw.scopes import SCOPE_ZAKEN_AANMAKEN, SCOPE_ZAKEN_HEROPENEN, SCOPE_ZAKEN_STATUSSEN_TOEVOEGEN

from ... import services
from ...models import Status, ZaakInformatieObject
from .. import expansions
from ..filters import StatusFilter
from ..serializers.common import outer, uuids_of
from ..serializers.status import StatusSerializer
from .zaakdelen import READ, ZaakDeelViewSet, operations

RULES = (
    "- geldigheid URL naar de ZAAK en naar het STATUSTYPE, dat bij het zaaktype van de zaak hoort (zrc-016, "
    "`zaaktype-mismatch`)\n"
    "- `gezetdoor` is een ROL van de zaak (`zaak-mismatch`)\n"
    "- `datumStatusGezet` ligt niet in de toekomst (`date-in-future`) en is uniek binnen de zaak (`unique`)\n"
    "- een eindstatus vraagt een resultaat (`resultaat-does-not-exist`), documenten die niet gelockt zijn "
    "(`informatieobject-locked`) en waarvan `indicatieGebruiksrecht` gezet is (`indicatiegebruiksrecht-unset`), en "
    "afgesloten deelzaken (`deelzaken-not-closed`); de archiefactiedatum moet af te leiden zijn als de gegevens er "
    "zijn (`archiefactiedatum-error`)\n"
    "- een status bij een afgesloten zaak vraagt de scope `zaken.heropenen` (403); een deelzaak wordt niet heropend "
    "bij een afgesloten hoofdzaak (`hoofdzaak-closed`); met alleen `zaken.aanmaken` zet je enkel de eerste status "
    "(403)\n\n"
    "**Opmerkingen**\n"
    "- De status met de laatste `datumStatusGezet` is de huidige (`indicatieLaatstGezetteStatus`). Is dat het "
    "eindstatustype (het hoogste volgnummer), dan wordt de zaak afgesloten: de `einddatum` is de datum van "
    "`datumStatusGezet` en `archiefnominatie`, `archiefactiedatum` en `startdatumBewaartermijn` worden afgeleid uit "
    "het resultaattype (zrc-021). Een andere status bij een afgesloten zaak heropent de zaak en maakt die velden "
    "leeg (zrc-008)."
)


@operations("STATUS", "STATUSsen bij ZAAKen", rules=RULES)
class StatusViewSet(ZaakDeelViewSet, mixins.ListModelMixin, mixins.CreateModelMixin, mixins.RetrieveModelMixin):
    """Opvragen en beheren van zaakstatussen."""

    queryset = (
        Status.objects.annotate(**fk_uuids("zaak", "statustype", "gezetdoor"))
        .annotate(zio_uuids=uuids_of(ZaakInformatieObject.objects.filter(**outer("status"))))
        .order_by("-datum_status_gezet", "-pk")
    )
    serializer_class = StatusSerializer
    filterset_class = StatusFilter
    required_scopes = {
        **READ,
        "create": SCOPE_ZAKEN_AANMAKEN | SCOPE_ZAKEN_STATUSSEN_TOEVOEGEN | SCOPE_ZAKEN_HEROPENEN,
    }
    etag = True
    expand_fields = expansions.STATUS

    def create_object(self, data):
        return services.status_create(context=self.write_context, data=data)
