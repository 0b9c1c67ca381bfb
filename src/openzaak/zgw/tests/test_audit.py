"""The audit trail hook: every write records who (from the JWT), what, why
(`X-Audit-Toelichting`) and the old and new state; the nested endpoint shows it to
whoever may read the hoofdobject."""

import pytest

from openzaak.zgw.models import AuditTrail
from openzaak.zgw.scopes import SCOPE_AUDITTRAILS_LEZEN, SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUTORISATIES_LEZEN

from .urls import audited  # noqa: F401  (fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.urls("openzaak.zgw.tests.urls"), pytest.mark.usefixtures("audited")]

URL = "/test/api/v1/audited"


def test_writes_are_audited(api_client):
    client = api_client(
        component="ac",
        scopes=[SCOPE_AUTORISATIES_LEZEN, SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUDITTRAILS_LEZEN],
        user_id="u123",
        user_representation="Jan Jansen",
    )
    created = client.post(
        URL,
        {"clientIds": ["a1"], "label": "Eerst", "heeftAlleAutorisaties": True},
        format="json",
        HTTP_X_AUDIT_TOELICHTING="aangevraagd door burger",
    )
    assert created.status_code == 201
    url = created.json()["url"]
    detail_path = url.replace("http://testserver", "").replace("/autorisaties/api/v1/applicaties", URL)
    assert client.patch(detail_path, {"label": "Daarna"}, format="json").status_code == 200

    create, update = AuditTrail.objects.order_by("pk")
    assert create.actie == "create" and create.actie_weergave == "Object aangemaakt" and create.resultaat == 201
    assert create.gebruikers_id == "u123" and create.gebruikers_weergave == "Jan Jansen"
    assert create.applicatie_id == str(client.applicatie.uuid) and create.applicatie_weergave == client.applicatie.label
    assert create.toelichting == "aangevraagd door burger"
    assert create.oud is None and create.nieuw["label"] == "Eerst"
    assert create.hoofd_object == url and create.resource_url == url and create.resource == "applicatie"
    assert update.actie == "partial_update" and update.oud["label"] == "Eerst" and update.nieuw["label"] == "Daarna"
    assert update.resource_weergave == "Daarna"

    trail = client.get(f"{detail_path}/audittrail")
    assert trail.status_code == 200
    body = trail.json()
    assert [entry["actie"] for entry in body] == ["create", "partial_update"]
    assert body[1]["wijzigingen"] == {"oud": update.oud, "nieuw": update.nieuw}
    assert set(body[0]) == {
        "uuid",
        "bron",
        "applicatieId",
        "applicatieWeergave",
        "gebruikersId",
        "gebruikersWeergave",
        "actie",
        "actieWeergave",
        "resultaat",
        "hoofdObject",
        "resource",
        "resourceUrl",
        "toelichting",
        "resourceWeergave",
        "aanmaakdatum",
        "wijzigingen",
    }
    single = client.get(f"{detail_path}/audittrail/{body[0]['uuid']}")
    assert single.status_code == 200 and single.json() == body[0]

    assert client.delete(detail_path).status_code == 204
    destroy = AuditTrail.objects.order_by("pk").last()
    assert destroy.actie == "destroy" and destroy.nieuw is None and destroy.oud["label"] == "Daarna"
    assert destroy.hoofd_object == url


def test_audit_trail_needs_its_scope_for_the_hoofdobject(api_client):
    writer = api_client(
        component="ac", scopes=[SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUTORISATIES_LEZEN, SCOPE_AUDITTRAILS_LEZEN]
    )
    created = writer.post(URL, {"clientIds": ["a2"], "label": "A", "heeftAlleAutorisaties": True}, format="json")
    path = f"{URL}/{created.json()['url'].rsplit('/', 1)[1]}/audittrail"
    assert writer.get(path).status_code == 200
    no_audit_scope = api_client(component="ac", scopes=[SCOPE_AUTORISATIES_LEZEN])
    assert no_audit_scope.get(path).status_code == 403
    other_component = api_client(component="zrc", scopes=[SCOPE_AUDITTRAILS_LEZEN])
    assert other_component.get(path).status_code == 403
    assert writer.get(f"{URL}/7c6b1f0e-0000-4000-8000-000000000000/audittrail").status_code == 404
