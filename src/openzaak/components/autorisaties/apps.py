from django.apps import AppConfig


class AutorisatiesConfig(AppConfig):
    name = "openzaak.components.autorisaties"
    label = "autorisaties"
    verbose_name = "Autorisaties"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from openzaak.zgw.auth.client import register_loader

        from . import signals  # noqa: F401  (cache invalidation)
        from .selectors import load_client

        register_loader(load_client)
