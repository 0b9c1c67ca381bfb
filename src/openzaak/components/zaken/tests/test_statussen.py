"""Statussen through HTTP: a zaak's life cycle. The current status, closing with the
eindstatus (zrc-007: einddatum, resultaat, documents, deelzaken), reopening (zrc-008:
`zaken.heropenen`, the fields emptied), the scopes, one status at a time per zaak."""

import datetime
import threading

import pytest
from django.db import connection

from openzaak.components.catalogi.tests.factories import ResultaatTypeFactory, StatusTypeFactory
from openzaak.components.documenten.tests.factories import EnkelvoudigInformatieObjectFactory
from openzaak.zgw.components import ZAKEN as ZAKEN_COMPONENT
from openzaak.zgw.models import AuditTrail, Notification
from openzaak.zgw.scopes import (
    SCOPE_ZAKEN_AANMAKEN,
    SCOPE_ZAKEN_HEROPENEN,
    SCOPE_ZAKEN_LEZEN,
    SCOPE_ZAKEN_STATUSSEN_TOEVOEGEN,
)
from openzaak.zgw.testing import AuthorisationMatrix

from ..models import Status, Zaak
from .conftest import WRITE_SCOPES
from .factories import ResultaatFactory, RolFactory, StatusFactory, ZaakFactory, ZaakInformatieObjectFactory
from .utils import BASE, codes, url

pytestmark = pytest.mark.django_db

STATUSSEN = f"{BASE}/statussen"


@pytest.fixture
def behandelaar(api_client, zaaktype):
    """Reads and writes zaken of `zaaktype` and adds statussen (not to closed zaken)."""
    return api_client(
        component="zrc",
        scopes=[*WRITE_SCOPES, SCOPE_ZAKEN_STATUSSEN_TOEVOEGEN],
        zaaktype=zaaktype,
        max_vertrouwelijkheidaanduiding="zeer_geheim",
    )


@pytest.fixture
def statustypen(zaaktype):
    """Three statustypen; the last (volgnummer 3) is the eindstatus."""
    return [StatusTypeFactory(zaaktype=zaaktype, volgnummer=nummer) for nummer in (1, 2, 3)]


def body(zaak, statustype, moment="2024-03-02T10:00:00+01:00", **extra):
    return {"zaak": url(zaak), "statustype": url(statustype), "datumStatusGezet": moment, **extra}


def test_statussen_make_the_current_one_and_are_notified(behandelaar, zaaktype, statustypen):
    zaak = ZaakFactory(zaaktype=zaaktype)
    first = behandelaar.post(STATUSSEN, body(zaak, statustypen[0]), format="json")
    assert first.status_code == 201, first.content
    assert first.json()["indicatieLaatstGezetteStatus"] is True
    assert first.json()["gezetdoor"] == "" and first.json()["zaakinformatieobjecten"] == []
    second = behandelaar.post(
        STATUSSEN, body(zaak, statustypen[1], "2024-03-03T10:00:00+01:00", statustoelichting="Verder"), format="json"
    )
    assert second.status_code == 201, second.content
    assert behandelaar.get(first.json()["url"]).json()["indicatieLaatstGezetteStatus"] is False
    zaak_body = behandelaar.get(url(zaak), HTTP_ACCEPT_CRS="EPSG:4326").json()
    assert zaak_body["status"] == second.json()["url"] and zaak_body["einddatum"] is None
    # a status set earlier than the current one is history, not the current status
    earlier = behandelaar.post(STATUSSEN, body(zaak, statustypen[1], "2024-03-02T12:00:00+01:00"), format="json")
    assert earlier.json()["indicatieLaatstGezetteStatus"] is False
    notification = Notification.objects.filter(resource="status").order_by("pk").first()
    assert notification.kanaal == "zaken" and notification.actie == "create"
    assert notification.hoofd_object == url(zaak) and notification.resource_url == first.json()["url"]
    assert notification.kenmerken["zaaktype"] == url(zaaktype)
    trail = AuditTrail.objects.filter(hoofd_object_uuid=zaak.uuid, resource="status")
    assert trail.count() == 3
    assert behandelaar.get(f"{url(zaak)}/audittrail").status_code == 200


