from openzaak.zgw.api_urls import component_urlpatterns
from openzaak.zgw.components import ZAKEN as component
from openzaak.zgw.routers import ZGWRouter

from . import viewsets

ZAAK = r"zaken/(?P<zaak_uuid>[0-9a-fA-F-]{36})"

router = ZGWRouter(component)
router.register("zaken", viewsets.ZaakViewSet)
router.register(f"{ZAAK}/zaakeigenschappen", viewsets.ZaakEigenschapViewSet, "zaakeigenschap")
router.register(f"{ZAAK}/audittrail", viewsets.ZaakAuditTrailViewSet, "zaak-audittrail")
router.register("zaaknummer_reserveren", viewsets.ZaakNummerReserverenViewSet, "zaaknummer_reserveren")

urlpatterns = component_urlpatterns(component, router)
