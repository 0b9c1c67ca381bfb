from rest_framework import serializers

from openzaak.zgw.serializers import ModelSerializer

from ...models import CheckListItem, Eigenschap, StatusType
from ...rules import SameZaakType, StatustypeCorrectieAchteraan
from .base import ZaakTypeCatalogusField, ZaakTypeDeelSerializer
from .fields import BlankForNullMixin, DurationField, ReferenceListField


class CheckListItemSerializer(BlankForNullMixin, ModelSerializer):
    itemnaam = serializers.CharField(max_length=30, help_text="De betekenisvolle benaming van het checklistitem")
    toelichting = serializers.CharField(max_length=1000, required=False, allow_blank=True, allow_null=True)
    vraagstelling = serializers.CharField(
        max_length=255,
        help_text="Een betekenisvolle vraag waaruit blijkt waarop het checklistitem gecontroleerd moet worden.",
    )
    verplicht = serializers.BooleanField(required=False, default=False)

    class Meta:
        model = CheckListItem
        fields = ("itemnaam", "toelichting", "vraagstelling", "verplicht")


class StatusTypeSerializer(ZaakTypeDeelSerializer):
    omschrijving = serializers.CharField(
        max_length=80,
        help_text="Een korte, voor de initiator van de zaak "
        "relevante, omschrijving van de aard van de STATUS van zaken van een ZAAKTYPE.",
    )
    omschrijvingGeneriek = serializers.CharField(
        source="omschrijving_generiek", max_length=80, required=False, allow_blank=True
    )
    statustekst = serializers.CharField(max_length=1000, required=False, allow_blank=True)
    catalogus = ZaakTypeCatalogusField(read_only=True)
    volgnummer = serializers.IntegerField(
        min_value=1, max_value=9999, help_text="Een volgnummer voor statussen van het STATUSTYPE binnen een zaak."
    )
    isEindstatus = serializers.SerializerMethodField(
        help_text="Geeft aan dat dit STATUSTYPE een eindstatus betreft. "
        "Dit gegeven is afgeleid uit alle STATUSTYPEn van dit ZAAKTYPE met "
        "het hoogste volgnummer."
    )
    informeren = serializers.BooleanField(required=False)
    doorlooptijd = DurationField(required=False, allow_null=True)
    toelichting = serializers.CharField(max_length=1000, required=False, allow_blank=True, allow_null=True)
    checklistitemStatustype = CheckListItemSerializer(source="checklistitems", many=True, required=False)
    eigenschappen = ReferenceListField(
        model=Eigenschap,
        required=False,
        help_text="de EIGENSCHAPpen die verplicht een waarde moeten hebben gekregen, voordat een STATUS van dit "
        "STATUSTYPE kan worden gezet.",
    )

    class Meta:
        model = StatusType
        fields = (
            "url",
            "omschrijving",
            "omschrijvingGeneriek",
            "statustekst",
            "zaaktype",
            "catalogus",
            "zaaktypeIdentificatie",
            "volgnummer",
            "isEindstatus",
            "informeren",
            "doorlooptijd",
            "toelichting",
            "checklistitemStatustype",
            "eigenschappen",
            *ZaakTypeDeelSerializer.Meta.geldigheid,
        )
        validators = [
            *ZaakTypeDeelSerializer.Meta.validators,
            SameZaakType(("eigenschappen", "eigenschappen")),
            StatustypeCorrectieAchteraan(),
            serializers.UniqueTogetherValidator(
                queryset=StatusType.objects.all(),
                fields=("zaaktype", "volgnummer"),
                message="Dit zaaktype heeft al een statustype met dit volgnummer.",
            ),
        ]

    def get_isEindstatus(self, obj) -> bool:
        # annotated on lists (one query for the page); computed for a single object
        highest = getattr(obj, "hoogste_volgnummer", None)
        if highest is None:
            highest = max(obj.zaaktype.statustypen.values_list("volgnummer", flat=True), default=obj.volgnummer)
        return obj.volgnummer == highest
