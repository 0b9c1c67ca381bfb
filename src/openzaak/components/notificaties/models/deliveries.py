from django.db import models

from ..constants import DeliveryStatus


class Delivery(models.Model):
    """One notification for one abonnement (or the forwarding target): delivered at least
    once, retried on the configured schedule, parked (never deleted) after the last attempt.

    `hoofd_object` is copied from the notification so that the worker can keep, per
    abonnement, the notifications about one hoofdObject in the order they were published.
    """

    notification = models.ForeignKey("zgw.Notification", on_delete=models.PROTECT, related_name="deliveries")
    abonnement = models.ForeignKey("notificaties.Abonnement", on_delete=models.PROTECT, related_name="deliveries")
    hoofd_object = models.CharField(max_length=1000)
    status = models.CharField(max_length=20, choices=DeliveryStatus.choices, default=DeliveryStatus.pending)
    attempts = models.PositiveIntegerField(default=0, help_text="Pogingen sinds de laatste (her)start van het schema.")
    next_attempt_at = models.DateTimeField()
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "aflevering"
        verbose_name_plural = "afleveringen"
        constraints = [
            models.UniqueConstraint(fields=["notification", "abonnement"], name="notificaties_one_delivery_per_target")
        ]
        indexes = [
            # the sweep: pending deliveries that are due, in the order it takes them, so each
            # pick reads the index from its start instead of sorting every due delivery
            # (with a backlog of thousands each pick took a second, so the backlog grew)
            models.Index(
                fields=["next_attempt_at", "id"],
                condition=models.Q(status=DeliveryStatus.pending),
                name="notificaties_delivery_due",
            ),
            # the ordering check: an earlier pending delivery for the same abonnement and hoofdObject
            models.Index(
                fields=["abonnement", "hoofd_object", "notification"],
                condition=models.Q(status=DeliveryStatus.pending),
                name="notificaties_delivery_order",
            ),
            models.Index(fields=["status", "abonnement"], name="notificaties_delivery_status"),
        ]

    def __str__(self):
        return f"{self.notification} → {self.abonnement}"


class DeliveryAttempt(models.Model):
    """The log of one POST to a callback: when, how long, the HTTP status or the error."""

    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="attempt_log")
    started_at = models.DateTimeField()
    duration_ms = models.PositiveIntegerField()
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    success = models.BooleanField()
    error = models.TextField(blank=True)

    class Meta:
        verbose_name = "afleverpoging"
        verbose_name_plural = "afleverpogingen"
        ordering = ("started_at", "pk")

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M:%S} {self.status_code or self.error[:40]}"
