from rest_framework import serializers

from openzaak.components.catalogi.models import ZaakObjectType
from openzaak.zgw.constants import ZaakobjectType

from ...models import ZaakObject
from ...rules import ObjectTypeOverige, Unchanged, ZaakObjectGiven, ZaakTypeMatch, zaakobject_object
from .common import Groep, OptionalReferenceField, UrlOfElsewhere, ZaakDeelSerializer
from .identificaties import OBJECT_SHAPES
from .polymorphic import IdentificatieField, PolymorphicSchema


class ObjectTypeOverigeDefinitieSerializer(Groep):
    key_field = "object_type_overige_definitie_url"

    url = UrlOfElsewhere(
        source="object_type_overige_definitie_url",
        help_text="URL-referentie naar de objecttype resource in een API. Deze resource moet de "
        "[JSON-schema](https://json-schema.org/)-definitie van het objecttype bevatten.",
    )
    schema = serializers.CharField(
        source="object_type_overige_definitie_schema",
        max_length=100,
        help_text="Een geldige jq expressie. Dit wordt gecombineerd met de resource uit het `url`-attribuut om "
        "het schema van het objecttype uit te lezen.",
    )
    objectData = serializers.CharField(
        source="object_type_overige_definitie_object_data",
        max_length=100,
        help_text="Een geldige jq expressie. Dit wordt gecombineerd met de JSON data uit de OBJECT url om de "
        "objectgegevens uit te lezen en het vorm van de gegevens tegen het schema te valideren.",
    )


class ZaakObjectSerializer(ZaakDeelSerializer):
    object = UrlOfElsewhere(
        required=False,
        allow_blank=True,
        validators=[zaakobject_object],
        help_text="URL-referentie naar de resource die het OBJECT beschrijft.",
    )
    zaakobjecttype = OptionalReferenceField(
        model=ZaakObjectType, help_text="URL-referentie naar het ZAAKOBJECTTYPE (in de Catalogi API)."
    )
    objectType = serializers.ChoiceField(
        source="object_type",
        choices=ZaakobjectType.choices,
        help_text="Beschrijft het type OBJECT gerelateerd aan de ZAAK.",
    )
    objectTypeOverige = serializers.RegexField(
        r"^[a-z_]+$",
        source="object_type_overige",
        max_length=100,
        required=False,
        allow_blank=True,
        help_text='Beschrijft het type OBJECT als `objectType` de waarde "overige" heeft.',
    )
    objectTypeOverigeDefinitie = ObjectTypeOverigeDefinitieSerializer(
        source="*",
        required=False,
        allow_null=True,
        help_text='Verwijzing naar het schema van het type OBJECT als `objectType` de waarde "overige" heeft.',
    )
    relatieomschrijving = serializers.CharField(
        max_length=80,
        required=False,
        allow_blank=True,
        help_text="Omschrijving van de betrekking tussen de ZAAK en het OBJECT.",
    )
    objectIdentificatie = IdentificatieField(
        source="object_identificatie",
        shapes=OBJECT_SHAPES,
        type_field="objectType",
        type_attribute="object_type",
        help_text="De gegevens van het object, in de vorm die bij `objectType` hoort.",
    )

    class Meta:
        model = ZaakObject
        fields = (
            "url",
            "uuid",
            "zaak",
            "object",
            "zaakobjecttype",
            "objectType",
            "objectTypeOverige",
            "objectTypeOverigeDefinitie",
            "relatieomschrijving",
            "objectIdentificatie",
        )
        validators = [
            Unchanged("zaak", "zaak"),
            Unchanged("object_type", "objectType"),
            ZaakTypeMatch("zaakobjecttype", "zaakobjecttype"),
            ZaakObjectGiven(),
            ObjectTypeOverige(),
        ]


class ZaakObjectSchema(PolymorphicSchema):
    target_class = ZaakObjectSerializer
