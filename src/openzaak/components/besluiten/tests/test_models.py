"""The Besluiten register's data layer: identificatie per organisation, the zaak's side of
a besluit, and the indexes for authorisation and the list filters."""

import pytest
from django.db import IntegrityError, transaction
from django.db.models.deletion import ProtectedError

from openzaak.zgw.tests.dbschema import indexes, plan

from ..models import Besluit
from .factories import RSIN, BesluitFactory, BesluitInformatieObjectFactory

pytestmark = pytest.mark.django_db


def test_identificatie_is_unique_per_verantwoordelijke_organisatie():
    besluit = BesluitFactory()
    BesluitFactory(identificatie=besluit.identificatie, verantwoordelijke_organisatie="002564440")
    with pytest.raises(IntegrityError), transaction.atomic():
        BesluitFactory(identificatie=besluit.identificatie, verantwoordelijke_organisatie=RSIN)
    with pytest.raises(IntegrityError), transaction.atomic():
        BesluitFactory(identificatie="")


def test_a_besluit_in_a_zaak_shows_under_the_zaak_and_protects_it():
    besluit = BesluitFactory(met_zaak=True, vervallen=True)
    assert besluit.zaakbesluit.zaak == besluit.zaak
    assert list(besluit.zaak.zaakbesluiten.values_list("besluit", flat=True)) == [besluit.pk]
    with pytest.raises(ProtectedError):
        besluit.zaak.delete()
    zaak = besluit.zaak
    besluit.delete()
    assert not zaak.zaakbesluiten.exists()
    zaak.delete()


def test_documents_of_a_besluit():
    bio = BesluitInformatieObjectFactory()
    assert bio.informatieobject.objectinformatieobjecten.get().besluit == bio.besluit
    with pytest.raises(IntegrityError), transaction.atomic():
        BesluitInformatieObjectFactory(besluit=bio.besluit, informatieobject=bio.informatieobject)


def test_authorised_reads_and_filters_use_indexes():
    besluit = BesluitFactory(met_zaak=True)
    assert "besluiten_besluit_besluittype_id" in plan(
        Besluit.objects.filter(besluittype_id__in=[besluit.besluittype_id])
    )
    assert "besluiten_besluit_zaak_id" in plan(Besluit.objects.filter(zaak=besluit.zaak))
    assert "besluit_unique_identificatie" in plan(Besluit.objects.filter(identificatie=besluit.identificatie))
    existing = indexes("besluiten_besluitinformatieobject")
    assert existing["bio_unique_besluit_informatieobject"].endswith("(besluit_id, informatieobject_id)")
