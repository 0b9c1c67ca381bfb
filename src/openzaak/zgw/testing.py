"""What every component's API tests share.

* `SchemaCheckedClient`: an APIClient whose every response is checked against the
  committed `openapi.yaml` of the component it called: the status must be documented
  for the operation, and a JSON body must match its schema (formats included). Schema
  and behaviour cannot drift apart unnoticed. (The `api_client` fixture makes these.)
* `AuthorisationMatrix`: a test base that proves, for one type-bound resource, that a
  client reads exactly what its autorisaties allow — by type and by maximum
  vertrouwelijkheidaanduiding — on every read path: list, detail, HEAD, `_zoek`,
  `expand` and the audit trail. A concrete test class declares the resource:

      class TestZaakAuthorisation(AuthorisationMatrix):
          component = ZAKEN
          scope = SCOPE_ZAKEN_LEZEN
          list_url = "/zaken/api/v1/zaken"
          headers = {"HTTP_ACCEPT_CRS": "EPSG:4326"}
          zoek = True               # POST <list_url>/_zoek with {"uuid__in": [...]}
          audittrail = True         # GET <detail>/audittrail
          expand_from = ("/besluiten/api/v1/besluiten", "zaak", lambda zaak: BesluitFactory(zaak=zaak))

          def make_type(self):
              return ZaakTypeFactory(concept=False)

          def make(self, type_, vertrouwelijkheidaanduiding):
              return ZaakFactory(zaaktype=type_, vertrouwelijkheidaanduiding=vertrouwelijkheidaanduiding)

          def extra_autorisaties(self):   # to read the besluiten that expand
              return [{"component": "brc", "scopes": ["besluiten.lezen"], "besluittype": ...}]
"""

from __future__ import annotations

import json
import re
from functools import cache
from urllib.parse import urlsplit

import pytest
import yaml
from openapi_schema_validator import OAS30ReadValidator, oas30_format_checker
from rest_framework.test import APIClient

from .api_urls import committed_schemas
from .components import Component
from .scopes import Scope

# --- responses checked against the committed schema -------------------------------------


# only None: the other half of a nullable reference (see `_nullable_references`)
NULL_ONLY = {"not": {"anyOf": [{"type": kind} for kind in ("object", "array", "string", "number", "boolean")]}}


def _nullable_references(node):
    """OpenAPI 3.0 spells a nullable reference `{allOf: [$ref], nullable: true}`, which a
    JSON Schema validator applies to null as well; check it as "the reference, or null"."""
    if isinstance(node, dict):
        node = {key: _nullable_references(value) for key, value in node.items()}
        if node.get("nullable") and "allOf" in node and "type" not in node:
            node["anyOf"] = [{"allOf": node.pop("allOf")}, NULL_ONLY]
        return node
    if isinstance(node, list):
        return [_nullable_references(value) for value in node]
    return node


@cache
def _schemas() -> dict[str, dict]:
    """Per component API root (`zaken/api/v1`), its committed schema (as validated)."""
    return {
        component.api_root: _nullable_references(yaml.safe_load(target.read_text()))
        for component, _router, target in committed_schemas()
    }


@cache
def _operations(api_root: str) -> list[tuple[re.Pattern, str, dict]]:
    paths = _schemas()[api_root].get("paths", {})
    return [
        (re.compile("^" + re.sub(r"\\{[^}]+\\}", "[^/]+", re.escape(template)) + "$"), template, operations)
        for template, operations in paths.items()
    ]


@cache
def _validator(api_root: str, template: str, method: str, status: str, media_type: str):
    schema = _schemas()[api_root]
    response = schema["paths"][template][method]["responses"][status]
    body = response.get("content", {}).get(media_type, {}).get("schema")
    if body is None:
        return None
    # `#/components/...` resolves against the root of what is validated
    return OAS30ReadValidator({**body, "components": schema.get("components", {})}, format_checker=oas30_format_checker)


def check_response(response) -> None:
    """Fail unless `response` (to a request of one of our APIs) is what the committed
    schema of that API documents."""
    path = urlsplit(response.wsgi_request.get_full_path()).path
    api_root = next((root for root in _schemas() if path.startswith(f"/{root}/")), None)
    if api_root is None or "/schema" in path:
        return  # not an API of ours (the admin, health), or the schema itself
    method = response.wsgi_request.method.lower()
    relative = path[len(api_root) + 1 :]
    matches = [(template, ops) for regex, template, ops in _operations(api_root) if regex.match(relative)]
    if not matches:
        assert response.status_code == 404, f"{method.upper()} {path}: no such path in the {api_root} schema"
        return
    # a literal path (`/zaken/_zoek`) wins over a template that also matches (`/zaken/{uuid}`)
    template, operations = min(matches, key=lambda match: match[0].count("{"))
    if method not in operations:
        assert response.status_code == 405, f"{method.upper()} {template} is not in the schema"
        return
    status = str(response.status_code)
    documented = operations[method]["responses"]
    assert status in documented, (
        f"{method.upper()} {template} answered {status}, which its schema does not document "
        f"({', '.join(documented)}): {response.content[:500]!r}"
    )
    if getattr(response, "streaming", False):  # a download: its media type, never its body
        content = documented[status].get("content", {})
        media_type = response["Content-Type"].split(";")[0].strip()
        assert media_type in content or "*/*" in content, f"{method.upper()} {template} {status}: {media_type}"
        return
    if method == "head" or not response.content:
        return
    media_type = response["Content-Type"].split(";")[0].strip()
    validator = _validator(api_root, template, method, status, media_type)
    assert validator is not None, f"{method.upper()} {template} {status}: {media_type} is not documented"
    errors = sorted(validator.iter_errors(json.loads(response.content)), key=lambda error: list(error.path))
    assert not errors, f"{method.upper()} {template} {status} does not match its schema:\n" + "\n".join(
        f"  {'/'.join(map(str, error.path)) or '(body)'}: {error.message[:300]}" for error in errors[:10]
    )


