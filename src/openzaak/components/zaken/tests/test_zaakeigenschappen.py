"""/zaken/{zaak_uuid}/zaakeigenschappen: CRUD below the zaak, zrc-018, the waarde
against the eigenschap's specificatie, a closed zaak (zrc-007)."""

import pytest

from openzaak.components.catalogi.tests.factories import EigenschapFactory
from openzaak.zgw.models import AuditTrail, Notification

from ..models import ZaakEigenschap
from .factories import ZaakEigenschapFactory, ZaakFactory
from .utils import ZAKEN, codes, url

pytestmark = pytest.mark.django_db


def eigenschappen_url(zaak) -> str:
    return f"{ZAKEN}/{zaak.uuid}/zaakeigenschappen"


def test_create_read_update_delete(behandelaar, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    eigenschap = EigenschapFactory(zaaktype=zaaktype, naam="kleur")
    response = behandelaar.post(
        eigenschappen_url(zaak), {"zaak": url(zaak), "eigenschap": url(eigenschap), "waarde": "rood"}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["naam"] == "kleur" and body["url"].startswith(eigenschappen_url(zaak))
    assert behandelaar.get(eigenschappen_url(zaak)).json() == [body]
    detail = behandelaar.get(body["url"])
    assert detail.json() == body and detail["ETag"]
    assert behandelaar.head(body["url"]).status_code == 200

    response = behandelaar.patch(body["url"], {"waarde": "blauw"}, format="json")
    assert response.status_code == 200 and response.json()["waarde"] == "blauw"
    put = behandelaar.put(body["url"], {**body, "waarde": "groen"}, format="json")
    assert put.status_code == 200 and put.json()["waarde"] == "groen"
    assert behandelaar.delete(body["url"]).status_code == 204
    assert not ZaakEigenschap.objects.exists()

    notifications = Notification.objects.filter(kanaal="zaken").order_by("pk")
    assert [(n.actie, n.resource) for n in notifications] == [
        ("create", "zaakeigenschap"),
        ("partial_update", "zaakeigenschap"),
        ("update", "zaakeigenschap"),
        ("destroy", "zaakeigenschap"),
    ]
    assert {n.hoofd_object for n in notifications} == {url(zaak)}
    trail = behandelaar.get(f"{url(zaak)}/audittrail").json()
    assert [entry["actie"] for entry in trail] == ["create", "partial_update", "update", "destroy"]
    assert trail[0]["resourceUrl"] == body["url"] and trail[0]["wijzigingen"]["nieuw"]["waarde"] == "rood"
    assert behandelaar.get(f"{url(zaak)}/audittrail/{trail[0]['uuid']}").json() == trail[0]
    assert AuditTrail.objects.filter(hoofd_object_uuid=zaak.uuid).count() == 4


def test_the_zaak_and_its_zaaktype(behandelaar, zaaktype):
    zaak, andere = ZaakFactory.create_batch(2, zaaktype=zaaktype)
    eigenschap = EigenschapFactory(zaaktype=zaaktype)
    response = behandelaar.post(
        eigenschappen_url(zaak), {"zaak": url(andere), "eigenschap": url(eigenschap), "waarde": "x"}, format="json"
    )
    assert codes(response, "zaak") == {"zaak-mismatch"}
    vreemd = EigenschapFactory()  # of another zaaktype (zrc-018)
    response = behandelaar.post(
        eigenschappen_url(zaak), {"zaak": url(zaak), "eigenschap": url(vreemd), "waarde": "x"}, format="json"
    )
    assert codes(response, "eigenschap") == {"zaaktype-mismatch"}
    zaakeigenschap = ZaakEigenschapFactory(zaak=zaak)
    response = behandelaar.patch(url(zaakeigenschap), {"zaak": url(andere)}, format="json")
    assert codes(response, "zaak") == {"wijzigen-niet-toegelaten"}
    missing = f"{ZAKEN}/7c6b1f0e-0000-4000-8000-000000000000/zaakeigenschappen"
    assert behandelaar.get(missing).status_code == 404


@pytest.mark.parametrize(
    ("specificatie", "goed", "fout"),
    [
        ({"specificatie_formaat": "tekst", "specificatie_lengte": "5"}, ["abc", "abcde"], ["abcdef"]),
        ({"specificatie_formaat": "getal", "specificatie_lengte": "3"}, ["123", "-12"], ["1234", "1,5", "abc"]),
        ({"specificatie_formaat": "getal", "specificatie_lengte": "5,2"}, ["12,34", "12.3", "7"], ["1,234", "x"]),
        ({"specificatie_formaat": "datum", "specificatie_lengte": "8"}, ["20240229"], ["20230229", "2024-02-01"]),
        (
            {"specificatie_formaat": "datum_tijd", "specificatie_lengte": "14"},
            ["20240229235959"],
            ["20240229246000", "2024022923595"],
        ),
        (
            {
                "specificatie_formaat": "tekst",
                "specificatie_lengte": "10",
                "specificatie_waardenverzameling": ["ja", "nee"],
            },
            ["ja", "nee"],
            ["misschien"],
        ),
    ],
)
def test_waarde_fits_the_specificatie(behandelaar, zaaktype, specificatie, goed, fout):
    zaak = ZaakFactory(zaaktype=zaaktype)
    eigenschap = EigenschapFactory(zaaktype=zaaktype, **specificatie)
    for waarde in goed:
        body = {"zaak": url(zaak), "eigenschap": url(eigenschap), "waarde": waarde}
        assert behandelaar.post(eigenschappen_url(zaak), body, format="json").status_code == 201, waarde
    for waarde in fout:
        body = {"zaak": url(zaak), "eigenschap": url(eigenschap), "waarde": waarde}
        assert codes(behandelaar.post(eigenschappen_url(zaak), body, format="json"), "waarde") == {
            "waarde-incorrect-format"
        }, waarde


def test_a_closed_zaak(behandelaar, beheerder, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype, closed=True)
    zaakeigenschap = ZaakEigenschapFactory(zaak=zaak)
    body = {"zaak": url(zaak), "eigenschap": url(zaakeigenschap.eigenschap), "waarde": "x"}
    assert behandelaar.post(eigenschappen_url(zaak), body, format="json").status_code == 403
    assert behandelaar.patch(url(zaakeigenschap), {"waarde": "y"}, format="json").status_code == 403
    assert behandelaar.delete(url(zaakeigenschap)).status_code == 403
    assert beheerder.patch(url(zaakeigenschap), {"waarde": "y"}, format="json").status_code == 200
    assert beheerder.delete(url(zaakeigenschap)).status_code == 204


def test_the_list_costs_the_same_at_one_and_many(behandelaar, zaaktype, django_assert_max_num_queries):
    zaak = ZaakFactory(zaaktype=zaaktype)
    ZaakEigenschapFactory(zaak=zaak)
    behandelaar.get(eigenschappen_url(zaak))
    with django_assert_max_num_queries(4):
        assert len(behandelaar.get(eigenschappen_url(zaak)).json()) == 1
    ZaakEigenschapFactory.create_batch(99, zaak=zaak)
    with django_assert_max_num_queries(4):
        assert len(behandelaar.get(eigenschappen_url(zaak)).json()) == 100
