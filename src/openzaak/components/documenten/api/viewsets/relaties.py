"""Bestandsdelen, gebruiksrechten, objectinformatieobjecten and verzendingen: read and
written as their document is (`Authorisation(via="informatieobject")`)."""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, parsers
from rest_framework.response import Response

from openzaak.zgw.components import DOCUMENTEN, kanaal
from openzaak.zgw.prefetch import fk_uuids
from openzaak.zgw.scopes import (
    SCOPE_DOCUMENTEN_AANMAKEN,
    SCOPE_DOCUMENTEN_BIJWERKEN,
    SCOPE_DOCUMENTEN_LEZEN,
    SCOPE_DOCUMENTEN_VERWIJDEREN,
)
from openzaak.zgw.viewsets import ModelViewSet, ZGWViewSet

from ... import services
from ...models import BestandsDeel, Gebruiksrechten, ObjectInformatieObject, Verzending
from ..filters import GebruiksrechtenFilter, ObjectInformatieObjectFilter, VerzendingFilter
from ..serializers import (
    BestandsDeelResponseSerializer,
    BestandsDeelUploadSerializer,
    GebruiksrechtenSerializer,
    ObjectInformatieObjectSerializer,
    VerzendingSerializer,
)

SCOPES = {
    "list": SCOPE_DOCUMENTEN_LEZEN,
    "retrieve": SCOPE_DOCUMENTEN_LEZEN,
    "create": SCOPE_DOCUMENTEN_AANMAKEN,
    "update": SCOPE_DOCUMENTEN_BIJWERKEN,
    "partial_update": SCOPE_DOCUMENTEN_BIJWERKEN,
    "destroy": SCOPE_DOCUMENTEN_VERWIJDEREN,
}
EXPAND_INFORMATIEOBJECT = {"informatieobject": "informatieobject"}
SYNCHRONISATIE = (
    "**LET OP: Dit endpoint hoor je als consumer niet zelf aan te spreken.** Andere API's, zoals de Zaken API en de "
    "Besluiten API, gebruiken dit endpoint bij het synchroniseren van relaties."
)


def crud_schema(naam: str, meervoud: str, *, create: str = "", destroy: str = "", updates: bool = True):
    """The operation summaries of a resource, as the contract words them."""
    operations = dict(
        list=extend_schema(
            summary=f"Alle {meervoud} opvragen.",
            description="Deze lijst kan gefilterd wordt met query-string parameters.",
        ),
        retrieve=extend_schema(
            summary=f"Een specifieke {naam} opvragen.", description=f"Een specifieke {naam} opvragen."
        ),
        create=extend_schema(summary=f"Maak een {naam} aan.", description=create or f"Maak een {naam} aan."),
        update=extend_schema(
            summary=f"Werk een {naam} in zijn geheel bij.", description=f"Werk een {naam} in zijn geheel bij."
        ),
        partial_update=extend_schema(summary=f"Werk een {naam} deels bij.", description=f"Werk een {naam} deels bij."),
        destroy=extend_schema(summary=f"Verwijder een {naam}.", description=destroy or f"Verwijder een {naam}."),
    )
    if not updates:
        del operations["update"], operations["partial_update"]
    return extend_schema_view(**operations)


class DocumentPartViewSet(ZGWViewSet):
    """What belongs to one document: its kanaal, hoofdobject and audit trail."""

    component = DOCUMENTEN
    notifications_kanaal = kanaal("documenten")
    hoofd_object = "informatieobject"
    audit = True


@extend_schema_view(
    update=extend_schema(
        summary="Upload een bestandsdeel.",
        description="Upload de inhoud van één bestandsdeel (multipart), met het `lock` van het document. Het deel moet "
        "precies `omvang` bytes groot zijn.",
        request={"multipart/form-data": BestandsDeelUploadSerializer},
        responses={200: BestandsDeelResponseSerializer},
    )
)
class BestandsDeelViewSet(DocumentPartViewSet):
    """Upload van BESTANDSDELen: de inhoud van een document in delen."""

    queryset = BestandsDeel.objects.select_related("informatieobject")
    serializer_class = BestandsDeelResponseSerializer
    parser_classes = [parsers.MultiPartParser, parsers.FormParser]
    http_method_names = ["put", "options"]
    notifications_kanaal = None  # the unlock that joins the parts publishes the document's change
    required_scopes = {"update": SCOPE_DOCUMENTEN_BIJWERKEN}

    @classmethod
    def large_body_limit(cls, request) -> int:
        return settings.DOCUMENTEN_MAX_BODY_SIZE

    def update(self, request, *args, **kwargs):
        part = self.get_object()
        upload = BestandsDeelUploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        part = services.bestandsdeel_upload(
            context=self.write_context,
            part=part,
            lock=upload.validated_data["lock"],
            inhoud=upload.validated_data["inhoud"],
        )
        return Response(self.get_serializer(part).data)


