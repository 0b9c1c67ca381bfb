"""Schema generation (drf-spectacular) shaped like the ZGW contracts: the `JWT-Claims`
security scheme with each operation's scopes, the `API-version` header on every
response, `Location` on 201, and the problem+json error responses (`Fout`,
`ValidatieFout`) each operation can give, and `expand` with the `<Resource>Expanded`
responses where a viewset expands (see `zgw.expand`)."""

from __future__ import annotations

from drf_spectacular import openapi
from drf_spectacular.extensions import OpenApiAuthenticationExtension, OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import force_instance
from rest_framework import serializers

from . import crs, expand
from .auth.permissions import required_scope

API_VERSION_HEADER = {
    "schema": {"type": "string"},
    "description": "Geeft een specifieke API-versie aan in de context van een specifieke aanroep. Voorbeeld: 1.2.1.",
}
LOCATION_HEADER = {"schema": {"type": "string", "format": "uri"}, "description": "URL waar de resource leeft."}
ETAG_HEADER = {
    "schema": {"type": "string"},
    "description": "De ETag berekend op de response body JSON. Indien twee resources exact dezelfde ETag "
    "hebben, dan zijn deze resources identiek aan elkaar. Je kan de ETag gebruiken om caching te "
    "implementeren.",
}
ERROR_TITLES = {
    400: "Bad request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not found",
    406: "Not acceptable",
    409: "Conflict",
    410: "Gone",
    412: "Precondition failed",
    413: "Request entity too large",
    415: "Unsupported media type",
    429: "Too many requests",
    500: "Internal server error",
}


class FoutSerializer(serializers.Serializer):
    type = serializers.CharField(required=False, help_text="URI referentie naar het type fout, bedoeld voor developers")
    code = serializers.CharField(help_text="Systeemcode die het type fout aangeeft")
    title = serializers.CharField(help_text="Generieke titel voor het type fout")
    status = serializers.IntegerField(help_text="De HTTP status code")
    detail = serializers.CharField(help_text="Extra informatie bij de fout, indien beschikbaar")
    instance = serializers.CharField(
        help_text="URI met referentie naar dit specifiek voorkomen van de fout. Deze kan gebruikt worden in "
        "combinatie met server logs, bijvoorbeeld."
    )


class FieldValidationErrorSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="Naam van het veld met ongeldige gegevens")
    code = serializers.CharField(help_text="Systeemcode die het type fout aangeeft")
    reason = serializers.CharField(help_text="Uitleg wat er precies fout is met de gegevens")


class ValidatieFoutSerializer(FoutSerializer):
    invalidParams = FieldValidationErrorSerializer(many=True)


class JWTScheme(OpenApiAuthenticationExtension):
    target_class = "openzaak.zgw.auth.authentication.JWTAuthentication"
    name = "JWT-Claims"

    def get_security_definition(self, auto_schema):
        return {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}


class AutoSchema(openapi.AutoSchema):
    def get_auth(self):
        scope = required_scope(self.view) if hasattr(self.view, "required_scopes") else None
        return [{"JWT-Claims": scope.labels if scope else []}]

    def _error_codes(self, method: str) -> list[int]:
        codes = [401, 403, 406, 409, 410, 415, 429, 500]
        is_detail = self.view.kwargs is not None and "uuid" in str(self.path)
        # a DELETE too: the standard's rules may refuse it (a published type, a document in use)
        if (
            method in ("POST", "PUT", "PATCH", "DELETE")
            or (method == "GET" and not is_detail)
            or self.view.filter_backends
        ):
            codes.append(400)
        if method in ("POST", "PUT", "PATCH"):
            codes.append(413)  # a body over DATA_UPLOAD_MAX_MEMORY_SIZE
        if getattr(self.view, "crs_headers", False):
            codes.append(412)  # a missing Accept-Crs / Content-Crs (zgw.crs)
        if is_detail or "{" in self.path or self._is_paginated_list(method) or self._is_lookup_action(method):
            codes.append(404)  # a paginated list: a page past the last one; a lookup: nothing found
        return sorted(set(codes))

    def _is_lookup_action(self, method: str) -> bool:
        """An extra GET action on a collection (`applicaties/consumer?clientId=`) finds one thing."""
        return method == "GET" and getattr(self.view, "action", None) not in (None, "list", "retrieve")

    def _is_paginated_list(self, method: str) -> bool:
        return method == "GET" and self._is_list_view() and getattr(self.view, "pagination_class", None) is not None

    def _get_response_for_code(self, serializer, status_code, media_types=None, direction="response"):
        if status_code == "200" and direction == "response" and expand.applies(self, self.method):
            return expand.response_for_code(self, super()._get_response_for_code, serializer, status_code, media_types)
        return super()._get_response_for_code(serializer, status_code, media_types, direction)

    def _sends_etag(self, method: str, path: str) -> bool:
        """The detail GET (and HEAD) of a viewset with `etag`; not its other detail
        actions (a download)."""
        return (
            getattr(self.view, "etag", False)
            and method in ("GET", "HEAD")
            # one object (`.../{uuid}`), not a list below a parent (`.../{zaak_uuid}/zaakeigenschappen`)
            and path.rstrip("/").endswith("}")
            and getattr(self.view, "action", None) in (None, "retrieve")
        )

    def _response_has_url(self) -> bool:
        serializer = force_instance(self.get_response_serializers())
        return "url" in getattr(serializer, "fields", {})

    def get_operation(self, path, path_regex, path_prefix, method, registry):
        self.path = path
        operation = super().get_operation(path, path_regex, path_prefix, method, registry)
        if operation is None:
            return None
        if getattr(self.view, "crs_headers", False):
            operation.setdefault("parameters", []).extend(crs.REQUEST_PARAMETERS)
        if expand.applies(self, method):
            operation.setdefault("parameters", []).append(expand.PARAMETER_SCHEMA)
        responses = operation["responses"]
        fout = self.resolve_serializer(FoutSerializer, "response").ref
        validatie_fout = self.resolve_serializer(ValidatieFoutSerializer, "response").ref
        for code in self._error_codes(method):
            if str(code) in responses:
                continue
            schema = validatie_fout if code == 400 else fout
            responses[str(code)] = {
                "description": ERROR_TITLES[code],
                "content": {"application/problem+json": {"schema": schema}},
            }
        for code, response in responses.items():
            headers = response.setdefault("headers", {})
            headers["API-version"] = API_VERSION_HEADER
            if code == "201" and self._response_has_url():
                headers["Location"] = LOCATION_HEADER  # DRF sends it from the `url` field
            if getattr(self.view, "crs_headers", False) and code in ("200", "201"):
                headers["Content-Crs"] = crs.RESPONSE_HEADER
            if code == "200" and self._sends_etag(method, path):
                headers["ETag"] = ETAG_HEADER
        if self._sends_etag("GET", path) and method == "GET" and "200" in responses:
            # a conditional GET (If-None-Match) of an unchanged resource
            responses["304"] = {"description": "Not modified", "headers": responses["200"]["headers"]}
        return operation


