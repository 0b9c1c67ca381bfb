"""The Applicatie admin: its autorisaties inline, with the types picked by id."""

import pytest
from django.urls import reverse

from openzaak.components.catalogi.tests.factories import ZaakTypeFactory

from ..models import Applicatie

pytestmark = pytest.mark.django_db


def test_change_page_shows_the_autorisaties_with_their_types(admin_client):
    zaaktype = ZaakTypeFactory()
    applicatie = Applicatie.objects.create(client_ids=["mor"], label="MOR")
    applicatie.autorisaties.create(
        component="zrc", scopes=["zaken.lezen"], zaaktype=zaaktype, max_vertrouwelijkheidaanduiding="openbaar"
    )

    response = admin_client.get(reverse("admin:autorisaties_applicatie_change", args=[applicatie.pk]))

    assert response.status_code == 200
    content = response.content.decode()
    assert 'class="vForeignKeyRawIdAdminField"' in content
    assert f'value="{zaaktype.pk}"' in content
