"""Generated identificaties: the format, numbering per organisation and year, reservations,
and no duplicate under many concurrent creates on real connections."""

import datetime

import pytest
from django.db import transaction

from .. import identificatie
from ..models import IdentificatieCounter, IdentificatieReservering
from .concurrency import run_concurrently

RSIN, OTHER = "517439943", "002564440"
DAY = datetime.date(2026, 5, 4)


@pytest.mark.django_db
def test_numbers_per_organisation_and_year():
    assert identificatie.generate("ZAAK", organisatie=RSIN, datum=DAY) == "ZAAK-2026-0000000001"
    assert identificatie.generate("ZAAK", organisatie=RSIN, datum=DAY) == "ZAAK-2026-0000000002"
    assert identificatie.generate("ZAAK", organisatie=OTHER, datum=DAY) == "ZAAK-2026-0000000001"
    assert identificatie.generate("ZAAK", organisatie=RSIN, datum=datetime.date(2027, 1, 1)) == "ZAAK-2027-0000000001"
    assert identificatie.generate("BESLUIT", organisatie=RSIN, datum=DAY) == "BESLUIT-2026-0000000001"


@pytest.mark.django_db
def test_numbers_a_client_already_used_are_skipped():
    used = {"ZAAK-2026-0000000001", "ZAAK-2026-0000000002"}
    assert identificatie.generate("ZAAK", organisatie=RSIN, datum=DAY, taken=used.__contains__) == (
        "ZAAK-2026-0000000003"
    )


@pytest.mark.django_db
def test_a_rolled_back_create_returns_its_number():
    with pytest.raises(RuntimeError), transaction.atomic():
        identificatie.generate("ZAAK", organisatie=RSIN, datum=DAY)
        raise RuntimeError
    assert identificatie.generate("ZAAK", organisatie=RSIN, datum=DAY) == "ZAAK-2026-0000000001"


@pytest.mark.django_db
def test_reserved_numbers_are_not_handed_out_again_and_usable_later():
    reserved = identificatie.reserve("ZAAK", organisatie=RSIN, datum=DAY, aantal=3)
    assert reserved == [f"ZAAK-2026-000000000{n}" for n in (1, 2, 3)]
    assert identificatie.generate("ZAAK", organisatie=RSIN, datum=DAY) == "ZAAK-2026-0000000004"
    assert identificatie.claim("ZAAK", organisatie=RSIN, identificatie=reserved[1])
    assert not identificatie.claim("ZAAK", organisatie=RSIN, identificatie=reserved[1])  # used once
    assert not identificatie.claim("ZAAK", organisatie=OTHER, identificatie=reserved[0])  # another organisation's
    assert sorted(IdentificatieReservering.objects.values_list("identificatie", flat=True)) == [
        reserved[0],
        reserved[2],
    ]


@pytest.mark.django_db(transaction=True)
def test_no_number_repeats_under_concurrent_creates():
    threads, per_thread = 16, 25

    def work():
        values = []
        for _ in range(per_thread):
            with transaction.atomic():  # as a request does: the number and the create commit together
                values.append(identificatie.generate("ZAAK", organisatie=RSIN, datum=DAY))
        return values

    values = run_concurrently(threads, work)
    assert len(values) == len(set(values)) == threads * per_thread
    assert set(values) == {identificatie.format_identificatie("ZAAK", 2026, n) for n in range(1, 401)}
    assert IdentificatieCounter.objects.get(prefix="ZAAK", organisatie=RSIN, jaar=2026).last == 400


@pytest.mark.django_db(transaction=True)
def test_concurrent_reservations_and_creates_never_overlap():
    def work():
        with transaction.atomic():
            values = identificatie.reserve("ZAAK", organisatie=RSIN, datum=DAY, aantal=5)
        with transaction.atomic():
            values.append(identificatie.generate("ZAAK", organisatie=RSIN, datum=DAY))
        return values

    values = run_concurrently(12, work)
    assert len(values) == len(set(values)) == 72
