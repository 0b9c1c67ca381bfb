from django.db import transaction
from rest_framework import serializers

from openzaak.zgw.serializers import ModelSerializer

from ...models import CheckListItem, Eigenschap, StatusType
from ..validators import SameZaakType, StatustypeCorrectieAchteraan
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

    @transaction.atomic
    def create(self, validated_data):
        items = validated_data.pop("checklistitems", [])
        eigenschappen = validated_data.pop("eigenschappen", [])
        statustype = StatusType.objects.create(**validated_data)
        CheckListItem.objects.bulk_create(CheckListItem(statustype=statustype, **item) for item in items)
        Eigenschap.objects.filter(pk__in=[e.pk for e in eigenschappen]).update(statustype=statustype)
        return statustype

    @transaction.atomic
    def update(self, instance, validated_data):
        items = validated_data.pop("checklistitems", None)
        eigenschappen = validated_data.pop("eigenschappen", None)
        instance = super().update(instance, validated_data)
        if items is not None:
            instance.checklistitems.all().delete()
            CheckListItem.objects.bulk_create(CheckListItem(statustype=instance, **item) for item in items)
        if eigenschappen is not None:
            instance.eigenschappen.exclude(pk__in=[e.pk for e in eigenschappen]).update(statustype=None)
            Eigenschap.objects.filter(pk__in=[e.pk for e in eigenschappen]).update(statustype=instance)
        if hasattr(instance, "_prefetched_objects_cache"):
            instance._prefetched_objects_cache.clear()
        return instance
