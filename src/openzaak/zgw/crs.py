"""The coordinate reference system headers of geo endpoints (ZGW: EPSG:4326 only).

A request whose answer carries geometry must say which CRS it accepts (`Accept-Crs`;
missing → 412, another CRS → 406); a request that sends a body must say which CRS its
geometry is in (`Content-Crs`; missing → 412, another CRS → 415). Answers say
`Content-Crs: EPSG:4326`. A viewset opts in with `crs_headers = True`.
"""

from rest_framework import exceptions

from .errors import PreconditionFailed

CRS = "EPSG:4326"
BODY_METHODS = {"POST", "PUT", "PATCH"}


def check_request(request) -> None:
    accept = request.headers.get("Accept-Crs")
    if request.method != "DELETE":
        if accept is None:
            raise PreconditionFailed("De header `Accept-Crs` ontbreekt.", code="missing-accept-crs-header")
        if accept.strip().upper() != CRS:
            raise exceptions.NotAcceptable(
                f"CRS {accept!r} wordt niet ondersteund; gebruik {CRS}.", code="crs-not-supported"
            )
    if request.method in BODY_METHODS:
        content = request.headers.get("Content-Crs")
        if content is None:
            raise PreconditionFailed("De header `Content-Crs` ontbreekt.", code="missing-content-crs-header")
        if content.strip().upper() != CRS:
            raise exceptions.UnsupportedMediaType(
                content, detail=f"CRS {content!r} wordt niet ondersteund; gebruik {CRS}.", code="crs-not-supported"
            )


REQUEST_PARAMETERS = [
    {
        "name": "Accept-Crs",
        "in": "header",
        "required": True,
        "description": "Het gewenste 'Coordinate Reference System' (CRS) van de geometrie in het antwoord "
        "(response body). Volgens de GeoJSON spec is WGS84 de default (EPSG:4326 is hetzelfde als WGS84).",
        "schema": {"type": "string", "enum": [CRS]},
    },
    {
        "name": "Content-Crs",
        "in": "header",
        "required": True,
        "description": "Het 'Coordinate Reference System' (CRS) van de geometrie in de vraag (request body). "
        "Volgens de GeoJSON spec is WGS84 de default (EPSG:4326 is hetzelfde als WGS84).",
        "schema": {"type": "string", "enum": [CRS]},
    },
]
RESPONSE_HEADER = {
    "schema": {"type": "string", "enum": [CRS]},
    "description": "Het 'Coordinate Reference System' (CRS) van de antwoorddata. Volgens de GeoJSON spec is "
    "WGS84 de default (EPSG:4326 is hetzelfde als WGS84).",
}
