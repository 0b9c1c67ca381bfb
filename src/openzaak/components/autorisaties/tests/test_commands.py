"""The getting-started commands: create_applicatie, set_client_secret and generate_jwt
give a token that works through HTTP."""

import pytest
from django.core.management import CommandError, call_command
from rest_framework.test import APIClient

from openzaak.zgw.models import ClientCredential

from ..models import Applicatie

pytestmark = pytest.mark.django_db

URL = "/autorisaties/api/v1/applicaties"


def token(client_id, secret, capsys):
    capsys.readouterr()
    call_command("generate_jwt", "--client-id", client_id, "--secret", secret)
    return capsys.readouterr().out.strip()


def get(token_value):
    return APIClient().get(URL, HTTP_AUTHORIZATION=f"Bearer {token_value}")


def test_all_authorisations_then_token(capsys):
    call_command("create_applicatie", "--client-id", "demo", "--secret", "demo-secret", "--all-authorisations")
    assert get(token("demo", "demo-secret", capsys)).status_code == 200
    assert "demo-secret" not in capsys.readouterr().out


def test_component_scopes(capsys):
    call_command(
        "create_applicatie",
        "--client-id",
        "reader",
        "--secret",
        "s",
        "--component",
        "ac",
        "--scopes",
        "autorisaties.lezen",
    )
    applicatie = Applicatie.objects.get(client_ids__contains=["reader"])
    assert list(applicatie.autorisaties.values_list("component", "scopes")) == [("ac", ["autorisaties.lezen"])]
    assert get(token("reader", "s", capsys)).status_code == 200
    response = APIClient().post(URL, {}, format="json", HTTP_AUTHORIZATION=f"Bearer {token('reader', 's', capsys)}")
    assert response.status_code == 403


def test_set_client_secret_replaces_only_the_secret(capsys):
    call_command("create_applicatie", "--client-id", "demo", "--secret", "old", "--all-authorisations")
    call_command("set_client_secret", "--client-id", "demo", "--secret", "new")
    assert ClientCredential.objects.get(client_id="demo").secret == "new"
    assert get(token("demo", "old", capsys)).status_code == 401
    assert get(token("demo", "new", capsys)).status_code == 200


def test_credentials_survive_recreating_the_applicatie_through_the_api(capsys):
    call_command("create_applicatie", "--client-id", "demo", "--secret", "s", "--all-authorisations")
    call_command("set_client_secret", "--client-id", "other", "--secret", "o")
    admin = APIClient()
    admin.credentials(HTTP_AUTHORIZATION=f"Bearer {token('demo', 's', capsys)}")
    created = admin.post(URL, {"clientIds": ["other"], "label": "O", "heeftAlleAutorisaties": True}, format="json")
    assert created.status_code == 201
    assert get(token("other", "o", capsys)).status_code == 200
    assert admin.delete(created.json()["url"]).status_code == 204
    assert get(token("other", "o", capsys)).status_code == 403  # no Applicatie now, credentials kept
    again = admin.post(URL, {"clientIds": ["other"], "label": "O2", "heeftAlleAutorisaties": True}, format="json")
    assert again.status_code == 201
    assert get(token("other", "o", capsys)).status_code == 200


def test_either_all_or_component():
    with pytest.raises(CommandError):
        call_command("create_applicatie", "--client-id", "x", "--secret", "s")


def test_component_with_a_type(capsys):
    from openzaak.components.catalogi.tests.factories import ZaakTypeFactory

    zaaktype = ZaakTypeFactory()
    url = f"http://testserver/catalogi/api/v1/zaaktypen/{zaaktype.uuid}"
    arguments = ["create_applicatie", "--client-id", "zaken", "--secret", "s", "--component", "zrc"]
    call_command(*arguments, "--type-url", url, "--max-vertrouwelijkheidaanduiding", "openbaar")
    [autorisatie] = Applicatie.objects.get(client_ids__contains=["zaken"]).autorisaties.all()
    assert autorisatie.zaaktype == zaaktype

    with pytest.raises(CommandError, match="--type-url"):
        call_command(*arguments, "--type-url", url.replace(str(zaaktype.uuid), "0b5a1c3e-1111-4a1b-9c1d-2e3f4a5b6c7d"))
