import factory
from django.utils import timezone

from openzaak.zgw.models import Notification

from ..models import Abonnement, FilterGroup, Kanaal


class KanaalFactory(factory.django.DjangoModelFactory):
    naam = factory.Sequence(lambda n: f"kanaal-{n}")
    documentatie_link = "https://example.com/docs"
    filters = factory.LazyFunction(lambda: ["bronorganisatie", "zaaktype"])

    class Meta:
        model = Kanaal


class AbonnementFactory(factory.django.DjangoModelFactory):
    callback_url = factory.Sequence(lambda n: f"http://127.0.0.1:9/callback/{n}")
    auth = "Bearer secret"
    client_id = "abonnee"

    class Meta:
        model = Abonnement

    class Params:
        removed = factory.Trait(deleted_at=factory.LazyFunction(timezone.now))


class FilterGroupFactory(factory.django.DjangoModelFactory):
    abonnement = factory.SubFactory(AbonnementFactory)
    kanaal = factory.SubFactory(KanaalFactory)
    filters = factory.LazyFunction(dict)

    class Meta:
        model = FilterGroup


class NotificationFactory(factory.django.DjangoModelFactory):
    kanaal = "zaken"
    hoofd_object = factory.Sequence(lambda n: f"http://testserver/zaken/api/v1/zaken/{n}")
    resource = "zaak"
    resource_url = factory.SelfAttribute("hoofd_object")
    actie = "create"
    aanmaakdatum = factory.LazyFunction(timezone.now)
    kenmerken = factory.LazyFunction(lambda: {"bronorganisatie": "123456782", "zaaktype": "http://zt/1"})

    class Meta:
        model = Notification
