"""The standard's rules for a zaak (zrc-001 … zrc-023), each through HTTP: the 400 and
its code, or the 403, and what a write changes besides the zaak itself."""

import datetime

import pytest
from django.utils import timezone

from openzaak.components.besluiten.tests.factories import BesluitFactory
from openzaak.components.catalogi.tests.factories import ZaakTypeFactory
from openzaak.components.catalogi.tests.selectielijst_server import PROCESTYPE_PRODUCTEN, RESULTAAT_PRODUCTEN_NIHIL
from openzaak.components.documenten.models import ObjectInformatieObject
from openzaak.zgw.models import AuditTrail, Notification

from ..models import Rol, Status, Zaak, ZaakInformatieObject
from .factories import (
    ResultaatFactory,
    RolFactory,
    StatusFactory,
    ZaakEigenschapFactory,
    ZaakFactory,
    ZaakInformatieObjectFactory,
    ZaakObjectFactory,
)
from .utils import CRS, OTHER_RSIN, RSIN, ZAKEN, codes, url, zaak_body

pytestmark = pytest.mark.django_db


def create(client, type_, **overrides):
    return client.post(ZAKEN, zaak_body(type_, **overrides), format="json", **CRS)


# --- zrc-001: the zaaktype ------------------------------------------------------------------


def test_zaaktype_must_be_a_published_zaaktype_of_this_catalogus(behandelaar, zaaktype):
    concept = ZaakTypeFactory(concept=True)
    assert codes(create(behandelaar, concept), "zaaktype") == {"zaaktype-concept"}
    assert codes(create(behandelaar, zaaktype, zaaktype="https://elders.example.com/zaaktypen/1"), "zaaktype") == {
        "bad-url"
    }
    assert codes(create(behandelaar, zaaktype, zaaktype=url(zaaktype.catalogus)), "zaaktype") == {"invalid-resource"}
    missing = url(zaaktype).replace(str(zaaktype.uuid), "7c6b1f0e-0000-4000-8000-000000000000")
    assert codes(create(behandelaar, zaaktype, zaaktype=missing), "zaaktype") == {"does_not_exist"}


