"""A zaakeigenschap: the value of one eigenschap of the zaak's zaaktype for a zaak
(`/zaken/{zaak_uuid}/zaakeigenschappen`)."""

from rest_framework import serializers

from openzaak.components.catalogi.models import Eigenschap
from openzaak.zgw import serializers as zgw_serializers
from openzaak.zgw.references import ReferenceField, SelfUrlField

from ... import rules
from ...models import Zaak, ZaakEigenschap


class ZaakEigenschapSerializer(zgw_serializers.ModelSerializer):
    url = SelfUrlField()
    uuid = serializers.UUIDField(read_only=True, help_text="Unieke resource identifier (UUID4)")
    zaak = ReferenceField(model=Zaak, help_text="URL-referentie naar de ZAAK.")
    eigenschap = ReferenceField(model=Eigenschap, help_text="URL-referentie naar de EIGENSCHAP (in de Catalogi API).")
    naam = serializers.CharField(
        source="eigenschap.naam",
        read_only=True,
        help_text="De naam van de EIGENSCHAP (overgenomen uit de Catalogi API).",
    )
    waarde = serializers.CharField(help_text="De waarde van de eigenschap, passend bij haar specificatie.")

    class Meta:
        model = ZaakEigenschap
        fields = ("url", "uuid", "zaak", "eigenschap", "naam", "waarde")
        validators = [
            rules.Unchanged("zaak", "zaak"),
            rules.EigenschapOfZaakType(),
            rules.EigenschapWaarde(),
        ]
