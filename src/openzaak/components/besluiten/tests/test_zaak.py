"""A besluit in a zaak, through HTTP: the zaak's side of the relation follows every write
(brc-006, `/zaken/{uuid}/besluiten`), the besluittype must be one of the zaaktype's
(brc-007), a closed or archived zaak guards its besluiten (zrc-007), the zaak's archive
fields follow the besluiten's dates (zrc-021), and `zaak` filters and expands."""

import datetime

import pytest

from openzaak.components.catalogi.tests.factories import BesluitTypeFactory, ZaakTypeFactory
from openzaak.components.catalogi.tests.utils import codes
from openzaak.components.zaken.models import Zaak, ZaakBesluit
from openzaak.components.zaken.tests.factories import ZaakFactory
from openzaak.zgw.constants import Afleidingswijze, Archiefstatus
from openzaak.zgw.models import AuditTrail, Notification
from openzaak.zgw.scopes import SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN, SCOPE_ZAKEN_LEZEN

from ..models import Besluit
from .factories import BesluitFactory
from .test_besluiten import body
from .utils import BESLUITEN, besluiten_client, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def besluittype():
    return BesluitTypeFactory(concept=False, omschrijving="Vergunning")


@pytest.fixture
def zaaktype(besluittype):
    zaaktype = ZaakTypeFactory(concept=False, catalogus=besluittype.catalogus)
    zaaktype.besluittypen.add(besluittype)
    return zaaktype


@pytest.fixture
def zaak(zaaktype):
    return ZaakFactory(zaaktype=zaaktype)


def zaken_autorisatie(zaaktype, *scopes):
    return {
        "component": "zrc",
        "scopes": [SCOPE_ZAKEN_LEZEN, *scopes],
        "zaaktype": zaaktype,
        "max_vertrouwelijkheidaanduiding": "zeer_geheim",
    }


@pytest.fixture
def client(api_client, besluittype, zaaktype):
    return besluiten_client(api_client, besluittype, extra=[zaken_autorisatie(zaaktype)])


def zaak_besluiten(client, zaak) -> list[str]:
    response = client.get(f"{url(zaak)}/besluiten")
    assert response.status_code == 200, response.content
    return [item["besluit"] for item in response.json()]


def test_a_besluit_in_a_zaak_shows_under_the_zaak_brc_006(client, besluittype, zaak):
    response = client.post(BESLUITEN, body(besluittype, zaak=url(zaak)), format="json")

    assert response.status_code == 201, response.content
    besluit = Besluit.objects.get()
    assert response.json()["zaak"] == url(zaak)
    assert zaak_besluiten(client, zaak) == [url(besluit)]
    assert ZaakBesluit.objects.get().zaak == zaak
    # the mirror is no write of its own: one notification, on kanaal besluiten
    assert list(Notification.objects.values_list("kanaal", "actie")) == [("besluiten", "create")]


def test_moving_a_besluit_moves_its_zaakbesluit_and_leaving_deletes_it(client, besluittype, zaaktype, zaak):
    besluit = BesluitFactory(besluittype=besluittype, zaak=zaak)
    other = ZaakFactory(zaaktype=zaaktype)

    moved = client.patch(url(besluit), {"zaak": url(other)}, format="json")

    assert moved.status_code == 200, moved.content
    assert zaak_besluiten(client, zaak) == []
    assert zaak_besluiten(client, other) == [url(besluit)]

    left = client.patch(url(besluit), {"zaak": ""}, format="json")
    assert left.status_code == 200 and left.json()["zaak"] == ""
    assert not ZaakBesluit.objects.exists()

    back = client.put(
        url(besluit), body(besluittype, identificatie=besluit.identificatie, zaak=url(zaak)), format="json"
    )
    assert back.status_code == 200, back.content
    assert zaak_besluiten(client, zaak) == [url(besluit)]
    assert client.patch(url(besluit), {"zaak": None}, format="json").json()["zaak"] == ""
    assert not ZaakBesluit.objects.exists()


def test_deleting_the_besluit_deletes_its_zaakbesluit_and_frees_the_zaak(client, besluittype, zaak):
    besluit = BesluitFactory(besluittype=besluittype, zaak=zaak)
    assert client.delete(url(besluit)).status_code == 204
    assert not ZaakBesluit.objects.exists()
    Zaak.objects.get(pk=zaak.pk).delete()  # no besluit holds it any more


