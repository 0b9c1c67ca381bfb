import uuid

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet
from openzaak.zgw.components import AUTORISATIES
from openzaak.zgw.constants import ComponentTypes, VertrouwelijkheidAanduiding


class Applicatie(models.Model):
    """A client application (one or more client ids) and what it may do."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True)
    client_ids = ArrayField(models.CharField(max_length=50), default=list, blank=True)
    label = models.CharField(max_length=100)
    heeft_alle_autorisaties = models.BooleanField(default=False)
    alleen_is_gereed_voor_publicatie = models.BooleanField(default=False)

    authorisation = Authorisation(AUTORISATIES)
    objects = AuthorisedQuerySet.as_manager()

    class Meta:
        verbose_name = "applicatie"
        verbose_name_plural = "applicaties"
        indexes = [GinIndex(fields=["client_ids"], name="applicatie_client_ids_gin")]

    def __str__(self):
        return self.label


class Autorisatie(models.Model):
    """Scopes on one component; for zrc/drc/brc limited to one type of the Catalogi API
    (and, for zrc/drc, a maximum vertrouwelijkheidaanduiding).

    The types are foreign keys (ARCHITECTURE rule 1; the API shows them as URLs). An
    autorisatie for a type that is deleted goes with it: it could grant nothing.
    """

    applicatie = models.ForeignKey(Applicatie, on_delete=models.CASCADE, related_name="autorisaties")
    component = models.CharField(max_length=50, choices=ComponentTypes.choices)
    scopes = ArrayField(models.CharField(max_length=100))
    zaaktype = models.ForeignKey("catalogi.ZaakType", on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    informatieobjecttype = models.ForeignKey(
        "catalogi.InformatieObjectType", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    besluittype = models.ForeignKey(
        "catalogi.BesluitType", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    max_vertrouwelijkheidaanduiding = models.CharField(
        max_length=20, choices=VertrouwelijkheidAanduiding.choices, blank=True
    )

    class Meta:
        verbose_name = "autorisatie"
        verbose_name_plural = "autorisaties"

    def __str__(self):
        return f"{self.get_component_display()}: {', '.join(self.scopes)}"

    @property
    def type(self):
        """The zaaktype, informatieobjecttype or besluittype this autorisatie is limited to."""
        return self.zaaktype or self.informatieobjecttype or self.besluittype

    @property
    def type_id(self) -> int | None:
        """The primary key of `type`, without loading it."""
        return self.zaaktype_id or self.informatieobjecttype_id or self.besluittype_id
