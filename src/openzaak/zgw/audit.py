"""The audit trail of zaken, documenten and besluiten: `record()` writes one
`AuditTrail` row per write (in the request's transaction), and `AuditTrailViewSet`
serves the nested `/<hoofdobject>/{uuid}/audittrail` endpoints."""

from __future__ import annotations

from django.shortcuts import get_object_or_404
from rest_framework import mixins, serializers, viewsets

from .models import AuditTrail
from .scopes import SCOPE_AUDITTRAILS_LEZEN

ACTIE_WEERGAVE = {
    "create": "Object aangemaakt",
    "list": "Lijst van objecten opgehaald",
    "retrieve": "Object opgehaald",
    "destroy": "Object verwijderd",
    "update": "Object bijgewerkt",
    "partial_update": "Object deels bijgewerkt",
}


def record(
    request,
    *,
    bron: str,
    actie: str,
    resultaat: int,
    main_object_url: str,
    main_object_uuid,
    resource: str,
    resource_url: str,
    resource_weergave: str,
    oud: dict | None,
    nieuw: dict | None,
) -> AuditTrail:
    auth = request.auth
    client = auth.client if auth else None
    return AuditTrail.objects.create(
        bron=bron,
        applicatie_id=client.applicatie_uuid if client else "",
        applicatie_weergave=(client.label if client else "")[:200],
        gebruikers_id=(auth.claims.user_id if auth else "")[:255],
        gebruikers_weergave=(auth.claims.user_representation if auth else "")[:255],
        actie=actie,
        actie_weergave=ACTIE_WEERGAVE.get(actie, ""),
        resultaat=resultaat,
        hoofd_object=main_object_url,
        hoofd_object_uuid=main_object_uuid,
        resource=resource,
        resource_url=resource_url,
        resource_weergave=resource_weergave[:200],
        toelichting=request.headers.get("X-Audit-Toelichting", ""),
        oud=oud,
        nieuw=nieuw,
    )


class WijzigingenSerializer(serializers.Serializer):
    oud = serializers.JSONField(allow_null=True)
    nieuw = serializers.JSONField(allow_null=True)


class AuditTrailSerializer(serializers.ModelSerializer):
    applicatieId = serializers.CharField(source="applicatie_id", max_length=100, required=False)
    applicatieWeergave = serializers.CharField(source="applicatie_weergave", max_length=200, required=False)
    gebruikersId = serializers.CharField(source="gebruikers_id", max_length=255, required=False)
    gebruikersWeergave = serializers.CharField(source="gebruikers_weergave", max_length=255, required=False)
    actieWeergave = serializers.CharField(source="actie_weergave", max_length=200, required=False)
    hoofdObject = serializers.URLField(source="hoofd_object", max_length=1000)
    resourceUrl = serializers.URLField(source="resource_url", max_length=1000)
    resourceWeergave = serializers.CharField(source="resource_weergave", max_length=200)
    wijzigingen = WijzigingenSerializer(source="*")

    class Meta:
        model = AuditTrail
        fields = (
            "uuid",
            "bron",
            "applicatieId",
            "applicatieWeergave",
            "gebruikersId",
            "gebruikersWeergave",
            "actie",
            "actieWeergave",
            "resultaat",
            "hoofdObject",
            "resource",
            "resourceUrl",
            "toelichting",
            "resourceWeergave",
            "aanmaakdatum",
            "wijzigingen",
        )


class AuditTrailViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The audit trail of one hoofdobject. A subclass names the parent viewset
    (`parent_viewset`) and URL kwarg (`parent_lookup_kwarg`, e.g. `zaak_uuid`). It takes
    `audittrails.lezen`, and the parent is fetched through that viewset's own authorised
    path, so whoever may not read the hoofdobject may not read its audit trail either."""

    queryset = AuditTrail.objects.order_by("aanmaakdatum", "pk")
    serializer_class = AuditTrailSerializer
    lookup_field = "uuid"
    pagination_class = None
    register_url = False  # audit rows are shown by their uuid, not linked by URL
    parent_viewset = None
    parent_lookup_kwarg = ""

    @property
    def component(self):
        return self.parent_viewset.component

    required_scopes = {"list": SCOPE_AUDITTRAILS_LEZEN, "retrieve": SCOPE_AUDITTRAILS_LEZEN}

    def scope_context(self, obj) -> dict:
        return {}  # the hoofdobject's own autorisatie is checked in get_parent()

    def get_parent(self):
        parent_view = self.parent_viewset(request=self.request, kwargs={"uuid": self.kwargs[self.parent_lookup_kwarg]})
        parent_view.action = "retrieve"
        parent_view.format_kwarg = None
        parent = get_object_or_404(parent_view.get_queryset(), uuid=self.kwargs[self.parent_lookup_kwarg])
        parent_view.check_object_permissions(self.request, parent)
        return parent

    def get_queryset(self):
        parent = self.get_parent()
        return super().get_queryset().filter(hoofd_object_uuid=parent.uuid)
