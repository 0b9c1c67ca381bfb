"""A zaakbesluit (`/zaken/{zaak_uuid}/besluiten`): the Zaken register's side of a
besluit's `zaak` (brc-006). The Besluiten register leads: this resource shows the
relation and answers the synchronisation calls of the standard's example."""

from rest_framework import serializers

from openzaak.components.besluiten.models import Besluit
from openzaak.zgw import serializers as zgw_serializers
from openzaak.zgw.references import ReferenceField, SelfUrlField

from ...models import ZaakBesluit


class ZaakBesluitSerializer(zgw_serializers.ModelSerializer):
    url = SelfUrlField()
    uuid = serializers.UUIDField(read_only=True, help_text="Unieke resource identifier (UUID4)")
    besluit = ReferenceField(
        model=Besluit,
        help_text="URL-referentie naar het BESLUIT (in de Besluiten API), waar ook de relatieinformatie opgevraagd "
        "kan worden.",
    )

    class Meta:
        model = ZaakBesluit
        fields = ("url", "uuid", "besluit")
