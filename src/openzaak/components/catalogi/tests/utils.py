"""Helpers of the catalogi API tests."""

BASE = "http://testserver/catalogi/api/v1"


def url(obj) -> str:
    return f"{BASE}/{_path(obj)}/{obj.uuid}"


PATHS = {
    "catalogus": "catalogussen",
    "zaaktype": "zaaktypen",
    "statustype": "statustypen",
    "resultaattype": "resultaattypen",
    "roltype": "roltypen",
    "eigenschap": "eigenschappen",
    "informatieobjecttype": "informatieobjecttypen",
    "besluittype": "besluittypen",
    "zaakobjecttype": "zaakobjecttypen",
    "zaaktypeinformatieobjecttype": "zaaktype-informatieobjecttypen",
}


def _path(obj) -> str:
    return PATHS[obj._meta.model_name]


def codes(response, name=None) -> set[str]:
    """The invalidParams codes of a 400 (for one field name, or all as name:code)."""
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    params = response.json()["invalidParams"]
    if name is None:
        return {f"{p['name']}:{p['code']}" for p in params}
    return {p["code"] for p in params if p["name"] == name}
