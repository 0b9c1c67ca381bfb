"""factory_boy factories for the Zaken register, with traits for the standard's states:
`ZaakFactory(closed=True)` is closed (eindstatus, resultaat, einddatum, archive fields),
`(opgeschort=True)`, `(verlengd=True)`, `(deelzaak=True)`; `RolFactory` and
`ZaakObjectFactory` take a trait per betrokkeneType / objectType with an identificatie of
the contract's shape. Related rows are made the way the services make them: a status
becomes the zaak's current one, a zaakinformatieobject comes with its mirror."""

import datetime

import factory
from django.contrib.gis.geos import Point
from django.db import transaction
from django.utils import timezone

from openzaak.components.catalogi.tests.factories import (
    EigenschapFactory,
    ResultaatTypeFactory,
    RolTypeFactory,
    StatusTypeFactory,
    ZaakObjectTypeFactory,
    ZaakTypeFactory,
)
from openzaak.components.documenten.constants import ObjectInformatieObjectType
from openzaak.components.documenten.models import ObjectInformatieObject
from openzaak.components.documenten.tests.factories import EnkelvoudigInformatieObjectFactory
from openzaak.zgw.constants import AardRelatie, Archiefnominatie, ZaakobjectType

from ..constants import Betalingsindicatie, BetrokkeneType
from ..models import (
    KlantContact,
    RelevanteZaakRelatie,
    Resultaat,
    Rol,
    Status,
    Zaak,
    ZaakContactMoment,
    ZaakEigenschap,
    ZaakInformatieObject,
    ZaakNotitie,
    ZaakObject,
    ZaakVerzoek,
)

RSIN = "517439943"
BSN = "999990019"

# A betrokkeneIdentificatie of each betrokkeneType, as the contract shapes it.
BETROKKENE_IDENTIFICATIE = {
    BetrokkeneType.natuurlijk_persoon: {
        "inpBsn": BSN,
        "anpIdentificatie": "",
        "inpA_nummer": "",
        "geslachtsnaam": "Jansen",
        "voorvoegselGeslachtsnaam": "",
        "voorletters": "J.",
        "voornamen": "Jan",
        "geslachtsaanduiding": "m",
        "geboortedatum": "19800101",
        "verblijfsadres": {
            "aoaIdentificatie": "0344200000123456",
            "wplWoonplaatsNaam": "Utrecht",
            "gorOpenbareRuimteNaam": "Grote Markt",
            "aoaPostcode": "3511AB",
            "aoaHuisnummer": 1,
            "aoaHuisletter": "",
            "aoaHuisnummertoevoeging": "",
            "inpLocatiebeschrijving": "",
        },
        "subVerblijfBuitenland": None,
    },
    BetrokkeneType.niet_natuurlijk_persoon: {
        "innNnpId": RSIN,
        "annIdentificatie": "",
        "statutaireNaam": "Gemeente Utrecht",
        "innRechtsvorm": "publiekrechtelijke_rechtspersoon",
        "bezoekadres": "Stadsplateau 1, Utrecht",
        "subVerblijfBuitenland": None,
    },
    BetrokkeneType.vestiging: {
        "vestigingsNummer": "000012345678",
        "handelsnaam": ["Bakkerij De Korst"],
        "verblijfsadres": None,
        "subVerblijfBuitenland": None,
        "kvkNummer": "12345678",
    },
    BetrokkeneType.organisatorische_eenheid: {
        "identificatie": "OE-VTH",
        "naam": "Vergunningen",
        "isGehuisvestIn": "",
    },
    BetrokkeneType.medewerker: {
        "identificatie": "m.devries",
        "achternaam": "Vries",
        "voorletters": "M.",
        "voorvoegselAchternaam": "de",
    },
}


