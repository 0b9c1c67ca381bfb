"""The Zaken register's data layer: constraints hold, the indexes the list filters,
orderings and authorisation need exist and are usable, and the factories make the
standard's states."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from openzaak.components.catalogi.tests.factories import ZaakTypeFactory
from openzaak.zgw import autorisatie_sleutel
from openzaak.zgw.constants import VertrouwelijkheidAanduiding
from openzaak.zgw.tests.dbschema import indexes, plan

from ..constants import Betalingsindicatie, BetrokkeneType
from ..models import BETROKKENE_IDENTIFICATIE_FILTERS, Rol, Status, Zaak, ZaakObject
from .factories import (
    BETROKKENE_IDENTIFICATIE,
    RSIN,
    KlantContactFactory,
    RelevanteZaakRelatieFactory,
    RolFactory,
    StatusFactory,
    ZaakContactMomentFactory,
    ZaakEigenschapFactory,
    ZaakFactory,
    ZaakInformatieObjectFactory,
    ZaakNotitieFactory,
    ZaakObjectFactory,
    ZaakVerzoekFactory,
)

pytestmark = pytest.mark.django_db


def test_identificatie_is_unique_per_bronorganisatie():
    zaak = ZaakFactory()
    ZaakFactory(identificatie=zaak.identificatie, bronorganisatie="002564440")  # another organisation: fine
    with pytest.raises(IntegrityError), transaction.atomic():
        ZaakFactory(identificatie=zaak.identificatie, bronorganisatie=RSIN)


def test_identificatie_is_never_empty():
    with pytest.raises(IntegrityError), transaction.atomic():
        ZaakFactory(identificatie="")


def test_a_zaak_is_no_deelzaak_of_itself():
    zaak = ZaakFactory()
    zaak.hoofdzaak = zaak
    with pytest.raises(IntegrityError), transaction.atomic():
        zaak.save()


def test_no_laatste_betaaldatum_when_nothing_is_to_be_paid():
    ZaakFactory(betaald=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        ZaakFactory(betaald=True, betalingsindicatie=Betalingsindicatie.nvt)


def test_one_current_status_per_zaak():
    first = StatusFactory()
    second = StatusFactory(zaak=first.zaak, statustype__zaaktype=first.zaak.zaaktype)
    first.refresh_from_db()
    assert (first.indicatie_laatst_gezette_status, second.indicatie_laatst_gezette_status) == (False, True)
    with pytest.raises(IntegrityError), transaction.atomic():
        Status.objects.filter(pk=first.pk).update(indicatie_laatst_gezette_status=True)


def test_closed_zaak():
    zaak = ZaakFactory(closed=True)
    assert zaak.is_closed and zaak.archiefnominatie and zaak.archiefactiedatum
    assert zaak.resultaat.resultaattype.zaaktype == zaak.zaaktype
    status = zaak.statussen.get()
    assert status.indicatie_laatst_gezette_status and status.statustype.zaaktype == zaak.zaaktype


def test_traits():
    assert ZaakFactory(opgeschort=True).opschorting_indicatie
    assert ZaakFactory(verlengd=True).verlenging_duur == "P14D"
    deelzaak = ZaakFactory(deelzaak=True)
    assert list(deelzaak.hoofdzaak.deelzaken.all()) == [deelzaak]
    assert deelzaak.zaakgeometrie.geom_type == "Point"


def test_deleting_a_hoofdzaak_deletes_its_deelzaken_and_related_rows():
    deelzaak = ZaakFactory(deelzaak=True)
    hoofdzaak = deelzaak.hoofdzaak
    for factory in (
        StatusFactory,
        RolFactory,
        ZaakEigenschapFactory,
        ZaakObjectFactory,
        ZaakInformatieObjectFactory,
        ZaakContactMomentFactory,
        ZaakVerzoekFactory,
        KlantContactFactory,
    ):
        factory(zaak=hoofdzaak)
    ZaakNotitieFactory(gerelateerd_aan=hoofdzaak)
    RelevanteZaakRelatieFactory(zaak=hoofdzaak, relevante_zaak=deelzaak)
    hoofdzaak.delete()
    assert not Zaak.objects.exists()


def test_every_betrokkene_type_stores_its_identificatie():
    zaak = ZaakFactory()
    for betrokkene_type in BetrokkeneType.values:
        RolFactory(zaak=zaak, **{betrokkene_type: True} if betrokkene_type != "natuurlijk_persoon" else {})
    stored = dict(Rol.objects.values_list("betrokkene_type", "betrokkene_identificatie"))
    assert stored == {key.value: value for key, value in BETROKKENE_IDENTIFICATIE.items()}


def test_betrokkene_identificatie_filters_find_the_rol_through_their_index():
    zaak = ZaakFactory()
    rollen = {
        betrokkene_type: RolFactory(zaak=zaak, betrokkene_type=betrokkene_type)
        for betrokkene_type in BetrokkeneType.values
    }
    RolFactory(zaak=zaak, betrokkene_identificatie={**BETROKKENE_IDENTIFICATIE["natuurlijk_persoon"], "inpBsn": "x"})
    for name, (betrokkene_type, key, index) in BETROKKENE_IDENTIFICATIE_FILTERS.items():
        value = BETROKKENE_IDENTIFICATIE[betrokkene_type][key] or "leeg-maar-gevuld"
        rol = rollen[betrokkene_type]
        rol.betrokkene_identificatie = {**rol.betrokkene_identificatie, key: value}
        rol.save()
        found = Rol.objects.betrokkene_identificatie(**{name: value})
        assert list(found) == [rol], name
        assert index in plan(found), name


def test_zaken_of_a_bsn_use_the_rol_index():
    rol = RolFactory()
    RolFactory()
    zaken = Zaak.objects.filter(
        id__in=Rol.objects.betrokkene_identificatie(natuurlijkPersoon__inpBsn=rol.betrokkene_identificatie["inpBsn"])
        .filter(zaak_id=rol.zaak_id)
        .values("zaak_id")
    )
    assert list(zaken) == [rol.zaak]
    assert "rol_np_inpbsn_idx" in plan(zaken)


def test_url_filters_use_their_partial_indexes():
    rol = RolFactory(betrokkene="https://klantinteractie.example.com/api/v1/partijen/1")
    assert "rol_betrokkene_idx" in plan(Rol.objects.filter(betrokkene=rol.betrokkene))
    zaakobject = ZaakObjectFactory()
    assert "zaakobject_object_idx" in plan(ZaakObject.objects.filter(object=zaakobject.object))


def test_authorised_count_is_answered_by_the_autorisatie_index_alone():
    """`count` of an authorised list reads only zaak_autorisatie_idx (docs/benchmark.md
    shows it at a million zaken)."""
    zaaktypen = ZaakTypeFactory.create_batch(2, concept=False)
    for index, level in enumerate(VertrouwelijkheidAanduiding.values):
        ZaakFactory(zaaktype=zaaktypen[index % 2], vertrouwelijkheidaanduiding=level)
    authorised = Zaak.objects.filter(
        zaaktype_id__in=[zaaktypen[0].pk],
        vertrouwelijkheidaanduiding__in=VertrouwelijkheidAanduiding.up_to("zaakvertrouwelijk"),
    )
    assert authorised.count() == 2
    sql, params = authorised.values("pk").query.sql_with_params()
    count_plan = plan(f"SELECT COUNT(*) FROM ({sql}) AS page", params, disable=("seqscan", "bitmapscan"))
    assert "Index Only Scan using zaak_autorisatie_idx" in count_plan, count_plan


def test_several_maximum_levels_are_one_index_condition_on_the_autorisatie_sleutel():
    zaaktypen = ZaakTypeFactory.create_batch(2, concept=False)
    for level in VertrouwelijkheidAanduiding.values:
        for zaaktype in zaaktypen:
            ZaakFactory(zaaktype=zaaktype, vertrouwelijkheidaanduiding=level)
    zaak = Zaak.objects.get(zaaktype=zaaktypen[1], vertrouwelijkheidaanduiding="geheim")
    assert zaak.autorisatie_sleutel == zaaktypen[1].pk * 8 + 6
    # zaaktype 0 up to intern, zaaktype 1 up to geheim
    keys = [
        *autorisatie_sleutel.sleutels(zaaktypen[0].pk, "intern"),
        *autorisatie_sleutel.sleutels(zaaktypen[1].pk, "geheim"),
    ]
    authorised = Zaak.objects.filter(autorisatie_sleutel__in=keys)
    by_groups = Zaak.objects.filter(
        Q(zaaktype=zaaktypen[0], vertrouwelijkheidaanduiding__in=VertrouwelijkheidAanduiding.up_to("intern"))
        | Q(zaaktype=zaaktypen[1], vertrouwelijkheidaanduiding__in=VertrouwelijkheidAanduiding.up_to("geheim"))
    )
    assert set(authorised) == set(by_groups) and authorised.count() == 3 + 7
    sql, params = authorised.values("pk").query.sql_with_params()
    count_plan = plan(f"SELECT COUNT(*) FROM ({sql}) AS page", params, disable=("seqscan", "bitmapscan"))
    assert "Index Only Scan using zaak_autorisatie_sleutel_idx" in count_plan, count_plan


def test_vertrouwelijkheidaanduiding_is_one_of_the_levels():
    with pytest.raises(IntegrityError), transaction.atomic():
        ZaakFactory(vertrouwelijkheidaanduiding="topgeheim")


def test_every_betrokkene_identificatie_filter_key_has_statistics():
    """The partial indexes carry no statistics; the migration adds them per key."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_statisticsobjdef(oid) FROM pg_statistic_ext WHERE stxrelid = 'zaken_rol'::regclass"
        )
        definitions = " ".join(row[0] for row in cursor.fetchall())
    for _type, key, _index in BETROKKENE_IDENTIFICATIE_FILTERS.values():
        assert f"(betrokkene_identificatie ->> '{key}'::text)" in definitions, key


