"""brc-002: besluiten created at the same moment by many clients get distinct generated
identificaties within their verantwoordelijkeOrganisatie — no unique violation, no
duplicate — through the service every entry point uses."""

import datetime

import pytest

from openzaak.components.catalogi.tests.factories import BesluitTypeFactory
from openzaak.zgw.context import WriteContext
from openzaak.zgw.tests.concurrency import run_concurrently

from ..models import Besluit
from ..services import besluit_create
from .factories import RSIN, BesluitFactory


@pytest.mark.django_db(transaction=True)
def test_concurrent_creates_never_share_an_identificatie():
    besluittype = BesluitTypeFactory(concept=False)
    BesluitFactory(besluittype=besluittype, identificatie="BESLUIT-2024-0000000004")  # chosen by a client earlier
    data = {
        "verantwoordelijke_organisatie": RSIN,
        "besluittype": besluittype,
        "datum": datetime.date(2024, 5, 4),
        "ingangsdatum": datetime.date(2024, 5, 4),
    }

    def work():
        context = WriteContext.system(user="test")
        return [besluit_create(context=context, data=data).identificatie for _ in range(8)]

    made = run_concurrently(8, work)

    assert len(made) == len(set(made)) == 64
    assert "BESLUIT-2024-0000000004" not in made
    assert all(value.startswith("BESLUIT-2024-") for value in made)
    assert Besluit.objects.filter(verantwoordelijke_organisatie=RSIN).count() == 65
