"""`/enkelvoudiginformatieobjecten`: documents, their versions, content, locks and search."""

from __future__ import annotations

from django.conf import settings
from django.http import FileResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions, renderers, serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from openzaak.zgw.audittrails import AuditTrailViewSet
from openzaak.zgw.authorisation import may_access, scope_context
from openzaak.zgw.components import DOCUMENTEN, kanaal
from openzaak.zgw.prefetch import fk_uuids
from openzaak.zgw.scopes import (
    SCOPE_DOCUMENTEN_AANMAKEN,
    SCOPE_DOCUMENTEN_BIJWERKEN,
    SCOPE_DOCUMENTEN_GEFORCEERD_BIJWERKEN,
    SCOPE_DOCUMENTEN_GEFORCEERD_UNLOCK,
    SCOPE_DOCUMENTEN_LEZEN,
    SCOPE_DOCUMENTEN_LOCK,
    SCOPE_DOCUMENTEN_VERWIJDEREN,
)
from openzaak.zgw.viewsets import ModelViewSet

from ... import content, services
from ...models import EnkelvoudigInformatieObject
from ...selectors import document_as_of
from ..filters import EnkelvoudigInformatieObjectFilter
from ..parsers import DocumentJSONParser
from ..serializers import (
    EIOZoekSerializer,
    EnkelvoudigInformatieObjectCreateLockSerializer,
    EnkelvoudigInformatieObjectSerializer,
    EnkelvoudigInformatieObjectWithLockSerializer,
    LockEnkelvoudigInformatieObjectSerializer,
    UnlockEnkelvoudigInformatieObjectSerializer,
)

VERSIE_PARAMETERS = [
    OpenApiParameter(
        "versie", OpenApiTypes.INT, description="Het (automatische) versienummer van het INFORMATIEOBJECT."
    ),
    OpenApiParameter(
        "registratieOp",
        OpenApiTypes.STR,
        description="Een datumtijd in ISO8601 formaat. De versie van het INFORMATIEOBJECT die qua `begin_registratie` "
        "het kortst hiervoor zit wordt opgehaald.",
    ),
]


class VersieQuery(serializers.Serializer):
    versie = serializers.IntegerField(required=False, min_value=1)
    registratieOp = serializers.DateTimeField(required=False)


class BinaryRenderer(renderers.JSONRenderer):
    """What a download may be asked as: the file itself comes as a streamed response
    (not rendered); an error is rendered as problem+json JSON."""

    media_type = "application/octet-stream"
    format = "bin"


class AnyRenderer(BinaryRenderer):
    media_type = "*/*"


class DownloadResponse(FileResponse):
    block_size = content.CHUNK_SIZE


