"""Helpers of the Besluiten API tests."""

from openzaak.components.catalogi.tests.utils import url as catalogi_url
from openzaak.zgw.scopes import (
    SCOPE_AUDITTRAILS_LEZEN,
    SCOPE_BESLUITEN_AANMAKEN,
    SCOPE_BESLUITEN_BIJWERKEN,
    SCOPE_BESLUITEN_LEZEN,
    SCOPE_BESLUITEN_VERWIJDEREN,
)

BASE = "http://testserver/besluiten/api/v1"
BESLUITEN = f"{BASE}/besluiten"
BIOS = f"{BASE}/besluitinformatieobjecten"
ALL_SCOPES = [
    SCOPE_BESLUITEN_LEZEN,
    SCOPE_BESLUITEN_AANMAKEN,
    SCOPE_BESLUITEN_BIJWERKEN,
    SCOPE_BESLUITEN_VERWIJDEREN,
    SCOPE_AUDITTRAILS_LEZEN,
]


def url(obj) -> str:
    """The API URL of a besluit, besluitinformatieobject or catalogue type."""
    name = obj._meta.model_name
    if name == "besluit":
        return f"{BESLUITEN}/{obj.uuid}"
    if name == "besluitinformatieobject":
        return f"{BIOS}/{obj.uuid}"
    if name == "zaak":
        return f"http://testserver/zaken/api/v1/zaken/{obj.uuid}"
    if name == "enkelvoudiginformatieobject":
        return f"http://testserver/documenten/api/v1/enkelvoudiginformatieobjecten/{obj.uuid}"
    return catalogi_url(obj)


def besluiten_client(api_client, *besluittypen, scopes=ALL_SCOPES, extra=()):
    """A client with `scopes` for besluiten of these besluittypen (and `extra` autorisaties)."""
    return api_client(
        autorisaties=[
            *({"component": "brc", "scopes": scopes, "besluittype": besluittype} for besluittype in besluittypen),
            *extra,
        ]
    )
