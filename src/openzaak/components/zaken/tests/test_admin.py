"""The zaken admin for a logged-in superuser: find a zaak by identificatie, BSN, zaaktype,
status or date; its page shows its related rows a page at a time, so a zaak with
thousands of them opens at once; adds, changes and deletes go through the services."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from openzaak.components.besluiten.tests.factories import BesluitFactory
from openzaak.components.catalogi.tests.factories import StatusTypeFactory
from openzaak.zgw.models import AuditTrail, Notification

from ..admin import PANEL_SIZE
from ..models import Rol, Status, Zaak, ZaakInformatieObject
from .factories import BSN, RolFactory, StatusFactory, ZaakFactory, ZaakInformatieObjectFactory

pytestmark = pytest.mark.django_db
CHANGELIST = "admin:zaken_zaak_changelist"


def change_url(zaak):
    return reverse("admin:zaken_zaak_change", args=(zaak.pk,))


def found(admin_client, **params) -> set:
    response = admin_client.get(reverse(CHANGELIST), params)
    assert response.status_code == 200
    return set(response.context["cl"].result_list)


def test_find_a_zaak(admin_client, zaaktype):
    een = ZaakFactory(zaaktype=zaaktype, identificatie="ZAAK-2024-0000000001", startdatum=datetime.date.today())
    twee = ZaakFactory(identificatie="ZAAK-2024-0000000002", closed=True)
    RolFactory(zaak=twee)  # a natuurlijk persoon with BSN
    StatusFactory(zaak=een, statustype=StatusTypeFactory(zaaktype=zaaktype, omschrijving="Ontvangen"))
    assert found(admin_client, q="ZAAK-2024-0000000001") == {een}
    assert found(admin_client, q="ZAAK-2024") == {een, twee}
    assert found(admin_client, q=BSN) == {twee}
    assert found(admin_client, zaaktype__id__exact=zaaktype.pk) == {een}
    assert found(admin_client, afgesloten="ja") == {twee}
    assert found(admin_client, status="Ontvangen") == {een}
    today = datetime.date.today()
    assert found(admin_client, startdatum__gte=today.isoformat()) == {een}
    response = admin_client.get(reverse(CHANGELIST))
    assert "Ontvangen" in response.content.decode()
    for spec in response.context["cl"].filter_specs:
        for choice in spec.choices(response.context["cl"]):
            assert admin_client.get(reverse(CHANGELIST) + choice["query_string"]).status_code == 200


def test_the_list_costs_the_same_queries_for_few_and_many(admin_client, zaaktype, django_assert_max_num_queries):
    ZaakFactory.create_batch(2, zaaktype=zaaktype)
    admin_client.get(reverse(CHANGELIST))
    with CaptureQueriesContext(connection) as few:
        admin_client.get(reverse(CHANGELIST))
    for _ in range(60):
        StatusFactory(zaak=ZaakFactory(zaaktype=zaaktype))
    with django_assert_max_num_queries(len(few)):
        admin_client.get(reverse(CHANGELIST))


def test_a_zaak_with_thousands_of_related_rows_opens_at_once(admin_client, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    statustype = StatusTypeFactory(zaaktype=zaaktype)
    rol = RolFactory(zaak=zaak)
    now = datetime.datetime(2024, 3, 1, tzinfo=datetime.UTC)
    Status.objects.bulk_create(
        Status(zaak=zaak, statustype=statustype, datum_status_gezet=now + datetime.timedelta(minutes=i))
        for i in range(700)
    )
    Rol.objects.bulk_create(
        Rol(
            zaak=zaak,
            roltype=rol.roltype,
            omschrijving="Melder",
            omschrijving_generiek="initiator",
            betrokkene_type="natuurlijk_persoon",
            betrokkene_identificatie={"inpBsn": BSN},
        )
        for _ in range(700)
    )
    for _ in range(3):
        ZaakInformatieObjectFactory(zaak=zaak)
    AuditTrail.objects.bulk_create(
        AuditTrail(
            bron="zrc",
            actie="partial_update",
            resultaat=200,
            hoofd_object=f"http://testserver/zaken/api/v1/zaken/{zaak.uuid}",
            hoofd_object_uuid=zaak.uuid,
            resource="zaak",
            resource_url="x",
        )
        for _ in range(600)
    )
    with CaptureQueriesContext(connection) as queries:
        response = admin_client.get(change_url(zaak))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Statussen (700)" in content and "Rollen (701)" in content and "Audit trail (600)" in content
    assert "Documenten (3)" in content
    assert content.count("<tr>") < 6 * (PANEL_SIZE + 2) + 10
    assert len(queries) < 40
    second = admin_client.get(change_url(zaak), {"rollen_pagina": 2})
    assert "Pagina 2 van 29" in second.content.decode()


def test_writes_go_through_the_services(admin_client, zaaktype):
    form = {
        "bronorganisatie": "517439943",
        "verantwoordelijke_organisatie": "517439943",
        "zaaktype": zaaktype.pk,
        "startdatum": "2024-03-01",
        "registratiedatum": "2024-03-01",
        "archiefstatus": "nog_te_archiveren",
        "kenmerken": "[]",
    }
    response = admin_client.post(reverse("admin:zaken_zaak_add"), form)
    assert response.status_code == 302, response.context["adminform"].form.errors
    zaak = Zaak.objects.get()
    assert zaak.identificatie == "ZAAK-2024-0000000001"  # generated
    assert zaak.vertrouwelijkheidaanduiding == zaaktype.vertrouwelijkheidaanduiding
    notification = Notification.objects.get(kanaal="zaken")
    assert notification.actie == "create"

    data = {
        **form,
        "identificatie": zaak.identificatie,
        "vertrouwelijkheidaanduiding": "openbaar",
        "omschrijving": "Via de beheeromgeving",
    }
    response = admin_client.post(change_url(zaak), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    zaak.refresh_from_db()
    assert zaak.omschrijving == "Via de beheeromgeving"
    entry = AuditTrail.objects.filter(hoofd_object_uuid=zaak.uuid).order_by("pk").last()
    assert entry.actie == "partial_update" and entry.applicatie_weergave == "Beheer (admin)"

    # the rules of the API hold here too
    response = admin_client.post(change_url(zaak), {**data, "archiefstatus": "gearchiveerd"})
    assert response.status_code == 200
    assert "archiefnominatie" in response.context["adminform"].form.errors

    response = admin_client.post(reverse("admin:zaken_zaak_delete", args=(zaak.pk,)), {"post": "yes"})
    assert response.status_code == 302
    assert not Zaak.objects.exists()
    assert Notification.objects.filter(kanaal="zaken", actie="destroy").exists()


def test_a_zaak_with_besluiten_is_protected(admin_client, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype)
    BesluitFactory(zaak=zaak, besluittype__catalogus=zaaktype.catalogus)
    ZaakInformatieObjectFactory(zaak=zaak)
    response = admin_client.post(reverse("admin:zaken_zaak_delete", args=(zaak.pk,)), {"post": "yes"})
    assert Zaak.objects.filter(pk=zaak.pk).exists()
    assert response.status_code == 200  # Django's page naming what protects it
    assert ZaakInformatieObject.objects.exists()
