"""Bestandsdelen, gebruiksrechten, objectinformatieobjecten and verzendingen: read and
written as their document is (`Authorisation(via="informatieobject")`)."""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins, parsers
from rest_framework.response import Response

from openzaak.zgw.components import DOCUMENTEN, kanaal
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


@extend_schema_view(
    list=extend_schema(
        summary="Alle GEBRUIKSRECHTen opvragen.",
        description="Deze lijst kan gefilterd wordt met query-string parameters.",
    ),
    retrieve=extend_schema(
        summary="Een specifieke GEBRUIKSRECHT opvragen.", description="Een specifieke GEBRUIKSRECHT opvragen."
    ),
    create=extend_schema(
        summary="Maak een GEBRUIKSRECHT aan.",
        description="Voeg GEBRUIKSRECHTen toe voor een INFORMATIEOBJECT. Het toevoegen van gebruiksrechten zorgt "
        "ervoor dat de `indicatieGebruiksrecht` op het informatieobject op `true` gezet wordt (drc-006).",
    ),
    update=extend_schema(
        summary="Werk een GEBRUIKSRECHT in zijn geheel bij.", description="Werk een GEBRUIKSRECHT in zijn geheel bij."
    ),
    partial_update=extend_schema(
        summary="Werk een GEBRUIKSRECHT relatie deels bij.", description="Werk een GEBRUIKSRECHT relatie deels bij."
    ),
    destroy=extend_schema(
        summary="Verwijder een GEBRUIKSRECHT.",
        description="Indien het laatste GEBRUIKSRECHT van een INFORMATIEOBJECT verwijderd wordt, dan wordt de "
        "`indicatieGebruiksrecht` van het INFORMATIEOBJECT op `null` gezet (drc-006).",
    ),
)
class GebruiksrechtenViewSet(DocumentPartViewSet, ModelViewSet):
    """Opvragen en bewerken van GEBRUIKSRECHTen bij een INFORMATIEOBJECT."""

    queryset = Gebruiksrechten.objects.select_related("informatieobject").order_by("pk")
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


@extend_schema_view(
    list=extend_schema(
        summary="Alle OBJECT-INFORMATIEOBJECT relaties opvragen.",
        description="Deze lijst kan gefilterd wordt met query-string parameters.",
    ),
    retrieve=extend_schema(
        summary="Een specifieke OBJECT-INFORMATIEOBJECT relatie opvragen.",
        description="Een specifieke OBJECT-INFORMATIEOBJECT relatie opvragen.",
    ),
    create=extend_schema(
        summary="Maak een OBJECT-INFORMATIEOBJECT relatie aan.",
        description="**LET OP: Dit endpoint hoor je als consumer niet zelf aan te spreken.** Andere API's, zoals de "
        "Zaken API en de Besluiten API, gebruiken dit endpoint bij het synchroniseren van relaties. **Er wordt "
        "gevalideerd op** geldigheid `informatieobject` URL, uniciteit van `informatieobject` en `object` (drc-003), "
        "bestaan van `object` (drc-002) en van de relatie in de bron (drc-004).",
    ),
    destroy=extend_schema(
        summary="Verwijder een OBJECT-INFORMATIEOBJECT relatie.",
        description="**LET OP: Dit endpoint hoor je als consumer niet zelf aan te spreken.** Andere API's, zoals de "
        "Zaken API en de Besluiten API, gebruiken dit endpoint bij het synchroniseren van relaties.",
    ),
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

    queryset = ObjectInformatieObject.objects.select_related("informatieobject", "zaak", "besluit").order_by("pk")
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


@extend_schema_view(
    list=extend_schema(
        summary="Alle VERZENDINGen opvragen.", description="Deze lijst kan gefilterd wordt met query-string parameters."
    ),
    retrieve=extend_schema(
        summary="Een specifieke VERZENDING opvragen.", description="Een specifieke VERZENDING opvragen."
    ),
    create=extend_schema(
        summary="Maak een VERZENDING aan.",
        description="Voeg VERZENDINGen toe voor een INFORMATIEOBJECT en een BETROKKENE.",
    ),
    update=extend_schema(
        summary="Werk een VERZENDING in zijn geheel bij.", description="Werk een VERZENDING in zijn geheel bij."
    ),
    partial_update=extend_schema(
        summary="Werk een VERZENDING relatie deels bij.", description="Werk een VERZENDING relatie deels bij."
    ),
    destroy=extend_schema(summary="Verwijder een VERZENDING.", description="Verwijder een VERZENDING."),
)
class VerzendingViewSet(DocumentPartViewSet, ModelViewSet):
    """Opvragen en bewerken van VERZENDINGen: een document ontvangen van of verzonden aan een BETROKKENE."""

    queryset = Verzending.objects.select_related("informatieobject").order_by("pk")
    serializer_class = VerzendingSerializer
    filterset_class = VerzendingFilter
    required_scopes = SCOPES
    etag = True
    expand_fields = EXPAND_INFORMATIEOBJECT
