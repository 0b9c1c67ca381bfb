"""factory_boy factories for the catalogue, with traits for the standard's states:
`ZaakTypeFactory(concept=False)` is a published version."""

import datetime

import factory

from openzaak.zgw.constants import Afleidingswijze, Archiefnominatie, RolOmschrijving

from ..constants import FormaatEigenschap, Richting
from ..models import (
    BesluitType,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)

SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1"


class CatalogusFactory(factory.django.DjangoModelFactory):
    naam = factory.Sequence(lambda n: f"Catalogus {n}")
    domein = factory.Sequence(lambda n: f"D{n:04d}"[:5])
    rsin = "002564440"
    contactpersoon_beheer_naam = "Ad Alarm"

    class Meta:
        model = Catalogus


class ZaakTypeFactory(factory.django.DjangoModelFactory):
    catalogus = factory.SubFactory(CatalogusFactory)
    identificatie = factory.Sequence(lambda n: f"ZAAKTYPE-{n}")
    omschrijving = "Melding openbare ruimte"
    vertrouwelijkheidaanduiding = "openbaar"
    doel = "Meldingen afhandelen"
    aanleiding = "Een melding"
    indicatie_intern_of_extern = "extern"
    handeling_initiator = "Melden"
    onderwerp = "Openbare ruimte"
    handeling_behandelaar = "Behandelen"
    doorlooptijd = "P30D"
    opschorting_en_aanhouding_mogelijk = False
    verlenging_mogelijk = False
    publicatie_indicatie = False
    referentieproces_naam = "Melden"
    verantwoordelijke = "Afdeling Beheer"
    producten_of_diensten = factory.LazyFunction(lambda: ["https://example.com/product/123"])
    begin_geldigheid = datetime.date(2024, 1, 1)
    versiedatum = datetime.date(2024, 1, 1)

    class Meta:
        model = ZaakType


class InformatieObjectTypeFactory(factory.django.DjangoModelFactory):
    catalogus = factory.SubFactory(CatalogusFactory)
    omschrijving = factory.Sequence(lambda n: f"Document {n}")
    vertrouwelijkheidaanduiding = "openbaar"
    informatieobjectcategorie = "Brief"
    begin_geldigheid = datetime.date(2024, 1, 1)

    class Meta:
        model = InformatieObjectType


class BesluitTypeFactory(factory.django.DjangoModelFactory):
    catalogus = factory.SubFactory(CatalogusFactory)
    omschrijving = factory.Sequence(lambda n: f"Besluit {n}")
    publicatie_indicatie = False
    begin_geldigheid = datetime.date(2024, 1, 1)

    class Meta:
        model = BesluitType


class StatusTypeFactory(factory.django.DjangoModelFactory):
    zaaktype = factory.SubFactory(ZaakTypeFactory)
    omschrijving = factory.Sequence(lambda n: f"Status {n}")
    volgnummer = factory.Sequence(lambda n: n + 1)

    class Meta:
        model = StatusType


class RolTypeFactory(factory.django.DjangoModelFactory):
    zaaktype = factory.SubFactory(ZaakTypeFactory)
    omschrijving = "Behandelaar"
    omschrijving_generiek = RolOmschrijving.behandelaar

    class Meta:
        model = RolType


class EigenschapFactory(factory.django.DjangoModelFactory):
    zaaktype = factory.SubFactory(ZaakTypeFactory)
    naam = factory.Sequence(lambda n: f"eigenschap{n}")
    definitie = "Een eigenschap"
    specificatie_formaat = FormaatEigenschap.tekst
    specificatie_lengte = "20"
    specificatie_kardinaliteit = "1"

    class Meta:
        model = Eigenschap


class ResultaatTypeFactory(factory.django.DjangoModelFactory):
    zaaktype = factory.SubFactory(ZaakTypeFactory)
    omschrijving = factory.Sequence(lambda n: f"Resultaat {n}")
    resultaattypeomschrijving = f"{SELECTIELIJST}/resultaattypeomschrijvingen/e6a0c939-3404-45b0-88e3-76c94fb80ea7"
    omschrijving_generiek = "Gegrond"
    selectielijstklasse = f"{SELECTIELIJST}/resultaten/cc5ae4e3-a9e6-4386-bcee-46be4986a829"
    archiefnominatie = Archiefnominatie.vernietigen
    archiefactietermijn = "P10Y"
    brondatum_archiefprocedure_afleidingswijze = Afleidingswijze.afgehandeld

    class Meta:
        model = ResultaatType


class ZaakObjectTypeFactory(factory.django.DjangoModelFactory):
    zaaktype = factory.SubFactory(ZaakTypeFactory)
    objecttype = "https://objecttypen.example.com/api/v1/objecttypes/1"
    relatie_omschrijving = "Object"

    class Meta:
        model = ZaakObjectType


class ZaakTypeInformatieObjectTypeFactory(factory.django.DjangoModelFactory):
    zaaktype = factory.SubFactory(ZaakTypeFactory)
    informatieobjecttype = factory.SubFactory(
        InformatieObjectTypeFactory, catalogus=factory.SelfAttribute("..zaaktype.catalogus")
    )
    volgnummer = factory.Sequence(lambda n: n + 1)
    richting = Richting.inkomend

    class Meta:
        model = ZaakTypeInformatieObjectType
