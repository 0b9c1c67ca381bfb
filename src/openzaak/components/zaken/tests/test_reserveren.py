"""zaaknummer_reserveren: numbers set aside for later creates, never generated again."""

import pytest
from django.utils import timezone

from openzaak.zgw.models import IdentificatieReservering

from .utils import CRS, OTHER_RSIN, RSIN, ZAKEN, codes, zaak_body

pytestmark = pytest.mark.django_db
RESERVEREN = "http://testserver/zaken/api/v1/zaaknummer_reserveren"


def test_one_or_more_numbers(behandelaar):
    year = timezone.localdate().year
    response = behandelaar.post(RESERVEREN, {"bronorganisatie": RSIN}, format="json")
    assert response.status_code == 201, response.content
    assert response.json() == {"zaaknummer": f"ZAAK-{year}-0000000001"}
    response = behandelaar.post(RESERVEREN, {"bronorganisatie": RSIN, "aantal": 2}, format="json")
    assert response.json() == [{"zaaknummer": f"ZAAK-{year}-0000000002"}, {"zaaknummer": f"ZAAK-{year}-0000000003"}]
    assert IdentificatieReservering.objects.count() == 3


def test_a_reserved_number_is_used_by_the_create_that_names_it(behandelaar, zaaktype):
    year = timezone.localdate().year
    reserved = behandelaar.post(RESERVEREN, {"bronorganisatie": RSIN}, format="json").json()["zaaknummer"]
    generated = behandelaar.post(ZAKEN, zaak_body(zaaktype), format="json", **CRS).json()["identificatie"]
    assert generated == f"ZAAK-{year}-0000000002"  # the reserved one is not handed out
    response = behandelaar.post(ZAKEN, zaak_body(zaaktype, identificatie=reserved), format="json", **CRS)
    assert response.status_code == 201 and response.json()["identificatie"] == reserved
    assert not IdentificatieReservering.objects.exists()
    response = behandelaar.post(ZAKEN, zaak_body(zaaktype, identificatie=reserved), format="json", **CRS)
    assert codes(response, "identificatie") == {"identificatie-niet-uniek"}
    other = behandelaar.post(ZAKEN, zaak_body(zaaktype, bronorganisatie=OTHER_RSIN), format="json", **CRS)
    assert other.json()["identificatie"] == f"ZAAK-{year}-0000000001"


def test_bad_input_and_scope(behandelaar, api_client):
    assert codes(behandelaar.post(RESERVEREN, {"bronorganisatie": "123456789"}, format="json"), "bronorganisatie") == {
        "invalid"
    }
    assert codes(behandelaar.post(RESERVEREN, {"bronorganisatie": RSIN, "aantal": 0}, format="json"), "aantal") == {
        "min_value"
    }
    assert codes(behandelaar.post(RESERVEREN, {}, format="json"), "bronorganisatie") == {"required"}
    lezer = api_client(component="zrc", scopes=["zaken.lezen"])
    assert lezer.post(RESERVEREN, {"bronorganisatie": RSIN}, format="json").status_code == 403
