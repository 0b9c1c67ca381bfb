from rest_framework import serializers

from openzaak.components.catalogi.models import RolType
from openzaak.zgw.constants import RolOmschrijving
from openzaak.zgw.references import ReferenceField

from ...constants import BetrokkeneType, IndicatieMachtiging
from ...models import Rol, Status
from ...rules import BetrokkeneGiven, OneRolOf, ZaakTypeMatch, betrokkene
from .common import Groep, UrlListField, UrlOfElsewhere, ZaakDeelSerializer
from .identificaties import BETROKKENE_SHAPES
from .polymorphic import IdentificatieField, PolymorphicSchema


class ContactPersoonRolSerializer(Groep):
    key_field = "contactpersoon_rol_naam"

    emailadres = serializers.EmailField(
        source="contactpersoon_rol_emailadres",
        max_length=254,
        required=False,
        allow_blank=True,
        help_text="Elektronich postadres waaronder de contactpersoon in de regel bereikbaar is.",
    )
    functie = serializers.CharField(
        source="contactpersoon_rol_functie",
        max_length=50,
        required=False,
        allow_blank=True,
        help_text="De aanduiding van de taken, rechten en plichten die de contactpersoon heeft binnen de "
        "organisatie van BETROKKENE.",
    )
    telefoonnummer = serializers.CharField(
        source="contactpersoon_rol_telefoonnummer",
        max_length=20,
        required=False,
        allow_blank=True,
        help_text="Telefoonnummer waaronder de contactpersoon in de regel bereikbaar is.",
    )
    naam = serializers.CharField(
        source="contactpersoon_rol_naam",
        max_length=40,
        help_text="De opgemaakte naam van de contactpersoon namens de BETROKKENE.",
    )


class RolSerializer(ZaakDeelSerializer):
    betrokkene = UrlOfElsewhere(
        required=False,
        allow_blank=True,
        validators=[betrokkene],
        help_text="URL-referentie naar een betrokkene gerelateerd aan de ZAAK.",
    )
    betrokkeneType = serializers.ChoiceField(
        source="betrokkene_type", choices=BetrokkeneType.choices, help_text="Type van de `betrokkene`."
    )
    afwijkendeNaamBetrokkene = serializers.CharField(
        source="afwijkende_naam_betrokkene",
        max_length=625,
        required=False,
        allow_blank=True,
        help_text="De naam van de betrokkene waaronder deze in relatie tot de zaak aangesproken wil worden.",
    )
    roltype = ReferenceField(
        model=RolType, help_text="URL-referentie naar een roltype binnen het ZAAKTYPE van de ZAAK."
    )
    omschrijving = serializers.CharField(
        read_only=True, help_text="Omschrijving van de aard van de ROL, afgeleid uit het ROLTYPE."
    )
    omschrijvingGeneriek = serializers.CharField(
        source="omschrijving_generiek",
        read_only=True,
        help_text="Algemeen gehanteerde benaming van de aard van de ROL, afgeleid uit het ROLTYPE.",
    )
    roltoelichting = serializers.CharField(max_length=1000, allow_blank=True)
    registratiedatum = serializers.DateTimeField(
        read_only=True, help_text="De datum waarop dit object is geregistreerd."
    )
    indicatieMachtiging = serializers.ChoiceField(
        source="indicatie_machtiging",
        choices=IndicatieMachtiging.choices,
        required=False,
        allow_blank=True,
        help_text="Indicatie machtiging",
    )
    contactpersoonRol = ContactPersoonRolSerializer(
        source="*",
        required=False,
        allow_null=True,
        help_text="De gegevens van de persoon die anderen desgevraagd in contact brengt met medewerkers van de "
        "BETROKKENE, een NIET-NATUURLIJK PERSOON of VESTIGING zijnde, of met BETROKKENE zelf, een NATUURLIJK "
        "PERSOON zijnde, vanuit het belang van BETROKKENE in haar ROL bij een ZAAK.",
    )
    statussen = UrlListField(
        model=Status,
        source="status_uuids",
        fallback=lambda rol: rol.statussen.all(),
        help_text="De BETROKKENE die in zijn/haar ROL in een ZAAK heeft geregistreerd dat STATUSsen in die ZAAK "
        "bereikt zijn.",
    )
    betrokkeneIdentificatie = IdentificatieField(
        source="betrokkene_identificatie",
        shapes=BETROKKENE_SHAPES,
        type_field="betrokkeneType",
        type_attribute="betrokkene_type",
        help_text="De gegevens van de betrokkene, in de vorm die bij `betrokkeneType` hoort.",
    )

    class Meta:
        model = Rol
        fields = (
            "url",
            "uuid",
            "zaak",
            "betrokkene",
            "betrokkeneType",
            "afwijkendeNaamBetrokkene",
            "roltype",
            "omschrijving",
            "omschrijvingGeneriek",
            "roltoelichting",
            "registratiedatum",
            "indicatieMachtiging",
            "contactpersoonRol",
            "statussen",
            "betrokkeneIdentificatie",
        )
        validators = [
            ZaakTypeMatch("roltype", "roltype"),
            BetrokkeneGiven(),
            OneRolOf(RolOmschrijving.initiator, RolOmschrijving.zaakcoordinator),
        ]


class RolSchema(PolymorphicSchema):
    target_class = RolSerializer