def test_the_besluittype_must_be_one_of_the_zaaktype_s_brc_007(client, api_client, zaak):
    vreemd = BesluitTypeFactory(concept=False, catalogus=zaak.zaaktype.catalogus)
    client = besluiten_client(api_client, vreemd)
    response = client.post(BESLUITEN, body(vreemd, zaak=url(zaak)), format="json")
    assert codes(response, "nonFieldErrors") == {"zaaktype-mismatch"}

    # the same applies when a besluit moves into a zaak
    besluit = BesluitFactory(besluittype=vreemd)
    assert codes(client.patch(url(besluit), {"zaak": url(zaak)}, format="json")) == {"nonFieldErrors:zaaktype-mismatch"}
    assert not ZaakBesluit.objects.exists()


def test_a_newer_version_of_the_zaaktype_s_besluittype_is_one_of_its_besluittypen(api_client, besluittype, zaak):
    """Catalogi 1.3 relates types by key (catalogus + omschrijving): the zaaktype shows its
    besluittype in the version valid today, so a besluit of that version fits."""
    besluittype.einde_geldigheid = datetime.date(2024, 12, 31)
    besluittype.save()
    nieuw = BesluitTypeFactory(
        concept=False,
        catalogus=besluittype.catalogus,
        omschrijving=besluittype.omschrijving,
        begin_geldigheid=datetime.date(2025, 1, 1),
    )
    client = besluiten_client(api_client, nieuw)
    response = client.post(BESLUITEN, body(nieuw, zaak=url(zaak)), format="json")
    assert response.status_code == 201, response.content


@pytest.mark.parametrize("value,code", [("http://elders.example/zaken/1", "bad-url"), ("geen-url", "bad-url")])
def test_zaak_must_be_a_zaak_of_this_installation(client, besluittype, value, code):
    assert codes(client.post(BESLUITEN, body(besluittype, zaak=value), format="json"), "zaak") == {code}
    besluit_url = url(BesluitFactory(besluittype=besluittype))
    assert codes(client.post(BESLUITEN, body(besluittype, zaak=besluit_url), format="json"), "zaak") == {
        "invalid-resource"
    }


def test_a_closed_zaak_changes_its_besluiten_only_with_geforceerd_bijwerken_zrc_007(api_client, besluittype, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype, closed=True)
    besluit = BesluitFactory(besluittype=besluittype, zaak=zaak)
    client = besluiten_client(api_client, besluittype, extra=[zaken_autorisatie(zaaktype)])

    for response in (
        client.post(BESLUITEN, body(besluittype, zaak=url(zaak)), format="json"),
        client.patch(url(besluit), {"toelichting": "anders"}, format="json"),
        client.delete(url(besluit)),
        client.patch(url(BesluitFactory(besluittype=besluittype)), {"zaak": url(zaak)}, format="json"),
    ):
        assert response.status_code == 403, response.content
        assert response.json()["code"] == "zaak-afgesloten"

    forced = besluiten_client(
        api_client, besluittype, extra=[zaken_autorisatie(zaaktype, SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN)]
    )
    assert forced.post(BESLUITEN, body(besluittype, zaak=url(zaak)), format="json").status_code == 201
    assert forced.patch(url(besluit), {"toelichting": "gecorrigeerd"}, format="json").status_code == 200
    assert forced.delete(url(besluit)).status_code == 204


def test_an_archived_zaak_gets_no_besluiten(client, besluittype, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype, closed=True, archiefstatus=Archiefstatus.gearchiveerd)
    response = client.post(BESLUITEN, body(besluittype, zaak=url(zaak)), format="json")
    assert codes(response) == {"nonFieldErrors:zaak-archiefstatus-invalid"}


