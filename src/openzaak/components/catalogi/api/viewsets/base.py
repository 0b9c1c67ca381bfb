"""What the Catalogi API's viewsets share: scopes per action, ETags, the ztc-014 read
permission, and the concept rules (ztc-009 for the published types, ztc-010 for the
sub-types of a zaaktype) by way of `services`."""

from contextlib import contextmanager

from django.db import IntegrityError, transaction
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from openzaak.zgw.scopes import (
    SCOPE_CATALOGI_FORCED_DELETE,
    SCOPE_CATALOGI_FORCED_WRITE,
    SCOPE_CATALOGI_LEZEN,
    SCOPE_CATALOGI_SCHRIJVEN,
)
from openzaak.zgw.viewsets import ZGWViewSet

from ... import services
from ..component import CATALOGI
from ..permissions import CatalogiScopePermission

TYPE_SCOPES = {
    "list": SCOPE_CATALOGI_LEZEN,
    "retrieve": SCOPE_CATALOGI_LEZEN,
    "create": SCOPE_CATALOGI_SCHRIJVEN,
    "update": SCOPE_CATALOGI_SCHRIJVEN | SCOPE_CATALOGI_FORCED_WRITE,
    "partial_update": SCOPE_CATALOGI_SCHRIJVEN | SCOPE_CATALOGI_FORCED_WRITE,
    "destroy": SCOPE_CATALOGI_SCHRIJVEN | SCOPE_CATALOGI_FORCED_DELETE,
    "publish": SCOPE_CATALOGI_SCHRIJVEN,
}
SUBTYPE_SCOPES = {**TYPE_SCOPES, "create": SCOPE_CATALOGI_SCHRIJVEN | SCOPE_CATALOGI_FORCED_WRITE}
del SUBTYPE_SCOPES["publish"]


class CatalogiViewSet(ZGWViewSet):
    component = CATALOGI
    permission_classes = (CatalogiScopePermission,)
    etag = True

    @property
    def client(self):
        return self.request.auth.client

    def perform_create(self, serializer):
        with unique_violation_as_400():
            super().perform_create(serializer)

    def perform_update(self, serializer):
        with unique_violation_as_400():
            super().perform_update(serializer)


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


class CRUDViewSet(
    CatalogiViewSet,
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
):
    pass


class ConceptTypeViewSet(CRUDViewSet):
    """Zaaktypen, informatieobjecttypen and besluittypen: concept versions that `publish`
    makes definitive (ztc-009 guards what changes after)."""

    required_scopes = TYPE_SCOPES

    def perform_update(self, serializer):
        changed = set(self.request.data) if serializer.partial else {"*"}
        services.type_check_update(instance=serializer.instance, changed=changed, client=self.client)
        super().perform_update(serializer)

    def perform_destroy(self, instance):
        services.type_check_destroy(instance=instance, client=self.client)
        super().perform_destroy(instance)

    def _publish(self, request):
        instance = services.type_publish(instance=self.get_object())
        data = self.get_serializer(instance).data
        self.after_write("publish", instance, old=None, new=data, resultaat=200)
        return Response(data)


def publish_action(summary: str, description: str, serializer_class):
    """The `POST …/{uuid}/publish` endpoint of a ConceptTypeViewSet."""

    @extend_schema(summary=summary, description=description, request=None, responses={200: serializer_class})
    @action(detail=True, methods=["post"])
    def publish(self, request, *args, **kwargs):
        return self._publish(request)

    return publish


class ZaakTypeDeelViewSet(CRUDViewSet):
    """Sub-types of a zaaktype (ztc-010: writable while the zaaktype is a concept)."""

    required_scopes = SUBTYPE_SCOPES

    def perform_destroy(self, instance):
        services.subtype_check_destroy(instance=instance, client=self.client)
        super().perform_destroy(instance)


def crud_schema(naam: str, meervoud: str, *, rules: str = "", extra_retrieve_parameters=(), destroy=True):
    """The operation summaries of a resource, as the contract words them."""
    from drf_spectacular.utils import extend_schema_view

    validatie = f"\n\nEr wordt gevalideerd op:\n{rules}" if rules else ""
    operations = dict(
        list=extend_schema(
            summary=f"Alle {meervoud} opvragen.",
            description="Deze lijst kan gefilterd wordt met query-string parameters.",
        ),
        retrieve=extend_schema(
            summary=f"Een specifieke {naam} opvragen.",
            description=f"Een specifieke {naam} opvragen.",
            parameters=list(extra_retrieve_parameters),
        ),
        create=extend_schema(summary=f"Maak een {naam} aan.", description=f"Maak een {naam} aan.{validatie}"),
        update=extend_schema(
            summary=f"Werk een {naam} in zijn geheel bij.",
            description=f"Werk een {naam} in zijn geheel bij.{validatie}",
        ),
        partial_update=extend_schema(
            summary=f"Werk een {naam} deels bij.", description=f"Werk een {naam} deels bij.{validatie}"
        ),
    )
    if destroy:
        operations["destroy"] = extend_schema(summary=f"Verwijder een {naam}.", description=f"Verwijder een {naam}.")
    return extend_schema_view(**operations)
