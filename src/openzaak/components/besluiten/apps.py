from django.apps import AppConfig


class BesluitenConfig(AppConfig):
    name = "openzaak.components.besluiten"
    label = "besluiten"
    verbose_name = "Besluiten"
    default_auto_field = "django.db.models.BigAutoField"
