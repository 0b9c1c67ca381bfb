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
# a zaak's sub-resources
router.register("statussen", viewsets.StatusViewSet)
router.register("resultaten", viewsets.ResultaatViewSet)
router.register("rollen", viewsets.RolViewSet)
router.register("zaakobjecten", viewsets.ZaakObjectViewSet)
router.register("zaakinformatieobjecten", viewsets.ZaakInformatieObjectViewSet)
router.register("klantcontacten", viewsets.KlantContactViewSet)
router.register("zaakcontactmomenten", viewsets.ZaakContactMomentViewSet)
router.register("zaakverzoeken", viewsets.ZaakVerzoekViewSet)
router.register("zaaknotities", viewsets.ZaakNotitieViewSet)

urlpatterns = component_urlpatterns(component, router)
