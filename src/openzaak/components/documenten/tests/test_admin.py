"""The Documenten admin: documents found by identificatie, titel and type, their versies,
relations and lock shown; downloads for staff allowed to view documents; a forced unlock
and a deletion through the services (notified and audited, drc-008 kept)."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Permission, User
from django.urls import reverse

from openzaak.components.zaken.tests.factories import ZaakInformatieObjectFactory
from openzaak.zgw.models import AuditTrail, Notification

from ..models import EnkelvoudigInformatieObject
from .factories import INHOUD, EnkelvoudigInformatieObjectFactory, GebruiksrechtenFactory

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:documenten_enkelvoudiginformatieobject_changelist")


def download(client, document, **params):
    return client.get(reverse("admin:documenten_enkelvoudiginformatieobject_download", args=[document.pk]), params)


def test_find_and_see_a_document(admin_client):
    document = EnkelvoudigInformatieObjectFactory(
        met_inhoud=True, titel="Bouwtekening", locked=True, informatieobjecttype__omschrijving="Plattegrond"
    )
    GebruiksrechtenFactory(informatieobject=document)
    ZaakInformatieObjectFactory(informatieobject=document)
    EnkelvoudigInformatieObjectFactory(titel="Iets anders")
    for query in (document.identificatie, "Bouwtekening", document.informatieobjecttype.omschrijving):
        page = admin_client.get(CHANGELIST, {"q": query}).content.decode()
        assert document.identificatie in page and "Iets anders" not in page, query
    page = admin_client.get(reverse("admin:documenten_enkelvoudiginformatieobject_change", args=[document.pk]))
    html = page.content.decode()
    assert page.status_code == 200 and document.lock in html and "gebruiksrechten: 1" in html and "zaak" in html
    assert "?versie=1" in html
    response = download(admin_client, document, versie=1)
    assert b"".join(response.streaming_content) == INHOUD


def test_staff_download_takes_the_view_permission(client):
    document = EnkelvoudigInformatieObjectFactory(met_inhoud=True)
    staff = User.objects.create_user("medewerker", password="x" * 16, is_staff=True)
    client.force_login(staff)
    assert download(client, document).status_code == 403
    staff.user_permissions.add(Permission.objects.get(codename="view_enkelvoudiginformatieobject"))
    assert download(client, document).status_code == 200
    assert download(client, EnkelvoudigInformatieObjectFactory()).status_code == 404  # no content


def test_force_unlock_and_delete_through_the_services(admin_client, django_capture_on_commit_callbacks):
    locked = EnkelvoudigInformatieObjectFactory(locked=True)
    related = ZaakInformatieObjectFactory().informatieobject
    admin_client.post(CHANGELIST, {"action": "force_unlock", ACTION_CHECKBOX_NAME: [locked.pk]})
    locked.refresh_from_db()
    assert not locked.lock
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(CHANGELIST, {"action": "delete_documents", ACTION_CHECKBOX_NAME: [locked.pk, related.pk]})
    assert list(EnkelvoudigInformatieObject.objects.all()) == [related]  # drc-008: still related
    assert [n.actie for n in Notification.objects.order_by("pk")] == ["unlock", "destroy"]
    assert AuditTrail.objects.get(actie="destroy").gebruikers_id == "admin"
