"""zrc-002 under load: zaken created at the same moment through the API, by many
clients on their own connections, get distinct identificaties; a duplicate chosen by
two clients at once is one 201 and one 400, never a 500."""

import pytest

from openzaak.components.autorisaties.testing import jwt_client
from openzaak.components.catalogi.tests.factories import ZaakTypeFactory
from openzaak.zgw.tests.concurrency import run_concurrently

from ..models import Zaak
from .utils import CRS, ZAKEN, zaak_body

pytestmark = pytest.mark.django_db(transaction=True)


def test_concurrent_creates_through_the_api_never_share_an_identificatie():
    zaaktype = ZaakTypeFactory(concept=False)
    client = jwt_client(heeft_alle_autorisaties=True)

    def work():
        made = []
        for _ in range(5):
            response = client.post(ZAKEN, zaak_body(zaaktype), format="json", **CRS)
            assert response.status_code == 201, response.content
            made.append(response.json()["identificatie"])
        return made

    made = run_concurrently(12, work)
    assert len(made) == len(set(made)) == 60
    assert Zaak.objects.count() == 60


def test_the_same_chosen_identificatie_at_once_is_one_create_and_400s():
    zaaktype = ZaakTypeFactory(concept=False)
    client = jwt_client(heeft_alle_autorisaties=True)

    def work():
        response = client.post(ZAKEN, zaak_body(zaaktype, identificatie="GEKOZEN-1"), format="json", **CRS)
        return [response.status_code]

    statuses = run_concurrently(8, work)
    assert sorted(statuses) == [201] + [400] * 7
    assert Zaak.objects.filter(identificatie="GEKOZEN-1").count() == 1
