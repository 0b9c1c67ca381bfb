"""The Catalogi admin for a logged-in superuser (Django's test client): every page
renders, inlines are bounded, published versions are read-only, and the publish,
new-version, export and import actions work through the services they call."""

import datetime
import io
import zipfile

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from openzaak.zgw.models import Notification

from ..admin import import_export as admin_import_export
from ..admin.base import INLINE_LIMIT
from ..import_export import export_catalogus
from ..models import (
    BesluitType,
    Catalogus,
    CheckListItem,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)
from .factories import (
    BesluitTypeFactory,
    CatalogusFactory,
    EigenschapFactory,
    InformatieObjectTypeFactory,
    ResultaatTypeFactory,
    RolTypeFactory,
    StatusTypeFactory,
    ZaakObjectTypeFactory,
    ZaakTypeFactory,
    ZaakTypeInformatieObjectTypeFactory,
)


def _url(model, view, *args):
    return reverse(f"admin:catalogi_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def zaaktype():
    """A concept zaaktype with one of each sub-type."""
    zaaktype = ZaakTypeFactory(identificatie="ZT-ADMIN", omschrijving="Vergunning kappen")
    statustype = StatusTypeFactory(zaaktype=zaaktype, omschrijving="Ontvangen")
    CheckListItem.objects.create(statustype=statustype, itemnaam="compleet", vraagstelling="Compleet?")
    RolTypeFactory(zaaktype=zaaktype)
    ResultaatTypeFactory(zaaktype=zaaktype)
    EigenschapFactory(zaaktype=zaaktype, statustype=statustype)
    ZaakObjectTypeFactory(zaaktype=zaaktype)
    ZaakTypeInformatieObjectTypeFactory(zaaktype=zaaktype, statustype=statustype)
    BesluitTypeFactory(catalogus=zaaktype.catalogus)
    return zaaktype


MODELS = (
    Catalogus,
    ZaakType,
    InformatieObjectType,
    BesluitType,
    StatusType,
    RolType,
    ResultaatType,
    Eigenschap,
    ZaakObjectType,
    ZaakTypeInformatieObjectType,
)


# --- pages render -----------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_changelist_search_filters_and_change_page_render(admin_client, zaaktype, model):
    obj = model.objects.first()

    response = admin_client.get(_url(model, "changelist"))
    assert response.status_code == 200
    assert response.context["cl"].result_count == model.objects.count() >= 1

    response = admin_client.get(_url(model, "changelist"), {"q": str(obj.uuid)})
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [obj]

    response = admin_client.get(_url(model, "changelist"), {"q": "no such thing anywhere"})
    assert response.context["cl"].result_count == 0

    for spec in response.context["cl"].filter_specs:
        for choice in spec.choices(response.context["cl"]):
            filtered = admin_client.get(_url(model, "changelist") + choice["query_string"])
            assert filtered.status_code == 200, choice["query_string"]

    assert admin_client.get(_url(model, "change", obj.pk)).status_code == 200
    assert admin_client.get(_url(model, "add")).status_code == 200


@pytest.mark.django_db
def test_zaaktype_page_shows_subtypes_inline_and_links_to_all(admin_client, zaaktype):
    response = admin_client.get(_url(ZaakType, "change", zaaktype.pk))

    content = response.content.decode()
    for prefix in ("statustypen", "roltypen", "resultaattypen", "eigenschappen", "zaakobjecttypen"):
        assert f'name="{prefix}-TOTAL_FORMS" value="1"' in content
    assert 'name="zaaktypeinformatieobjecttypen-TOTAL_FORMS" value="1"' in content
    assert f"{_url(StatusType, 'changelist')}?zaaktype__id__exact={zaaktype.pk}" in content
    assert "Statustypen (1)" in content

    listed = admin_client.get(_url(StatusType, "changelist"), {"zaaktype__id__exact": zaaktype.pk})
    assert list(listed.context["cl"].result_list) == list(zaaktype.statustypen.all())


@pytest.mark.django_db
def test_inlines_are_bounded(admin_client):
    zaaktype = ZaakTypeFactory()
    StatusTypeFactory.create_batch(INLINE_LIMIT + 5, zaaktype=zaaktype)

    response = admin_client.get(_url(ZaakType, "change", zaaktype.pk))

    content = response.content.decode()
    assert f'name="statustypen-TOTAL_FORMS" value="{INLINE_LIMIT}"' in content
    assert f"Statustypen ({INLINE_LIMIT + 5})" in content


@pytest.mark.django_db
def test_bounded_inline_saves_the_rows_it_shows(admin_client):
    zaaktype = ZaakTypeFactory()
    roltypen = RolTypeFactory.create_batch(INLINE_LIMIT + 2, zaaktype=zaaktype)
    response = admin_client.get(_url(ZaakType, "change", zaaktype.pk))
    form = response.context["adminform"].form
    data = {name: value for name, value in _form_data(form).items()}
    for formset in response.context["inline_admin_formsets"]:
        data.update(_formset_data(formset.formset))
    shown = response.context["inline_admin_formsets"][1].formset
    data[f"{shown.prefix}-0-omschrijving"] = "Gewijzigd"

    response = admin_client.post(_url(ZaakType, "change", zaaktype.pk), data)

    assert response.status_code == 302, response.context and response.context["errors"]
    assert RolType.objects.filter(omschrijving="Gewijzigd").count() == 1
    assert RolType.objects.filter(zaaktype=zaaktype).count() == len(roltypen)


def _form_data(form) -> dict:
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if value is None:
            continue
        if isinstance(value, list):
            data[f"{form.add_prefix(name)}"] = [getattr(item, "pk", item) for item in value]
            if name in ("trefwoorden", "verantwoordingsrelatie", "producten_of_diensten"):
                data[form.add_prefix(name)] = ",".join(value)
            continue
        data[form.add_prefix(name)] = getattr(value, "pk", value)
    return data


def _formset_data(formset) -> dict:
    data = {
        f"{formset.prefix}-TOTAL_FORMS": len(formset.forms),
        f"{formset.prefix}-INITIAL_FORMS": formset.initial_form_count(),
        f"{formset.prefix}-MIN_NUM_FORMS": 0,
        f"{formset.prefix}-MAX_NUM_FORMS": 1000,
    }
    for form in formset.forms:
        data.update(_form_data(form))
        data[form.add_prefix("id")] = form.instance.pk
    return data


FACTORIES = {
    Catalogus: CatalogusFactory,
    ZaakType: ZaakTypeFactory,
    InformatieObjectType: InformatieObjectTypeFactory,
    BesluitType: BesluitTypeFactory,
    StatusType: StatusTypeFactory,
    RolType: RolTypeFactory,
    ResultaatType: ResultaatTypeFactory,
    Eigenschap: EigenschapFactory,
    ZaakObjectType: ZaakObjectTypeFactory,
    ZaakTypeInformatieObjectType: ZaakTypeInformatieObjectTypeFactory,
}


@pytest.mark.django_db
@pytest.mark.parametrize("model", MODELS, ids=lambda model: model.__name__)
def test_changelist_costs_a_fixed_number_of_queries(admin_client, model):
    FACTORIES[model]()
    with CaptureQueriesContext(connection) as one_row:
        assert admin_client.get(_url(model, "changelist")).status_code == 200
    FACTORIES[model].create_batch(30)
    with CaptureQueriesContext(connection) as many_rows:
        response = admin_client.get(_url(model, "changelist"))
    assert response.context["cl"].result_count == 31
    assert len(many_rows) == len(one_row), "\n".join(query["sql"] for query in many_rows.captured_queries)


# --- published versions ------------------------------------------------------------------------


@pytest.mark.django_db
def test_published_zaaktype_is_read_only_except_einde_geldigheid(admin_client, zaaktype):
    zaaktype.concept = False
    zaaktype.save()

    content = admin_client.get(_url(ZaakType, "change", zaaktype.pk)).content.decode()

    assert 'name="omschrijving"' not in content
    assert 'name="einde_geldigheid"' in content
    assert 'name="statustypen-0-omschrijving"' not in content  # sub-types too (ztc-010)
    assert admin_client.get(_url(ZaakType, "delete", zaaktype.pk)).status_code == 403
    statustype = zaaktype.statustypen.get()
    assert 'name="omschrijving"' not in admin_client.get(_url(StatusType, "change", statustype.pk)).content.decode()
    assert admin_client.get(_url(StatusType, "delete", statustype.pk)).status_code == 403


@pytest.mark.django_db
def test_no_subtype_is_added_to_a_published_zaaktype(admin_client):
    published, concept = ZaakTypeFactory(concept=False), ZaakTypeFactory()
    data = {"omschrijving": "Adviseur", "omschrijving_generiek": "adviseur"}

    response = admin_client.post(_url(RolType, "add"), {**data, "zaaktype": published.pk})
    assert response.status_code == 200
    assert "Aan een gepubliceerd zaaktype kunnen geen objecten worden toegevoegd" in response.content.decode()
    assert not RolType.objects.exists()

    response = admin_client.post(_url(RolType, "add"), {**data, "zaaktype": concept.pk})
    assert response.status_code == 302
    assert RolType.objects.get().zaaktype == concept


# --- actions ----------------------------------------------------------------------------------------


def _action(admin_client, model, action, *objects):
    return admin_client.post(
        _url(model, "changelist"),
        {"action": action, ACTION_CHECKBOX_NAME: [obj.pk for obj in objects]},
        follow=True,
    )


def _messages(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


@pytest.mark.django_db
@pytest.mark.parametrize("factory", [ZaakTypeFactory, InformatieObjectTypeFactory, BesluitTypeFactory])
def test_publish_action(admin_client, factory):
    obj = factory()

    response = _action(admin_client, type(obj), "publiceren", obj)

    obj.refresh_from_db()
    assert not obj.concept
    assert _messages(response) == ["1 object(en) gepubliceerd."]
    notification = Notification.objects.get()
    assert (notification.kanaal, notification.actie) == (obj._meta.verbose_name_plural, "publish")
    assert notification.resource_url.endswith(f"/catalogi/api/v1/{obj._meta.verbose_name_plural}/{obj.uuid}")
    assert notification.kenmerken["catalogus"].endswith(f"/catalogi/api/v1/catalogussen/{obj.catalogus.uuid}")


@pytest.mark.django_db
def test_publish_action_reports_the_rule_that_refuses(admin_client):
    zaaktype = ZaakTypeFactory()
    zaaktype.besluittypen.set([BesluitTypeFactory(catalogus=zaaktype.catalogus)])  # a concept
    published = ZaakTypeFactory(concept=False)

    response = _action(admin_client, ZaakType, "publiceren", zaaktype, published)

    zaaktype.refresh_from_db()
    assert zaaktype.concept
    messages = _messages(response)
    assert any("niet gepubliceerd" in message and "besluittypen" in message for message in messages)
    assert any("al gepubliceerd" in message for message in messages)
    assert not Notification.objects.exists()


@pytest.mark.django_db
def test_new_version_action(admin_client, zaaktype):
    zaaktype.concept = False
    zaaktype.save()

    response = _action(admin_client, ZaakType, "nieuwe_versie", zaaktype)

    new = ZaakType.objects.get(identificatie=zaaktype.identificatie, concept=True)
    assert response.redirect_chain[-1][0] == _url(ZaakType, "change", new.pk)
    assert new.begin_geldigheid == datetime.date.today()
    assert new.statustypen.count() == new.roltypen.count() == new.eigenschappen.count() == 1
    assert "Nieuwe conceptversie" in _messages(response)[0]
    assert Notification.objects.get().actie == "create"


@pytest.mark.django_db
def test_new_version_action_refuses_a_concept(admin_client, zaaktype):
    response = _action(admin_client, ZaakType, "nieuwe_versie", zaaktype)

    assert ZaakType.objects.count() == 1
    assert "Alleen van een gepubliceerd zaaktype" in _messages(response)[0]


def _button_url(obj, name):
    return reverse(f"admin:catalogi_{obj._meta.model_name}_actie", args=(obj.pk, name))


@pytest.mark.django_db
def test_change_page_buttons_follow_the_life_cycle(admin_client, zaaktype):
    InformatieObjectType.objects.update(concept=False)  # publishable: what it uses is published
    page = admin_client.get(_url(ZaakType, "change", zaaktype.pk)).content.decode()
    assert _button_url(zaaktype, "publiceren") in page
    assert _button_url(zaaktype, "nieuwe_versie") not in page  # a concept is edited, not versioned
    assert _button_url(zaaktype, "exporteren") in page

    response = admin_client.post(_button_url(zaaktype, "publiceren"), follow=True)

    assert response.redirect_chain[-1][0] == _url(ZaakType, "change", zaaktype.pk)
    zaaktype.refresh_from_db()
    assert not zaaktype.concept
    page = response.content.decode()
    assert _button_url(zaaktype, "publiceren") not in page
    assert _button_url(zaaktype, "nieuwe_versie") in page

    response = admin_client.post(_button_url(zaaktype, "nieuwe_versie"))
    new = ZaakType.objects.get(identificatie=zaaktype.identificatie, concept=True)
    assert response["Location"] == _url(ZaakType, "change", new.pk)

    response = admin_client.post(_button_url(zaaktype, "exporteren"))
    assert response["Content-Type"] == "application/zip"


@pytest.mark.django_db
def test_change_page_buttons_refuse_what_does_not_apply(admin_client):
    published = InformatieObjectTypeFactory(concept=False)
    assert admin_client.get(_button_url(published, "publiceren")).status_code == 405
    assert admin_client.post(_button_url(published, "publiceren")).status_code == 404
    assert admin_client.post(_button_url(published, "verwijderen")).status_code == 404
    concept = ZaakTypeFactory()
    assert admin_client.post(_button_url(concept, "nieuwe_versie")).status_code == 404
    assert ZaakType.objects.count() == 1


# --- export and import ---------------------------------------------------------------------------


def _archive_names(response) -> set[str]:
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        return set(archive.namelist())


@pytest.mark.django_db
def test_export_catalogus_action_downloads_a_zip(admin_client, zaaktype):
    response = _action(admin_client, Catalogus, "exporteren", zaaktype.catalogus)

    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="catalogus-')
    assert {"manifest.json", "zaaktypen.json", "statustypen.json"} <= _archive_names(response)


@pytest.mark.django_db
def test_export_catalogus_action_takes_one(admin_client):
    response = _action(admin_client, Catalogus, "exporteren", CatalogusFactory(), CatalogusFactory())
    assert _messages(response) == ["Kies precies één catalogus om te exporteren."]


@pytest.mark.django_db
def test_export_zaaktypen_action(admin_client, zaaktype):
    response = _action(admin_client, ZaakType, "exporteren", zaaktype)
    assert response["Content-Disposition"].startswith('attachment; filename="zt-admin-')
    assert "zaaktype-informatieobjecttypen.json" in _archive_names(response)

    response = _action(admin_client, ZaakType, "exporteren", zaaktype, ZaakTypeFactory())
    assert "verschillende catalogi" in _messages(response)[0]


@pytest.mark.django_db
def test_import_view(admin_client, zaaktype):
    # the resultaattype's selectielijst is not reachable here (test_import_export covers it)
    ResultaatType.objects.all().delete()
    archive = export_catalogus(catalogus=zaaktype.catalogus)
    target = CatalogusFactory()
    url = reverse("admin:catalogi_catalogus_import")
    assert url in admin_client.get(_url(Catalogus, "changelist")).content.decode()
    assert admin_client.get(url).status_code == 200

    upload = io.BytesIO(archive)
    upload.name = "catalogus.zip"
    response = admin_client.post(url, {"archief": upload, "catalogus": target.pk})

    assert response.status_code == 302, response.context["form"].errors
    assert response["Location"] == _url(Catalogus, "change", target.pk)
    imported = target.zaaktypen.get()
    assert imported.identificatie == "ZT-ADMIN" and imported.uuid != zaaktype.uuid
    assert imported.statustypen.get().checklistitems.count() == 1


@pytest.mark.django_db
def test_import_view_refuses_a_bad_archive_and_writes_nothing(admin_client):
    upload = io.BytesIO(b"not a zip")
    upload.name = "catalogus.zip"

    response = admin_client.post(reverse("admin:catalogi_catalogus_import"), {"archief": upload})

    assert response.status_code == 200
    assert "er is niets opgeslagen" in response.content.decode()
    assert "Het bestand is geen ZIP-archief." in response.content.decode()
    assert not Catalogus.objects.exists()


@pytest.mark.django_db
def test_import_needs_permission_to_add_every_type(client, django_user_model):
    user = django_user_model.objects.create_user("beheerder", password="geheim", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=["view_catalogus", "add_catalogus"]))
    client.force_login(user)
    url = reverse("admin:catalogi_catalogus_import")

    assert url not in client.get(_url(Catalogus, "changelist")).content.decode()
    assert client.get(url).status_code == 403

    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="catalogi", codename__startswith="add_")
    )
    user = django_user_model.objects.get(pk=user.pk)  # permissions are cached per user object
    client.force_login(user)
    assert url in client.get(_url(Catalogus, "changelist")).content.decode()
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_import_view_refuses_an_oversized_upload(admin_client, monkeypatch):
    monkeypatch.setattr(admin_import_export, "MAX_FILE_SIZE", 1024 * 1024)
    upload = io.BytesIO(b"x" * (1024 * 1024 + 1))
    upload.name = "catalogus.zip"

    response = admin_client.post(reverse("admin:catalogi_catalogus_import"), {"archief": upload})

    assert response.context["form"].errors["archief"] == ["Het bestand is groter dan 1 MB."]
