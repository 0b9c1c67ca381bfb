"""What the Catalogi API's viewsets share: scopes per action, ETags, and the writes by
way of `services` (which hold ztc-009 for the published types and ztc-010 for the
sub-types of a zaaktype). Reading is open to whoever holds `catalogi.lezen` (or, by
ztc-014, `zaken.lezen` / `documenten.lezen`: `zgw.scopes.IMPLIED_SCOPES`)."""

from drf_spectacular.utils import extend_schema
from rest_framework.decorators import action
from rest_framework.response import Response

from openzaak.zgw.components import CATALOGI
from openzaak.zgw.scopes import (
    SCOPE_CATALOGI_FORCED_DELETE,
    SCOPE_CATALOGI_FORCED_WRITE,
    SCOPE_CATALOGI_LEZEN,
    SCOPE_CATALOGI_SCHRIJVEN,
)
from openzaak.zgw.viewsets import ModelViewSet, ZGWViewSet

from ... import services

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
    """A resource of the catalogue: every write through `services`."""

    component = CATALOGI
    etag = True

    def create_object(self, data):
        return services.create(context=self.write_context, model=self.queryset.model, data=data)

    def update_object(self, instance, data, *, partial):
        sent = set(self.request.data) if isinstance(self.request.data, dict) else None
        return services.update(context=self.write_context, instance=instance, data=data, partial=partial, sent=sent)

    def destroy_object(self, instance):
        services.destroy(context=self.write_context, instance=instance)


class ConceptTypeViewSet(CatalogiViewSet, ModelViewSet):
    """Zaaktypen, informatieobjecttypen and besluittypen: concept versions that `publish`
    makes definitive (ztc-009 guards what changes after)."""

    required_scopes = TYPE_SCOPES


def publish_action(summary: str, description: str, serializer_class):
    """The `POST …/{uuid}/publish` endpoint of a ConceptTypeViewSet."""

    @extend_schema(summary=summary, description=description, request=None, responses={200: serializer_class})
    @action(detail=True, methods=["post"])
    def publish(self, request, *args, **kwargs):
        instance = services.publish(context=self.write_context, instance=self.get_object())
        return Response(self.get_serializer(instance).data)

    return publish


class ZaakTypeDeelViewSet(CatalogiViewSet, ModelViewSet):
    """Sub-types of a zaaktype (ztc-010: writable while the zaaktype is a concept)."""

    required_scopes = SUBTYPE_SCOPES


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
