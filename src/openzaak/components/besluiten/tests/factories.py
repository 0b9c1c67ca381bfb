"""factory_boy factories for the Besluiten register. `BesluitFactory(zaak=…)` (or
`met_zaak=True`) also makes the zaak's ZaakBesluit, and a besluitinformatieobject comes
with its ObjectInformatieObject mirror, as the services make them."""

import datetime

import factory
from django.db import transaction

from openzaak.components.catalogi.tests.factories import BesluitTypeFactory
from openzaak.components.documenten.constants import ObjectInformatieObjectType
from openzaak.components.documenten.models import ObjectInformatieObject
from openzaak.components.documenten.tests.factories import EnkelvoudigInformatieObjectFactory
from openzaak.components.zaken.models import ZaakBesluit

from ..constants import VervalRedenen
from ..models import Besluit, BesluitInformatieObject

RSIN = "517439943"


class BesluitFactory(factory.django.DjangoModelFactory):
    besluittype = factory.SubFactory(BesluitTypeFactory, concept=False)
    identificatie = factory.Sequence(lambda n: f"BESLUIT-TEST-{n:06d}")
    verantwoordelijke_organisatie = RSIN
    datum = datetime.date(2024, 3, 15)
    ingangsdatum = datetime.date(2024, 3, 16)
    bestuursorgaan = "College van B&W"

    class Meta:
        model = Besluit

    class Params:
        met_zaak = factory.Trait(
            zaak=factory.SubFactory(
                "openzaak.components.zaken.tests.factories.ZaakFactory",
                zaaktype__catalogus=factory.SelfAttribute("...besluittype.catalogus"),
            )
        )
        vervallen = factory.Trait(vervaldatum=datetime.date(2025, 3, 16), vervalreden=VervalRedenen.tijdelijk)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with transaction.atomic():  # the relation and its mirror commit together
            besluit = super()._create(model_class, *args, **kwargs)
            if besluit.zaak_id:
                ZaakBesluit.objects.create(zaak_id=besluit.zaak_id, besluit=besluit)
            return besluit


class BesluitInformatieObjectFactory(factory.django.DjangoModelFactory):
    """A document of a besluit, with its ObjectInformatieObject mirror."""

    besluit = factory.SubFactory(BesluitFactory)
    informatieobject = factory.SubFactory(EnkelvoudigInformatieObjectFactory)

    class Meta:
        model = BesluitInformatieObject

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with transaction.atomic():  # the relation and its mirror commit together
            bio = super()._create(model_class, *args, **kwargs)
            ObjectInformatieObject.objects.create(
                informatieobject=bio.informatieobject,
                object_type=ObjectInformatieObjectType.besluit,
                besluit=bio.besluit,
            )
            return bio
