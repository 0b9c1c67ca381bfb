from rest_framework import mixins

from openzaak.zgw.prefetch import fk_uuids

from ... import services
from ...models import Rol, Status
from .. import expansions
from ..filters import RolFilter
from ..serializers.common import outer, uuids_of
from ..serializers.rol import RolSerializer
from .zaakdelen import CHANGE, READ, ZaakDeelViewSet, operations

RULES = (
    "- geldigheid URL naar de ZAAK en naar het ROLTYPE, dat bij het zaaktype van de zaak hoort (zrc-019, "
    "`zaaktype-mismatch`)\n"
    "- `betrokkene` of `betrokkeneIdentificatie` is gegeven (`invalid-betrokkene`); `betrokkeneIdentificatie` "
    "heeft de vorm van het `betrokkeneType`; een `betrokkene` URL bestaat (`bad-url`, `invalid-resource`)\n"
    "- een zaak heeft hoogstens één initiator en één zaakcoördinator (`max-occurences`)\n\n"
    "**Opmerkingen**\n"
    "- `omschrijving` en `omschrijvingGeneriek` worden overgenomen uit het ROLTYPE."
)


@operations("ROL", "ROLlen bij ZAAKen", rules=RULES)
class RolViewSet(
    ZaakDeelViewSet, mixins.ListModelMixin, mixins.CreateModelMixin, mixins.RetrieveModelMixin, mixins.DestroyModelMixin
):
    """Opvragen en bewerken van ROLlen bij ZAAKen."""

    queryset = (
        Rol.objects.annotate(**fk_uuids("zaak", "roltype"))
        .annotate(status_uuids=uuids_of(Status.objects.filter(**outer("gezetdoor"))))
        .order_by("pk")
    )
    serializer_class = RolSerializer
    filterset_class = RolFilter
    required_scopes = {**READ, "create": CHANGE, "destroy": CHANGE}
    etag = True
    expand_fields = expansions.ROL

    def create_object(self, data):
        return services.rol_create(context=self.write_context, data=data)

    def destroy_object(self, instance):
        services.zaakdeel_destroy(context=self.write_context, instance=instance)
