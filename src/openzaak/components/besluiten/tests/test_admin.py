"""The besluiten admin for a logged-in superuser: its pages render, and every add, change
and delete — of a besluit and of its documents inline — goes through the services, so
it has the API's effects (generated identificatie, ZaakBesluit, OIO mirror, notification,
audit trail) and is held to the API's rules."""

import datetime

import pytest
from django.urls import reverse

from openzaak.components.catalogi.tests.factories import (
    BesluitTypeFactory,
    InformatieObjectTypeFactory,
    ZaakTypeFactory,
)
from openzaak.components.documenten.models import ObjectInformatieObject
from openzaak.components.documenten.tests.factories import EnkelvoudigInformatieObjectFactory
from openzaak.components.zaken.models import ZaakBesluit
from openzaak.components.zaken.tests.factories import ZaakFactory
from openzaak.zgw.models import AuditTrail, Notification

from ..models import Besluit, BesluitInformatieObject
from .factories import RSIN, BesluitFactory, BesluitInformatieObjectFactory

pytestmark = pytest.mark.django_db

INLINE = "besluitinformatieobjecten"


def admin_url(view, *args):
    return reverse(f"admin:besluiten_besluit_{view}", args=args)


@pytest.fixture
def besluittype():
    besluittype = BesluitTypeFactory(concept=False)
    besluittype.informatieobjecttypen.add(InformatieObjectTypeFactory(concept=False, catalogus=besluittype.catalogus))
    zaaktype = ZaakTypeFactory(concept=False, catalogus=besluittype.catalogus)
    zaaktype.besluittypen.add(besluittype)
    return besluittype


def form_data(besluittype, *, documents=(), existing=(), delete=(), **fields):
    data = {
        "identificatie": "",
        "verantwoordelijke_organisatie": RSIN,
        "besluittype": besluittype.pk,
        "zaak": "",
        "datum": "2024-03-15",
        "bestuursorgaan": "",
        "toelichting": "",
        "ingangsdatum": "2024-04-01",
        "vervaldatum": "",
        "vervalreden": "",
        "publicatiedatum": "",
        "verzenddatum": "",
        "uiterlijke_reactiedatum": "",
        f"{INLINE}-TOTAL_FORMS": str(len(existing) + len(documents)),
        f"{INLINE}-INITIAL_FORMS": str(len(existing)),
        f"{INLINE}-MIN_NUM_FORMS": "0",
        f"{INLINE}-MAX_NUM_FORMS": "1000",
        **fields,
    }
    for index, bio in enumerate(existing):
        data[f"{INLINE}-{index}-id"] = bio.pk
        data[f"{INLINE}-{index}-besluit"] = bio.besluit_id
        if bio in delete:
            data[f"{INLINE}-{index}-DELETE"] = "on"
    for index, document in enumerate(documents, start=len(existing)):
        data[f"{INLINE}-{index}-informatieobject"] = document.pk
    return data


def test_pages_render(admin_client, besluittype):
    besluit = BesluitFactory(besluittype=besluittype, met_zaak=True)
    BesluitInformatieObjectFactory(besluit=besluit)
    assert admin_client.get(admin_url("changelist")).status_code == 200
    assert admin_client.get(admin_url("changelist"), {"q": besluit.identificatie}).status_code == 200
    assert admin_client.get(admin_url("add")).status_code == 200
    change = admin_client.get(admin_url("change", besluit.pk))
    assert change.status_code == 200
    # fixed once made: shown, not editable
    assert 'name="besluittype"' not in change.content.decode()
    assert 'name="identificatie"' not in change.content.decode()


def test_add_goes_through_the_service(admin_client, besluittype):
    zaak = ZaakFactory(zaaktype=besluittype.zaaktypen.get())
    document = EnkelvoudigInformatieObjectFactory(informatieobjecttype=besluittype.informatieobjecttypen.get())

    response = admin_client.post(admin_url("add"), form_data(besluittype, zaak=zaak.pk, documents=[document]))

    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    besluit = Besluit.objects.get()
    assert besluit.identificatie == "BESLUIT-2024-0000000001"
    assert ZaakBesluit.objects.get().besluit == besluit
    assert BesluitInformatieObject.objects.get().informatieobject == document
    assert ObjectInformatieObject.objects.get(besluit=besluit).informatieobject == document
    assert set(Notification.objects.filter(kanaal="besluiten").values_list("resource", "actie")) == {
        ("besluit", "create"),
        ("besluitinformatieobject", "create"),
    }
    assert AuditTrail.objects.filter(hoofd_object_uuid=besluit.uuid).count() == 2


def test_change_and_remove_a_document(admin_client, besluittype):
    besluit = BesluitFactory(besluittype=besluittype)
    document = EnkelvoudigInformatieObjectFactory(informatieobjecttype=besluittype.informatieobjecttypen.get())
    bio = BesluitInformatieObjectFactory(besluit=besluit, informatieobject=document)
    data = form_data(besluittype, existing=[bio], delete=[bio], toelichting="Gewijzigd")
    for name in ("identificatie", "verantwoordelijke_organisatie", "besluittype"):
        del data[name]

    response = admin_client.post(admin_url("change", besluit.pk), data)

    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    besluit.refresh_from_db()
    assert besluit.toelichting == "Gewijzigd"
    assert not BesluitInformatieObject.objects.exists() and not ObjectInformatieObject.objects.exists()
    assert list(Notification.objects.filter(kanaal="besluiten").order_by("pk").values_list("resource", "actie")) == [
        ("besluit", "partial_update"),
        ("besluitinformatieobject", "destroy"),
    ]


def test_the_api_s_rules_hold_on_the_form(admin_client, besluittype):
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    vreemde_zaak = ZaakFactory()
    vreemd_document = EnkelvoudigInformatieObjectFactory()
    response = admin_client.post(
        admin_url("add"),
        form_data(
            besluittype, datum=tomorrow, vervalreden="tijdelijk", zaak=vreemde_zaak.pk, documents=[vreemd_document]
        ),
    )
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.has_error("datum", "future_not_allowed")
    assert form.has_error("vervaldatum", "required")
    assert form.has_error("__all__", "zaaktype-mismatch")
    assert not Besluit.objects.exists() and not Notification.objects.exists()

    response = admin_client.post(admin_url("add"), form_data(besluittype, documents=[vreemd_document]))
    assert response.status_code == 200
    [inline] = response.context["inline_admin_formsets"]
    assert inline.formset.forms[0].has_error("__all__", "missing-besluittype-informatieobjecttype-relation")
    assert not Besluit.objects.exists()


def test_delete_goes_through_the_service(admin_client, besluittype):
    besluit = BesluitFactory(besluittype=besluittype, met_zaak=True)
    BesluitInformatieObjectFactory(besluit=besluit)

    response = admin_client.post(admin_url("delete", besluit.pk), {"post": "yes"})

    assert response.status_code == 302
    assert not Besluit.objects.exists() and not ZaakBesluit.objects.exists()
    assert not ObjectInformatieObject.objects.exists()
    assert Notification.objects.get(kanaal="besluiten").actie == "destroy"
    assert not AuditTrail.objects.filter(hoofd_object_uuid=besluit.uuid).exists()
