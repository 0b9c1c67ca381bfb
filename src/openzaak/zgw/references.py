"""References are foreign keys inside, URLs outside (ARCHITECTURE rule 1).

Outgoing: a resource's URL is `<base>/<component>/api/v1/<path>/<uuid>`, built from a
per-request base and the object's uuid; `register()` (called by `ZGWRouter`) records the
path template of each model once. No `reverse()` per object.

Incoming: `resolve_url()` turns a URL into a local object, or raises a validation error
with code `bad-url` (not a URL of this installation), `invalid-resource` (a URL of
another kind of resource) or `does_not_exist` (the right kind, but no such object).
"""

from __future__ import annotations

import re
from importlib import import_module
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import URLValidator
from django.db import models
from django.urls import Resolver404, get_script_prefix, resolve
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from . import prefetch
from .context import WriteContext

# model -> path template below the base, e.g. "zaken/api/v1/zaken/{uuid}" or
# "zaken/api/v1/zaken/{zaak__uuid}/zaakeigenschappen/{uuid}"
_TEMPLATES: dict[type[models.Model], str] = {}
# model -> the viewset that serves it at that URL: its declarations (serializer,
# kanaal, audit, hoofdobject) are what services record a write with
_VIEWSETS: dict[type[models.Model], type] = {}
_PLACEHOLDER = re.compile(r"{(\w+)}")


def register(model: type[models.Model], template: str, viewset: type) -> None:
    _TEMPLATES.setdefault(model, template)
    _VIEWSETS.setdefault(model, viewset)


def _load_urlconf() -> None:
    """Routers register their models when the URLconf is imported; outside a request
    (a command, a task) nothing may have imported it yet."""
    import_module(settings.ROOT_URLCONF)


def viewset_for(model: type[models.Model]) -> type:
    """The viewset that serves `model` at its own URL."""
    if model not in _VIEWSETS:
        _load_urlconf()
    try:
        return _VIEWSETS[model]
    except KeyError:
        raise LookupError(f"{model.__name__} has no API: register its viewset with a ZGWRouter.") from None


def base_url(request) -> str:
    """Scheme, host and script prefix of this installation, computed once per request
    (`request` may also be a WriteContext, or None outside any request)."""
    if isinstance(request, WriteContext):
        return request.base_url
    if request is None:
        return settings.PUBLIC_BASE_URL
    base = getattr(request, "_zgw_base_url", None)
    if base is None:
        base = settings.PUBLIC_BASE_URL or request.build_absolute_uri(get_script_prefix()).rstrip("/")
        request._zgw_base_url = base
    return base


def follow(obj, path: str | None):
    """The object at a Django-style attribute path (`"zaak__zaaktype"`); `obj` itself for
    an empty path."""
    for attr in path.split("__") if path else ():
        obj = getattr(obj, attr)
    return obj


def template_for(model) -> str:
    if model not in _TEMPLATES:
        _load_urlconf()
    try:
        return _TEMPLATES[model]
    except KeyError:
        raise LookupError(f"{model.__name__} has no API URL: register its viewset with a ZGWRouter.") from None


