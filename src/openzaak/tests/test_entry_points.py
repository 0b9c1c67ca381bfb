"""Every entry point writes through the same services, so an admin change, an import
and an API write of the same resource record the same notification and audit trail
entry (`zgw.writes`)."""

import re

import pytest
from django.urls import reverse

from openzaak.components.autorisaties.models import Applicatie
from openzaak.components.catalogi.import_export import export_catalogus, import_archive
from openzaak.components.catalogi.models import BesluitType
from openzaak.components.catalogi.tests.factories import BesluitTypeFactory, CatalogusFactory
from openzaak.zgw.models import AuditTrail, Notification
from openzaak.zgw.scopes import SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUTORISATIES_LEZEN
from openzaak.zgw.tests.urls import audited  # noqa: F401  (fixture)

pytestmark = pytest.mark.django_db

CATALOGI = "http://testserver/catalogi/api/v1"


def management_forms(admin_client, url: str) -> dict:
    """The inline formsets' management fields of an admin page, as the browser sends them."""
    html = admin_client.get(url).content.decode()
    return dict(re.findall(r'name="([\w-]+-(?:TOTAL|INITIAL|MIN_NUM|MAX_NUM)_FORMS)"[^>]*value="(\d*)"', html))


def admin_errors(response):
    context = response.context
    return context["adminform"].form.errors, [inline.formset.errors for inline in context["inline_admin_formsets"]]


def shape(notification: Notification, obj) -> tuple:
    """What a notification says about `obj`, whichever base URL it was written with."""
    return (
        notification.kanaal,
        notification.actie,
        notification.resource,
        notification.resource_url.rsplit("/catalogi/api/v1/", 1)[1],
        notification.hoofd_object.rsplit("/catalogi/api/v1/", 1)[1],
        {key: value.rsplit("/catalogi/api/v1/", 1)[1] for key, value in notification.kenmerken.items()},
    )


def expected(actie: str, besluittype: BesluitType) -> tuple:
    path = f"besluittypen/{besluittype.uuid}"
    return (
        "besluittypen",
        actie,
        "besluittype",
        path,
        path,
        {"catalogus": f"catalogussen/{besluittype.catalogus.uuid}"},
    )


def test_api_admin_and_import_create_notify_alike(api_client, admin_client):
    catalogus = CatalogusFactory()
    client = api_client(heeft_alle_autorisaties=True)

    response = client.post(
        f"{CATALOGI}/besluittypen",
        {
            "catalogus": f"{CATALOGI}/catalogussen/{catalogus.uuid}",
            "omschrijving": "Via de API",
            "publicatieIndicatie": False,
            "informatieobjecttypen": [],
            "beginGeldigheid": "2024-01-01",
        },
        format="json",
    )
    assert response.status_code == 201, response.content
    via_api = BesluitType.objects.get(omschrijving="Via de API")
    assert shape(Notification.objects.get(), via_api) == expected("create", via_api)

    Notification.objects.all().delete()
    add_url = reverse("admin:catalogi_besluittype_add")
    response = admin_client.post(
        add_url,
        {
            **management_forms(admin_client, add_url),
            "catalogus": catalogus.pk,
            "omschrijving": "Via de admin",
            "publicatie_indicatie": "",
            "begin_geldigheid": "2024-01-01",
        },
    )
    assert response.status_code == 302, admin_errors(response)
    via_admin = BesluitType.objects.get(omschrijving="Via de admin")
    assert shape(Notification.objects.get(), via_admin) == expected("create", via_admin)

    Notification.objects.all().delete()
    source = CatalogusFactory()
    BesluitTypeFactory(catalogus=source, omschrijving="Uit een import")
    archive = export_catalogus(catalogus=source)
    target = CatalogusFactory()
    import_archive(source=archive, catalogus=target)
    via_import = target.besluittypen.get()
    assert shape(Notification.objects.get(), via_import) == expected("create", via_import)


@pytest.mark.usefixtures("audited")
def test_api_and_admin_change_record_the_same_audit_trail(api_client, admin_client, admin_user):
    """(Applicatie audited as `zgw.tests.urls.AuditedViewSet` declares.)"""
    client = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN, SCOPE_AUTORISATIES_BIJWERKEN])
    applicatie = Applicatie.objects.create(client_ids=["x"], label="Eerst", heeft_alle_autorisaties=True)

    response = client.patch(f"/autorisaties/api/v1/applicaties/{applicatie.uuid}", {"label": "API"}, format="json")
    assert response.status_code == 200, response.content
    change_url = reverse("admin:autorisaties_applicatie_change", args=(applicatie.pk,))
    response = admin_client.post(
        change_url,
        {
            **management_forms(admin_client, change_url),
            "uuid": str(applicatie.uuid),
            "client_ids": "x",
            "label": "Admin",
            "heeft_alle_autorisaties": "on",
        },
    )
    assert response.status_code == 302, admin_errors(response)

    via_api, via_admin = AuditTrail.objects.order_by("pk")
    assert (via_api.oud["label"], via_api.nieuw["label"]) == ("Eerst", "API")
    assert (via_admin.oud["label"], via_admin.nieuw["label"]) == ("API", "Admin")
    assert set(via_api.nieuw) == set(via_admin.nieuw)  # the same representation: the API's
    for entry in (via_api, via_admin):
        assert entry.resource == "applicatie" and entry.hoofd_object_uuid == applicatie.uuid
        assert entry.resource_url.endswith(f"/autorisaties/api/v1/applicaties/{applicatie.uuid}")
    assert via_admin.gebruikers_id == admin_user.username and via_admin.applicatie_weergave == "Beheer (admin)"
