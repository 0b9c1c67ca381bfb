"""The nested `/<hoofdobject>/{uuid}/audittrail` endpoints of zaken, documenten and
besluiten: the rows `zgw.audit.record()` wrote for one hoofdobject."""

from __future__ import annotations

from rest_framework import mixins, serializers

from .constants import ComponentTypes
from .models import AuditTrail
from .scopes import SCOPE_AUDITTRAILS_LEZEN
from .viewsets import NestedViewSet

# The contract's `bron`: the components this project has, and those an audit trail of another
# provider in the landscape may name.
BRONNEN = [
    *ComponentTypes.choices,
    ("cmc", "Contactmomenten API"),
    ("kc", "Klanten API"),
    ("vrc", "Verzoeken API"),
]


class WijzigingenSerializer(serializers.Serializer):
    oud = serializers.JSONField(allow_null=True)
    nieuw = serializers.JSONField(allow_null=True)


class AuditTrailSerializer(serializers.ModelSerializer):
    bron = serializers.ChoiceField(
        choices=BRONNEN, help_text="De naam van het component waar de wijziging in is gedaan."
    )
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


class AuditTrailViewSet(NestedViewSet, mixins.ListModelMixin, mixins.RetrieveModelMixin):
    """The audit trail of one hoofdobject. A subclass names the parent (`parent_model`,
    `parent_lookup_kwarg`, e.g. `zaak_uuid`) and its `component`. Reading takes
    `audittrails.lezen` granted for the hoofdobject's type and vertrouwelijkheid: whoever
    may not access the hoofdobject may not read its audit trail either."""

    queryset = AuditTrail.objects.order_by("aanmaakdatum", "pk")
    serializer_class = AuditTrailSerializer
    pagination_class = None
    register_url = False  # audit rows are shown by their uuid, not linked by URL
    required_scopes = {"list": SCOPE_AUDITTRAILS_LEZEN, "retrieve": SCOPE_AUDITTRAILS_LEZEN}

    def filter_by_parent(self, queryset, parent):
        return queryset.filter(hoofd_object_uuid=parent.uuid)
