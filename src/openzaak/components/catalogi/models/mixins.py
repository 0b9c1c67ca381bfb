"""What the catalogue's types share: a uuid (the last segment of their URL), a validity
period (`beginGeldigheid` … `eindeGeldigheid`, both inclusive) and the object's own
lifetime (`beginObject` … `eindeObject`), and for the published types the `concept` flag.
The catalogue is not bound to types: whoever holds the read scope reads all of it
(`catalogi.lezen`, or by ztc-014 `zaken.lezen` / `documenten.lezen`)."""

import uuid

from django.db import models
from django.db.models import Q

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet
from openzaak.zgw.components import CATALOGI

CATALOGI_AUTHORISATION = Authorisation(CATALOGI)


class GeldigheidQuerySet(AuthorisedQuerySet):
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
    authorisation = CATALOGI_AUTHORISATION

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

    objects = AuthorisedQuerySet.as_manager()
    authorisation = CATALOGI_AUTHORISATION

    class Meta:
        abstract = True

    @property
    def catalogus(self):
        return self.zaaktype.catalogus
