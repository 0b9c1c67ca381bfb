from openzaak.zgw.prefetch import fk_uuids
from openzaak.zgw.viewsets import ModelViewSet

from ... import services
from ...models import ZaakObject
from .. import expansions
from ..filters import ZaakObjectFilter
from ..serializers.zaakobject import ZaakObjectSerializer
from .zaakdelen import CHANGE, CREATE, DELETE, READ, ZaakDeelViewSet, operations

RULES = (
    "- geldigheid URL naar de ZAAK; een ZAAKOBJECTTYPE hoort bij het zaaktype van de zaak (`zaaktype-mismatch`)\n"
    "- `object` of `objectIdentificatie` is gegeven (`invalid-zaakobject`); `objectIdentificatie` heeft de vorm "
    "van het `objectType`; een `object` URL bestaat (`bad-url`, `invalid-resource`)\n"
    "- `objectTypeOverige` of `objectTypeOverigeDefinitie` hoort bij objectType `overige` "
    "(`missing-object-type-overige`, `invalid-object-type-overige-usage`); een definitie vraagt een `object` URL\n"
    "- `zaak` en `objectType` wijzigen niet (`wijzigen-niet-toegelaten`)"
)


@operations("ZAAKOBJECT", "ZAAKOBJECTen", rules=RULES)
class ZaakObjectViewSet(ZaakDeelViewSet, ModelViewSet):
    """Opvragen en bewerken van ZAAKOBJECTen."""

    queryset = ZaakObject.objects.annotate(**fk_uuids("zaak", "zaakobjecttype")).order_by("pk")
    serializer_class = ZaakObjectSerializer
    filterset_class = ZaakObjectFilter
    required_scopes = {**READ, "create": CREATE, "update": CHANGE, "partial_update": CHANGE, "destroy": DELETE}
    etag = True
    expand_fields = expansions.ZAAKOBJECT

    def create_object(self, data):
        return services.zaakobject_create(context=self.write_context, data=data)

    def update_object(self, instance, data, *, partial):
        return services.zaakobject_update(context=self.write_context, instance=instance, data=data, partial=partial)

    def destroy_object(self, instance):
        services.zaakobject_destroy(context=self.write_context, instance=instance)
