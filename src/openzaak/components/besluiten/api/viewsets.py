"""The Besluiten API's viewsets: declarations only; every write is one call to
`services`. Reads are authorised by besluittype (`Besluit.authorisation`; a
besluitinformatieobject is read as its besluit is) on every path: list, detail, HEAD,
`expand` and the audit trail."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import mixins

from openzaak.zgw.audittrails import AuditTrailViewSet
from openzaak.zgw.components import BESLUITEN, kanaal
from openzaak.zgw.prefetch import fk_uuids
from openzaak.zgw.scopes import (
    SCOPE_BESLUITEN_AANMAKEN,
    SCOPE_BESLUITEN_BIJWERKEN,
    SCOPE_BESLUITEN_LEZEN,
    SCOPE_BESLUITEN_VERWIJDEREN,
)
from openzaak.zgw.viewsets import ModelViewSet, ZGWViewSet

from .. import services
from ..models import Besluit, BesluitInformatieObject
from .filters import BesluitFilter, BesluitInformatieObjectFilter
from .serializers import BesluitInformatieObjectSerializer, BesluitSerializer

BESLUIT_VALIDATIE = (
    "- uniciteit van `verantwoorlijkeOrganisatie` + `identificatie`\n"
    "- geldigheid `verantwoorlijkeOrganisatie` RSIN\n"
    "{besluittype}"
    "- geldigheid `zaak` URL - de resource moet opgevraagd kunnen worden uit de Zaken API en de vorm van een ZAAK "
    "hebben.\n"
    "- `datum` in het verleden of nu\n"
    "- publicatie `besluittype` - `concept` moet `false` zijn\n"
    "- het `besluittype` hoort bij het zaaktype van de `zaak` (brc-007)\n"
    "- `vervaldatum` niet vóór `ingangsdatum`; `publicatiedatum` en `verzenddatum` niet vóór `datum`; "
    "`uiterlijkeReactiedatum` niet vóór `verzenddatum` (of `datum`); een `vervalreden` met een `vervaldatum`"
)
BESLUITTYPE_CREATE = (
    "- geldigheid `besluittype` URL - de resource moet opgevraagd kunnen worden uit de Catalogi API en de vorm "
    "van een BESLUITTYPE hebben.\n"
)
BESLUITTYPE_UPDATE = "- het `besluittype` mag niet gewijzigd worden\n"


@extend_schema_view(
    list=extend_schema(
        summary="Alle BESLUITen opvragen.", description="Deze lijst kan gefilterd wordt met query-string parameters."
    ),
    retrieve=extend_schema(summary="Een specifiek BESLUIT opvragen.", description="Een specifiek BESLUIT opvragen."),
    create=extend_schema(
        summary="Maak een BESLUIT aan.",
        description="Indien geen identificatie gegeven is, dan wordt deze automatisch gegenereerd.\n\n"
        "Er wordt gevalideerd op:\n" + BESLUIT_VALIDATIE.format(besluittype=BESLUITTYPE_CREATE),
    ),
    update=extend_schema(
        summary="Werk een BESLUIT in zijn geheel bij.",
        description="Er wordt gevalideerd op:\n" + BESLUIT_VALIDATIE.format(besluittype=BESLUITTYPE_UPDATE),
    ),
    partial_update=extend_schema(
        summary="Werk een BESLUIT deels bij.",
        description="Er wordt gevalideerd op:\n" + BESLUIT_VALIDATIE.format(besluittype=BESLUITTYPE_UPDATE),
    ),
    destroy=extend_schema(
        summary="Verwijder een BESLUIT.",
        description="Verwijder een BESLUIT samen met alle gerelateerde resources binnen deze API.\n\n"
        "**De gerelateerde resources zijn**\n- `BESLUITINFORMATIEOBJECT`\n- audit trail regels",
    ),
)
class BesluitViewSet(ModelViewSet):
    """Opvragen en bewerken van BESLUITen."""

    # the besluittype and zaak are shown by URL: their uuids on the page query, not their rows
    queryset = Besluit.objects.annotate(**fk_uuids("besluittype", "zaak")).order_by("-pk")
    serializer_class = BesluitSerializer
    filterset_class = BesluitFilter
    component = BESLUITEN
    required_scopes = {
        "list": SCOPE_BESLUITEN_LEZEN,
        "retrieve": SCOPE_BESLUITEN_LEZEN,
        "create": SCOPE_BESLUITEN_AANMAKEN,
        "update": SCOPE_BESLUITEN_BIJWERKEN,
        "partial_update": SCOPE_BESLUITEN_BIJWERKEN,
        "destroy": SCOPE_BESLUITEN_VERWIJDEREN,
    }
    notifications_kanaal = kanaal("besluiten")
    audit = True
    etag = True
    expand_fields = {"besluittype": "besluittype", "zaak": "zaak"}

    def create_object(self, data):
        return services.besluit_create(context=self.write_context, data=data)

    def update_object(self, instance, data, *, partial):
        return services.besluit_update(context=self.write_context, besluit=instance, data=data, partial=partial)

    def destroy_object(self, instance):
        services.besluit_delete(context=self.write_context, besluit=instance)


@extend_schema_view(
    list=extend_schema(
        summary="Alle BESLUIT-INFORMATIEOBJECT relaties opvragen.",
        description="Deze lijst kan gefilterd wordt met query-string parameters.",
    ),
    retrieve=extend_schema(
        summary="Een specifieke BESLUIT-INFORMATIEOBJECT relatie opvragen.",
        description="Een specifieke BESLUIT-INFORMATIEOBJECT relatie opvragen.",
    ),
    create=extend_schema(
        summary="Maak een BESLUIT-INFORMATIEOBJECT relatie aan.",
        description="Registreer een INFORMATIEOBJECT bij een BESLUIT. Er worden twee types van relaties met andere "
        "objecten gerealiseerd:\n\n"
        "**Er wordt gevalideerd op**\n"
        "- geldigheid `besluit` URL\n"
        "- geldigheid `informatieobject` URL\n"
        "- de combinatie `informatieobject` en `besluit` moet uniek zijn\n"
        "- `informatieobject.informatieobjecttype` moet in het ZTC gerelateerd zijn aan `besluit.besluittype`\n\n"
        "**Opmerkingen**\n"
        "- Bij het aanmaken wordt ook in de Documenten API de gespiegelde relatie aangemaakt, echter zonder de "
        "relatie-informatie.",
    ),
    destroy=extend_schema(
        summary="Verwijder een BESLUIT-INFORMATIEOBJECT relatie.",
        description="Verwijder een BESLUIT-INFORMATIEOBJECT relatie; de gespiegelde relatie in de Documenten API "
        "verdwijnt mee.",
    ),
)
class BesluitInformatieObjectViewSet(
    ZGWViewSet, mixins.ListModelMixin, mixins.CreateModelMixin, mixins.RetrieveModelMixin, mixins.DestroyModelMixin
):
    """Opvragen en bewerken van BESLUIT-INFORMATIEOBJECT relaties."""

    # the besluit and document are shown by URL: their uuids on the page query, not their rows
    queryset = BesluitInformatieObject.objects.annotate(**fk_uuids("besluit", "informatieobject")).order_by("pk")
    serializer_class = BesluitInformatieObjectSerializer
    filterset_class = BesluitInformatieObjectFilter
    pagination_class = None  # the contract's list is a plain array
    component = BESLUITEN
    required_scopes = {
        "list": SCOPE_BESLUITEN_LEZEN,
        "retrieve": SCOPE_BESLUITEN_LEZEN,
        "create": SCOPE_BESLUITEN_AANMAKEN,
        "destroy": SCOPE_BESLUITEN_VERWIJDEREN,
    }
    notifications_kanaal = kanaal("besluiten")
    hoofd_object = "besluit"
    audit = True
    etag = True
    expand_fields = {"besluit": "besluit", "informatieobject": "informatieobject"}

    def create_object(self, data):
        return services.besluitinformatieobject_create(context=self.write_context, data=data)

    def destroy_object(self, instance):
        services.besluitinformatieobject_delete(context=self.write_context, besluitinformatieobject=instance)


@extend_schema_view(
    list=extend_schema(
        summary="Alle audit trail regels behorend bij het BESLUIT.",
        description="Alle audit trail regels behorend bij het BESLUIT.",
    ),
    retrieve=extend_schema(
        summary="Een specifieke audit trail regel opvragen.", description="Een specifieke audit trail regel opvragen."
    ),
)
class BesluitAuditTrailViewSet(AuditTrailViewSet):
    """De audit trail van een BESLUIT."""

    parent_model = Besluit
    parent_lookup_kwarg = "besluit_uuid"
    component = BESLUITEN