# model -> the template split once into its literal parts and attribute paths
_COMPILED: dict[type[models.Model], tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _compiled(model) -> tuple[tuple[str, ...], tuple[str, ...]]:
    compiled = _COMPILED.get(model)
    if compiled is None:
        parts = _PLACEHOLDER.split(template_for(model))  # literal, path, literal, path, …, literal
        compiled = _COMPILED[model] = (tuple(parts[0::2]), tuple(parts[1::2]))
    return compiled


def build_url(request, obj) -> str:
    literals, paths = _compiled(type(obj))
    if paths == ("uuid",):
        return f"{base_url(request)}/{literals[0]}{obj.uuid}{literals[1]}"
    pieces = [base_url(request), "/"]
    for literal, path in zip(literals, paths, strict=False):
        pieces += (literal, str(follow(obj, path)))
    pieces.append(literals[-1])
    return "".join(pieces)


def url_builder(request, model):
    """A fast builder for many objects of one model with a plain `{uuid}` template,
    made once per request: `make = url_builder(request, Zaak); make(zaak)`;
    `make.from_uuid(text)` for a uuid alone (see `prefetch.uuid_arrays`)."""
    builders = request.__dict__.setdefault("_zgw_url_builders", {}) if request is not None else {}
    builder = builders.get(model)
    if builder is None:
        prefix, _, rest = template_for(model).rpartition("{uuid}")
        assert not rest and "{" not in prefix, "url_builder serves only top-level resources"
        builder = builders[model] = _Builder(f"{base_url(request)}/{prefix}")
    return builder


class _Builder:
    __slots__ = ("prefix",)

    def __init__(self, prefix: str):
        self.prefix = prefix

    def __call__(self, obj) -> str:
        return f"{self.prefix}{obj.uuid}"

    def from_uuid(self, uuid) -> str:
        return f"{self.prefix}{uuid}"


def uuid_from_url(url: str) -> str | None:
    """The last path segment when it looks like a uuid (used for autorisaties' types)."""
    match = re.search(r"/([0-9a-fA-F-]{36})/?$", url or "")
    return match.group(1).lower() if match else None


class LooseURLValidator(URLValidator):
    """http(s) URLs, including hosts without a dot (`http://openzaak:8000/…` inside a
    cluster), which Django's validator refuses."""

    def __call__(self, value):
        parts = urlsplit(str(value))
        if parts.scheme not in ("http", "https") or not parts.hostname or " " in str(value):
            raise DjangoValidationError(self.message, code=self.code)


_url_validator = LooseURLValidator()


class URLField(serializers.CharField):
    """A URL as ZGW APIs exchange them (see `LooseURLValidator`)."""

    default_error_messages = {"invalid": "Voer een geldige URL in."}

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators.append(LooseURLValidator(message=self.error_messages["invalid"]))


def local_path(url: str) -> str:
    """The path of `url` below this installation's script prefix (`bad-url` when it is
    not a URL at all)."""
    try:
        _url_validator(url)
    except Exception:
        raise serializers.ValidationError("Voer een geldige URL in.", code="bad-url") from None
    path = urlsplit(url).path
    script_prefix = urlsplit(settings.PUBLIC_BASE_URL).path.rstrip("/") if settings.PUBLIC_BASE_URL else ""
    if script_prefix and path.startswith(script_prefix):
        path = path[len(script_prefix) :]
    return path


def resolve_url(url: str, model: type[models.Model], queryset=None):
    """The local object that `url` refers to (see the module docstring for the errors)."""
    path = local_path(url)
    try:
        match = resolve(path)
    except Resolver404:
        raise serializers.ValidationError(
            "De URL verwijst niet naar een resource van deze API.", code="bad-url"
        ) from None
    view_model = getattr(getattr(match.func, "cls", None), "queryset", None)
    view_model = getattr(view_model, "model", None)
    if view_model is not model or "uuid" not in match.kwargs or len(match.kwargs) != 1:
        raise serializers.ValidationError(
            f"De URL verwijst niet naar een {model._meta.verbose_name}.", code="invalid-resource"
        )
    queryset = queryset if queryset is not None else model._default_manager.all()
    try:
        return queryset.get(uuid=match.kwargs["uuid"])
    except (model.DoesNotExist, DjangoValidationError, ValueError):
        raise serializers.ValidationError(
            f"Er bestaat geen {model._meta.verbose_name} met deze URL.", code="does_not_exist"
        ) from None


class _RequestOnce:
    """The request of the serializer a field is bound to, looked up once: a field serves
    one serializer, whose context does not change."""

    @property
    def request(self):
        found = self.__dict__.get("_request", self)
        if found is self:
            found = self._request = self.context.get("request")
        return found


class SelfUrlField(_RequestOnce, serializers.Field):
    """The `url` of the serialized object itself."""

    def __init__(self, **kwargs):
        kwargs.update(read_only=True, source="*")
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return build_url(self.request, obj)


class ReferenceField(_RequestOnce, serializers.Field):
    """A foreign key shown and accepted as the URL of the related resource. Shows the
    related object, or its uuid (as text: `prefetch.fk_uuids` on the page query, or in a
    row of `prefetch.json_arrays`)."""

    default_error_messages = {"required": "Dit veld is vereist."}

    def __init__(self, *, model=None, queryset=None, **kwargs):
        self.queryset = queryset
        self.model = model or queryset.model
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        if len(self.source_attrs) == 1:  # the uuid the page loaded with it (prefetch.fk_uuids)
            uuid = getattr(instance, "__dict__", {}).get(prefetch.FK_UUID.format(self.source_attrs[0]))
            if uuid is not None:
                return uuid
        return super().get_attribute(instance)

    def to_representation(self, obj):
        if isinstance(obj, str):
            return url_builder(self.request, self.model).from_uuid(obj)
        return build_url(self.request, obj)

    def to_internal_value(self, data):
        if not isinstance(data, str):
            raise serializers.ValidationError("Verwacht een URL.", code="bad-url")
        return resolve_url(data, self.model, self.queryset)


@extend_schema_field(
    {"anyOf": [{"type": "string", "format": "uri", "maxLength": 1000}, {"type": "string", "maxLength": 0}]}
)
class OptionalReferenceField(ReferenceField):
    """An optional reference the contract shows as a string: the URL, or `""` for none
    (a status's `gezetdoor`, a besluit's `zaak`). `""` and `null` clear it."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("allow_null", True)
        super().__init__(**kwargs)

    def validate_empty_values(self, data):
        if data == "":
            return True, None
        return super().validate_empty_values(data)

    def get_attribute(self, instance):
        value = super().get_attribute(instance)
        return "" if value is None else value

    def to_representation(self, obj):
        return "" if obj == "" else super().to_representation(obj)
