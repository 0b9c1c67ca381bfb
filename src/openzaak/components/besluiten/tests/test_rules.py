"""Each rule of the standard on a besluit, through HTTP: the 400 and the code clients
rely on (brc-001, brc-002, the contract's validation list and the date rules; brc-007
with the zaak and brc-008 with the documents are in test_relaties / test_besluitinformatieobjecten)."""

import datetime

import pytest

from openzaak.components.catalogi.tests.factories import BesluitTypeFactory
from openzaak.components.catalogi.tests.utils import codes

from ..models import Besluit
from .factories import RSIN, BesluitFactory
from .test_besluiten import body
from .utils import BESLUITEN, besluiten_client, url

pytestmark = pytest.mark.django_db


def test_the_contract_s_required_fields(client):
    assert codes(client.post(BESLUITEN, {}, format="json")) == {
        "verantwoordelijkeOrganisatie:required",
        "besluittype:required",
        "datum:required",
        "ingangsdatum:required",
    }


@pytest.mark.parametrize(
    "value,code",
    [("http://elders.example/besluittypen/1", "bad-url"), ("geen url", "bad-url"), (None, "null")],
)
def test_besluittype_must_be_a_besluittype_of_this_catalogue_brc_001(client, besluittype, value, code):
    assert codes(client.post(BESLUITEN, {**body(besluittype), "besluittype": value}, format="json"), "besluittype") == {
        code
    }


def test_besluittype_of_another_kind_or_missing_brc_001(client, besluittype):
    zaaktype_url = url(besluittype).replace("besluittypen", "zaaktypen")
    missing = url(besluittype).replace(str(besluittype.uuid), "00000000-0000-0000-0000-000000000000")
    for value, code in ((zaaktype_url, "invalid-resource"), (missing, "does_not_exist")):
        response = client.post(BESLUITEN, {**body(besluittype), "besluittype": value}, format="json")
        assert codes(response, "besluittype") == {code}


def test_the_besluittype_must_be_published(api_client):
    concept = BesluitTypeFactory(concept=True)
    client = besluiten_client(api_client, concept)
    assert codes(client.post(BESLUITEN, body(concept), format="json"), "besluittype") == {"not-published"}


def test_besluittype_identificatie_and_organisatie_cannot_change_brc_001_002(client, besluittype):
    besluit = BesluitFactory(besluittype=besluittype, identificatie="B-1")
    other = BesluitTypeFactory(concept=False)

    response = client.patch(
        url(besluit),
        {"besluittype": url(other), "identificatie": "B-2", "verantwoordelijkeOrganisatie": "002564440"},
        format="json",
    )

    assert codes(response) == {
        "besluittype:wijzigen-niet-toegelaten",
        "identificatie:wijzigen-niet-toegelaten",
        "verantwoordelijkeOrganisatie:wijzigen-niet-toegelaten",
    }
    # the same values again are no change
    same = {"besluittype": url(besluittype), "identificatie": "B-1", "verantwoordelijkeOrganisatie": RSIN}
    assert client.patch(url(besluit), same, format="json").status_code == 200


def test_identificatie_is_unique_per_verantwoordelijke_organisatie_brc_002(client, besluittype):
    BesluitFactory(besluittype=besluittype, identificatie="B-1")
    response = client.post(BESLUITEN, body(besluittype, identificatie="B-1"), format="json")
    assert codes(response, "identificatie") == {"identificatie-niet-uniek"}
    # another organisation may use it
    elders = client.post(
        BESLUITEN, body(besluittype, identificatie="B-1", verantwoordelijkeOrganisatie="002564440"), format="json"
    )
    assert elders.status_code == 201, elders.content


@pytest.mark.parametrize(
    "rsin,expected",
    [
        ("12345678", {"invalid", "min_length"}),
        ("1234567890", {"invalid", "max_length"}),
        ("123456789", {"invalid"}),  # the elfproef
        ("abcdefghi", {"invalid"}),
    ],
)
def test_verantwoordelijke_organisatie_is_an_rsin(client, besluittype, rsin, expected):
    response = client.post(BESLUITEN, body(besluittype, verantwoordelijkeOrganisatie=rsin), format="json")
    assert codes(response, "verantwoordelijkeOrganisatie") == expected


def test_datum_is_not_in_the_future(client, besluittype):
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    assert codes(client.post(BESLUITEN, body(besluittype, datum=tomorrow), format="json"), "datum") == {
        "future_not_allowed"
    }
    today = datetime.date.today().isoformat()
    assert client.post(BESLUITEN, body(besluittype, datum=today, ingangsdatum=today), format="json").status_code == 201


@pytest.mark.parametrize(
    "fields,expected",
    [
        ({"vervaldatum": "2024-03-31"}, {"vervaldatum:date-mismatch"}),
        ({"publicatiedatum": "2024-03-14"}, {"publicatiedatum:date-mismatch"}),
        ({"verzenddatum": "2024-03-14"}, {"verzenddatum:date-mismatch"}),
        ({"uiterlijkeReactiedatum": "2024-03-14"}, {"uiterlijkeReactiedatum:date-mismatch"}),
        (
            {"verzenddatum": "2024-03-20", "uiterlijkeReactiedatum": "2024-03-19"},
            {"uiterlijkeReactiedatum:date-mismatch"},
        ),
        ({"vervalreden": "tijdelijk"}, {"vervaldatum:required"}),
        ({"vervalreden": "bestaat-niet"}, {"vervalreden:invalid_choice"}),
    ],
)
def test_the_dates_of_a_besluit(client, besluittype, fields, expected):
    """datum 2024-03-15, ingangsdatum 2024-04-01."""
    assert codes(client.post(BESLUITEN, body(besluittype, **fields), format="json")) == expected


def test_dates_that_may_look_odd_but_are_allowed(client, besluittype):
    response = client.post(
        BESLUITEN,
        body(
            besluittype,
            ingangsdatum="2024-01-01",  # retroactive: before the beslisdatum
            vervaldatum="2024-01-01",  # the werkingsperiode is one day
            publicatiedatum="2024-03-15",
            verzenddatum="2024-03-15",
            uiterlijkeReactiedatum="2024-03-15",
        ),
        format="json",
    )
    assert response.status_code == 201, response.content


def test_a_patch_is_checked_against_what_the_besluit_already_has(client, besluittype):
    besluit = BesluitFactory(besluittype=besluittype, ingangsdatum=datetime.date(2024, 4, 1))
    assert codes(client.patch(url(besluit), {"vervaldatum": "2024-03-01"}, format="json")) == {
        "vervaldatum:date-mismatch"
    }
    assert codes(client.patch(url(besluit), {"vervalreden": "ingetrokken_belanghebbende"}, format="json")) == {
        "vervaldatum:required"
    }
    ok = client.patch(url(besluit), {"vervaldatum": "2024-05-01", "vervalreden": "tijdelijk"}, format="json")
    assert ok.status_code == 200
    assert codes(client.patch(url(besluit), {"vervaldatum": None}, format="json")) == {"vervaldatum:required"}


def test_a_refused_write_leaves_nothing(client, besluittype):
    client.post(BESLUITEN, body(besluittype, vervalreden="tijdelijk"), format="json")
    assert not Besluit.objects.exists()
