"""The viewset kit every ZGW resource is built from. A concrete viewset only declares:

    class ZaakViewSet(ModelViewSet):
        queryset = Zaak.objects.select_related(...)   # the model declares its `authorisation`
        serializer_class = ZaakSerializer
        filterset_class = ZaakFilter
        component = ZAKEN
        required_scopes = {"list": SCOPE_ZAKEN_LEZEN, ...}   # one per routed action
        notifications_kanaal = kanaal("zaken")              # notify every write
        hoofd_object = None                                 # path to the hoofdobject ("zaak" for a status)
        audit = True                                        # keep the audit trail
        etag = True                                         # ETag + If-None-Match on detail GET/HEAD

        def create_object(self, data):                      # where a resource has rules: one service call
            return services.zaak_create(context=self.write_context, data=data)

`ModelViewSet`, `ReadOnlyViewSet` and `NestedViewSet` (a resource below a parent,
such as a zaak's zaakeigenschappen or audit trail) compose DRF's mixins once; a
resource with fewer operations composes `ZGWViewSet` with the mixins it needs, after it.

What they share lives here:
* Authorisation (ARCHITECTURE rule 2, `zgw.authorisation`): every read that is not of
  one object — any safe method, and `_zoek` — is filtered in SQL by the model's
  declaration, whatever the action is called; one object is checked against the same
  declaration, so a hidden one answers 403. A write is checked on what it wrote, so a
  client cannot create or move an object into a type it has no scope for.
* Writes: `create_object`, `update_object` and `destroy_object` call the services (by
  default the plain ones of `zgw.services`), which record the notification and the
  audit trail (`zgw.writes`); a unique-constraint race is a 400 `unique`.
* The `API-version`, `ETag` and Crs headers, and `expand` (`zgw.expand`).

Mistakes fail when the class is defined, not in production: a served model without an
`authorisation` declaration, a routed action without a scope, or DRF's mixins placed
before `ZGWViewSet` (their hooks would win and skip the services).
"""

from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager

from django.core.exceptions import ImproperlyConfigured
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from rest_framework import exceptions, mixins, serializers, status, viewsets
from rest_framework.generics import get_object_or_404  # a malformed uuid is a 404, as on a detail
from rest_framework.permissions import SAFE_METHODS
from rest_framework.response import Response

from . import crs, services
from . import expand as expansion
from .auth.permissions import required_scope
from .authorisation import for_client, may_access, rule_for
from .context import WriteContext

# POST actions that read (the ZGW `_zoek` search endpoints): filtered like a list
SEARCH_ACTIONS = frozenset({"_zoek"})
STANDARD_ACTIONS = ("list", "create", "retrieve", "update", "partial_update", "destroy")
# hooks of ours that DRF's mixins also define: ours must win
OWN_HOOKS = ("perform_create", "perform_update", "perform_destroy", "get_queryset")


class ZGWViewSet(viewsets.GenericViewSet):
    lookup_field = "uuid"
    component = None
    required_scopes: dict = {}
    notifications_kanaal = None
    hoofd_object: str | None = None  # attribute path to the hoofdobject; None: the object itself
    audit = False
    etag = False
    crs_headers = False  # geo endpoints: Accept-Crs / Content-Crs (see zgw.crs)
    extra_query_parameters: tuple[str, ...] = ()
    expand_fields: dict = {}  # contract name -> ORM path or expand.Expand (see zgw.expand)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.expand_fields and expansion.PARAMETER not in cls.extra_query_parameters:
            cls.extra_query_parameters = (*cls.extra_query_parameters, expansion.PARAMETER)
        if "serializer_class" in cls.__dict__ or "queryset" in cls.__dict__:
            _check_viewset(cls)

    # --- authorisation -------------------------------------------------------------
    @property
    def client(self):
        return self.request.auth.client if self.request.auth else None

    @property
    def write_context(self) -> WriteContext:
        return WriteContext.from_request(self.request)

    @classmethod
    def read_scope(cls):
        """The scope a client needs to read this resource (expand asks it)."""
        return cls.required_scopes.get("list") or cls.required_scopes.get("retrieve")

    def reads_many(self) -> bool:
        """Whether this request reads a collection: any safe method that is not about
        one object, and the `_zoek` searches."""
        if self.action in SEARCH_ACTIONS:
            return True
        return self.request.method in SAFE_METHODS and not self.detail

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.reads_many():
            queryset = for_client(queryset, self.client, required_scope(self))
        return queryset

    def may_access(self, obj, scope) -> bool:
        """The object check of `ScopePermission`: `scope` for `obj`'s type and level."""
        return may_access(self.client, scope, obj)

    # --- expand ----------------------------------------------------------------------
    def requested_expand(self) -> str | None:
        """The `expand` paths asked for; a `_zoek` action returns its body's field."""
        return self.request.query_params.get(expansion.PARAMETER)

    def get_serializer(self, *args, **kwargs):
        serializer = super().get_serializer(*args, **kwargs)
        if args and self.expand_fields and self.action in expansion.EXPAND_ACTIONS:
            tree = expansion.parse(type(self), self.requested_expand())
            if tree:
                return expansion.ExpandingSerializer(serializer, self, tree)
        return serializer

    # --- headers ---------------------------------------------------------------------
    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if self.crs_headers:
            crs.check_request(request)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if self.component is not None:
            response["API-version"] = self.component.version
        if self.crs_headers and response.status_code < 400 and request.method != "DELETE":
            response["Content-Crs"] = crs.CRS
        if self.etag and self.action == "retrieve" and response.status_code == 200:
            response = self._with_etag(request, response)
        return response

    def _with_etag(self, request, response):
        body = json.dumps(response.data, cls=DjangoJSONEncoder, sort_keys=True).encode()
        etag = f'"{hashlib.md5(body, usedforsecurity=False).hexdigest()}"'
        if etag in [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]:
            response = Response(status=status.HTTP_304_NOT_MODIFIED)
            response.accepted_renderer = request.accepted_renderer
            response.accepted_media_type = request.accepted_media_type
            response.renderer_context = self.get_renderer_context()
            if self.component is not None:
                response["API-version"] = self.component.version
        response["ETag"] = etag
        return response

    # --- writes: one service call each -----------------------------------------------
    def create_object(self, data: dict):
        return services.create_object(context=self.write_context, model=self.queryset.model, data=data)

    def update_object(self, instance, data: dict, *, partial: bool):
        return services.update_object(context=self.write_context, instance=instance, data=data, partial=partial)

    def destroy_object(self, instance) -> None:
        services.destroy_object(context=self.write_context, instance=instance)

    def perform_create(self, serializer):
        with unique_violation_as_400():
            serializer.instance = self.create_object(serializer.validated_data)
        self._check_written(serializer.instance)

    def perform_update(self, serializer):
        with unique_violation_as_400():
            serializer.instance = self.update_object(
                serializer.instance, serializer.validated_data, partial=serializer.partial
            )
        self._check_written(serializer.instance)

    def perform_destroy(self, instance):
        self.destroy_object(instance)

    def _check_written(self, instance) -> None:
        """The client must hold the action's scope for what it wrote (a zaak of a
        zaaktype it may create zaken of); otherwise the request is refused and, being
        one transaction, writes nothing."""
        if instance is not None and not self.may_access(instance, required_scope(self)):
            raise exceptions.PermissionDenied()


