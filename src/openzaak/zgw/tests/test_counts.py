"""The counts a register's table keeps per autorisatie_sleutel (zgw.counts) stay exact
through every kind of write, under concurrent writers, and answer an unfiltered list's
`count` without a COUNT; a filtered list still counts its rows."""

import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openzaak.components.autorisaties.testing import jwt_client
from openzaak.components.catalogi.tests.factories import ZaakTypeFactory
from openzaak.components.zaken.models import Zaak
from openzaak.components.zaken.tests.factories import ZaakFactory
from openzaak.components.zaken.tests.utils import CRS, ZAKEN
from openzaak.zgw import autorisatie_sleutel, counts
from openzaak.zgw.constants import VertrouwelijkheidAanduiding
from openzaak.zgw.models import SleutelAantal
from openzaak.zgw.tests.concurrency import run_concurrently

LEVELS = VertrouwelijkheidAanduiding.values


def assert_exact():
    """Every key's kept number is its COUNT, and the total is the table's."""
    kept: dict[int, int] = {}
    for row in SleutelAantal.objects.filter(tabel=Zaak._meta.db_table):
        kept[row.sleutel] = kept.get(row.sleutel, 0) + row.aantal
    actual = {}
    for sleutel in Zaak.objects.values_list("autorisatie_sleutel", flat=True):
        actual[sleutel] = actual.get(sleutel, 0) + 1
    assert {key: value for key, value in kept.items() if value} == actual
    assert counts.count(Zaak, None) == Zaak.objects.count()


@pytest.mark.django_db
def test_every_kind_of_write_keeps_the_counts_exact():
    een, twee = ZaakTypeFactory(concept=False), ZaakTypeFactory(concept=False)
    zaken = [ZaakFactory(zaaktype=een, vertrouwelijkheidaanduiding=level) for level in LEVELS]
    assert_exact()
    zaken[0].vertrouwelijkheidaanduiding = "geheim"  # a save that moves a zaak to another key
    zaken[0].save()
    assert_exact()
    zaken[1].toelichting = "alleen tekst"  # a save that keeps the key
    zaken[1].save()
    assert_exact()
    Zaak.objects.filter(pk__in=[zaak.pk for zaak in zaken[2:5]]).update(zaaktype=twee)  # one UPDATE of many
    assert_exact()
    Zaak.objects.bulk_create([ZaakFactory.build(zaaktype=twee, identificatie=f"BULK-{n}") for n in range(5)])
    assert_exact()
    zaken[5].delete()
    Zaak.objects.filter(zaaktype=twee, identificatie__startswith="BULK-").delete()
    assert_exact()
    keys = list(autorisatie_sleutel.sleutels(een.pk, "intern"))
    assert counts.count(Zaak, keys) == Zaak.objects.filter(autorisatie_sleutel__in=keys).count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_never_wait_for_each_other_and_the_counts_stay_exact():
    zaaktypen = [ZaakTypeFactory(concept=False) for _ in range(2)]

    def work():
        rng = random.Random()
        for _ in range(15):
            zaak = ZaakFactory(zaaktype=rng.choice(zaaktypen), vertrouwelijkheidaanduiding=rng.choice(LEVELS[:2]))
            if rng.random() < 0.3:
                zaak.vertrouwelijkheidaanduiding = LEVELS[3]
                zaak.save()
            if rng.random() < 0.2:
                zaak.delete()
        return []

    run_concurrently(8, work)
    assert_exact()
    # the deltas were folded: a handful of rows per key, not one per write
    assert SleutelAantal.objects.filter(tabel=Zaak._meta.db_table).count() <= 2 * 8 * 8
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE zaken_zaak CASCADE")
    assert counts.count(Zaak, None) == 0


@pytest.mark.django_db
def test_an_unfiltered_list_counts_from_the_kept_numbers():
    zaaktype, ander = ZaakTypeFactory(concept=False), ZaakTypeFactory(concept=False)
    for level in ("openbaar", "intern", "geheim"):
        ZaakFactory(zaaktype=zaaktype, vertrouwelijkheidaanduiding=level, identificatie=f"Z-{level}")
    ZaakFactory(zaaktype=ander, vertrouwelijkheidaanduiding="openbaar")
    client = jwt_client(
        component="zrc", scopes=["zaken.lezen"], zaaktype=zaaktype, max_vertrouwelijkheidaanduiding="intern"
    )
    with CaptureQueriesContext(connection) as captured:
        response = client.get(ZAKEN, **CRS)
    queries = [query["sql"] for query in captured.captured_queries]
    assert response.json()["count"] == len(response.json()["results"]) == 2
    assert any("zgw_sleutelaantal" in sql for sql in queries) and not any("COUNT(" in sql for sql in queries)
    everything = jwt_client(heeft_alle_autorisaties=True)
    assert everything.get(ZAKEN, {"pageSize": 1}, **CRS).json()["count"] == 4
    # a filter makes it a real COUNT of what matches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(ZAKEN, {"identificatie": "Z-intern"}, **CRS)
    queries = [query["sql"] for query in captured.captured_queries]
    assert response.json()["count"] == 1
    assert any("COUNT(" in sql for sql in queries) and not any("zgw_sleutelaantal" in sql for sql in queries)
