from openzaak.zgw.api_urls import component_urlpatterns
from openzaak.zgw.routers import ZGWRouter

from .component import AUTORISATIES as component
from .viewsets import ApplicatieViewSet

router = ZGWRouter(component)
router.register("applicaties", ApplicatieViewSet)

urlpatterns = component_urlpatterns(component, router)
