from openzaak.zgw.api_urls import component_urlpatterns
from openzaak.zgw.components import CATALOGI as component
from openzaak.zgw.routers import ZGWRouter

from . import viewsets

router = ZGWRouter(component)
router.register("catalogussen", viewsets.CatalogusViewSet)
router.register("zaaktypen", viewsets.ZaakTypeViewSet)
router.register("statustypen", viewsets.StatusTypeViewSet)
router.register("resultaattypen", viewsets.ResultaatTypeViewSet)
router.register("roltypen", viewsets.RolTypeViewSet)
router.register("eigenschappen", viewsets.EigenschapViewSet)
router.register("informatieobjecttypen", viewsets.InformatieObjectTypeViewSet)
router.register("besluittypen", viewsets.BesluitTypeViewSet)
router.register("zaakobjecttypen", viewsets.ZaakObjectTypeViewSet)
router.register("zaaktype-informatieobjecttypen", viewsets.ZaakTypeInformatieObjectTypeViewSet)

urlpatterns = component_urlpatterns(component, router)