@extend_schema_view(
    list=extend_schema(
        summary="Alle (ENKELVOUDIGe) INFORMATIEOBJECTen opvragen.",
        description="Deze lijst kan gefilterd wordt met query-string parameters. De objecten bevatten metadata over "
        "de documenten en de downloadlink (`inhoud`) naar de binary data. Alleen de laatste versie van elk "
        "(ENKELVOUDIG) INFORMATIEOBJECT wordt getoond.",
    ),
    retrieve=extend_schema(
        summary="Een specifiek (ENKELVOUDIG) INFORMATIEOBJECT opvragen.",
        description="Het object bevat metadata over het document en de downloadlink (`inhoud`) naar de binary data. "
        "Dit geeft standaard de laatste versie van het (ENKELVOUDIG) INFORMATIEOBJECT. Specifieke versies kunnen "
        "middels query-string parameters worden opgevraagd.",
        parameters=VERSIE_PARAMETERS,
    ),
    create=extend_schema(
        summary="Maak een (ENKELVOUDIG) INFORMATIEOBJECT aan.",
        description="**Er wordt gevalideerd op**\n- geldigheid `informatieobjecttype` URL (drc-001)\n- publicatie "
        "`informatieobjecttype` - `concept` moet `false` zijn\n\nMet `bestandsomvang` en zonder `inhoud` wordt het "
        "document gelockt en krijgt het `bestandsdelen` om de inhoud in delen te uploaden.",
        responses={201: EnkelvoudigInformatieObjectCreateLockSerializer},
    ),
    update=extend_schema(
        summary="Werk een (ENKELVOUDIG) INFORMATIEOBJECT in zijn geheel bij.",
        description="Dit creëert altijd een nieuwe versie van het (ENKELVOUDIG) INFORMATIEOBJECT.\n\n**Er wordt "
        "gevalideerd op**\n- correcte `lock` waarde",
    ),
    partial_update=extend_schema(
        summary="Werk een (ENKELVOUDIG) INFORMATIEOBJECT deels bij.",
        description="Dit creëert altijd een nieuwe versie van het (ENKELVOUDIG) INFORMATIEOBJECT.\n\n**Er wordt "
        "gevalideerd op**\n- correcte `lock` waarde",
    ),
    destroy=extend_schema(
        summary="Verwijder een (ENKELVOUDIG) INFORMATIEOBJECT.",
        description="Verwijder een (ENKELVOUDIG) INFORMATIEOBJECT en alle bijbehorende versies, samen met alle "
        "gerelateerde resources binnen deze API. Dit is alleen mogelijk als er geen OBJECTINFORMATIEOBJECTen "
        "relateerd zijn aan het (ENKELVOUDIG) INFORMATIEOBJECT (drc-008).\n\n**Gerelateerde resources**\n"
        "- GEBRUIKSRECHTen\n- audit trail regels",
    ),
)
class EnkelvoudigInformatieObjectViewSet(ModelViewSet):
    """Opvragen en bewerken van (ENKELVOUDIG) INFORMATIEOBJECTen (documenten)."""

    # the type is shown by URL: its uuid on the page query, not its row (zgw.prefetch)
    queryset = EnkelvoudigInformatieObject.objects.annotate(**fk_uuids("informatieobjecttype")).order_by("-pk")
    serializer_class = EnkelvoudigInformatieObjectSerializer
    filterset_class = EnkelvoudigInformatieObjectFilter
    parser_classes = [DocumentJSONParser]
    component = DOCUMENTEN
    required_scopes = {
        "list": SCOPE_DOCUMENTEN_LEZEN,
        "retrieve": SCOPE_DOCUMENTEN_LEZEN,
        "_zoek": SCOPE_DOCUMENTEN_LEZEN,
        "download": SCOPE_DOCUMENTEN_LEZEN,
        "create": SCOPE_DOCUMENTEN_AANMAKEN,
        "update": SCOPE_DOCUMENTEN_BIJWERKEN | SCOPE_DOCUMENTEN_GEFORCEERD_BIJWERKEN,
        "partial_update": SCOPE_DOCUMENTEN_BIJWERKEN | SCOPE_DOCUMENTEN_GEFORCEERD_BIJWERKEN,
        "destroy": SCOPE_DOCUMENTEN_VERWIJDEREN,
        "lock": SCOPE_DOCUMENTEN_LOCK,
        "unlock": SCOPE_DOCUMENTEN_LOCK | SCOPE_DOCUMENTEN_GEFORCEERD_UNLOCK,
    }
    notifications_kanaal = kanaal("documenten")
    audit = True
    etag = True
    expand_fields = {"informatieobjecttype": "informatieobjecttype"}

    @classmethod
    def large_body_limit(cls, request) -> int:
        """Inline base64 content: the standard asks at least 4 GiB of body (streamed)."""
        return settings.DOCUMENTEN_MAX_BODY_SIZE if request.method in ("POST", "PUT", "PATCH") else 0

    def get_serializer_class(self):
        if self.action == "create":
            return EnkelvoudigInformatieObjectCreateLockSerializer
        if self.action in ("update", "partial_update"):
            return EnkelvoudigInformatieObjectWithLockSerializer
        return super().get_serializer_class()

    def get_renderers(self):
        if getattr(self, "action", None) == "download":
            return [renderers.JSONRenderer(), BinaryRenderer(), AnyRenderer()]
        return super().get_renderers()

    def requested_expand(self):
        if self.action == "_zoek":
            return self.request.data.get("expand") if isinstance(self.request.data, dict) else None
        return super().requested_expand()

    def get_object(self):
        """The document, checked against the autorisaties (403 when hidden); for a read
        of another versie (`?versie=`, `?registratieOp=`) that versie, whose own
        informatieobjecttype and vertrouwelijkheidaanduiding must be readable too."""
        document = super().get_object()
        if self.action not in ("retrieve", "download"):
            return document
        query = VersieQuery(data=self.request.query_params)
        query.is_valid(raise_exception=True)
        shown = document_as_of(
            document,
            versie=query.validated_data.get("versie"),
            registratie_op=query.validated_data.get("registratieOp"),
        )
        if shown is None:
            raise exceptions.NotFound("Deze versie van het document bestaat niet.")
        if shown is not document and not may_access(self.client, SCOPE_DOCUMENTEN_LEZEN, shown):
            raise exceptions.PermissionDenied()
        return shown

    # --- writes: one service call each -------------------------------------------------
    def create_object(self, data):
        return services.eio_create(context=self.write_context, data=data)

    def update_object(self, instance, data, *, partial):
        return services.eio_update(context=self.write_context, document=instance, data=data, partial=partial)

    def destroy_object(self, instance):
        services.eio_destroy(context=self.write_context, document=instance)

    # --- actions -----------------------------------------------------------------------
    @extend_schema(
        summary="Download de binaire data van het (ENKELVOUDIG) INFORMATIEOBJECT.",
        description="Download de binaire data van het (ENKELVOUDIG) INFORMATIEOBJECT (van de gevraagde versie).",
        parameters=VERSIE_PARAMETERS,
        responses={(200, "application/octet-stream"): OpenApiTypes.BINARY, (200, "*/*"): OpenApiTypes.BINARY},
    )
    @action(detail=True, methods=["get"])
    def download(self, request, *args, **kwargs):
        document = self.get_object()
        if not document.inhoud:
            raise exceptions.NotFound("Dit document heeft (in deze versie) geen inhoud.")
        file = content.open_content(document.inhoud.name)
        response = DownloadResponse(
            file,
            as_attachment=True,
            filename=document.bestandsnaam or document.identificatie,
            content_type=content_type(document.formaat),
        )
        response["Content-Length"] = str(content.stored_size(document.inhoud.name))
        return response

    @extend_schema(
        summary="Vergrendel een (ENKELVOUDIG) INFORMATIEOBJECT.",
        description="Voert een 'checkout' uit waardoor het (ENKELVOUDIG) INFORMATIEOBJECT vergrendeld wordt met een "
        "`lock` waarde. Alleen met deze waarde kan het (ENKELVOUDIG) INFORMATIEOBJECT bijgewerkt (`PUT`, `PATCH`) en "
        "weer ontgrendeld worden.",
        request=None,
        responses={200: LockEnkelvoudigInformatieObjectSerializer},
    )
    @action(detail=True, methods=["post"])
    def lock(self, request, *args, **kwargs):
        lock = services.eio_lock(context=self.write_context, document=self.get_object())
        return Response({"lock": lock})

    @extend_schema(
        summary="Ontgrendel een (ENKELVOUDIG) INFORMATIEOBJECT.",
        description="Heft de 'checkout' op waardoor het (ENKELVOUDIG) INFORMATIEOBJECT ontgrendeld wordt. Een upload "
        "in bestandsdelen wordt hier afgerond: alle delen moeten er zijn, en worden samengevoegd. Met de scope "
        "`documenten.geforceerd-unlock` kan het zonder `lock`.",
        request=UnlockEnkelvoudigInformatieObjectSerializer,
        responses={204: None},
    )
    @action(detail=True, methods=["post"])
    def unlock(self, request, *args, **kwargs):
        document = self.get_object()
        body = UnlockEnkelvoudigInformatieObjectSerializer(data=request.data or {})
        body.is_valid(raise_exception=True)
        lock = body.validated_data.get("lock")
        # drc-009: an administrator forces the unlock by leaving the lock out
        forced = not lock and self.client.has_scope(
            DOCUMENTEN, SCOPE_DOCUMENTEN_GEFORCEERD_UNLOCK, **scope_context(document)
        )
        services.eio_unlock(context=self.write_context, document=document, lock=lock, forced=forced)
        return Response(status=status.HTTP_204_NO_CONTENT)

    @extend_schema(
        summary="Voer een zoekopdracht uit op (ENKELVOUDIG) INFORMATIEOBJECTen.",
        description="Zoeken/filteren gaat normaal via de `list` operatie, deze is echter niet geschikt voor "
        "zoekopdrachten met UUIDs.",
        request=EIOZoekSerializer,
        responses={200: EnkelvoudigInformatieObjectSerializer(many=True)},
    )
    @action(detail=False, methods=["post"], url_path="_zoek")
    def _zoek(self, request, *args, **kwargs):
        search = EIOZoekSerializer(data=request.data)
        search.is_valid(raise_exception=True)
        query = search.validated_data
        queryset = self.get_queryset().filter(uuid__in=query["uuid__in"])
        for name in ("identificatie", "bronorganisatie"):
            if query.get(name):
                queryset = queryset.filter(**{name: query[name]})
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


def content_type(formaat: str) -> str:
    """The download's Content-Type: the document's `formaat` when it is a media type."""
    value = (formaat or "").strip()
    if value.count("/") == 1 and all(part and part.isascii() and " " not in part for part in value.split("/")):
        return value
    return "application/octet-stream"


class EnkelvoudigInformatieObjectAuditTrailViewSet(AuditTrailViewSet):
    """De audit trail van een (ENKELVOUDIG) INFORMATIEOBJECT."""

    parent_model = EnkelvoudigInformatieObject
    parent_lookup_kwarg = "enkelvoudiginformatieobject_uuid"
    parent_field = "enkelvoudiginformatieobject"
    component = DOCUMENTEN
