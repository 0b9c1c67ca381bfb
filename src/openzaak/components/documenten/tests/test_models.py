"""The Documenten register's data layer: versies, private content, locks, constraints and
the indexes lists and authorisation need."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.db.models.deletion import ProtectedError
from django.utils import timezone

from openzaak.zgw.tests.dbschema import indexes, plan

from ..models import EnkelvoudigInformatieObject, EnkelvoudigInformatieObjectVersie, ObjectInformatieObject
from ..storage import documenten_storage
from .factories import (
    INHOUD,
    BestandsDeelFactory,
    EnkelvoudigInformatieObjectFactory,
    GebruiksrechtenFactory,
    ObjectInformatieObjectFactory,
    VerzendingFactory,
)

pytestmark = pytest.mark.django_db


def test_a_document_is_made_with_its_first_versie():
    document = EnkelvoudigInformatieObjectFactory()
    versie = document.versies.get()
    assert (versie.versie, versie.titel, versie.informatieobjecttype_id) == (
        1,
        document.titel,
        document.informatieobjecttype_id,
    )


def test_versies_by_number_and_by_registration_moment():
    document = EnkelvoudigInformatieObjectFactory(begin_registratie=datetime.datetime(2024, 3, 1, tzinfo=datetime.UTC))
    document.titel, document.versie = "Tweede versie", 2
    document.begin_registratie = datetime.datetime(2024, 3, 5, tzinfo=datetime.UTC)
    document.save()
    document.new_versie().save()

    assert document.versie_op().titel == "Tweede versie"
    assert document.versie_op(versie=1).versie == 1
    assert document.versie_op(registratie_op=datetime.datetime(2024, 3, 3, tzinfo=datetime.UTC)).versie == 1
    assert document.versie_op(registratie_op=datetime.datetime(2024, 3, 6, tzinfo=datetime.UTC)).versie == 2
    assert document.versie_op(registratie_op=datetime.datetime(2024, 2, 1, tzinfo=datetime.UTC)) is None
    assert document.versie_op(versie=3) is None
    with pytest.raises(IntegrityError), transaction.atomic():
        document.new_versie().save()  # versie 2 exists


def test_content_is_private(documenten_storage_root):
    document = EnkelvoudigInformatieObjectFactory(met_inhoud=True)
    assert document.inhoud.read() == INHOUD and document.bestandsomvang == len(INHOUD)
    path = documenten_storage_root / document.inhoud.name
    assert path.read_bytes() == INHOUD
    assert document.bestandsnaam not in document.inhoud.name  # the client's name is never a path
    with pytest.raises(ValueError):
        document.inhoud.url  # noqa: B018
    assert documenten_storage().location == str(documenten_storage_root)
    versie = document.versies.get()
    assert versie.inhoud.name == document.inhoud.name and versie.inhoud.read() == INHOUD


def test_locked_document_and_its_parts():
    deel = BestandsDeelFactory(voltooid=True)
    assert deel.informatieobject.locked and deel.lock == deel.informatieobject.lock and deel.voltooid
    assert not BestandsDeelFactory(informatieobject=deel.informatieobject).voltooid
    with pytest.raises(IntegrityError), transaction.atomic():
        BestandsDeelFactory(informatieobject=deel.informatieobject, volgnummer=deel.volgnummer)
    assert not EnkelvoudigInformatieObjectFactory().locked


def test_identificatie_is_unique_per_bronorganisatie():
    document = EnkelvoudigInformatieObjectFactory()
    EnkelvoudigInformatieObjectFactory(identificatie=document.identificatie, bronorganisatie="002564440")
    with pytest.raises(IntegrityError), transaction.atomic():
        EnkelvoudigInformatieObjectFactory(identificatie=document.identificatie)


def test_a_related_document_cannot_be_deleted_but_its_rights_and_dispatches_go_with_it():
    document = EnkelvoudigInformatieObjectFactory()
    GebruiksrechtenFactory(informatieobject=document)
    VerzendingFactory(informatieobject=document)
    VerzendingFactory(informatieobject=document, buitenland=True)
    VerzendingFactory(informatieobject=document, postbus=True)
    relation = ObjectInformatieObjectFactory(informatieobject=document)
    with pytest.raises(ProtectedError):
        document.delete()
    relation.delete()
    document.delete()
    assert not EnkelvoudigInformatieObjectVersie.objects.exists()


def test_objectinformatieobject_object_matches_its_type():
    document = EnkelvoudigInformatieObjectFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ObjectInformatieObject.objects.create(informatieobject=document, object_type="zaak", verzoek="https://x/1")
    with pytest.raises(IntegrityError), transaction.atomic():
        ObjectInformatieObject.objects.create(informatieobject=document, object_type="verzoek")
    relation = ObjectInformatieObjectFactory(informatieobject=document)
    with pytest.raises(IntegrityError), transaction.atomic():  # drc-003
        ObjectInformatieObjectFactory(informatieobject=document, verzoek=relation.verzoek)


def test_authorised_count_is_answered_by_the_autorisatie_index_alone():
    document = EnkelvoudigInformatieObjectFactory()
    authorised = EnkelvoudigInformatieObject.objects.filter(
        informatieobjecttype_id__in=[document.informatieobjecttype_id],
        vertrouwelijkheidaanduiding__in=["openbaar", "beperkt_openbaar"],
        is_gereed_voor_publicatie=None,
    )
    sql, params = authorised.values("pk").query.sql_with_params()
    count_plan = plan(f"SELECT COUNT(*) FROM ({sql}) AS page", params, disable=("seqscan", "bitmapscan"))
    assert "Index Only Scan using eio_autorisatie_idx" in count_plan, count_plan


def test_autorisatie_sleutel_of_a_document():
    document = EnkelvoudigInformatieObjectFactory(vertrouwelijkheidaanduiding="intern")
    document.refresh_from_db()
    assert document.autorisatie_sleutel == document.informatieobjecttype_id * 8 + 2
    ready = EnkelvoudigInformatieObject.objects.filter(
        autorisatie_sleutel__in=[document.autorisatie_sleutel], is_gereed_voor_publicatie=True
    )
    assert "eio_autorisatie_sleutel_idx" in plan(ready)


def test_trefwoorden_filter_uses_its_gin_index():
    EnkelvoudigInformatieObjectFactory(trefwoorden=["melding", "foto"])
    found = EnkelvoudigInformatieObject.objects.filter(trefwoorden__contains=["foto"])
    assert found.count() == 1 and "eio_trefwoorden_gin" in plan(found)


def test_indexes_exist():
    eio = indexes("documenten_enkelvoudiginformatieobject")
    assert eio["eio_autorisatie_idx"].endswith(
        "(informatieobjecttype_id, vertrouwelijkheidaanduiding, is_gereed_voor_publicatie)"
    )
    assert eio["eio_autorisatie_sleutel_idx"].endswith("(autorisatie_sleutel, is_gereed_voor_publicatie)")
    assert eio["eio_unique_identificatie"].endswith("(identificatie, bronorganisatie)")
    assert not any(definition.endswith("(informatieobjecttype_id)") for definition in eio.values())
    versie = indexes("documenten_enkelvoudiginformatieobjectversie")
    assert versie["eio_versie_unique"].endswith("(informatieobject_id, versie)")
    assert versie["eio_versie_registratie_idx"].endswith("(informatieobject_id, begin_registratie)")
    oio = indexes("documenten_objectinformatieobject")
    assert oio["oio_unique_zaak"].endswith("(zaak_id, informatieobject_id)")
    assert oio["oio_unique_besluit"].endswith("(besluit_id, informatieobject_id)")
    assert "verzending_betrokkene_idx" in indexes("documenten_verzending")


def test_begin_registratie_defaults_to_now():
    before = timezone.now()
    assert EnkelvoudigInformatieObjectFactory().begin_registratie >= before
