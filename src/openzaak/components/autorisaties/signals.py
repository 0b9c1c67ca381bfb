"""Cached client autorisaties are forgotten whenever an Applicatie or one of its
autorisaties changes — through the API, the admin or the shell alike."""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from openzaak.zgw.auth.client import invalidate

from .models import Applicatie, Autorisatie


@receiver(pre_save, sender=Applicatie)
def _remember_old_client_ids(sender, instance, **kwargs):
    # a client id removed from an Applicatie must lose its cached autorisaties too
    if instance.pk:
        old = Applicatie.objects.filter(pk=instance.pk).values_list("client_ids", flat=True).first()
        invalidate(old or [])


@receiver(post_save, sender=Applicatie)
@receiver(post_delete, sender=Applicatie)
def _applicatie_changed(sender, instance, **kwargs):
    invalidate(instance.client_ids)


@receiver(post_save, sender=Autorisatie)
@receiver(post_delete, sender=Autorisatie)
def _autorisatie_changed(sender, instance, **kwargs):
    applicatie = Applicatie.objects.filter(pk=instance.applicatie_id).values_list("client_ids", flat=True).first()
    invalidate(applicatie or [])
