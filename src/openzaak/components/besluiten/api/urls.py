from openzaak.zgw.api_urls import component_urlpatterns
from openzaak.zgw.components import BESLUITEN as component
from openzaak.zgw.routers import ZGWRouter

from . import viewsets

router = ZGWRouter(component)
router.register("besluiten", viewsets.BesluitViewSet)
router.register(r"besluiten/(?P<besluit_uuid>[0-9a-fA-F-]{36})/audittrail", viewsets.BesluitAuditTrailViewSet)
router.register("besluitinformatieobjecten", viewsets.BesluitInformatieObjectViewSet)

urlpatterns = component_urlpatterns(component, router)
