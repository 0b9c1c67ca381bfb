"""Reads of Applicaties that other parts of OpenZaak need."""

from openzaak.zgw.auth.client import Client, Grant
from openzaak.zgw.references import uuid_from_url

from .models import Applicatie


def applicatie_for_client_id(client_id: str):
    return Applicatie.objects.filter(client_ids__contains=[client_id]).prefetch_related("autorisaties").first()


def load_client(client_id: str) -> Client | None:
    """The client's autorisaties in the shape the authorisation layer caches."""
    applicatie = applicatie_for_client_id(client_id)
    if applicatie is None:
        return None
    return Client(
        client_id=client_id,
        applicatie_uuid=str(applicatie.uuid),
        label=applicatie.label,
        heeft_alle_autorisaties=applicatie.heeft_alle_autorisaties,
        alleen_is_gereed_voor_publicatie=applicatie.alleen_is_gereed_voor_publicatie,
        grants=tuple(
            Grant(
                component=autorisatie.component,
                scopes=frozenset(autorisatie.scopes),
                type_uuid=uuid_from_url(autorisatie.type_url),
                max_vertrouwelijkheidaanduiding=autorisatie.max_vertrouwelijkheidaanduiding or None,
            )
            for autorisatie in applicatie.autorisaties.all()
        ),
    )
