from rest_framework import serializers

from openzaak.components.catalogi.models import StatusType
from openzaak.zgw.references import ReferenceField

from ...models import Rol, Status, ZaakInformatieObject
from ...rules import OfTheSameZaak, ZaakTypeMatch, not_in_future
from .common import OptionalReferenceField, UrlListField, ZaakDeelSerializer


class StatusSerializer(ZaakDeelSerializer):
    statustype = ReferenceField(model=StatusType, help_text="URL-referentie naar het STATUSTYPE (in de Catalogi API).")
    datumStatusGezet = serializers.DateTimeField(
        source="datum_status_gezet",
        validators=[not_in_future],
        help_text="De datum waarop de ZAAK de status heeft verkregen.",
    )
    statustoelichting = serializers.CharField(
        max_length=1000,
        required=False,
        allow_blank=True,
        help_text="Een, voor de initiator van de zaak relevante, toelichting op de status van een zaak.",
    )
    indicatieLaatstGezetteStatus = serializers.BooleanField(
        source="indicatie_laatst_gezette_status",
        read_only=True,
        help_text="Het gegeven is afleidbaar uit de historie van de attribuutsoort Datum status gezet van van alle "
        "statussen bij de desbetreffende zaak.",
    )
    gezetdoor = OptionalReferenceField(
        model=Rol,
        help_text="URL-referentie naar de BETROKKENE (een ROL van de ZAAK) die de STATUS gezet heeft.",
    )
    zaakinformatieobjecten = UrlListField(
        model=ZaakInformatieObject,
        source="zio_uuids",
        fallback=lambda status: status.zaakinformatieobjecten.all(),
        help_text="URL-referenties naar ZAAKINFORMATIEOBJECTen.",
    )

    class Meta:
        model = Status
        fields = (
            "url",
            "uuid",
            "zaak",
            "statustype",
            "datumStatusGezet",
            "statustoelichting",
            "indicatieLaatstGezetteStatus",
            "gezetdoor",
            "zaakinformatieobjecten",
        )
        validators = [ZaakTypeMatch("statustype", "statustype"), OfTheSameZaak("gezetdoor", "gezetdoor")]