def test_list_filters(behandelaar, zaaktype, statustypen):
    zaak = ZaakFactory(zaaktype=zaaktype)
    first = StatusFactory(zaak=zaak, statustype=statustypen[0])
    StatusFactory(zaak=zaak, statustype=statustypen[1])
    response = behandelaar.get(STATUSSEN, {"zaak": url(zaak), "indicatieLaatstGezetteStatus": "false"})
    assert [item["url"] for item in response.json()["results"]] == [url(first)]
    assert behandelaar.get(STATUSSEN, {"statustype": url(statustypen[1])}).json()["count"] == 1
    assert behandelaar.get(STATUSSEN, {"zaak": "https://elders.example.com/zaken/1"}).status_code == 400
    assert behandelaar.get(STATUSSEN, {"onbekend": "1"}).status_code == 400


def status_with_relations(zaaktype, statustype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    status = StatusFactory(zaak=zaak, statustype=statustype, gezetdoor=RolFactory(zaak=zaak))
    ZaakInformatieObjectFactory(zaak=zaak, status=status)
    return status


def test_a_list_costs_the_same_queries_at_one_row_and_a_full_page(
    behandelaar, zaaktype, statustypen, django_assert_max_num_queries
):
    status_with_relations(zaaktype, statustypen[0])
    params = {"expand": "zaak,statustype,gezetdoor,zaakinformatieobjecten"}
    behandelaar.get(STATUSSEN)  # the client's autorisaties cached
    with django_assert_max_num_queries(20) as one:
        behandelaar.get(STATUSSEN, params)
    for _ in range(30):
        status_with_relations(zaaktype, statustypen[0])
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = behandelaar.get(STATUSSEN, params)
    assert response.json()["count"] == 31
    assert all(item["_expand"]["gezetdoor"]["url"] == item["gezetdoor"] for item in response.json()["results"])


def test_the_statustype_must_be_of_the_zaaktype(behandelaar, zaaktype, statustypen):
    zaak = ZaakFactory(zaaktype=zaaktype)
    other = StatusTypeFactory()
    response = behandelaar.post(STATUSSEN, body(zaak, other), format="json")
    assert codes(response, "statustype") == {"zaaktype-mismatch"}  # zrc-016


def test_gezetdoor_is_a_rol_of_the_zaak(behandelaar, zaaktype, statustypen):
    zaak = ZaakFactory(zaaktype=zaaktype)
    rol = RolFactory(zaak=zaak)
    response = behandelaar.post(STATUSSEN, body(zaak, statustypen[0], gezetdoor=url(rol)), format="json")
    assert response.status_code == 201 and response.json()["gezetdoor"] == url(rol)
    assert behandelaar.get(url(rol)).json()["statussen"] == [response.json()["url"]]
    elsewhere = RolFactory(zaak__zaaktype=zaaktype)
    response = behandelaar.post(STATUSSEN, body(zaak, statustypen[1], gezetdoor=url(elsewhere)), format="json")
    assert codes(response, "gezetdoor") == {"zaak-mismatch"}


def test_datum_status_gezet_is_not_in_the_future_and_unique(behandelaar, zaaktype, statustypen):
    zaak = ZaakFactory(zaaktype=zaaktype)
    future = (datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)).isoformat()
    assert codes(behandelaar.post(STATUSSEN, body(zaak, statustypen[0], future), format="json")) == {
        "datumStatusGezet:date-in-future"
    }
    assert behandelaar.post(STATUSSEN, body(zaak, statustypen[0]), format="json").status_code == 201
    assert codes(behandelaar.post(STATUSSEN, body(zaak, statustypen[1]), format="json")) == {"datumStatusGezet:unique"}


def test_the_eindstatus_closes_the_zaak_and_derives_its_archive_fields(behandelaar, zaaktype, statustypen):
    zaak = ZaakFactory(zaaktype=zaaktype)
    ResultaatFactory(zaak=zaak, resultaattype__zaaktype=zaaktype, resultaattype__archiefactietermijn="P10Y")
    response = behandelaar.post(STATUSSEN, body(zaak, statustypen[2], "2024-04-01T23:30:00+02:00"), format="json")
    assert response.status_code == 201, response.content
    zaak.refresh_from_db()
    assert zaak.einddatum == datetime.date(2024, 4, 1)  # the date in the installation's time zone
    assert zaak.archiefnominatie == "vernietigen"
    assert zaak.archiefactiedatum == datetime.date(2034, 4, 1)
    assert zaak.startdatum_bewaartermijn == datetime.date(2024, 4, 1)
    update = Notification.objects.get(resource="zaak", actie="partial_update")
    assert update.resource_url == url(zaak)
    entry = AuditTrail.objects.get(resource="zaak", actie="partial_update")
    assert entry.oud["einddatum"] is None and entry.nieuw["einddatum"] == "2024-04-01"


