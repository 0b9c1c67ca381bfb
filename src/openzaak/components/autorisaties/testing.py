"""Test helpers: API clients that authenticate as real Applicaties with real JWTs (the
`api_client` fixture of the root conftest), their responses checked against the
schema of the API they call (`zgw.testing.SchemaCheckedClient`)."""

from __future__ import annotations

import itertools
import uuid

from openzaak.zgw.auth.jwt import encode
from openzaak.zgw.models import ClientCredential
from openzaak.zgw.testing import SchemaCheckedClient

from .models import Applicatie, Autorisatie

_counter = itertools.count()


def jwt_client(
    *,
    component: str = "",
    scopes=(),
    heeft_alle_autorisaties: bool = False,
    autorisaties: list[dict] | None = None,
    client_id: str | None = None,
    secret: str = "test-secret-of-at-least-32-bytes!!",
    user_id: str = "tester",
    user_representation: str = "Test Gebruiker",
    **autorisatie_fields,
) -> SchemaCheckedClient:
    """An API client for a new Applicatie. Either `heeft_alle_autorisaties`, or one
    autorisatie (`component`, `scopes` and e.g. `zaaktype=`,
    `max_vertrouwelijkheidaanduiding=`), or a list of `autorisaties` dicts."""
    client_id = client_id or f"test-client-{next(_counter)}-{uuid.uuid4().hex[:6]}"
    ClientCredential.objects.update_or_create(client_id=client_id, defaults={"secret": secret})
    applicatie = Applicatie.objects.create(
        client_ids=[client_id], label=f"Test {client_id}", heeft_alle_autorisaties=heeft_alle_autorisaties
    )
    if autorisaties is None and component:
        autorisaties = [{"component": component, "scopes": [str(s) for s in scopes], **autorisatie_fields}]
    for data in autorisaties or []:
        Autorisatie.objects.create(applicatie=applicatie, **{**data, "scopes": [str(s) for s in data["scopes"]]})
    client = SchemaCheckedClient()
    client.credentials(
        HTTP_AUTHORIZATION="Bearer "
        + encode(client_id, secret, user_id=user_id, user_representation=user_representation)
    )
    client.applicatie = applicatie
    client.client_id = client_id
    return client
