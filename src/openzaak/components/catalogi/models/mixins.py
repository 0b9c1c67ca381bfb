"""What the catalogue's types share: a uuid (the last segment of their URL), a validity
period (`beginGeldigheid` … `eindeGeldigheid`, both inclusive) and the object's own
lifetime (`beginObject` … `eindeObject`), and for the published types the `concept` flag."""

import uuid

from django.db import models
from django.db.models import Q


class GeldigheidQuerySet(models.QuerySet):
    def geldig_op(self, datum):
        """The versions valid on `datum` (eindeGeldigheid empty counts as open-ended)."""
        return self.filter(begin_geldigheid__lte=datum).filter(
            Q(einde_geldigheid__isnull=True) | Q(einde_geldigheid__gte=datum)
        )


class GeldigheidMixin(models.Model):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True)
    begin_geldigheid = models.DateField(
        "datum begin geldigheid", help_text="De datum waarop de versie geldig is geworden."
    )
    einde_geldigheid = models.DateField(
        "datum einde geldigheid", null=True, blank=True, help_text="De laatste datum waarop de versie geldig is."
    )
    begin_object = models.DateField(
        null=True, blank=True, help_text="De datum waarop het object (de eerste versie) ontstaan is."
    )
    einde_object = models.DateField(null=True, blank=True, help_text="De datum van de laatste versie van het object.")

    objects = GeldigheidQuerySet.as_manager()

    class Meta:
        abstract = True


class ConceptMixin(models.Model):
    concept = models.BooleanField(
        default=True,
        help_text="Geeft aan of het object een concept betreft. Concepten zijn niet-definitieve versies en "
        "zouden niet gebruikt moeten worden buiten deze API.",
    )

    class Meta:
        abstract = True


class ZaakTypeDeelMixin(models.Model):
    """A sub-type of one zaaktype version (statustype, roltype, …): its validity is
    the zaaktype's unless given, and it is writable while that zaaktype is a concept."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True)
    begin_geldigheid = models.DateField(null=True, blank=True)
    einde_geldigheid = models.DateField(null=True, blank=True)
    begin_object = models.DateField(null=True, blank=True)
    einde_object = models.DateField(null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def catalogus(self):
        return self.zaaktype.catalogus
