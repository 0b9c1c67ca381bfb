from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers

from openzaak.zgw.references import SelfUrlField
from openzaak.zgw.serializers import ModelSerializer
from openzaak.zgw.validators import validate_rsin

from ...models import Catalogus
from .fields import BlankForNullMixin, RelatedNamesField, RelatedUrlsField


class CatalogusSerializer(BlankForNullMixin, ModelSerializer):
    url = SelfUrlField(
        help_text="URL-referentie naar dit object. Dit is de unieke identificatie en locatie van dit object."
    )
    domein = serializers.CharField(
        max_length=5,
        help_text="Een afkorting waarmee wordt aangegeven voor welk domein in een CATALOGUS ZAAKTYPEn zijn uitgewerkt.",
    )
    rsin = serializers.CharField(
        max_length=9,
        help_text="Het door een kamer toegekend uniek nummer voor de INGESCHREVEN NIET-NATUURLIJK PERSOON die de "
        "eigenaar is van een CATALOGUS.",
    )
    contactpersoonBeheerNaam = serializers.CharField(
        source="contactpersoon_beheer_naam",
        max_length=40,
        help_text="De naam van de contactpersoon die verantwoordelijk is voor het beheer van de CATALOGUS.",
    )
    contactpersoonBeheerTelefoonnummer = serializers.CharField(
        source="contactpersoon_beheer_telefoonnummer",
        max_length=20,
        required=False,
        allow_blank=True,
        help_text="Het telefoonnummer van de contactpersoon die verantwoordelijk is voor het beheer van de CATALOGUS.",
    )
    contactpersoonBeheerEmailadres = serializers.EmailField(
        source="contactpersoon_beheer_emailadres",
        max_length=254,
        required=False,
        allow_blank=True,
        help_text="Het emailadres van de contactpersoon die verantwoordelijk is voor het beheer van de CATALOGUS.",
    )
    zaaktypen = RelatedUrlsField(help_text="URL-referenties naar ZAAKTYPEn die in deze CATALOGUS worden ontsloten.")
    besluittypen = RelatedUrlsField(
        help_text="URL-referenties naar BESLUITTYPEn die in deze CATALOGUS worden ontsloten."
    )
    besluittypeOmschrijving = RelatedNamesField(
        source="besluittypen", value="omschrijving", help_text="Omschrijvingen van BESLUITTYPEn in deze CATALOGUS."
    )
    informatieobjecttypen = RelatedUrlsField(
        help_text="URL-referenties naar INFORMATIEOBJECTTYPEn die in deze CATALOGUS worden ontsloten."
    )
    informatieobjecttypeOmschrijving = RelatedNamesField(
        source="informatieobjecttypen",
        value="omschrijving",
        help_text="Omschrijvingen van INFORMATIEOBJECTTYPEn in deze CATALOGUS.",
    )
    naam = serializers.CharField(
        max_length=200,
        required=False,
        allow_blank=True,
        allow_null=True,
        help_text="De benaming die is gegeven aan de zaaktypecatalogus.",
    )
    versie = serializers.CharField(
        max_length=20,
        required=False,
        allow_blank=True,
        allow_null=True,
        help_text="Versie-aanduiding van de van toepassing zijnde zaaktypecatalogus.",
    )
    begindatumVersie = serializers.DateField(
        source="begindatum_versie",
        required=False,
        allow_null=True,
        help_text="Datum waarop de versie van de zaaktypecatalogus van toepassing is geworden.",
    )

    class Meta:
        model = Catalogus
        fields = (
            "url",
            "domein",
            "rsin",
            "contactpersoonBeheerNaam",
            "contactpersoonBeheerTelefoonnummer",
            "contactpersoonBeheerEmailadres",
            "zaaktypen",
            "besluittypen",
            "besluittypeOmschrijving",
            "informatieobjecttypen",
            "informatieobjecttypeOmschrijving",
            "naam",
            "versie",
            "begindatumVersie",
        )
        validators = [
            serializers.UniqueTogetherValidator(
                queryset=Catalogus.objects.all(),
                fields=("domein", "rsin"),
                message="Er bestaat al een catalogus met dit domein en RSIN.",
            )
        ]

    def validate_rsin(self, value):
        try:
            validate_rsin(value)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.messages[0], code="invalid") from None
        return value
