"""What the viewsets of a zaak's sub-resources share: the Zaken component, notifications
on kanaal `zaken` and audit trail entries with the zaak as hoofdobject (so they show
under `zaken/{uuid}/audittrail`), and the operation texts of the contract."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import exceptions

from openzaak.zgw.auth.permissions import required_scope
from openzaak.zgw.components import ZAKEN, kanaal
from openzaak.zgw.scopes import (
    SCOPE_ZAKEN_AANMAKEN,
    SCOPE_ZAKEN_BIJWERKEN,
    SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN,
    SCOPE_ZAKEN_LEZEN,
    SCOPE_ZAKEN_VERWIJDEREN,
)
from openzaak.zgw.viewsets import ZGWViewSet

READ = {"list": SCOPE_ZAKEN_LEZEN, "retrieve": SCOPE_ZAKEN_LEZEN}
CHANGE = SCOPE_ZAKEN_BIJWERKEN | SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN
CREATE = SCOPE_ZAKEN_AANMAKEN | CHANGE
DELETE = CHANGE | SCOPE_ZAKEN_VERWIJDEREN

CLOSED_ZAAK = (
    "- een afgesloten zaak wijzigt alleen met de scope `zaken.geforceerd-bijwerken` (zrc-007, 403), een "
    "gearchiveerde zaak niet meer (`zaak-archiefstatus-invalid`)"
)


class ZaakDeelViewSet(ZGWViewSet):
    """A resource of one zaak: read as its zaak is read, written through `services`."""

    component = ZAKEN
    notifications_kanaal = kanaal("zaken")
    hoofd_object = "zaak"
    audit = True

    def perform_create(self, serializer):
        # the scope for the zaak first: a client learns nothing of a zaak it may not write
        zaak = serializer.validated_data.get(self.hoofd_object)
        if zaak is not None and not self.may_access(zaak, required_scope(self)):
            raise exceptions.PermissionDenied()
        super().perform_create(serializer)


def operations(naam: str, meervoud: str, *, rules: str = "", **extra):
    """The operation texts of a resource, as the contract words them; `rules` lists what
    a write is validated on."""
    validatie = f"\n\n**Er wordt gevalideerd op:**\n{rules}\n{CLOSED_ZAAK}" if rules is not None else ""
    texts = {
        "list": extend_schema(
            summary=f"Alle {meervoud} opvragen.",
            description="Deze lijst kan gefilterd wordt met query-string parameters.",
        ),
        "retrieve": extend_schema(
            summary=f"Een specifieke {naam} opvragen.", description=f"Een specifieke {naam} opvragen."
        ),
        "create": extend_schema(summary=f"Maak een {naam} aan.", description=f"Maak een {naam} aan.{validatie}"),
        "update": extend_schema(
            summary=f"Werk een {naam} in zijn geheel bij.",
            description=f"Werk een {naam} in zijn geheel bij.{validatie}",
        ),
        "partial_update": extend_schema(
            summary=f"Werk een {naam} deels bij.", description=f"Werk een {naam} deels bij.{validatie}"
        ),
        "destroy": extend_schema(
            summary=f"Verwijder een {naam}.", description=f"Verwijder een {naam}.\n\n{CLOSED_ZAAK}"
        ),
    }
    texts.update(extra)

    def decorate(cls):
        return extend_schema_view(**{action: text for action, text in texts.items() if hasattr(cls, action)})(cls)

    return decorate