class ZaakFactory(factory.django.DjangoModelFactory):
    zaaktype = factory.SubFactory(ZaakTypeFactory, concept=False)
    identificatie = factory.Sequence(lambda n: f"ZAAK-TEST-{n:06d}")
    bronorganisatie = RSIN
    verantwoordelijke_organisatie = RSIN
    omschrijving = "Melding kapotte lantaarnpaal"
    registratiedatum = datetime.date(2024, 3, 1)
    startdatum = datetime.date(2024, 3, 1)
    vertrouwelijkheidaanduiding = factory.SelfAttribute("zaaktype.vertrouwelijkheidaanduiding")
    zaakgeometrie = factory.LazyFunction(lambda: Point(5.1214, 52.0907, srid=4326))

    class Meta:
        model = Zaak
        skip_postgeneration_save = True

    class Params:
        closed = factory.Trait(
            einddatum=datetime.date(2024, 4, 1),
            archiefnominatie=Archiefnominatie.vernietigen,
            archiefactiedatum=datetime.date(2034, 4, 1),
            resultaat=factory.RelatedFactory("openzaak.components.zaken.tests.factories.ResultaatFactory", "zaak"),
            eindstatus=factory.RelatedFactory(
                "openzaak.components.zaken.tests.factories.StatusFactory",
                "zaak",
                datum_status_gezet=factory.LazyFunction(lambda: datetime.datetime(2024, 4, 1, tzinfo=datetime.UTC)),
            ),
        )
        opgeschort = factory.Trait(opschorting_indicatie=True, opschorting_reden="Wachten op aanvullende gegevens")
        verlengd = factory.Trait(verlenging_reden="Advies van een externe partij", verlenging_duur="P14D")
        deelzaak = factory.Trait(
            hoofdzaak=factory.SubFactory(
                "openzaak.components.zaken.tests.factories.ZaakFactory", zaaktype=factory.SelfAttribute("..zaaktype")
            )
        )
        betaald = factory.Trait(
            betalingsindicatie=Betalingsindicatie.geheel,
            laatste_betaaldatum=factory.LazyFunction(lambda: datetime.datetime(2024, 3, 5, tzinfo=datetime.UTC)),
        )


class StatusFactory(factory.django.DjangoModelFactory):
    """A status that becomes the zaak's current one (as the service does)."""

    zaak = factory.SubFactory(ZaakFactory)
    statustype = factory.SubFactory(StatusTypeFactory, zaaktype=factory.SelfAttribute("..zaak.zaaktype"))
    datum_status_gezet = factory.LazyFunction(timezone.now)
    statustoelichting = "Status gezet"

    class Meta:
        model = Status

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        zaak = kwargs["zaak"]
        Status.objects.filter(zaak=zaak, indicatie_laatst_gezette_status=True).update(
            indicatie_laatst_gezette_status=False
        )
        kwargs["indicatie_laatst_gezette_status"] = True
        return super()._create(model_class, *args, **kwargs)


class ResultaatFactory(factory.django.DjangoModelFactory):
    zaak = factory.SubFactory(ZaakFactory)
    resultaattype = factory.SubFactory(ResultaatTypeFactory, zaaktype=factory.SelfAttribute("..zaak.zaaktype"))
    toelichting = "Afgehandeld"

    class Meta:
        model = Resultaat


class RolFactory(factory.django.DjangoModelFactory):
    """A natuurlijk persoon by default; `RolFactory(medewerker=True)` and its siblings for
    the other betrokkeneTypes."""

    zaak = factory.SubFactory(ZaakFactory)
    roltype = factory.SubFactory(RolTypeFactory, zaaktype=factory.SelfAttribute("..zaak.zaaktype"))
    omschrijving = factory.SelfAttribute("roltype.omschrijving")
    omschrijving_generiek = factory.SelfAttribute("roltype.omschrijving_generiek")
    roltoelichting = "Melder"
    betrokkene_type = BetrokkeneType.natuurlijk_persoon
    betrokkene_identificatie = factory.LazyAttribute(lambda rol: dict(BETROKKENE_IDENTIFICATIE[rol.betrokkene_type]))

    class Meta:
        model = Rol

    class Params:
        niet_natuurlijk_persoon = factory.Trait(betrokkene_type=BetrokkeneType.niet_natuurlijk_persoon)
        vestiging = factory.Trait(betrokkene_type=BetrokkeneType.vestiging)
        organisatorische_eenheid = factory.Trait(betrokkene_type=BetrokkeneType.organisatorische_eenheid)
        medewerker = factory.Trait(betrokkene_type=BetrokkeneType.medewerker)
        met_contactpersoon = factory.Trait(
            contactpersoon_rol_naam="Petra Pieters",
            contactpersoon_rol_emailadres="p.pieters@example.com",
            contactpersoon_rol_telefoonnummer="0612345678",
            contactpersoon_rol_functie="Secretaris",
        )


