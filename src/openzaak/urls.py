from importlib import import_module

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from . import health

handler400 = "openzaak.zgw.errors.handler400"
handler404 = "openzaak.zgw.errors.handler404"
handler500 = "openzaak.zgw.errors.handler500"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("health/live", health.live, name="health-live"),
    path("health/ready", health.ready, name="health-ready"),
    *(
        path(f"{import_module(module).component.api_root}/", include(module))
        for module in settings.ZGW_COMPONENT_URLCONFS
    ),
]