class ModelViewSet(
    ZGWViewSet,
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
):
    """List, create, read, update (PUT and PATCH) and delete."""


class ReadOnlyViewSet(ZGWViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin):
    """List and read."""


class NestedViewSet(ZGWViewSet):
    """A resource below a parent: `/<parents>/{<parent_lookup_kwarg>}/<resource>`.

    The parent (`parent_model`, by uuid) is fetched first and must be accessible to
    the client with the action's scope, as one object is (403 otherwise); the children
    are those of that parent (`parent_field` on the child, by default the foreign key
    of that name). Whoever may not see the zaak sees none of its zaakeigenschappen."""

    parent_model = None
    parent_lookup_kwarg = ""  # e.g. "zaak_uuid"
    parent_field = ""  # e.g. "zaak"

    @classmethod
    def parent_url_kwargs(cls) -> dict:
        """URL kwarg -> attribute path, for the URL template of a child (zgw.routers)."""
        return {cls.parent_lookup_kwarg: f"{cls.parent_field}__uuid"}

    def get_parent(self):
        if not hasattr(self, "_parent"):
            parent = get_object_or_404(
                self.parent_model._default_manager.all(), uuid=self.kwargs[self.parent_lookup_kwarg]
            )
            if not may_access(self.client, required_scope(self), parent):
                raise exceptions.PermissionDenied()
            self._parent = parent
        return self._parent

    def filter_by_parent(self, queryset, parent):
        return queryset.filter(**{self.parent_field: parent})

    def get_queryset(self):
        # the children of an accessible parent: the parent's check is the authorisation
        return self.filter_by_parent(super(ZGWViewSet, self).get_queryset(), self.get_parent())

    def may_access(self, obj, scope) -> bool:
        return True  # the parent was checked with this scope in get_queryset


@contextmanager
def unique_violation_as_400():
    """The unique validators check before the write; a concurrent request can still win
    the race. Its constraint violation is the same 400 `unique`, not a 500 (the savepoint
    keeps the request's transaction usable)."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError:
        raise serializers.ValidationError(
            {"nonFieldErrors": serializers.ErrorDetail("Dit object bestaat al (uniciteit).", code="unique")}
        ) from None


def _check_viewset(cls) -> None:
    """The class-creation checks (see the module docstring)."""
    for hook in OWN_HOOKS:
        owner = next(klass for klass in cls.__mro__ if hook in klass.__dict__)
        if owner.__module__.startswith("rest_framework"):
            raise ImproperlyConfigured(
                f"{cls.__name__}: DRF's {owner.__name__}.{hook} wins over ZGWViewSet's; put ZGWViewSet (or a kit "
                "viewset) before DRF's mixins in the bases."
            )
    routed = [name for name in STANDARD_ACTIONS if hasattr(cls, name)]
    routed += [action.__name__ for action in cls.get_extra_actions()]
    missing = [name for name in routed if name not in cls.required_scopes]
    if missing:
        raise ImproperlyConfigured(f"{cls.__name__}: no scope in `required_scopes` for {', '.join(missing)}.")
    queryset = getattr(cls, "queryset", None)
    if queryset is not None and not issubclass(cls, NestedViewSet):
        rule_for(queryset.model)  # raises when the model declares no authorisation
    if issubclass(cls, NestedViewSet) and cls.parent_model is not None:
        rule_for(cls.parent_model)
