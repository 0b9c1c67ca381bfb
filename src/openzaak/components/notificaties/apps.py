from django.apps import AppConfig
from django.db.models.signals import post_migrate


class NotificatiesConfig(AppConfig):
    name = "openzaak.components.notificaties"
    label = "notificaties"
    verbose_name = "Notificaties"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from openzaak.zgw.notifications import notification_committed

        from .tasks import queue_delivery

        # every committed notification, of our registers and external publishers alike
        notification_committed.connect(queue_delivery, dispatch_uid="notificaties.queue_delivery")
        post_migrate.connect(_sync_kanalen, sender=self)


def _sync_kanalen(sender, **kwargs):
    from .services import kanalen_sync

    kanalen_sync()
