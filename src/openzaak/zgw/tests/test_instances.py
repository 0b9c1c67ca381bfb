"""A model read through `FastFromDb` is the instance Django's `__init__` would make."""

import pytest
from django.db.models import Model

from openzaak.components.zaken.models import Zaak
from openzaak.components.zaken.tests.factories import ZaakFactory

pytestmark = pytest.mark.django_db


def django_made(queryset):
    fields = [field.attname for field in Zaak._meta.concrete_fields]
    return Model.from_db.__func__(Zaak, "default", fields, queryset.values_list(*fields).get())


def test_a_row_becomes_the_same_instance_as_through_init():
    made = ZaakFactory(toelichting="eerst")
    fast = Zaak.objects.get(pk=made.pk)
    slow = django_made(Zaak.objects.filter(pk=made.pk))
    assert fast.__dict__.keys() - {"_state"} == slow.__dict__.keys() - {"_state"}
    for name in fast.__dict__.keys() - {"_state"}:
        assert fast.__dict__[name] == slow.__dict__[name], name
    assert (fast._state.adding, fast._state.db) == (False, "default")
    assert fast.zaaktype == made.zaaktype  # foreign keys load and cache as usual
    fast.toelichting = "daarna"
    fast.save()
    assert Zaak.objects.get(pk=made.pk).toelichting == "daarna"


def test_deferred_fields_load_on_access():
    made = ZaakFactory(omschrijving="uitgesteld")
    zaak = Zaak.objects.only("uuid").get(pk=made.pk)
    assert "omschrijving" not in zaak.__dict__
    assert zaak.get_deferred_fields() >= {"omschrijving"}
    assert zaak.omschrijving == "uitgesteld"
