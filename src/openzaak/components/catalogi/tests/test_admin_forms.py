"""The admin holds the catalogue to the API's rules (admin/forms.py): the same
validators, their errors on the form field they concern."""

import pytest
from django.urls import reverse

from ..models import Eigenschap, InformatieObjectType, ResultaatType, ZaakType
from .factories import CatalogusFactory, ZaakTypeFactory
from .selectielijst_server import (
    OMSCHRIJVING_AFGEWEZEN,
    PROCESTYPE_BELEID,
    PROCESTYPE_PRODUCTEN,
    RESULTAAT_PRODUCTEN_NIHIL,
)


def _add(admin_client, model, data):
    return admin_client.post(reverse(f"admin:catalogi_{model._meta.model_name}_add"), data)


def _errors(response, field):
    return [str(error) for error in response.context["adminform"].form.errors.get(field, [])]


@pytest.mark.django_db
def test_eigenschap_specificatie_follows_ztc_015(admin_client):
    zaaktype = ZaakTypeFactory()
    data = {
        "zaaktype": zaaktype.pk,
        "naam": "datum",
        "definitie": "Een datum",
        "specificatie_formaat": "datum",
        "specificatie_lengte": "10",
        "specificatie_kardinaliteit": "1",
    }

    response = _add(admin_client, Eigenschap, data)

    assert response.status_code == 200
    assert _errors(response, "specificatie_lengte") == ["Bij formaat 'datum' is de lengte 8 (ztc-015)."]
    assert not Eigenschap.objects.exists()

    assert _add(admin_client, Eigenschap, {**data, "specificatie_lengte": "8"}).status_code == 302
    assert Eigenschap.objects.get().specificatie_lengte == "8"


@pytest.fixture
def resultaattype_data(selectielijst):
    zaaktype = ZaakTypeFactory(selectielijst_procestype=selectielijst.url("procestypen", PROCESTYPE_PRODUCTEN))
    return {
        "zaaktype": zaaktype.pk,
        "omschrijving": "Afgewezen",
        "resultaattypeomschrijving": selectielijst.url("resultaattypeomschrijvingen", OMSCHRIJVING_AFGEWEZEN),
        "selectielijstklasse": selectielijst.url("resultaten", RESULTAAT_PRODUCTEN_NIHIL),
        "brondatum_archiefprocedure_afleidingswijze": "afgehandeld",
    }


@pytest.mark.django_db
def test_resultaattype_takes_what_the_selectielijst_says(admin_client, resultaattype_data):
    response = _add(admin_client, ResultaatType, resultaattype_data)

    assert response.status_code == 302
    resultaattype = ResultaatType.objects.get()
    assert resultaattype.omschrijving_generiek == "Afgewezen"  # ztc-002: derived
    assert (resultaattype.archiefnominatie, resultaattype.archiefactietermijn) == ("vernietigen", "P10Y")


@pytest.mark.django_db
def test_resultaattype_selectielijstklasse_of_the_zaaktypes_procestype(admin_client, resultaattype_data, selectielijst):
    zaaktype = ZaakType.objects.get()
    zaaktype.selectielijst_procestype = selectielijst.url("procestypen", PROCESTYPE_BELEID)
    zaaktype.save()

    response = _add(admin_client, ResultaatType, resultaattype_data)

    assert _errors(response, "__all__") == [
        "De selectielijstklasse hoort niet bij het selectielijstProcestype van het zaaktype."
    ]
    assert not ResultaatType.objects.exists()


@pytest.mark.django_db
def test_resultaattype_brondatum_archiefprocedure_rules(admin_client, resultaattype_data):
    response = _add(
        admin_client, ResultaatType, {**resultaattype_data, "brondatum_archiefprocedure_datumkenmerk": "vervaldatum"}
    )
    assert _errors(response, "brondatum_archiefprocedure_datumkenmerk") == [
        "Dit veld moet leeg zijn bij afleidingswijze 'afgehandeld'."
    ]

    response = _add(
        admin_client, ResultaatType, {**resultaattype_data, "brondatum_archiefprocedure_afleidingswijze": "termijn"}
    )
    assert "Dit veld is vereist bij afleidingswijze 'termijn'." in _errors(
        response, "brondatum_archiefprocedure_procestermijn"
    )
    assert not ResultaatType.objects.exists()


@pytest.mark.django_db
def test_resultaattype_url_that_is_not_a_selectielijst_resultaat(admin_client, resultaattype_data, selectielijst):
    missing = selectielijst.url("resultaten", "00000000-0000-4000-8000-000000000000")

    response = _add(admin_client, ResultaatType, {**resultaattype_data, "selectielijstklasse": missing})

    assert response.status_code == 200
    assert _errors(response, "selectielijstklasse")
    assert not ResultaatType.objects.exists()


@pytest.mark.django_db
def test_validity_ends_after_it_begins(admin_client):
    data = {
        "catalogus": CatalogusFactory().pk,
        "omschrijving": "Brief",
        "vertrouwelijkheidaanduiding": "openbaar",
        "informatieobjectcategorie": "Brief",
        "begin_geldigheid": "2024-02-01",
        "einde_geldigheid": "2024-01-31",
        # the management form of the (read-only) inline, as the page renders it
        "zaaktypeinformatieobjecttypen-TOTAL_FORMS": 0,
        "zaaktypeinformatieobjecttypen-INITIAL_FORMS": 0,
    }

    response = _add(admin_client, InformatieObjectType, data)

    assert _errors(response, "einde_geldigheid") == ["eindeGeldigheid ligt vóór het begin."]
    response = _add(admin_client, InformatieObjectType, {**data, "einde_geldigheid": "2024-02-01"})
    assert response.status_code == 302