def test_closing_needs_a_resultaat(behandelaar, zaaktype, statustypen):
    zaak = ZaakFactory(zaaktype=zaaktype)
    response = behandelaar.post(STATUSSEN, body(zaak, statustypen[2]), format="json")
    assert codes(response) == {"nonFieldErrors:resultaat-does-not-exist"}  # zrc-007
    assert not Status.objects.exists()


@pytest.mark.parametrize(
    ("document", "code"),
    [
        ({"indicatie_gebruiksrecht": None}, "indicatiegebruiksrecht-unset"),
        ({"locked": True}, "informatieobject-locked"),
    ],
)
def test_closing_needs_documents_ready(behandelaar, zaaktype, statustypen, document, code):
    zaak = ZaakFactory(zaaktype=zaaktype)
    ResultaatFactory(zaak=zaak, resultaattype__zaaktype=zaaktype)
    ZaakInformatieObjectFactory(zaak=zaak, informatieobject=EnkelvoudigInformatieObjectFactory(**document))
    assert codes(behandelaar.post(STATUSSEN, body(zaak, statustypen[2]), format="json")) == {f"nonFieldErrors:{code}"}


def test_closing_a_hoofdzaak_needs_its_deelzaken_closed(behandelaar, zaaktype, statustypen):
    hoofdzaak = ZaakFactory(zaaktype=zaaktype)
    ResultaatFactory(zaak=hoofdzaak, resultaattype__zaaktype=zaaktype)
    ZaakFactory(zaaktype=zaaktype, hoofdzaak=hoofdzaak)
    response = behandelaar.post(STATUSSEN, body(hoofdzaak, statustypen[2]), format="json")
    assert codes(response) == {"nonFieldErrors:deelzaken-not-closed"}


def test_reopening_needs_heropenen_and_empties_the_derived_fields(api_client, behandelaar, zaaktype, statustypen):
    zaak = ZaakFactory(zaaktype=zaaktype, closed=True, startdatum_bewaartermijn=datetime.date(2024, 4, 1))
    Status.objects.filter(zaak=zaak).update(statustype=statustypen[2])
    response = behandelaar.post(STATUSSEN, body(zaak, statustypen[1], "2024-05-01T10:00:00+02:00"), format="json")
    assert response.status_code == 403  # zrc-008
    heropener = api_client(
        component="zrc",
        scopes=[SCOPE_ZAKEN_LEZEN, SCOPE_ZAKEN_HEROPENEN],
        zaaktype=zaaktype,
        max_vertrouwelijkheidaanduiding="zeer_geheim",
    )
    response = heropener.post(STATUSSEN, body(zaak, statustypen[1], "2024-05-01T10:00:00+02:00"), format="json")
    assert response.status_code == 201, response.content
    zaak.refresh_from_db()
    assert (zaak.einddatum, zaak.archiefnominatie, zaak.archiefactiedatum, zaak.startdatum_bewaartermijn) == (
        None,
        "",
        None,
        None,
    )


def test_a_deelzaak_is_not_reopened_under_a_closed_hoofdzaak(beheerder, api_client, zaaktype, statustypen):
    hoofdzaak = ZaakFactory(zaaktype=zaaktype, closed=True)
    deelzaak = ZaakFactory(zaaktype=zaaktype, closed=True, hoofdzaak=hoofdzaak)
    client = api_client(heeft_alle_autorisaties=True)
    response = client.post(STATUSSEN, body(deelzaak, statustypen[0], "2024-05-01T10:00:00+02:00"), format="json")
    assert codes(response) == {"nonFieldErrors:hoofdzaak-closed"}


