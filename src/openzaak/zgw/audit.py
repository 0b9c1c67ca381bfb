"""The audit trail of zaken, documenten and besluiten: `record()` writes one
`AuditTrail` row per write, in the write's transaction (`zgw.writes` calls it).
`zgw.audittrails` serves them."""

from __future__ import annotations

from .context import WriteContext
from .models import AuditTrail

ACTIE_WEERGAVE = {
    "create": "Object aangemaakt",
    "list": "Lijst van objecten opgehaald",
    "retrieve": "Object opgehaald",
    "destroy": "Object verwijderd",
    "update": "Object bijgewerkt",
    "partial_update": "Object deels bijgewerkt",
}


def record(
    context: WriteContext,
    *,
    bron: str,
    actie: str,
    resultaat: int,
    hoofd_object_url: str,
    hoofd_object_uuid,
    resource: str,
    resource_url: str,
    resource_weergave: str,
    oud: dict | None,
    nieuw: dict | None,
) -> AuditTrail:
    client = context.client
    return AuditTrail.objects.create(
        bron=bron,
        applicatie_id=(client.applicatie_uuid or client.client_id) if client else "",
        applicatie_weergave=(client.label if client else "")[:200],
        gebruikers_id=context.user_id[:255],
        gebruikers_weergave=context.user_representation[:255],
        actie=actie,
        actie_weergave=ACTIE_WEERGAVE.get(actie, ""),
        resultaat=resultaat,
        hoofd_object=hoofd_object_url,
        hoofd_object_uuid=hoofd_object_uuid,
        resource=resource,
        resource_url=resource_url,
        resource_weergave=resource_weergave[:200],
        toelichting=context.toelichting,
        oud=oud,
        nieuw=nieuw,
    )