EXPECTED_INDEXES = {
    "zaken_zaak": {
        "zaak_unique_identificatie": "(identificatie, bronorganisatie)",
        "zaak_autorisatie_idx": "(zaaktype_id, vertrouwelijkheidaanduiding)",
        "zaak_autorisatie_sleutel_idx": "(autorisatie_sleutel)",
        "zaak_startdatum_idx": "(startdatum)",
        "zaak_registratiedatum_idx": "(registratiedatum)",
        "zaak_einddatum_idx": "(einddatum)",
        "zaak_publicatiedatum_idx": "(publicatiedatum)",
        "zaak_archiefactiedatum_idx": "(archiefactiedatum)",
        "zaak_einddatum_gepland_idx": "(einddatum_gepland)",
        "zaak_uiterlijke_einddatum_idx": "(uiterlijke_einddatum_afdoening)",
        "zaak_hoofdzaak_idx": "(hoofdzaak_id) WHERE (hoofdzaak_id IS NOT NULL)",
    },
    "zaken_status": {
        "status_zaak_datum_idx": "(zaak_id, datum_status_gezet)",
        "status_een_laatst_gezette_per_zaak": "(zaak_id) WHERE indicatie_laatst_gezette_status",
        "status_gezetdoor_idx": "(gezetdoor_id) WHERE (gezetdoor_id IS NOT NULL)",
    },
    "zaken_rol": {
        "rol_np_inpbsn_idx": "(((betrokkene_identificatie ->> 'inpBsn'::text))) WHERE ((betrokkene_type)::text = "
        "'natuurlijk_persoon'::text)",
        "rol_betrokkene_idx": "(betrokkene) WHERE (NOT ((betrokkene)::text = ''::text))",
    },
    "zaken_zaakinformatieobject": {"zio_unique_zaak_informatieobject": "(zaak_id, informatieobject_id)"},
    "zaken_zaakobject": {"zaakobject_object_idx": "USING hash (object) WHERE (NOT ((object)::text = ''::text))"},
}


