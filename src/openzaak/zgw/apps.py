from django.apps import AppConfig


class ZGWConfig(AppConfig):
    name = "openzaak.zgw"
    label = "zgw"
    verbose_name = "ZGW API-laag"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from openzaak import security  # noqa: F401 - registers the deployment checks

        from . import signals  # noqa: F401  (credential cache invalidation)
