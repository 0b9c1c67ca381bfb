from django.apps import AppConfig


class CatalogiConfig(AppConfig):
    name = "openzaak.components.catalogi"
    label = "catalogi"
    verbose_name = "Catalogi"
    default_auto_field = "django.db.models.BigAutoField"
