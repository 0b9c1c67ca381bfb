from django.apps import AppConfig


class DocumentenConfig(AppConfig):
    name = "openzaak.components.documenten"
    label = "documenten"
    verbose_name = "Documenten"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # the receiver that deletes the content of rolled-back writes when a request ends
        from . import content  # noqa: F401