@pytest.mark.parametrize(
    "afleidingswijze,field",
    [(Afleidingswijze.ingangsdatum_besluit, "ingangsdatum"), (Afleidingswijze.vervaldatum_besluit, "vervaldatum")],
)
def test_the_zaak_s_archive_fields_follow_its_besluiten_zrc_021(
    api_client, besluittype, zaaktype, afleidingswijze, field
):
    zaak = ZaakFactory(
        zaaktype=zaaktype,
        closed=True,
        resultaat__resultaattype__brondatum_archiefprocedure_afleidingswijze=afleidingswijze,
        resultaat__resultaattype__archiefactietermijn="P10Y",
    )
    client = besluiten_client(
        api_client, besluittype, extra=[zaken_autorisatie(zaaktype, SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN)]
    )

    def archive():
        zaak.refresh_from_db()
        return zaak.archiefactiedatum, zaak.startdatum_bewaartermijn

    created = client.post(
        BESLUITEN,
        body(besluittype, zaak=url(zaak), ingangsdatum="2024-04-01", vervaldatum="2026-04-01", vervalreden="tijdelijk"),
        format="json",
    )
    assert created.status_code == 201, created.content
    brondatum = datetime.date.fromisoformat(created.json()[field])
    assert archive() == (brondatum.replace(year=brondatum.year + 10), brondatum)
    zaak_update = Notification.objects.filter(kanaal="zaken").last()
    assert zaak_update.actie == "partial_update" and zaak_update.resource_url == url(zaak)

    # a later besluit moves the brondatum (the latest date counts)
    later = client.post(
        BESLUITEN,
        body(besluittype, zaak=url(zaak), ingangsdatum="2025-01-01", vervaldatum="2027-01-01", vervalreden="tijdelijk"),
        format="json",
    ).json()
    assert archive()[1] == datetime.date.fromisoformat(later[field])

    # changing the date derives again
    changed = client.patch(later["url"], {"vervaldatum": "2030-01-01", field: "2028-02-02"}, format="json")
    assert changed.status_code == 200, changed.content
    assert archive() == (datetime.date(2038, 2, 2), datetime.date(2028, 2, 2))

    # the besluit leaving the zaak, or deleted, counts no more
    assert client.patch(later["url"], {"zaak": ""}, format="json").status_code == 200
    assert archive()[1] == brondatum
    assert client.delete(created.json()["url"]).status_code == 204
    assert archive() == (None, None)  # no besluit: the brondatum is not known (yet)


def test_a_change_that_no_archive_date_reads_leaves_the_zaak_alone(api_client, besluittype, zaaktype):
    zaak = ZaakFactory(
        zaaktype=zaaktype,
        closed=True,
        resultaat__resultaattype__brondatum_archiefprocedure_afleidingswijze=Afleidingswijze.ingangsdatum_besluit,
    )
    besluit = BesluitFactory(besluittype=besluittype, zaak=zaak)
    client = besluiten_client(
        api_client, besluittype, extra=[zaken_autorisatie(zaaktype, SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN)]
    )
    assert client.patch(url(besluit), {"toelichting": "alleen tekst"}, format="json").status_code == 200
    assert not Notification.objects.filter(kanaal="zaken").exists()
    assert not AuditTrail.objects.filter(bron="zrc").exists()


def test_zaak_filters_the_list(client, besluittype, zaaktype, zaak):
    in_zaak = BesluitFactory(besluittype=besluittype, zaak=zaak)
    BesluitFactory(besluittype=besluittype, zaak=ZaakFactory(zaaktype=zaaktype))
    BesluitFactory(besluittype=besluittype)
    response = client.get(BESLUITEN, {"zaak": url(zaak)})
    assert [item["url"] for item in response.json()["results"]] == [url(in_zaak)]
    missing = url(zaak).replace(str(zaak.uuid), "00000000-0000-0000-0000-000000000000")
    assert client.get(BESLUITEN, {"zaak": missing}).json()["count"] == 0


def test_expand_zaak_and_besluittype_show_what_a_direct_read_gives(client, besluittype, zaak):
    besluit = BesluitFactory(besluittype=besluittype, zaak=zaak)
    BesluitFactory(besluittype=besluittype)  # no zaak: an empty object

    detail = client.get(url(besluit), {"expand": "zaak,besluittype"})
    assert detail.status_code == 200, detail.content
    expanded = detail.json()["_expand"]
    assert expanded["zaak"] == client.get(url(zaak), HTTP_ACCEPT_CRS="EPSG:4326").json()
    assert expanded["besluittype"] == client.get(url(besluittype)).json()  # zaken.lezen reads the catalogue

    results = client.get(BESLUITEN, {"expand": "zaak.zaaktype"}).json()["results"]
    by_url = {item["url"]: item["_expand"] for item in results}
    assert by_url[url(besluit)]["zaak"]["_expand"]["zaaktype"]["url"] == expanded["zaak"]["zaaktype"]
    assert [value["zaak"] for key, value in by_url.items() if key != url(besluit)] == [{}]


def test_expand_leaves_out_a_zaak_the_client_may_not_read(api_client, besluittype, zaak):
    client = besluiten_client(api_client, besluittype)  # no autorisatie for the zaak
    besluit = BesluitFactory(besluittype=besluittype, zaak=zaak)
    body_ = client.get(url(besluit), {"expand": "zaak"}).json()
    assert body_["zaak"] == url(zaak)
    assert body_["_expand"] == {}
