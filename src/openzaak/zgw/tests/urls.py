"""A test-only URLconf: the real APIs plus a test component whose viewsets switch on the
shared machinery that no real component of this size uses yet (audit trail, ETag, Crs
headers), over the Applicatie model. Writes are recorded after the declarations of the
viewset registered for the model: `audited` makes it `AuditedViewSet` for a test."""

from unittest import mock

import pytest
from django.urls import include, path
from rest_framework import mixins

from openzaak.components.autorisaties.api.serializers import ApplicatieSerializer
from openzaak.components.autorisaties.models import Applicatie
from openzaak.zgw import references
from openzaak.zgw.audittrails import AuditTrailViewSet
from openzaak.zgw.components import Component
from openzaak.zgw.routers import ZGWRouter
from openzaak.zgw.scopes import SCOPE_AUTORISATIES_BIJWERKEN, SCOPE_AUTORISATIES_LEZEN
from openzaak.zgw.viewsets import ZGWViewSet

from ...urls import urlpatterns as real_urlpatterns

handler400 = "openzaak.zgw.errors.handler400"
handler404 = "openzaak.zgw.errors.handler404"
handler500 = "openzaak.zgw.errors.handler500"

TEST_COMPONENT = Component(code="ac", slug="test", version="9.9.9", title="Test API")
SCOPES = {
    "list": SCOPE_AUTORISATIES_LEZEN,
    "retrieve": SCOPE_AUTORISATIES_LEZEN,
    "create": SCOPE_AUTORISATIES_BIJWERKEN,
    "update": SCOPE_AUTORISATIES_BIJWERKEN,
    "partial_update": SCOPE_AUTORISATIES_BIJWERKEN,
    "destroy": SCOPE_AUTORISATIES_BIJWERKEN,
}


class AuditedViewSet(
    ZGWViewSet,
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
):
    queryset = Applicatie.objects.prefetch_related("autorisaties").order_by("pk")
    serializer_class = ApplicatieSerializer
    component = TEST_COMPONENT
    required_scopes = SCOPES
    audit = True
    etag = True


class GeoViewSet(AuditedViewSet):
    audit = False
    crs_headers = True


class ApplicatieAuditTrailViewSet(AuditTrailViewSet):
    parent_model = Applicatie
    parent_lookup_kwarg = "applicatie_uuid"
    component = TEST_COMPONENT


class ExplodingViewSet(ZGWViewSet, mixins.ListModelMixin):
    queryset = Applicatie.objects.all()
    serializer_class = ApplicatieSerializer
    component = TEST_COMPONENT
    required_scopes = SCOPES

    def list(self, request, *args, **kwargs):
        raise RuntimeError("boom")


router = ZGWRouter(TEST_COMPONENT)
router.register("audited", AuditedViewSet, basename="audited")
router.register("geo", GeoViewSet, basename="geo")
router.register(r"audited/(?P<applicatie_uuid>[0-9a-fA-F-]{36})/audittrail", ApplicatieAuditTrailViewSet, "audittrail")
router.register("exploding", ExplodingViewSet, basename="exploding")

urlpatterns = [*real_urlpatterns, path("test/api/v1/", include(router.urls))]


@pytest.fixture
def audited():
    """Record Applicatie writes as `AuditedViewSet` declares (with an audit trail)."""
    with mock.patch.dict(references._VIEWSETS, {Applicatie: AuditedViewSet}):
        yield