def _blank_or_format(node) -> None:
    """drf-spectacular shows an optional formatted string (a URL that may be "") as
    `oneOf: [{format…}, {maxLength: 0}]`; where the format does not exclude "" both
    match, and a `oneOf` fails. `anyOf` says what is meant."""
    if isinstance(node, dict):
        one_of = node.get("oneOf")
        if isinstance(one_of, list) and len(one_of) == 2 and one_of[1] == {"type": "string", "maxLength": 0}:
            node["anyOf"] = node.pop("oneOf")
        for value in node.values():
            _blank_or_format(value)
    elif isinstance(node, list):
        for value in node:
            _blank_or_format(value)


def postprocess(result, generator, request, public):
    """Sort the error responses, add the HEAD operation (ETag check without body) beside
    every detail GET that sends an ETag, as the contracts have it, and make "a format or
    empty" strings `anyOf`."""
    _blank_or_format(result)
    for path in result.get("paths", {}).values():
        for operation in path.values():
            if isinstance(operation, dict) and "responses" in operation:
                operation["responses"] = dict(sorted(operation["responses"].items()))
        get = path.get("get")
        if get and "ETag" in get["responses"].get("200", {}).get("headers", {}) and "head" not in path:
            path["head"] = {
                "operationId": f"{get['operationId'].removesuffix('_retrieve').removesuffix('_read')}_headers",
                "summary": "De headers voor een specifiek(e) resource opvragen",
                "description": "Vraag de headers op die je bij een GET request zou krijgen.",
                "parameters": [
                    *[p for p in get.get("parameters", []) if p.get("in") == "path"],
                    {
                        "in": "header",
                        "name": "If-None-Match",
                        "schema": {"type": "string"},
                        "description": "Voer een voorwaardelijk verzoek uit. Deze header moet één of meerdere "
                        "ETag-waardes bevatten van resources die de consumer gecached heeft. Indien de waarde "
                        "van de ETag van de huidige resource voorkomt in deze set, dan antwoordt de provider "
                        "met een lege HTTP 304 request.",
                    },
                ],
                "tags": get.get("tags", []),
                "security": get.get("security", []),
                "responses": {
                    "200": {"description": "OK", "headers": get["responses"]["200"]["headers"]},
                    "304": {"description": "Not modified", "headers": get["responses"]["200"]["headers"]},
                    # what the GET can answer, without its body
                    **{
                        code: {"description": response["description"], "headers": response.get("headers", {})}
                        for code, response in get["responses"].items()
                        if code.startswith(("4", "5"))
                    },
                },
            }
    return result


class _URLFieldSchema(OpenApiSerializerFieldExtension):
    """URL-valued fields are `string` / `format: uri` with the contract's length bounds."""

    def map_serializer_field(self, auto_schema, direction):
        schema = {"type": "string", "format": "uri", "minLength": 1, "maxLength": 1000}
        if getattr(self.target, "read_only", False):
            schema["readOnly"] = True
        if getattr(self.target, "allow_null", False):
            schema["nullable"] = True
        return schema


class SelfUrlFieldSchema(_URLFieldSchema):
    target_class = "openzaak.zgw.references.SelfUrlField"


class ReferenceFieldSchema(_URLFieldSchema):
    target_class = "openzaak.zgw.references.ReferenceField"


class URLFieldSchema(_URLFieldSchema):
    target_class = "openzaak.zgw.references.URLField"

    def map_serializer_field(self, auto_schema, direction):
        schema = super().map_serializer_field(auto_schema, direction)
        schema["maxLength"] = getattr(self.target, "max_length", None) or 1000
        if getattr(self.target, "allow_blank", False):
            schema.pop("minLength")
        return schema


class DisplayFieldSchema(OpenApiSerializerFieldExtension):
    target_class = "openzaak.zgw.fields.DisplayField"

    def map_serializer_field(self, auto_schema, direction):
        return {"type": "string", "readOnly": True, "minLength": 1}
