from openzaak.zgw.api_urls import component_urlpatterns
from openzaak.zgw.routers import ZGWRouter

from .component import CATALOGI as component

router = ZGWRouter(component)

urlpatterns = component_urlpatterns(component, router)
