"""Zaken created at the same moment by many clients get distinct generated
identificaties: no unique violation, no duplicate (zrc-002)."""

import datetime

import pytest
from django.db import transaction

from openzaak.components.catalogi.tests.factories import ZaakTypeFactory
from openzaak.zgw import identificatie
from openzaak.zgw.tests.concurrency import run_concurrently

from ..constants import IDENTIFICATIE_PREFIX
from ..models import Zaak
from .factories import RSIN, ZaakFactory


@pytest.mark.django_db(transaction=True)
def test_concurrent_creates_never_share_an_identificatie():
    zaaktype = ZaakTypeFactory(concept=False)
    ZaakFactory(zaaktype=zaaktype, identificatie="ZAAK-2026-0000000003")  # chosen by a client earlier
    today = datetime.date(2026, 5, 4)

    def taken(value):
        return Zaak.objects.filter(bronorganisatie=RSIN, identificatie=value).exists()

    def work():
        made = []
        for _ in range(10):
            with transaction.atomic():
                value = identificatie.generate(IDENTIFICATIE_PREFIX, organisatie=RSIN, datum=today, taken=taken)
                made.append(ZaakFactory(zaaktype=zaaktype, identificatie=value, registratiedatum=today).identificatie)
        return made

    made = run_concurrently(12, work)
    assert len(made) == len(set(made)) == 120
    assert "ZAAK-2026-0000000003" not in made
    assert Zaak.objects.filter(bronorganisatie=RSIN).count() == 121