@crud_schema(
    "GEBRUIKSRECHT",
    "GEBRUIKSRECHTen",
    create="Voeg GEBRUIKSRECHTen toe voor een INFORMATIEOBJECT. Het toevoegen van gebruiksrechten zorgt ervoor dat de "
    "`indicatieGebruiksrecht` op het informatieobject op `true` gezet wordt (drc-006).",
    destroy="Indien het laatste GEBRUIKSRECHT van een INFORMATIEOBJECT verwijderd wordt, dan wordt de "
    "`indicatieGebruiksrecht` van het INFORMATIEOBJECT op `null` gezet (drc-006).",
)
class GebruiksrechtenViewSet(DocumentPartViewSet, ModelViewSet):
    """Opvragen en bewerken van GEBRUIKSRECHTen bij een INFORMATIEOBJECT."""

    queryset = Gebruiksrechten.objects.annotate(**fk_uuids("informatieobject")).order_by("pk")
    serializer_class = GebruiksrechtenSerializer
    filterset_class = GebruiksrechtenFilter
    pagination_class = None
    required_scopes = SCOPES
    etag = True
    expand_fields = EXPAND_INFORMATIEOBJECT

    def create_object(self, data):
        return services.gebruiksrechten_create(context=self.write_context, data=data)

    def destroy_object(self, instance):
        services.gebruiksrechten_destroy(context=self.write_context, instance=instance)


@crud_schema(
    "OBJECT-INFORMATIEOBJECT relatie",
    "OBJECT-INFORMATIEOBJECT relaties",
    create=f"{SYNCHRONISATIE} **Er wordt gevalideerd op** geldigheid `informatieobject` URL, uniciteit van "
    "`informatieobject` en `object` (drc-003), bestaan van `object` (drc-002) en van de relatie in de bron (drc-004).",
    destroy=SYNCHRONISATIE,
    updates=False,
)
class ObjectInformatieObjectViewSet(
    DocumentPartViewSet,
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.DestroyModelMixin,
):
    """Opvragen en verwijderen van OBJECT-INFORMATIEOBJECT relaties: de relaties van een document met zaken,
    besluiten en verzoeken, gespiegeld van de registers die ze leiden."""

    # the document, zaak and besluit are shown by URL: their uuids on the page query
    queryset = ObjectInformatieObject.objects.annotate(**fk_uuids("informatieobject", "zaak", "besluit")).order_by("pk")
    serializer_class = ObjectInformatieObjectSerializer
    filterset_class = ObjectInformatieObjectFilter
    pagination_class = None
    required_scopes = {key: SCOPES[key] for key in ("list", "retrieve", "create", "destroy")}
    etag = True
    expand_fields = EXPAND_INFORMATIEOBJECT

    def create_object(self, data):
        return services.oio_api_create(context=self.write_context, data=data)

    def destroy_object(self, instance):
        services.oio_api_destroy(context=self.write_context, instance=instance)


@crud_schema(
    "VERZENDING",
    "VERZENDINGen",
    create="Voeg VERZENDINGen toe voor een INFORMATIEOBJECT en een BETROKKENE (met precies één adres).",
)
class VerzendingViewSet(DocumentPartViewSet, ModelViewSet):
    """Opvragen en bewerken van VERZENDINGen: een document ontvangen van of verzonden aan een BETROKKENE."""

    queryset = Verzending.objects.annotate(**fk_uuids("informatieobject")).order_by("pk")
    serializer_class = VerzendingSerializer
    filterset_class = VerzendingFilter
    required_scopes = SCOPES
    etag = True
    expand_fields = EXPAND_INFORMATIEOBJECT
