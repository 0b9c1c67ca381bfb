from rest_framework import serializers

from openzaak.zgw import serializers as zgw_serializers
from openzaak.zgw.references import ReferenceField, SelfUrlField

from ...constants import NotitieStatus, NotitieType
from ...models import Zaak, ZaakNotitie
from ...rules import Unchanged


class ZaakNotitieSerializer(zgw_serializers.ModelSerializer):
    url = SelfUrlField()
    onderwerp = serializers.CharField(max_length=255, help_text="Korte omschrijving of titel van de notitie")
    tekst = serializers.CharField(help_text="De volledige inhoud of beschrijving van de notitie")
    aangemaaktDoor = serializers.CharField(
        source="aangemaakt_door",
        max_length=255,
        required=False,
        allow_blank=True,
        help_text="Naam of identificatie van de auteur van de notitie",
    )
    notitieType = serializers.ChoiceField(
        source="notitie_type",
        choices=NotitieType.choices,
        default=NotitieType.intern,
        help_text="Intern mag enkel een medewerker zien, extern mag gezien worden door medewerker en de initiator.",
    )
    status = serializers.ChoiceField(choices=NotitieStatus.choices, default=NotitieStatus.concept)
    aanmaakdatum = serializers.DateTimeField(read_only=True, help_text="De datum waarop de handeling is gedaan.")
    wijzigingsdatum = serializers.DateTimeField(
        read_only=True, help_text="Datum en tijd waarop de notitie voor het laatst is gewijzigd"
    )
    gerelateerdAan = ReferenceField(source="gerelateerd_aan", model=Zaak, help_text="URL-referentie naar een ZAAK.")

    class Meta:
        model = ZaakNotitie
        fields = (
            "url",
            "onderwerp",
            "tekst",
            "aangemaaktDoor",
            "notitieType",
            "status",
            "aanmaakdatum",
            "wijzigingsdatum",
            "gerelateerdAan",
        )
        validators = [Unchanged("gerelateerd_aan", "gerelateerdAan")]
