from openzaak.zgw.api_urls import component_urlpatterns
from openzaak.zgw.components import DOCUMENTEN as component
from openzaak.zgw.routers import ZGWRouter

from . import viewsets

router = ZGWRouter(component)
router.register("enkelvoudiginformatieobjecten", viewsets.EnkelvoudigInformatieObjectViewSet)
router.register(
    r"enkelvoudiginformatieobjecten/(?P<enkelvoudiginformatieobject_uuid>[0-9a-fA-F-]{36})/audittrail",
    viewsets.EnkelvoudigInformatieObjectAuditTrailViewSet,
    basename="enkelvoudiginformatieobject-audittrail",
)
router.register("bestandsdelen", viewsets.BestandsDeelViewSet)
router.register("gebruiksrechten", viewsets.GebruiksrechtenViewSet)
router.register("objectinformatieobjecten", viewsets.ObjectInformatieObjectViewSet)
router.register("verzendingen", viewsets.VerzendingViewSet)

urlpatterns = component_urlpatterns(component, router)
