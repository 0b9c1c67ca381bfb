from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from openzaak.zgw.scopes import SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUTORISATIES_LEZEN
from openzaak.zgw.viewsets import ZGWViewSet

from ..models import Applicatie
from ..selectors import autorisaties_as_rows
from .component import AUTORISATIES
from .filters import ApplicatieFilter
from .kanalen import KANAAL_AUTORISATIES
from .serializers import ApplicatieSerializer


@extend_schema_view(
    list=extend_schema(
        summary="Geef een collectie van applicaties, met ingesloten autorisaties.",
        description="De collectie kan doorzocht worden met de `clientIds` query parameter.",
    ),
    retrieve=extend_schema(summary="Vraag een applicatie op, met ingesloten autorisaties."),
    create=extend_schema(
        summary="Registreer een applicatie met een set van autorisaties.",
        description="Er wordt gevalideerd op:\n- uniciteit van `clientIds` (ac-001)\n"
        "- óf `heeftAlleAutorisaties`, óf een lijst van autorisaties (ac-002)\n"
        "- de verplichte velden per component (ac-003)",
    ),
    update=extend_schema(summary="Werk de applicatie bij."),
    partial_update=extend_schema(summary="Werk (enkele gegevens van) de applicatie bij."),
    destroy=extend_schema(summary="Verwijder een applicatie met de bijhorende autorisaties."),
)
class ApplicatieViewSet(
    ZGWViewSet,
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
):
    """Applicaties: client applications and the autorisaties they hold."""

    queryset = Applicatie.objects.annotate(**autorisaties_as_rows()).order_by("pk")
    serializer_class = ApplicatieSerializer
    filterset_class = ApplicatieFilter
    component = AUTORISATIES
    notifications_kanaal = KANAAL_AUTORISATIES
    required_scopes = {
        "list": SCOPE_AUTORISATIES_LEZEN,
        "retrieve": SCOPE_AUTORISATIES_LEZEN,
        "consumer": SCOPE_AUTORISATIES_LEZEN,
        "create": SCOPE_AUTORISATIES_BIJWERKEN,
        "update": SCOPE_AUTORISATIES_BIJWERKEN,
        "partial_update": SCOPE_AUTORISATIES_BIJWERKEN,
        "destroy": SCOPE_AUTORISATIES_BIJWERKEN,
    }

    @extend_schema(
        summary="Vraag een applicatie op, op basis van clientId",
        description="Gegeven een `clientId`, via de query string, zoek de bijbehorende applicatie op. "
        "Het antwoord bevat de applicatie met ingesloten autorisaties, als lijst van één element zoals het "
        "contract van de Autorisaties API het beschrijft; 404 als geen applicatie dit client ID heeft.",
        parameters=[
            OpenApiParameter("clientId", OpenApiTypes.STR, required=True, description="Het client ID van de consumer.")
        ],
        responses={200: ApplicatieSerializer(many=True)},
    )
    @action(detail=False, methods=["get"], pagination_class=None)
    def consumer(self, request):
        unknown = sorted(set(request.query_params) - {"clientId"})
        client_id = request.query_params.get("clientId", "")
        errors = {
            name: [serializers.ErrorDetail("Onbekende query parameter.", code="unknown-parameters")] for name in unknown
        }
        if not client_id:
            errors["clientId"] = [serializers.ErrorDetail("Dit veld is vereist.", code="required")]
        if errors:
            raise serializers.ValidationError(errors)
        applicatie = get_object_or_404(self.get_queryset(), client_ids__contains=[client_id])
        return Response(self.get_serializer([applicatie], many=True).data)
