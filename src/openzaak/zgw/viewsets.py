"""The one base viewset every ZGW resource uses. A concrete viewset only declares:

    class ZaakViewSet(ZGWViewSet, mixins.ListModelMixin, ...):  # ZGWViewSet first: its hooks win
        queryset = Zaak.objects.select_related(...)
        serializer_class = ZaakSerializer
        filterset_class = ZaakFilter
        component = ZAKEN                      # a zgw.components.Component
        required_scopes = {"list": SCOPE_ZAKEN_LEZEN, ...}
        authorisation = Authorisation(type_field="zaaktype", vertrouwelijkheid_field="vertrouwelijkheidaanduiding")
        notifications_kanaal = KANAAL_ZAKEN    # publish on create/update/destroy
        audit = True                           # record the audit trail
        etag = True                            # ETag + If-None-Match on detail GET/HEAD

Here lives what they share: the authorised queryset (ARCHITECTURE rule 2), the scope
per object, the `API-version` header, ETags, and the notification and audit hooks of
every write (each write is part of the request's transaction).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from rest_framework import status, viewsets
from rest_framework.response import Response

from . import audit as audit_trail
from . import crs
from . import expand as expansion
from .notifications import publish
from .references import build_url, follow

# Collection reads filter in SQL; a detail read is checked per object, so a hidden
# object is refused (403) rather than absent.
FILTERED_ACTIONS = {"list", "_zoek"}


@dataclass(frozen=True)
class Authorisation:
    """How a resource's autorisaties apply: the path to the type an autorisatie names
    (e.g. "zaaktype", or "zaak__zaaktype" for a sub-resource) and to the
    vertrouwelijkheidaanduiding (None where it does not apply)."""

    type_field: str
    vertrouwelijkheid_field: str | None = None


class ZGWViewSet(viewsets.GenericViewSet):
    lookup_field = "uuid"
    component = None
    required_scopes: dict = {}
    authorisation: Authorisation | None = None
    notifications_kanaal = None
    notification_main_object: str | None = None  # attribute path to the main object; None: itself
    audit = False
    audit_main_object: str | None = None  # attribute path to the hoofdobject; None: itself
    etag = False
    crs_headers = False  # geo endpoints: Accept-Crs / Content-Crs (see zgw.crs)
    extra_query_parameters: tuple[str, ...] = ()
    expand_fields: dict = {}  # contract name -> ORM path or expand.Expand (see zgw.expand)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.expand_fields and expansion.PARAMETER not in cls.extra_query_parameters:
            cls.extra_query_parameters = (*cls.extra_query_parameters, expansion.PARAMETER)

    # --- authorisation -------------------------------------------------------------
    def read_scope(self):
        return self.required_scopes.get("list") or self.required_scopes.get("retrieve")

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.authorisation and self.action in FILTERED_ACTIONS:
            client = self.request.auth.client
            queryset = queryset.filter(
                client.read_filter(
                    self.component.code,
                    self.read_scope(),
                    type_field=self.authorisation.type_field,
                    vertrouwelijkheid_field=self.authorisation.vertrouwelijkheid_field,
                )
            )
        return queryset

    def scope_context(self, obj) -> dict:
        """The type and vertrouwelijkheidaanduiding an autorisatie must cover for `obj`."""
        if not self.authorisation:
            return {}
        context = {"type_uuid": str(follow(obj, self.authorisation.type_field).uuid)}
        if self.authorisation.vertrouwelijkheid_field:
            context["vertrouwelijkheidaanduiding"] = follow(obj, self.authorisation.vertrouwelijkheid_field)
        return context

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

    # --- writes: notifications and audit ---------------------------------------------
    def perform_create(self, serializer):
        instance = serializer.save()
        self.after_write("create", instance, old=None, new=serializer.data, resultaat=201)

    def perform_update(self, serializer):
        old = self._snapshot(serializer.instance) if self.audit else None
        instance = serializer.save()
        self.after_write(self.action, instance, old=old, new=serializer.data, resultaat=200)

    def perform_destroy(self, instance):
        old = self._snapshot(instance) if self.audit else None
        # the URLs of the object and its main objects, while they still exist
        url = build_url(self.request, instance)
        main_url = build_url(self.request, follow(instance, self.notification_main_object))
        audit_main = follow(instance, self.audit_main_object)
        audit_main = (build_url(self.request, audit_main), audit_main.uuid)
        instance.delete()
        self.after_write(
            "destroy",
            instance,
            old=old,
            new=None,
            resultaat=204,
            url=url,
            main_url=main_url,
            audit_main=audit_main,
        )

    def _snapshot(self, instance) -> dict:
        return json.loads(json.dumps(self.get_serializer(instance).data, cls=DjangoJSONEncoder))

    def after_write(self, actie, instance, *, old, new, resultaat, url=None, main_url=None, audit_main=None):
        url = url or build_url(self.request, instance)
        resource = instance._meta.model_name
        if self.notifications_kanaal is not None:
            main_object = follow(instance, self.notification_main_object)
            publish(
                kanaal=self.notifications_kanaal,
                actie=actie,
                resource=resource,
                resource_url=url,
                main_object=main_object,
                main_object_url=main_url or (url if main_object is instance else None),
                request=self.request,
            )
        if self.audit:
            if audit_main is None:
                main = follow(instance, self.audit_main_object)
                audit_main = (build_url(self.request, main), main.uuid)
            audit_trail.record(
                self.request,
                bron=self.component.code,
                actie=actie,
                resultaat=resultaat,
                main_object_url=audit_main[0],
                main_object_uuid=audit_main[1],
                resource=resource,
                resource_url=url,
                resource_weergave=str(instance),
                oud=old,
                nieuw=json.loads(json.dumps(new, cls=DjangoJSONEncoder)) if new is not None else None,
            )
