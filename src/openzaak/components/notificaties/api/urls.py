from openzaak.zgw.api_urls import component_urlpatterns
from openzaak.zgw.routers import ZGWRouter

from .component import NOTIFICATIES as component

router = ZGWRouter(component)

urlpatterns = component_urlpatterns(component, router)