class SchemaCheckedClient(APIClient):
    def request(self, **kwargs):
        response = super().request(**kwargs)
        check_response(response)
        return response


# --- the authorisation matrix ----------------------------------------------------------

# the field of an autorisatie that names the type, per type-bound component
TYPE_FIELDS = {"zrc": "zaaktype", "drc": "informatieobjecttype", "brc": "besluittype"}
LOW, HIGH = "openbaar", "geheim"


@pytest.mark.django_db
class AuthorisationMatrix:
    component: Component
    scope: Scope
    list_url: str
    headers: dict = {}
    vertrouwelijkheid: bool = True  # False where the resource has no vertrouwelijkheidaanduiding (besluiten)
    zoek: bool = False
    audittrail: bool = False
    # (list URL of a resource that expands into this one, the expand name, make(target) ->
    # an object of that resource linking to target); the client reads those objects by
    # the autorisaties `extra_autorisaties()` gives
    expand_from: tuple | None = None

    def extra_autorisaties(self) -> list[dict]:
        return []

    def make_type(self):
        raise NotImplementedError

    def make(self, type_, vertrouwelijkheidaanduiding: str):
        raise NotImplementedError

    def detail_url(self, obj) -> str:
        return f"{self.list_url}/{obj.uuid}"

    # the world every test reads: an allowed type and another, at a low and a high level
    @pytest.fixture
    def world(self, api_client):
        allowed, other = self.make_type(), self.make_type()
        objects = {
            "visible": self.make(allowed, LOW),
            "too_confidential": self.make(allowed, HIGH),
            "other_type": self.make(other, LOW),
        }
        if not self.vertrouwelijkheid:
            del objects["too_confidential"]
        autorisatie = {
            "component": self.component.code,
            "scopes": [str(self.scope), "audittrails.lezen"],
            TYPE_FIELDS[self.component.code]: allowed,
        }
        if self.vertrouwelijkheid:
            autorisatie["max_vertrouwelijkheidaanduiding"] = "intern"
        client = api_client(autorisaties=[autorisatie, *self.extra_autorisaties()])
        return client, objects

    def uuids(self, body) -> set[str]:
        results = body["results"] if isinstance(body, dict) else body
        return {item["url"].rstrip("/").rsplit("/", 1)[1] for item in results}

    def test_list_shows_only_what_the_autorisaties_allow(self, world):
        client, objects = world
        response = client.get(self.list_url, **self.headers)
        assert response.status_code == 200, response.content
        assert self.uuids(response.json()) == {str(objects["visible"].uuid)}
        if isinstance(response.json(), dict) and "count" in response.json():
            assert response.json()["count"] == 1

    def test_detail_and_head_refuse_what_is_hidden(self, world):
        client, objects = world
        for name, obj in objects.items():
            expected = 200 if name == "visible" else 403
            assert client.get(self.detail_url(obj), **self.headers).status_code == expected, name
            assert client.head(self.detail_url(obj), **self.headers).status_code == expected, name

    def test_zoek_shows_only_what_the_autorisaties_allow(self, world):
        if not self.zoek:
            pytest.skip("no _zoek for this resource")
        client, objects = world
        body = {"uuid__in": [str(obj.uuid) for obj in objects.values()]}
        response = client.post(f"{self.list_url}/_zoek", body, format="json", **self.headers)
        assert response.status_code == 200, response.content
        assert self.uuids(response.json()) == {str(objects["visible"].uuid)}

    def test_expand_leaves_out_what_is_hidden(self, world):
        if not self.expand_from:
            pytest.skip("nothing expands into this resource")
        url, name, make_linking = self.expand_from
        client, objects = world
        links = {key: make_linking(obj) for key, obj in objects.items()}
        response = client.get(url, {"expand": name}, **self.headers)
        assert response.status_code == 200, response.content
        by_uuid = {item["url"].rstrip("/").rsplit("/", 1)[1]: item for item in response.json()["results"]}
        for key, link in links.items():
            item = by_uuid.get(str(link.uuid))
            assert item is not None, f"{key}: the linking object is not readable (see `extra_autorisaties`)"
            expanded = json.dumps(item.get("_expand", {}).get(name, {}))
            assert (str(objects[key].uuid) in expanded) == (key == "visible"), key

    def test_audittrail_follows_the_hoofdobject(self, world):
        if not self.audittrail:
            pytest.skip("no audit trail for this resource")
        client, objects = world
        for name, obj in objects.items():
            expected = 200 if name == "visible" else 403
            assert client.get(f"{self.detail_url(obj)}/audittrail", **self.headers).status_code == expected, name

    def test_without_the_scope_nothing_is_read(self, world, api_client):
        _client, objects = world
        stranger = api_client(autorisaties=[{"component": "ac", "scopes": ["autorisaties.lezen"]}])
        assert stranger.get(self.list_url, **self.headers).status_code == 403
        assert stranger.get(self.detail_url(objects["visible"]), **self.headers).status_code == 403

    def test_all_autorisaties_read_everything(self, world, api_client):
        _client, objects = world
        everything = api_client(heeft_alle_autorisaties=True)
        response = everything.get(self.list_url, **self.headers)
        assert {str(obj.uuid) for obj in objects.values()} <= self.uuids(response.json())