@pytest.mark.parametrize("table", EXPECTED_INDEXES)
def test_indexes_exist(table):
    existing = indexes(table)
    for name, columns in EXPECTED_INDEXES[table].items():
        assert name in existing, f"{table} has no index {name}"
        assert existing[name].endswith(columns), existing[name]


def test_zaakgeometrie_has_a_spatial_index():
    assert any("USING gist (zaakgeometrie)" in definition for definition in indexes("zaken_zaak").values())


def test_no_redundant_foreign_key_indexes():
    """A foreign key whose column leads a composite index gets no index of its own."""
    assert not any(definition.endswith("(zaaktype_id)") for definition in indexes("zaken_zaak").values())
    assert not any(definition.endswith("(zaak_id)") for definition in indexes("zaken_status").values())
    assert not any(definition.endswith("(gezetdoor_id)") for definition in indexes("zaken_status").values())


def test_rsin_is_validated():
    from django.core.exceptions import ValidationError

    zaak = ZaakFactory.build(bronorganisatie="123456789", zaaktype=ZaakTypeFactory(concept=False))
    with pytest.raises(ValidationError) as error:
        zaak.full_clean()
    assert "bronorganisatie" in error.value.message_dict


def test_default_registratiedatum_is_today():
    zaak = Zaak(startdatum=datetime.date(2024, 1, 1))
    assert zaak.registratiedatum == timezone.localdate()
