"""A relation and its mirror in the other register are held to each other by the database:
a ZaakInformatieObject or BesluitInformatieObject without its ObjectInformatieObject, or a
besluit in a zaak without its ZaakBesluit, cannot be committed; deleting the leading
relation takes the mirror along. These commit for real (transaction=True): the check runs
at commit."""

import pytest
from django.db import IntegrityError, transaction

from openzaak.components.besluiten.models import BesluitInformatieObject
from openzaak.components.besluiten.tests.factories import BesluitFactory, BesluitInformatieObjectFactory
from openzaak.components.documenten.models import ObjectInformatieObject
from openzaak.components.documenten.tests.factories import EnkelvoudigInformatieObjectFactory
from openzaak.zgw.tests.dbschema import constraints

from ..models import ZaakBesluit, ZaakInformatieObject
from .factories import ZaakFactory, ZaakInformatieObjectFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_zaakinformatieobject_needs_its_mirror():
    zaak, document = ZaakFactory(), EnkelvoudigInformatieObjectFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ZaakInformatieObject.objects.create(zaak=zaak, informatieobject=document)
    with pytest.raises(IntegrityError), transaction.atomic():
        ObjectInformatieObject.objects.create(informatieobject=document, object_type="zaak", zaak=zaak)
    assert not ZaakInformatieObject.objects.exists() and not ObjectInformatieObject.objects.exists()


def test_deleting_a_zaakinformatieobject_deletes_its_mirror():
    zio = ZaakInformatieObjectFactory()
    assert ObjectInformatieObject.objects.filter(zaak=zio.zaak, informatieobject=zio.informatieobject).exists()
    zio.delete()
    assert not ObjectInformatieObject.objects.exists()


def test_a_mirror_cannot_go_while_its_relation_stays():
    zio = ZaakInformatieObjectFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ObjectInformatieObject.objects.filter(zaak=zio.zaak).delete()
    assert ObjectInformatieObject.objects.count() == 1


def test_a_besluit_in_a_zaak_needs_its_zaakbesluit():
    zaak = ZaakFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        BesluitFactory._meta.model.objects.create(**_besluit_fields(BesluitFactory.build(zaak=zaak)))
    besluit = BesluitFactory(zaak=zaak)
    with pytest.raises(IntegrityError), transaction.atomic():
        ZaakBesluit.objects.filter(besluit=besluit).delete()
    other = ZaakFactory(zaaktype=zaak.zaaktype)
    with pytest.raises(IntegrityError), transaction.atomic():  # moved without its ZaakBesluit
        type(besluit).objects.filter(pk=besluit.pk).update(zaak=other)
    with transaction.atomic():  # moved with it
        type(besluit).objects.filter(pk=besluit.pk).update(zaak=other)
        ZaakBesluit.objects.filter(besluit=besluit).update(zaak=other)
    with transaction.atomic():  # taken out of the zaak
        ZaakBesluit.objects.filter(besluit=besluit).delete()
        type(besluit).objects.filter(pk=besluit.pk).update(zaak=None)


def test_a_besluitinformatieobject_needs_its_mirror_and_takes_it_along():
    besluit, document = BesluitFactory(), EnkelvoudigInformatieObjectFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        BesluitInformatieObject.objects.create(besluit=besluit, informatieobject=document)
    bio = BesluitInformatieObjectFactory(besluit=besluit, informatieobject=document)
    bio.delete()
    assert not ObjectInformatieObject.objects.exists()


def test_mirror_constraints_are_deferred():
    for table, names in {
        "zaken_zaakinformatieobject": ["zio_has_objectinformatieobject"],
        "documenten_objectinformatieobject": [
            "oio_mirrors_zaakinformatieobject",
            "oio_mirrors_besluitinformatieobject",
        ],
        "zaken_zaakbesluit": ["zaakbesluit_mirrors_besluit"],
        "besluiten_besluit": ["besluit_has_zaakbesluit"],
        "besluiten_besluitinformatieobject": ["bio_has_objectinformatieobject"],
    }.items():
        existing = constraints(table)
        for name in names:
            assert existing[name].endswith("DEFERRABLE INITIALLY DEFERRED"), existing[name]


def _besluit_fields(besluit):
    return {
        field.attname: getattr(besluit, field.attname)
        for field in type(besluit)._meta.concrete_fields
        if not field.primary_key
    }
