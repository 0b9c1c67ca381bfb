"""Helpers of the Documenten API tests."""

import base64

from openzaak.components.catalogi.tests.utils import url as catalogi_url

BASE = "http://testserver/documenten/api/v1"
EIO = f"{BASE}/enkelvoudiginformatieobjecten"

PATHS = {
    "enkelvoudiginformatieobject": "enkelvoudiginformatieobjecten",
    "gebruiksrechten": "gebruiksrechten",
    "objectinformatieobject": "objectinformatieobjecten",
    "verzending": "verzendingen",
    "bestandsdeel": "bestandsdelen",
}


def url(obj) -> str:
    model_name = obj._meta.model_name
    if model_name in PATHS:
        return f"{BASE}/{PATHS[model_name]}/{obj.uuid}"
    if model_name == "zaak":
        return f"http://testserver/zaken/api/v1/zaken/{obj.uuid}"
    if model_name == "besluit":
        return f"http://testserver/besluiten/api/v1/besluiten/{obj.uuid}"
    return catalogi_url(obj)


def document_data(informatieobjecttype, **overrides) -> dict:
    return {
        "bronorganisatie": "517439943",
        "creatiedatum": "2024-03-01",
        "titel": "Brief",
        "auteur": "Ad Alarm",
        "taal": "nld",
        "informatieobjecttype": url(informatieobjecttype),
        **overrides,
    }


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def codes(response, name=None) -> set[str]:
    """The invalidParams codes of a 400 (for one field name, or all as name:code)."""
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    params = response.json()["invalidParams"]
    if name is None:
        return {f"{p['name']}:{p['code']}" for p in params}
    return {p["code"] for p in params if p["name"] == name}


def downloaded(response) -> bytes:
    assert response.status_code == 200, response
    return b"".join(response.streaming_content)
