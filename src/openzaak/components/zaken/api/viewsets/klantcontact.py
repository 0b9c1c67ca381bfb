from rest_framework import mixins

from ... import services
from ...models import KlantContact
from ..filters import KlantContactFilter
from ..serializers.klantcontact import KlantContactSerializer
from .zaakdelen import CHANGE, READ, ZaakDeelViewSet, operations


@operations(
    "KLANTCONTACT",
    "KLANTCONTACTen",
    rules="- geldigheid URL naar de ZAAK\n- `datumtijd` ligt niet in de toekomst (`date-in-future`)",
)
class KlantContactViewSet(ZaakDeelViewSet, mixins.ListModelMixin, mixins.CreateModelMixin, mixins.RetrieveModelMixin):
    """Opvragen en bewerken van KLANTCONTACTen (in de standaard vervangen door zaakcontactmomenten)."""

    queryset = KlantContact.objects.select_related("zaak").order_by("pk")
    serializer_class = KlantContactSerializer
    filterset_class = KlantContactFilter
    required_scopes = {**READ, "create": CHANGE}

    def create_object(self, data):
        return services.zaakdeel_create(context=self.write_context, model=KlantContact, data=data)