class ZaakEigenschapFactory(factory.django.DjangoModelFactory):
    zaak = factory.SubFactory(ZaakFactory)
    eigenschap = factory.SubFactory(EigenschapFactory, zaaktype=factory.SelfAttribute("..zaak.zaaktype"))
    waarde = "Lantaarnpaal"

    class Meta:
        model = ZaakEigenschap


class ZaakObjectFactory(factory.django.DjangoModelFactory):
    """An adres by default; `ZaakObjectFactory(overige=True)` for an object of an
    Objecttypen API type."""

    zaak = factory.SubFactory(ZaakFactory)
    object = "https://bag.example.com/api/v1/adressen/0344200000123456"
    object_type = ZaakobjectType.adres
    relatieomschrijving = "Locatie van de melding"
    object_identificatie = factory.LazyFunction(
        lambda: {
            "identificatie": "0344200000123456",
            "wplWoonplaatsNaam": "Utrecht",
            "gorOpenbareRuimteNaam": "Grote Markt",
            "huisnummer": 1,
            "huisletter": "",
            "huisnummertoevoeging": "",
            "postcode": "3511AB",
        }
    )

    class Meta:
        model = ZaakObject

    class Params:
        overige = factory.Trait(
            object="https://objecten.example.com/api/v1/objects/1",
            object_type=ZaakobjectType.overige,
            object_type_overige="lantaarnpaal",
            object_type_overige_definitie_url="https://objecttypen.example.com/api/v1/objecttypes/1",
            object_type_overige_definitie_schema=".jsonSchema",
            object_type_overige_definitie_object_data=".record.data",
            object_identificatie=factory.LazyFunction(lambda: {"overigeData": {"nummer": "LP-001"}}),
            zaakobjecttype=factory.SubFactory(ZaakObjectTypeFactory, zaaktype=factory.SelfAttribute("..zaak.zaaktype")),
        )


class ZaakInformatieObjectFactory(factory.django.DjangoModelFactory):
    """A document of a zaak, with its ObjectInformatieObject mirror (as the service makes it)."""

    zaak = factory.SubFactory(ZaakFactory)
    informatieobject = factory.SubFactory(EnkelvoudigInformatieObjectFactory)
    titel = "Foto van de melding"

    class Meta:
        model = ZaakInformatieObject

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with transaction.atomic():  # the relation and its mirror commit together
            zio = super()._create(model_class, *args, **kwargs)
            ObjectInformatieObject.objects.create(
                informatieobject=zio.informatieobject, object_type=ObjectInformatieObjectType.zaak, zaak=zio.zaak
            )
            return zio


class RelevanteZaakRelatieFactory(factory.django.DjangoModelFactory):
    zaak = factory.SubFactory(ZaakFactory)
    relevante_zaak = factory.SubFactory(ZaakFactory)
    aard_relatie = AardRelatie.vervolg

    class Meta:
        model = RelevanteZaakRelatie


class ZaakContactMomentFactory(factory.django.DjangoModelFactory):
    zaak = factory.SubFactory(ZaakFactory)
    contactmoment = factory.Sequence(lambda n: f"https://klantinteractie.example.com/api/v1/klantcontacten/{n}")

    class Meta:
        model = ZaakContactMoment


class ZaakVerzoekFactory(factory.django.DjangoModelFactory):
    zaak = factory.SubFactory(ZaakFactory)
    verzoek = factory.Sequence(lambda n: f"https://klantinteractie.example.com/api/v1/verzoeken/{n}")

    class Meta:
        model = ZaakVerzoek


class KlantContactFactory(factory.django.DjangoModelFactory):
    zaak = factory.SubFactory(ZaakFactory)
    identificatie = factory.Sequence(lambda n: f"KC-{n}")
    datumtijd = factory.LazyFunction(timezone.now)
    kanaal = "telefoon"
    onderwerp = "Vraag over de melding"

    class Meta:
        model = KlantContact


class ZaakNotitieFactory(factory.django.DjangoModelFactory):
    gerelateerd_aan = factory.SubFactory(ZaakFactory)
    onderwerp = "Terugbellen"
    tekst = "Melder wil teruggebeld worden."
    aangemaakt_door = "m.devries"
    notitie_type = "intern"
    status = "definitief"

    class Meta:
        model = ZaakNotitie
