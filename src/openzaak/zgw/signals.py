"""A changed or removed client secret must not stay cached (`auth.client`)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .auth.client import invalidate
from .models import ClientCredential


@receiver(post_save, sender=ClientCredential)
@receiver(post_delete, sender=ClientCredential)
def _credential_changed(sender, instance, **kwargs):
    invalidate([instance.client_id])
