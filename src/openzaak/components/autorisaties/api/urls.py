from openzaak.zgw.api_urls import component_urlpatterns
from openzaak.zgw.components import AUTORISATIES as component
from openzaak.zgw.routers import ZGWRouter

from .viewsets import ApplicatieViewSet

router = ZGWRouter(component)
router.register("applicaties", ApplicatieViewSet)

urlpatterns = component_urlpatterns(component, router)
