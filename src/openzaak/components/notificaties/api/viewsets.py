from django.db.models import Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins
from rest_framework.settings import api_settings

from openzaak.zgw.components import NOTIFICATIES
from openzaak.zgw.scopes import (
    SCOPE_NOTIFICATIES_CONSUMEREN,
    SCOPE_NOTIFICATIES_PUBLICEREN,
)
from openzaak.zgw.viewsets import ZGWViewSet

from .. import services
from ..models import Abonnement, FilterGroup, Kanaal
from .filters import KanaalFilter
from .permissions import OwnsAbonnement
from .serializers import AbonnementSerializer, KanaalSerializer, MessageSerializer

READ = SCOPE_NOTIFICATIES_CONSUMEREN | SCOPE_NOTIFICATIES_PUBLICEREN
OWNER_ONLY = (
    "Alleen de client die het abonnement aanmaakte (of een applicatie met alle autorisaties) mag het wijzigen of "
    "verwijderen; andere clients krijgen 403. Wie de gemaskeerde `auth` (`********`) terugstuurt, houdt de "
    "opgeslagen waarde."
)


@extend_schema_view(
    list=extend_schema(operation_id="kanaal_list", summary="Alle KANAALen opvragen."),
    retrieve=extend_schema(operation_id="kanaal_read", summary="Een specifiek KANAAL opvragen."),
    create=extend_schema(
        operation_id="kanaal_create",
        summary="Maak een KANAAL aan.",
        description="Een kanaal is uniek in naam; de filters zijn de kenmerken die de notificaties op dit kanaal "
        "dragen en waarop abonnementen kunnen filteren.",
    ),
)
class KanaalViewSet(ZGWViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin):
    """KANAAL: the exchanges sources publish on. Not paginated, as the standard has it."""

    queryset = Kanaal.objects.order_by("naam")
    serializer_class = KanaalSerializer
    filterset_class = KanaalFilter
    pagination_class = None
    component = NOTIFICATIES
    required_scopes = {"list": READ, "retrieve": READ, "create": SCOPE_NOTIFICATIES_PUBLICEREN}

    def create_object(self, data):
        return services.kanaal_create(**data)


@extend_schema_view(
    list=extend_schema(operation_id="abonnement_list", summary="Alle ABONNEMENTen opvragen."),
    retrieve=extend_schema(operation_id="abonnement_read", summary="Een specifiek ABONNEMENT opvragen."),
    create=extend_schema(
        operation_id="abonnement_create",
        summary="Maak een ABONNEMENT aan.",
        description="De kanalen moeten bestaan en de filters moeten kenmerken van het kanaal zijn. De callbackUrl "
        "krijgt eerst een testbericht (kanaal `test`) met de opgegeven `auth`; zonder 2xx-antwoord wordt het "
        "abonnement geweigerd (`invalid-callback-url`).",
    ),
    update=extend_schema(
        operation_id="abonnement_update", summary="Werk een ABONNEMENT in zijn geheel bij.", description=OWNER_ONLY
    ),
    partial_update=extend_schema(
        operation_id="abonnement_partial_update", summary="Werk een ABONNEMENT deels bij.", description=OWNER_ONLY
    ),
    destroy=extend_schema(
        operation_id="abonnement_delete", summary="Verwijder een ABONNEMENT.", description=OWNER_ONLY
    ),
)
class AbonnementViewSet(
    ZGWViewSet,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
):
    """ABONNEMENT: where notifications go. Not paginated, as the standard has it. Only
    the client that made one may change or delete it (`OwnsAbonnement`)."""

    queryset = (
        Abonnement.objects.subscribers()
        .prefetch_related(Prefetch("kanalen", FilterGroup.objects.select_related("kanaal").order_by("pk")))
        .order_by("pk")
    )
    serializer_class = AbonnementSerializer
    permission_classes = (*api_settings.DEFAULT_PERMISSION_CLASSES, OwnsAbonnement)
    pagination_class = None
    component = NOTIFICATIES
    required_scopes = {
        "list": READ,
        "retrieve": READ,
        "create": SCOPE_NOTIFICATIES_CONSUMEREN,
        "update": SCOPE_NOTIFICATIES_CONSUMEREN,
        "partial_update": SCOPE_NOTIFICATIES_CONSUMEREN,
        "destroy": SCOPE_NOTIFICATIES_CONSUMEREN,
    }

    def create_object(self, data):
        return services.abonnement_create(**data, client_id=self.request.auth.claims.client_id)

    def update_object(self, instance, data, *, partial):
        return services.abonnement_update(abonnement=instance, **data)

    def destroy_object(self, instance):
        services.abonnement_delete(abonnement=instance)


@extend_schema_view(
    create=extend_schema(
        operation_id="notificaties_create",
        summary="Publiceer een notificatie.",
        description="Het kanaal moet bestaan, de kenmerken moeten filters van het kanaal zijn en `aanmaakdatum` mag "
        "niet in de toekomst liggen. De notificatie wordt vastgelegd en daarna aan elk passend abonnement "
        "afgeleverd (minstens één keer, met herhaalpogingen); het antwoord is het bericht zelf.",
    ),
)
class NotificatieViewSet(ZGWViewSet, mixins.CreateModelMixin):
    """Publishing by external sources: into the same outbox as this installation's registers."""

    serializer_class = MessageSerializer
    component = NOTIFICATIES
    required_scopes = {"create": SCOPE_NOTIFICATIES_PUBLICEREN}

    def create_object(self, data):
        return services.notificatie_publish(**{"kenmerken": {}, **data})
