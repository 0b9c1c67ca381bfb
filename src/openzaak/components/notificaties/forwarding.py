"""Forwarding every notification to an external Notificaties API (for municipalities
that run one centrally): one more delivery target, an `Abonnement` with `is_forward`,
so it has the same retries, parking, circuit breaker and ordering as any subscriber.

The target follows the settings: `NOTIFICATIES_FORWARD_URL` names the external
`…/notificaties` endpoint; each attempt carries a fresh ZGW JWT made with
`NOTIFICATIES_FORWARD_CLIENT_ID` / `NOTIFICATIES_FORWARD_SECRET`.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone

from openzaak.zgw.auth.jwt import encode

from .models import Abonnement


def forward_target() -> Abonnement | None:
    """The forwarding target for the configured URL (created on first use; a target of
    an earlier URL is retired, its deliveries kept), or None when forwarding is off."""
    url = settings.NOTIFICATIES_FORWARD_URL
    current = Abonnement.objects.filter(is_forward=True, deleted_at__isnull=True)
    if not url:
        if current.exists():
            current.update(deleted_at=timezone.now())
        return None
    current.exclude(callback_url=url).update(deleted_at=timezone.now())
    target, _ = Abonnement.objects.get_or_create(is_forward=True, deleted_at=None, callback_url=url)
    return target


def authorization(abonnement: Abonnement) -> str:
    """The `Authorization` header of a delivery to this target."""
    if not abonnement.is_forward:
        return abonnement.auth
    token = encode(settings.NOTIFICATIES_FORWARD_CLIENT_ID, settings.NOTIFICATIES_FORWARD_SECRET)
    return f"Bearer {token}"
