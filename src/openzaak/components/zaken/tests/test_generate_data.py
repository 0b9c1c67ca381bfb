"""`manage.py generate_data`: the default shape, valid against every constraint (the
deferred mirror checks included), documents and besluiten on request, and appending runs."""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, F, Max

from openzaak.components.besluiten.models import Besluit, BesluitInformatieObject
from openzaak.components.catalogi.models import ZaakType
from openzaak.components.documenten.models import (
    EnkelvoudigInformatieObject,
    EnkelvoudigInformatieObjectVersie,
    ObjectInformatieObject,
)
from openzaak.zgw.validators import elfproef

from ..datagen.values import NL_LAT, NL_LON
from ..models import Resultaat, Rol, Status, Zaak, ZaakBesluit, ZaakEigenschap, ZaakInformatieObject, ZaakObject

pytestmark = pytest.mark.django_db


def _generate(**options):
    call_command("generate_data", zaaktypen=5, batch_size=20, seed=7, verbosity=0, **options)
    connection.check_constraints()  # the deferred checks (mirrors, foreign keys) now, not at commit


def test_default_shape():
    _generate(zaken=50)
    assert ZaakType.objects.filter(catalogus__domein="GEN", concept=False).count() == 5
    assert Zaak.objects.count() == 50
    per_zaak = Zaak.objects.annotate(
        statussen_count=Count("statussen", distinct=True), rollen_count=Count("rollen", distinct=True)
    )
    assert {(z.statussen_count, z.rollen_count) for z in per_zaak} == {(3, 1)}
    assert Resultaat.objects.count() == ZaakEigenschap.objects.count() == ZaakObject.objects.count() == 50
    assert Status.objects.filter(indicatie_laatst_gezette_status=True).count() == 50
    assert not Status.objects.exclude(statustype__zaaktype=F("zaak__zaaktype")).exists()
    assert not Rol.objects.exclude(roltype__zaaktype=F("zaak__zaaktype")).exists()
    assert all(elfproef(rol.betrokkene_identificatie["inpBsn"]) for rol in Rol.objects.all())
    assert len(set(Zaak.objects.values_list("vertrouwelijkheidaanduiding", flat=True))) >= 6

    closed, open_ = Zaak.objects.filter(einddatum__isnull=False), Zaak.objects.filter(einddatum__isnull=True)
    assert closed.exists() and open_.exists()
    assert not closed.filter(archiefnominatie="").exists() and not closed.filter(archiefactiedatum=None).exists()
    assert not open_.exclude(archiefnominatie="").exists()
    for zaak in closed:  # closed by its eindstatus
        current = zaak.statussen.get(indicatie_laatst_gezette_status=True)
        assert (
            current.statustype.volgnummer == zaak.zaaktype.statustypen.aggregate(Max("volgnummer"))["volgnummer__max"]
        )
        assert current.datum_status_gezet.date() == zaak.einddatum
    for zaak in Zaak.objects.all():
        assert re.fullmatch(rf"ZAAK-{zaak.registratiedatum.year}-\d{{10}}", zaak.identificatie)
        assert NL_LON[0] <= zaak.zaakgeometrie.x <= NL_LON[1] and NL_LAT[0] <= zaak.zaakgeometrie.y <= NL_LAT[1]
        assert zaak.startdatum <= (zaak.einddatum or zaak.startdatum)
    assert not EnkelvoudigInformatieObject.objects.exists() and not Besluit.objects.exists()


def test_documents_and_besluiten():
    _generate(zaken=10, documenten_per_zaak=2, besluiten_per_zaak=1)
    assert ZaakInformatieObject.objects.count() == 20
    assert EnkelvoudigInformatieObject.objects.count() == EnkelvoudigInformatieObjectVersie.objects.count() == 30
    assert ObjectInformatieObject.objects.filter(object_type="zaak").count() == 20
    assert ObjectInformatieObject.objects.filter(object_type="besluit").count() == 10
    assert Besluit.objects.count() == ZaakBesluit.objects.count() == BesluitInformatieObject.objects.count() == 10
    document = EnkelvoudigInformatieObject.objects.first()
    assert document.inhoud.read().decode().startswith("Gegenereerd document") and document.bestandsomvang
    assert not ZaakInformatieObject.objects.exclude(
        informatieobject__informatieobjecttype__zaaktypeinformatieobjecttypen__zaaktype=F("zaak__zaaktype")
    ).exists()
    assert not BesluitInformatieObject.objects.exclude(
        informatieobject__informatieobjecttype__besluittypen=F("besluit__besluittype")
    ).exists()


def test_runs_append_without_repeating_an_identificatie():
    _generate(zaken=30, besluiten_per_zaak=1)
    _generate(zaken=30, besluiten_per_zaak=1)
    assert ZaakType.objects.filter(catalogus__domein="GEN").count() == 5
    assert Zaak.objects.values("identificatie").distinct().count() == 60
    assert Besluit.objects.values("identificatie").distinct().count() == 60
    assert EnkelvoudigInformatieObject.objects.values("identificatie").distinct().count() == 60
