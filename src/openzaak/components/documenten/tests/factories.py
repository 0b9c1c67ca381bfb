"""factory_boy factories for the Documenten register, with traits for the standard's
states: `EnkelvoudigInformatieObjectFactory(met_inhoud=True)` has content,
`(locked=True)` is checked out. A document is made as the service makes it: the
document and its versie 1 row."""

import datetime
import uuid

import factory
from django.core.files.base import ContentFile

from openzaak.components.catalogi.tests.factories import InformatieObjectTypeFactory

from ..constants import AardRelatieVerzending, ObjectInformatieObjectType, PostadresType
from ..models import BestandsDeel, EnkelvoudigInformatieObject, Gebruiksrechten, ObjectInformatieObject, Verzending

RSIN = "517439943"
INHOUD = b"Dit is de inhoud van een document.\n"


class EnkelvoudigInformatieObjectFactory(factory.django.DjangoModelFactory):
    identificatie = factory.Sequence(lambda n: f"DOCUMENT-TEST-{n:06d}")
    bronorganisatie = RSIN
    creatiedatum = datetime.date(2024, 3, 1)
    titel = factory.Sequence(lambda n: f"Document {n}")
    vertrouwelijkheidaanduiding = "openbaar"
    auteur = "Ad Alarm"
    taal = "nld"
    informatieobjecttype = factory.SubFactory(InformatieObjectTypeFactory, concept=False)

    class Meta:
        model = EnkelvoudigInformatieObject

    class Params:
        met_inhoud = factory.Trait(
            inhoud=factory.LazyFunction(lambda: ContentFile(INHOUD, name="brief.txt")),
            bestandsnaam="brief.txt",
            formaat="text/plain",
            bestandsomvang=len(INHOUD),
        )
        locked = factory.Trait(lock=factory.LazyFunction(lambda: uuid.uuid4().hex))

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        document = super()._create(model_class, *args, **kwargs)
        document.new_versie().save()
        return document


class GebruiksrechtenFactory(factory.django.DjangoModelFactory):
    informatieobject = factory.SubFactory(EnkelvoudigInformatieObjectFactory)
    startdatum = factory.LazyFunction(lambda: datetime.datetime(2024, 3, 1, tzinfo=datetime.UTC))
    omschrijving_voorwaarden = "Alleen voor intern gebruik"

    class Meta:
        model = Gebruiksrechten


class BestandsDeelFactory(factory.django.DjangoModelFactory):
    informatieobject = factory.SubFactory(EnkelvoudigInformatieObjectFactory, locked=True)
    volgnummer = factory.Sequence(lambda n: n + 1)
    omvang = len(INHOUD)
    lock = factory.SelfAttribute("informatieobject.lock")

    class Meta:
        model = BestandsDeel

    class Params:
        voltooid = factory.Trait(inhoud=factory.LazyFunction(lambda: ContentFile(INHOUD, name="deel")))


class ObjectInformatieObjectFactory(factory.django.DjangoModelFactory):
    """A relation to a verzoek (outside this project). Relations to zaken and besluiten are
    mirrors: make those with ZaakInformatieObjectFactory / BesluitInformatieObjectFactory."""

    informatieobject = factory.SubFactory(EnkelvoudigInformatieObjectFactory)
    object_type = ObjectInformatieObjectType.verzoek
    verzoek = factory.Sequence(lambda n: f"https://verzoeken.example.com/api/v1/verzoeken/{n}")

    class Meta:
        model = ObjectInformatieObject


class VerzendingFactory(factory.django.DjangoModelFactory):
    """Sent to a binnenlands correspondentieadres; traits for the other address shapes."""

    informatieobject = factory.SubFactory(EnkelvoudigInformatieObjectFactory)
    betrokkene = "https://klantinteractie.example.com/api/v1/partijen/1"
    aard_relatie = AardRelatieVerzending.geadresseerde
    contact_persoon = "https://klantinteractie.example.com/api/v1/partijen/2"
    verzenddatum = datetime.date(2024, 3, 2)
    binnenlands_correspondentieadres_huisnummer = 1
    binnenlands_correspondentieadres_naam_openbare_ruimte = "Grote Markt"
    binnenlands_correspondentieadres_postcode = "1234AB"
    binnenlands_correspondentieadres_woonplaatsnaam = "Utrecht"

    class Meta:
        model = Verzending

    class Params:
        buitenland = factory.Trait(
            binnenlands_correspondentieadres_huisnummer=None,
            binnenlands_correspondentieadres_naam_openbare_ruimte="",
            binnenlands_correspondentieadres_postcode="",
            binnenlands_correspondentieadres_woonplaatsnaam="",
            buitenlands_correspondentieadres_adres_buitenland1="Rue de la Loi 1",
            buitenlands_correspondentieadres_land_postadres="https://landen.example.com/api/v1/landen/BE",
        )
        postbus = factory.Trait(
            binnenlands_correspondentieadres_huisnummer=None,
            binnenlands_correspondentieadres_naam_openbare_ruimte="",
            binnenlands_correspondentieadres_postcode="",
            binnenlands_correspondentieadres_woonplaatsnaam="",
            correspondentie_postadres_post_bus_of_antwoordnummer=1234,
            correspondentie_postadres_postadres_postcode="1234AB",
            correspondentie_postadres_postadres_type=PostadresType.postbusnummer,
            correspondentie_postadres_woonplaatsnaam="Utrecht",
        )
