"""Helpers of the Zaken API tests."""

from openzaak.components.catalogi.tests.utils import codes  # noqa: F401 - the tests' one spelling
from openzaak.components.catalogi.tests.utils import url as catalogi_url

BASE = "http://testserver/zaken/api/v1"
ZAKEN = f"{BASE}/zaken"
CRS = {"HTTP_ACCEPT_CRS": "EPSG:4326", "HTTP_CONTENT_CRS": "EPSG:4326"}
RSIN = "517439943"
OTHER_RSIN = "123456782"


# a zaak's sub-resources: model name -> path
SUB_RESOURCES = {
    "status": "statussen",
    "resultaat": "resultaten",
    "rol": "rollen",
    "zaakobject": "zaakobjecten",
    "zaakinformatieobject": "zaakinformatieobjecten",
    "klantcontact": "klantcontacten",
    "zaakcontactmoment": "zaakcontactmomenten",
    "zaakverzoek": "zaakverzoeken",
    "zaaknotitie": "zaaknotities",
}


def url(obj) -> str:
    name = obj._meta.model_name
    if name == "zaak":
        return f"{ZAKEN}/{obj.uuid}"
    if name == "zaakeigenschap":
        return f"{ZAKEN}/{obj.zaak.uuid}/zaakeigenschappen/{obj.uuid}"
    if name in SUB_RESOURCES:
        return f"{BASE}/{SUB_RESOURCES[name]}/{obj.uuid}"
    if name == "enkelvoudiginformatieobject":
        return f"http://testserver/documenten/api/v1/enkelvoudiginformatieobjecten/{obj.uuid}"
    return catalogi_url(obj)


def zaak_body(type_, **overrides) -> dict:
    return {
        "bronorganisatie": RSIN,
        "verantwoordelijkeOrganisatie": RSIN,
        "zaaktype": url(type_),
        "startdatum": "2024-03-01",
        "omschrijving": "Melding kapotte lantaarnpaal",
        **overrides,
    }