def test_zaaktype_and_identificatie_do_not_change(behandelaar, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    other = ZaakTypeFactory(concept=False, catalogus=zaaktype.catalogus)
    response = behandelaar.patch(url(zaak), {"zaaktype": url(other)}, format="json", **CRS)
    assert codes(response, "zaaktype") == {"wijzigen-niet-toegelaten"}
    response = behandelaar.patch(url(zaak), {"identificatie": "ANDERS"}, format="json", **CRS)
    assert codes(response, "identificatie") == {"wijzigen-niet-toegelaten"}
    same = behandelaar.patch(
        url(zaak), {"identificatie": zaak.identificatie, "zaaktype": url(zaaktype)}, format="json", **CRS
    )
    assert same.status_code == 200, same.content


# --- zrc-002: identificatie -------------------------------------------------------------------


def test_identificatie_is_unique_per_bronorganisatie(behandelaar, zaaktype):
    ZaakFactory(zaaktype=zaaktype, identificatie="Z-1", bronorganisatie=RSIN)
    assert codes(create(behandelaar, zaaktype, identificatie="Z-1"), "identificatie") == {"identificatie-niet-uniek"}
    assert create(behandelaar, zaaktype, identificatie="Z-1", bronorganisatie=OTHER_RSIN).status_code == 201


def test_generated_identificaties_count_per_organisation_and_skip_chosen_ones(behandelaar, zaaktype):
    year = timezone.localdate().year
    ZaakFactory(zaaktype=zaaktype, identificatie=f"ZAAK-{year}-0000000001")  # chosen by a client earlier
    first = create(behandelaar, zaaktype).json()["identificatie"]
    second = create(behandelaar, zaaktype).json()["identificatie"]
    other = create(behandelaar, zaaktype, bronorganisatie=OTHER_RSIN).json()["identificatie"]
    assert (first, second) == (f"ZAAK-{year}-0000000002", f"ZAAK-{year}-0000000003")
    assert other == f"ZAAK-{year}-0000000001"


def test_organisations_are_rsins_that_pass_the_elfproef(behandelaar, zaaktype):
    response = create(behandelaar, zaaktype, bronorganisatie="123456789", verantwoordelijkeOrganisatie="12345")
    assert codes(response) == {"bronorganisatie:invalid", "verantwoordelijkeOrganisatie:invalid"}


# --- zrc-009: vertrouwelijkheidaanduiding --------------------------------------------------


def test_vertrouwelijkheidaanduiding_defaults_to_the_zaaktypes(behandelaar, zaaktype):
    zaaktype.vertrouwelijkheidaanduiding = "zaakvertrouwelijk"
    zaaktype.save()
    assert create(behandelaar, zaaktype).json()["vertrouwelijkheidaanduiding"] == "zaakvertrouwelijk"
    assert (
        create(behandelaar, zaaktype, vertrouwelijkheidaanduiding="geheim").json()["vertrouwelijkheidaanduiding"]
        == "geheim"
    )


def test_a_client_writes_only_what_its_autorisaties_cover(api_client, zaaktype):
    beperkt = api_client(
        component="zrc",
        scopes=["zaken.lezen", "zaken.aanmaken"],
        zaaktype=zaaktype,
        max_vertrouwelijkheidaanduiding="intern",
    )
    assert create(beperkt, zaaktype, vertrouwelijkheidaanduiding="intern").status_code == 201
    assert create(beperkt, zaaktype, vertrouwelijkheidaanduiding="geheim").status_code == 403
    assert create(beperkt, ZaakTypeFactory(concept=False)).status_code == 403
    assert Zaak.objects.count() == 1  # a refused write leaves nothing behind
    assert Notification.objects.filter(kanaal="zaken").count() == 1


# --- zrc-010, zrc-011: URLs outside this installation -------------------------------------


def test_communicatiekanaal_is_a_communicatiekanaal(behandelaar, zaaktype, remote_apis):
    assert create(behandelaar, zaaktype, communicatiekanaal=remote_apis.communicatiekanaal()).status_code == 201
    missing = f"{remote_apis.url}/referentielijsten/api/v1/communicatiekanalen/weg"
    assert codes(create(behandelaar, zaaktype, communicatiekanaal=missing), "communicatiekanaal") == {"bad-url"}
    other = remote_apis.serve("/iets-anders", {"naam": "geen kanaal"})
    assert codes(create(behandelaar, zaaktype, communicatiekanaal=other), "communicatiekanaal") == {"invalid-resource"}
    assert codes(create(behandelaar, zaaktype, communicatiekanaal="geen url"), "communicatiekanaal") == {"invalid"}
    # the guard: a private address is never fetched
    response = create(behandelaar, zaaktype, communicatiekanaal="http://10.0.0.1/kanalen/1")
    assert codes(response, "communicatiekanaal") == {"bad-url"}


def test_the_fetch_can_be_switched_off(behandelaar, zaaktype, remote_apis, settings):
    settings.ZAKEN_CHECK_REMOTE_URLS = False
    response = create(
        behandelaar,
        zaaktype,
        communicatiekanaal=f"{remote_apis.url}/bestaat-niet",
        relevanteAndereZaken=[{"url": f"{remote_apis.url}/zaken/1", "aardRelatie": "vervolg"}],
    )
    assert response.status_code == 201, response.content
    assert remote_apis.hits == []


def test_relevante_andere_zaken_exist_here_or_elsewhere(behandelaar, zaaktype, remote_apis):
    local = ZaakFactory(zaaktype=zaaktype)
    remote = remote_apis.zaak()
    response = create(
        behandelaar,
        zaaktype,
        relevanteAndereZaken=[
            {"url": url(local), "aardRelatie": "vervolg"},
            {"url": remote, "aardRelatie": "bijdrage"},
        ],
    )
    assert response.status_code == 201, response.content
    zaak = Zaak.objects.get(uuid=response.json()["uuid"])
    assert [(r.relevante_zaak, r.relevante_zaak_url) for r in zaak.relevante_andere_zaken.all()] == [
        (local, ""),
        (None, remote),
    ]
    gone = url(local).replace(str(local.uuid), "7c6b1f0e-0000-4000-8000-000000000000")
    response = create(
        behandelaar,
        zaaktype,
        relevanteAndereZaken=[
            {"url": remote, "aardRelatie": "vervolg"},
            {"url": gone, "aardRelatie": "vervolg"},
            {"url": f"{remote_apis.url}/zaken/api/v1/zaken/weg", "aardRelatie": "vervolg"},
            {"url": remote_apis.communicatiekanaal(), "aardRelatie": "vervolg"},
            {"url": remote, "aardRelatie": "anders"},
        ],
    )
    # zrc-011: the name is relevanteAndereZaken.<index>
    assert codes(response) == {
        "relevanteAndereZaken.1:does_not_exist",
        "relevanteAndereZaken.2:bad-url",
        "relevanteAndereZaken.3:invalid-resource",
        "relevanteAndereZaken.4.aardRelatie:invalid_choice",
    }


def test_a_patch_replaces_relevante_andere_zaken(behandelaar, zaaktype):
    zaak, een, twee = ZaakFactory.create_batch(3, zaaktype=zaaktype)
    behandelaar.patch(
        url(zaak), {"relevanteAndereZaken": [{"url": url(een), "aardRelatie": "vervolg"}]}, format="json", **CRS
    )
    response = behandelaar.patch(
        url(zaak), {"relevanteAndereZaken": [{"url": url(twee), "aardRelatie": "onderwerp"}]}, format="json", **CRS
    )
    assert response.json()["relevanteAndereZaken"] == [{"url": url(twee), "aardRelatie": "onderwerp"}]
    trail = AuditTrail.objects.filter(hoofd_object_uuid=zaak.uuid).order_by("pk").last()
    assert trail.oud["relevanteAndereZaken"] == [{"url": url(een), "aardRelatie": "vervolg"}]
    assert trail.nieuw["relevanteAndereZaken"] == [{"url": url(twee), "aardRelatie": "onderwerp"}]


def test_selectielijstklasse_is_a_selectielijst_resultaat(behandelaar, zaaktype, selectielijst):
    resultaat = selectielijst.url("resultaten", RESULTAAT_PRODUCTEN_NIHIL)
    assert create(behandelaar, zaaktype, selectielijstklasse=resultaat).status_code == 201
    procestype = selectielijst.url("procestypen", PROCESTYPE_PRODUCTEN)
    assert codes(create(behandelaar, zaaktype, selectielijstklasse=procestype), "selectielijstklasse") == {
        "invalid-resource"
    }


# --- zrc-012: gegevensgroepen ------------------------------------------------------------


def test_groups_are_validated_as_a_whole_and_null_empties_them(behandelaar, zaaktype):
    response = create(behandelaar, zaaktype, verlenging={"reden": "Advies"}, opschorting={"indicatie": True})
    assert codes(response) == {"verlenging.duur:required", "opschorting.reden:required"}
    assert codes(create(behandelaar, zaaktype, verlenging={"reden": "x", "duur": "twee weken"}), "verlenging.duur") == {
        "invalid"
    }
    zaak = ZaakFactory(zaaktype=zaaktype, verlengd=True, opgeschort=True)
    body = behandelaar.patch(url(zaak), {"verlenging": None, "opschorting": None}, format="json", **CRS).json()
    assert body["verlenging"] is None
    assert body["opschorting"] == {"indicatie": False, "reden": ""}


def test_kenmerken(behandelaar, zaaktype):
    response = create(behandelaar, zaaktype, kenmerken=[{"kenmerk": "x" * 41, "bron": "b"}, {"kenmerk": "k"}])
    assert codes(response) == {"kenmerken.0.kenmerk:max_length", "kenmerken.1.bron:required"}
    zaak = create(behandelaar, zaaktype, kenmerken=[{"kenmerk": "K-1", "bron": "Balie"}]).json()
    assert zaak["kenmerken"] == [{"kenmerk": "K-1", "bron": "Balie"}]


# --- zrc-013: hoofdzaak and deelzaken -----------------------------------------------------


def test_hoofdzaak_rules(behandelaar, zaaktype):
    zaaktype.deelzaaktypen.add(zaaktype)
    hoofdzaak = ZaakFactory(zaaktype=zaaktype)
    response = create(behandelaar, zaaktype, hoofdzaak=url(hoofdzaak))
    assert response.status_code == 201, response.content
    deelzaak = Zaak.objects.get(uuid=response.json()["uuid"])
    assert behandelaar.get(url(hoofdzaak), **CRS).json()["deelzaken"] == [url(deelzaak)]

    assert codes(create(behandelaar, zaaktype, hoofdzaak=url(deelzaak)), "hoofdzaak") == {"deelzaak-als-hoofdzaak"}
    response = behandelaar.patch(
        url(hoofdzaak), {"hoofdzaak": url(ZaakFactory(zaaktype=zaaktype))}, format="json", **CRS
    )
    assert codes(response, "hoofdzaak") == {"deelzaak-als-hoofdzaak"}  # it has deelzaken itself
    response = behandelaar.patch(url(hoofdzaak), {"hoofdzaak": url(hoofdzaak)}, format="json", **CRS)
    assert codes(response, "hoofdzaak") == {"self-forbidden"}
    anders = ZaakTypeFactory(concept=False, catalogus=zaaktype.catalogus)
    assert codes(create(behandelaar, zaaktype, zaaktype=url(anders), hoofdzaak=url(hoofdzaak)), "hoofdzaak") >= {
        "invalid-deelzaaktype"
    }
    # a deelzaak leaves its hoofdzaak
    response = behandelaar.patch(url(deelzaak), {"hoofdzaak": None}, format="json", **CRS)
    assert response.json()["hoofdzaak"] is None


# --- zrc-014: betaling ---------------------------------------------------------------------


def test_betalingsindicatie_and_laatste_betaaldatum(behandelaar, zaaktype):
    response = create(behandelaar, zaaktype, betalingsindicatie="nvt", laatsteBetaaldatum="2024-03-01T10:00:00Z")
    assert codes(response, "laatsteBetaaldatum") == {"betaling-nvt"}
    future = (timezone.now() + datetime.timedelta(days=2)).isoformat()
    assert codes(create(behandelaar, zaaktype, laatsteBetaaldatum=future), "laatsteBetaaldatum") == {"date-in-future"}
    zaak = ZaakFactory(zaaktype=zaaktype, betaald=True)
    body = behandelaar.patch(url(zaak), {"betalingsindicatie": "nvt"}, format="json", **CRS).json()
    assert body["laatsteBetaaldatum"] is None and body["betalingsindicatieWeergave"].startswith("Er is geen sprake")


# --- zrc-015: producten of diensten ------------------------------------------------------


def test_producten_of_diensten_are_the_zaaktypes(behandelaar, zaaktype):
    ok = create(behandelaar, zaaktype, productenOfDiensten=zaaktype.producten_of_diensten)
    assert ok.status_code == 201, ok.content
    response = create(behandelaar, zaaktype, productenOfDiensten=["https://example.com/product/ander"])
    assert codes(response, "productenOfDiensten") == {"invalid-products-services"}


# --- zrc-022: archiveren --------------------------------------------------------------------


def test_archiefstatus_needs_nominatie_actiedatum_and_archived_documents(behandelaar, zaaktype):
    response = create(behandelaar, zaaktype, archiefstatus="gearchiveerd")
    assert codes(response, "archiefnominatie") == {"archiefnominatie-not-set"}
    response = create(behandelaar, zaaktype, archiefstatus="gearchiveerd", archiefnominatie="vernietigen")
    assert codes(response, "archiefactiedatum") == {"archiefactiedatum-not-set"}

    zaak = ZaakFactory(zaaktype=zaaktype, archiefnominatie="vernietigen", archiefactiedatum=datetime.date(2030, 1, 1))
    zio = ZaakInformatieObjectFactory(zaak=zaak, informatieobject__status="definitief")
    response = behandelaar.patch(url(zaak), {"archiefstatus": "gearchiveerd"}, format="json", **CRS)
    assert codes(response, "archiefstatus") == {"documents-not-archived"}
    document = zio.informatieobject
    document.status = "gearchiveerd"
    document.save()
    response = behandelaar.patch(url(zaak), {"archiefstatus": "gearchiveerd"}, format="json", **CRS)
    assert response.status_code == 200 and response.json()["archiefstatus"] == "gearchiveerd"


# --- zrc-007: a closed zaak ------------------------------------------------------------------


def test_a_closed_zaak_changes_only_with_geforceerd_bijwerken(behandelaar, beheerder, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype, closed=True)
    response = behandelaar.patch(url(zaak), {"omschrijving": "Te laat"}, format="json", **CRS)
    assert response.status_code == 403
    assert response.json()["code"] == "zaak-afgesloten"
    response = beheerder.patch(url(zaak), {"omschrijving": "Correctie"}, format="json", **CRS)
    assert response.status_code == 200 and response.json()["omschrijving"] == "Correctie"
    assert response.json()["einddatum"] == "2024-04-01"


# --- zrc-023: deleting a zaak --------------------------------------------------------------


def test_delete_removes_all_that_belongs_to_the_zaak(behandelaar, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    deelzaak = ZaakFactory(zaaktype=zaaktype, hoofdzaak=zaak)
    StatusFactory(zaak=zaak)
    ResultaatFactory(zaak=zaak)
    RolFactory(zaak=deelzaak)
    ZaakEigenschapFactory(zaak=zaak)
    ZaakObjectFactory(zaak=zaak)
    zio = ZaakInformatieObjectFactory(zaak=zaak)
    behandelaar.patch(url(zaak), {"omschrijving": "Audit"}, format="json", **CRS)
    behandelaar.patch(url(deelzaak), {"omschrijving": "Audit"}, format="json", **CRS)

    assert behandelaar.delete(url(zaak), **CRS).status_code == 204
    assert not Zaak.objects.exists() and not Status.objects.exists() and not Rol.objects.exists()
    assert not ZaakInformatieObject.objects.exists() and not ObjectInformatieObject.objects.exists()
    assert zio.informatieobject.__class__.objects.filter(pk=zio.informatieobject.pk).exists()  # the document stays
    assert not AuditTrail.objects.filter(hoofd_object_uuid__in=[zaak.uuid, deelzaak.uuid]).exists()
    destroyed = Notification.objects.filter(kanaal="zaken", actie="destroy")
    assert {n.resource_url for n in destroyed} == {url(zaak), url(deelzaak)}


def test_a_zaak_with_besluiten_is_not_deleted(behandelaar, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    BesluitFactory(zaak=zaak, besluittype__catalogus=zaaktype.catalogus)
    assert codes(behandelaar.delete(url(zaak), **CRS), "nonFieldErrors") == {"related-besluiten"}
    assert Zaak.objects.filter(pk=zaak.pk).exists()


def test_a_deelzaak_is_deleted_without_its_hoofdzaak(behandelaar, zaaktype):
    deelzaak = ZaakFactory(zaaktype=zaaktype, deelzaak=True)
    assert behandelaar.delete(url(deelzaak), **CRS).status_code == 204
    assert Zaak.objects.filter(pk=deelzaak.hoofdzaak_id).exists()


# --- geometry and the Crs headers ------------------------------------------------------------


def test_zaakgeometrie_is_geojson(behandelaar, zaaktype):
    point = {"type": "Point", "coordinates": [5.12, 52.09]}
    assert create(behandelaar, zaaktype, zaakgeometrie=point).json()["zaakgeometrie"] == point
    for bad in (
        {"type": "Point", "coordinates": [1]},
        {"type": "Feature"},
        {"type": "Polygon", "coordinates": [[[0, 0], [1, 1], [0, 1], [1, 0], [0, 0]]]},  # self-intersecting
        "POINT (5 52)",
        {"type": "Point", "coordinates": [5.1, 52.0, 3.0]},
    ):
        assert codes(create(behandelaar, zaaktype, zaakgeometrie=bad), "zaakgeometrie") <= {"invalid", "invalid_type"}


def test_crs_headers(behandelaar, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    response = behandelaar.get(url(zaak))
    assert response.status_code == 412 and response.json()["code"] == "missing-accept-crs-header"
    assert behandelaar.get(url(zaak), HTTP_ACCEPT_CRS="EPSG:28992").status_code == 406
    response = behandelaar.post(ZAKEN, zaak_body(zaaktype), format="json", HTTP_ACCEPT_CRS="EPSG:4326")
    assert response.status_code == 412 and response.json()["code"] == "missing-content-crs-header"
    response = behandelaar.post(
        ZAKEN, zaak_body(zaaktype), format="json", HTTP_ACCEPT_CRS="EPSG:4326", HTTP_CONTENT_CRS="EPSG:28992"
    )
    assert response.status_code == 415
    assert behandelaar.delete(url(zaak)).status_code == 204  # a delete sends no geometry either way
