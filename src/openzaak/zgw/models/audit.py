import uuid

from django.db import models

from ..constants import ComponentTypes


class AuditTrail(models.Model):
    """One audited action on a resource of zaken, documenten or besluiten, as the
    standard's `AuditTrail` resource shows it. `hoofd_object_uuid` is what the nested
    `/<hoofdobject>/{uuid}/audittrail` endpoints look up by."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True)
    bron = models.CharField(max_length=50, choices=ComponentTypes.choices)
    applicatie_id = models.CharField(max_length=100, blank=True)
    applicatie_weergave = models.CharField(max_length=200, blank=True)
    gebruikers_id = models.CharField(max_length=255, blank=True)
    gebruikers_weergave = models.CharField(max_length=255, blank=True)
    actie = models.CharField(max_length=50)
    actie_weergave = models.CharField(max_length=200, blank=True)
    resultaat = models.PositiveSmallIntegerField()
    hoofd_object = models.CharField(max_length=1000)
    hoofd_object_uuid = models.UUIDField()
    resource = models.CharField(max_length=50)
    resource_url = models.CharField(max_length=1000)
    resource_weergave = models.CharField(max_length=200, blank=True)
    toelichting = models.TextField(blank=True)
    aanmaakdatum = models.DateTimeField(auto_now_add=True)
    oud = models.JSONField(null=True)
    nieuw = models.JSONField(null=True)

    class Meta:
        verbose_name = "audit trail regel"
        verbose_name_plural = "audit trail"
        indexes = [models.Index(fields=["hoofd_object_uuid", "aanmaakdatum"])]

    def __str__(self):
        return f"{self.bron} {self.actie} {self.resource_weergave}"
