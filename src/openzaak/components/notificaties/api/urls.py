from openzaak.zgw.api_urls import component_urlpatterns
from openzaak.zgw.components import NOTIFICATIES as component
from openzaak.zgw.routers import ZGWRouter

from .viewsets import AbonnementViewSet, KanaalViewSet, NotificatieViewSet

router = ZGWRouter(component)
router.register("kanaal", KanaalViewSet)
router.register("abonnement", AbonnementViewSet)
router.register("notificaties", NotificatieViewSet, basename="notificaties")

urlpatterns = component_urlpatterns(component, router)