def test_with_only_aanmaken_one_status(api_client, zaaktype, statustypen):
    client = api_client(
        component="zrc",
        scopes=[SCOPE_ZAKEN_LEZEN, SCOPE_ZAKEN_AANMAKEN],
        zaaktype=zaaktype,
        max_vertrouwelijkheidaanduiding="zeer_geheim",
    )
    zaak = ZaakFactory(zaaktype=zaaktype)
    assert client.post(STATUSSEN, body(zaak, statustypen[0]), format="json").status_code == 201
    second = client.post(STATUSSEN, body(zaak, statustypen[1], "2024-03-03T10:00:00+01:00"), format="json")
    assert second.status_code == 403
    toevoeger = api_client(
        component="zrc",
        scopes=[SCOPE_ZAKEN_LEZEN, SCOPE_ZAKEN_STATUSSEN_TOEVOEGEN],
        zaaktype=zaaktype,
        max_vertrouwelijkheidaanduiding="zeer_geheim",
    )
    assert (
        toevoeger.post(STATUSSEN, body(zaak, statustypen[1], "2024-03-03T10:00:00+01:00"), format="json").status_code
        == 201
    )


def test_a_zaak_of_a_type_without_scope_gets_no_status(behandelaar, statustypen):
    zaak = ZaakFactory()  # another zaaktype
    statustype = StatusTypeFactory(zaaktype=zaak.zaaktype)
    assert behandelaar.post(STATUSSEN, body(zaak, statustype), format="json").status_code == 403
    assert not Status.objects.exists()


def test_an_archived_zaak_gets_no_status(beheerder, zaaktype, statustypen):
    zaak = ZaakFactory(zaaktype=zaaktype, archiefstatus="gearchiveerd")
    response = beheerder.post(STATUSSEN, body(zaak, statustypen[0]), format="json")
    assert codes(response) == {"nonFieldErrors:zaak-archiefstatus-invalid"}


def test_etag_and_head(behandelaar, zaaktype, statustypen):
    status = StatusFactory(zaak__zaaktype=zaaktype, statustype=statustypen[0])
    response = behandelaar.get(url(status))
    etag = response["ETag"]
    assert behandelaar.head(url(status))["ETag"] == etag
    assert behandelaar.get(url(status), HTTP_IF_NONE_MATCH=etag).status_code == 304


@pytest.mark.django_db(transaction=True)
def test_one_status_at_a_time_per_zaak(zaaktype, statustypen):
    """Two statussen at once for one zaak: the zaak row lock queues them, so exactly one
    is the current status."""
    from openzaak.zgw.context import WriteContext

    from .. import services

    zaak = ZaakFactory(zaaktype=zaaktype)
    barrier = threading.Barrier(2)
    errors = []

    def add(statustype, minute):
        try:
            barrier.wait()
            services.status_create(
                context=WriteContext.system(user="test"),
                data={
                    "zaak": zaak,
                    "statustype": statustype,
                    "datum_status_gezet": datetime.datetime(2024, 3, 2, 10, minute, tzinfo=datetime.UTC),
                },
            )
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=add, args=(statustypen[i], i)) for i in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    current = Status.objects.filter(zaak=zaak, indicatie_laatst_gezette_status=True)
    assert current.count() == 1 and current.get().statustype == statustypen[1]
    Zaak.objects.filter(pk=zaak.pk).delete()


class TestStatusAuthorisation(AuthorisationMatrix):
    component = ZAKEN_COMPONENT
    scope = SCOPE_ZAKEN_LEZEN
    list_url = STATUSSEN

    def make_type(self):
        from openzaak.components.catalogi.tests.factories import ZaakTypeFactory

        return ZaakTypeFactory(concept=False)

    def make(self, type_, vertrouwelijkheidaanduiding):
        return StatusFactory(
            zaak__zaaktype=type_,
            zaak__vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding,
            statustype__zaaktype=type_,
        )


def test_resultaattype_without_archiefactietermijn_leaves_the_date(behandelaar, zaaktype, statustypen):
    zaak = ZaakFactory(zaaktype=zaaktype, archiefactiedatum=datetime.date(2050, 1, 1))
    ResultaatFactory(zaak=zaak, resultaattype=ResultaatTypeFactory(zaaktype=zaaktype, archiefactietermijn=""))
    assert behandelaar.post(STATUSSEN, body(zaak, statustypen[2]), format="json").status_code == 201
    zaak.refresh_from_db()
    assert zaak.archiefactiedatum == datetime.date(2050, 1, 1) and zaak.archiefnominatie == "vernietigen"
