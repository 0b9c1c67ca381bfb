import uuid

from django.contrib.postgres.fields import ArrayField
from django.db import models

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet
from openzaak.zgw.components import NOTIFICATIES


class Kanaal(models.Model):
    """A KANAAL of the Notificaties API: a named exchange a source publishes on, with the
    kenmerken (`filters`) its notifications carry and abonnementen may filter on."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True)
    naam = models.CharField(max_length=50, unique=True)
    documentatie_link = models.CharField(max_length=200, blank=True)
    filters = ArrayField(models.CharField(max_length=100), default=list, blank=True)

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(NOTIFICATIES)

    class Meta:
        verbose_name = "kanaal"
        verbose_name_plural = "kanalen"

    def __str__(self):
        return self.naam
