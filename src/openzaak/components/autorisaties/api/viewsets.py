from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from openzaak.zgw.components import AUTORISATIES, kanaal
from openzaak.zgw.schema import ValidatieFoutSerializer
from openzaak.zgw.scopes import SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUTORISATIES_LEZEN
from openzaak.zgw.viewsets import ModelViewSet

from .. import services
from ..models import Applicatie
from ..selectors import autorisaties_as_rows
from .filters import ApplicatieFilter
from .serializers import ApplicatieSerializer
from .validators import NotOwnApplicatie


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
    destroy=extend_schema(
        summary="Verwijder een applicatie met de bijhorende autorisaties.",
        description="Een client kan de applicatie waarmee hij zich aanmeldt niet verwijderen (400, `own-applicatie`).",
        responses={204: None, (400, "application/problem+json"): ValidatieFoutSerializer},
    ),
)
class ApplicatieViewSet(ModelViewSet):
    """Applicaties: client applications and the autorisaties they hold."""

    queryset = Applicatie.objects.annotate(**autorisaties_as_rows()).order_by("pk")
    serializer_class = ApplicatieSerializer
    filterset_class = ApplicatieFilter
    component = AUTORISATIES
    notifications_kanaal = kanaal("autorisaties")
    required_scopes = {
        "list": SCOPE_AUTORISATIES_LEZEN,
        "retrieve": SCOPE_AUTORISATIES_LEZEN,
        "consumer": SCOPE_AUTORISATIES_LEZEN,
        "create": SCOPE_AUTORISATIES_BIJWERKEN,
        "update": SCOPE_AUTORISATIES_BIJWERKEN,
        "partial_update": SCOPE_AUTORISATIES_BIJWERKEN,
        "destroy": SCOPE_AUTORISATIES_BIJWERKEN,
    }

    def create_object(self, data):
        return services.applicatie_create(context=self.write_context, data=data)

    def update_object(self, instance, data, *, partial):
        return services.applicatie_update(context=self.write_context, applicatie=instance, data=data, partial=partial)

    def destroy_object(self, instance):
        NotOwnApplicatie()(instance, self.request)
        services.applicatie_delete(context=self.write_context, applicatie=instance)

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
