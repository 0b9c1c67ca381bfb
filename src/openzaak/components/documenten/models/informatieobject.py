"""Documents and their versions.

An `EnkelvoudigInformatieObject` is one document as it is now: the resource's identity
(`uuid`, the target of every relation: zaak-, besluit- and objectinformatieobjecten,
gebruiksrechten, verzendingen, bestandsdelen), its `lock`, and the fields of its current
versie. Every versie, the current one included, is also kept as an
`EnkelvoudigInformatieObjectVersie` row, never changed afterwards, for `?versie=N`,
`?registratieOp=<datetime>` and the `download` of an older versie.

Why the current state sits on the identity row: lists, authorisation
(`informatieobjecttype_id IN (…) AND vertrouwelijkheidaanduiding IN (…)`) and counts read
one row per document with no join and no "latest versie" condition, and relations point
at the row they show. An update writes the new state onto the document and adds its
versie row in the same transaction (`new_versie()` builds it).

Both rows of the current versie point at the same content file: a file is written once
and belongs to its versie. Django does not delete files with their rows: whatever deletes
a document also deletes the files of its versies (drc-008, no soft deletes).
"""

import datetime
import uuid

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.utils import timezone

from openzaak.zgw import autorisatie_sleutel
from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet
from openzaak.zgw.components import DOCUMENTEN
from openzaak.zgw.constants import VertrouwelijkheidAanduiding
from openzaak.zgw.identificatie import constraints as identificatie_constraints
from openzaak.zgw.instances import FastFromDb
from openzaak.zgw.validators import validate_rsin

from ..constants import ChecksumAlgoritme, OndertekeningSoort, Status
from ..storage import documenten_storage


def inhoud_path(instance, filename: str) -> str:
    """A file name of our own (never the client's): date buckets and a random name."""
    return f"{timezone.now():%Y/%m/%d}/{uuid.uuid4().hex}"


class InformatieObjectGegevens(models.Model):
    """The fields of one versie of a document, as the contract has them."""

    identificatie = models.CharField(
        max_length=40,
        help_text="Een binnen een gegeven context ondubbelzinnige referentie naar het INFORMATIEOBJECT.",
    )
    bronorganisatie = models.CharField(
        max_length=9,
        validators=[validate_rsin],
        help_text="Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die het informatieobject heeft "
        "gecreëerd of heeft ontvangen en als eerste in een samenwerkingsketen heeft vastgelegd.",
    )
    creatiedatum = models.DateField(
        help_text="Een datum of een gebeurtenis in de levenscyclus van het INFORMATIEOBJECT."
    )
    titel = models.CharField(max_length=200, help_text="De naam waaronder het INFORMATIEOBJECT formeel bekend is.")
    vertrouwelijkheidaanduiding = models.CharField(
        max_length=20,
        choices=VertrouwelijkheidAanduiding.choices,
        help_text="Aanduiding van de mate waarin het INFORMATIEOBJECT voor de openbaarheid bestemd is (afgeleid "
        "uit het INFORMATIEOBJECTTYPE indien niet opgegeven, drc-007).",
    )
    is_gereed_voor_publicatie = models.BooleanField(
        null=True, blank=True, help_text="Of het INFORMATIEOBJECT gereed is voor publicatie."
    )
    tonen_aan_initiator = models.BooleanField(
        default=False, help_text="Of het INFORMATIEOBJECT aan de initiator van de zaak getoond mag worden."
    )
    auteur = models.CharField(
        max_length=200,
        help_text="De persoon of organisatie die in de eerste plaats verantwoordelijk is voor het creëren van de "
        "inhoud van het INFORMATIEOBJECT.",
    )
    status = models.CharField(max_length=16, choices=Status.choices, blank=True)
    inhoud_is_vervallen = models.BooleanField(
        null=True, blank=True, help_text="Of de inhoud van het INFORMATIEOBJECT vervallen is."
    )
    formaat = models.CharField(
        max_length=255,
        blank=True,
        help_text='Het "Media Type" (voorheen "MIME type") voor de wijze waarop de '
        "inhoud van het INFORMATIEOBJECT is vastgelegd in een computerbestand.",
    )
    taal = models.CharField(
        max_length=3, help_text="Een ISO 639-2/B taalcode waarin de inhoud van het INFORMATIEOBJECT is vastgelegd."
    )
    versie = models.PositiveIntegerField(
        default=1, help_text="Het (automatische) versienummer van het INFORMATIEOBJECT."
    )
    begin_registratie = models.DateTimeField(
        default=timezone.now, help_text="Het tijdstip waarop deze versie van het INFORMATIEOBJECT is aangemaakt."
    )
    bestandsnaam = models.CharField(
        max_length=255, blank=True, help_text="De naam van het fysieke bestand waarin de inhoud is vastgelegd."
    )
    inhoud = models.FileField(
        storage=documenten_storage, upload_to=inhoud_path, max_length=255, blank=True, help_text="De inhoud."
    )
    bestandsomvang = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="Aantal bytes dat de inhoud van INFORMATIEOBJECT in beslag neemt."
    )
    link = models.URLField(
        max_length=200, blank=True, help_text="De URL waarmee de inhoud van het INFORMATIEOBJECT op te vragen is."
    )
    beschrijving = models.CharField(
        max_length=1000, blank=True, help_text="Een generieke beschrijving van de inhoud van het INFORMATIEOBJECT."
    )
    ontvangstdatum = models.DateField(
        null=True, blank=True, help_text="De datum waarop het INFORMATIEOBJECT ontvangen is."
    )
    verzenddatum = models.DateField(
        null=True, blank=True, help_text="De datum waarop het INFORMATIEOBJECT verzonden is."
    )
    indicatie_gebruiksrecht = models.BooleanField(
        null=True,
        blank=True,
        help_text="Of er beperkingen gelden aangaande het gebruik van het informatieobject anders dan raadpleging "
        "(true zodra er gebruiksrechten zijn, drc-006).",
    )
    verschijningsvorm = models.TextField(blank=True, help_text="De essentiële opmaakaspecten van een INFORMATIEOBJECT.")
    # ondertekening (group; null when soort is empty)
    ondertekening_soort = models.CharField(max_length=10, choices=OndertekeningSoort.choices, blank=True)
    ondertekening_datum = models.DateField(null=True, blank=True)
    # integriteit (group; null when algoritme is empty)
    integriteit_algoritme = models.CharField(max_length=20, choices=ChecksumAlgoritme.choices, blank=True)
    integriteit_waarde = models.CharField(max_length=128, blank=True)
    integriteit_datum = models.DateField(null=True, blank=True)
    trefwoorden = ArrayField(models.TextField(), default=list, blank=True)

    class Meta:
        abstract = True


class EnkelvoudigInformatieObjectQuerySet(AuthorisedQuerySet):
    """Reads of documents. Authorised reads filter on `informatieobjecttype_id IN (…) AND
    vertrouwelijkheidaanduiding IN (…)` (and, for a client limited to documents ready for
    publication, `is_gereed_voor_publicatie`), which `eio_autorisatie_idx` answers alone;
    with several maximum levels as `autorisatie_sleutel IN (…)`
    (`eio_autorisatie_sleutel_idx`, see openzaak.zgw.autorisatie_sleutel)."""


class EnkelvoudigInformatieObject(FastFromDb, InformatieObjectGegevens):
    """A document: its identity, lock and current versie (see the module docstring)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    informatieobjecttype = models.ForeignKey(
        "catalogi.InformatieObjectType",
        on_delete=models.PROTECT,
        related_name="enkelvoudiginformatieobjecten",
        db_index=False,  # eio_autorisatie_idx starts with informatieobjecttype
        help_text="URL-referentie naar het INFORMATIEOBJECTTYPE (in de Catalogi API).",
    )
    lock = models.CharField(
        max_length=100,
        blank=True,
        help_text="Het lock-id van de checkout (drc-009); leeg wanneer het document niet gelockt is.",
    )
    # informatieobjecttype × vertrouwelijkheidaanduiding as one number, for authorised reads
    # of clients with more than one maximum level (openzaak.zgw.autorisatie_sleutel)
    autorisatie_sleutel = autorisatie_sleutel.field("informatieobjecttype")

    objects = EnkelvoudigInformatieObjectQuerySet.as_manager()

    authorisation = Authorisation(
        DOCUMENTEN,
        type_field="informatieobjecttype",
        vertrouwelijkheid_field="vertrouwelijkheidaanduiding",
        sleutel_field="autorisatie_sleutel",
        counted=True,  # zgw.counts: its triggers are installed by a migration
        gereed_voor_publicatie_field="is_gereed_voor_publicatie",
    )

    class Meta:
        verbose_name = "enkelvoudig informatieobject"
        verbose_name_plural = "enkelvoudige informatieobjecten"
        constraints = [
            *identificatie_constraints("eio", "bronorganisatie"),
            autorisatie_sleutel.valid_vertrouwelijkheid("eio_vertrouwelijkheidaanduiding_valid"),
        ]
        indexes = [
            models.Index(
                fields=["informatieobjecttype", "vertrouwelijkheidaanduiding", "is_gereed_voor_publicatie"],
                name="eio_autorisatie_idx",
            ),
            models.Index(
                fields=["autorisatie_sleutel", "is_gereed_voor_publicatie"], name="eio_autorisatie_sleutel_idx"
            ),
            GinIndex(fields=["trefwoorden"], name="eio_trefwoorden_gin"),
        ]

    def __str__(self):
        return f"{self.identificatie} v{self.versie} ({self.bronorganisatie})"

    @property
    def locked(self) -> bool:
        return bool(self.lock)

    def new_versie(self) -> "EnkelvoudigInformatieObjectVersie":
        """The (unsaved) versie row of the document's current fields."""
        values = {name: getattr(self, name) for name in versioned_fields()}
        values["inhoud"] = self.inhoud.name  # the same file, not the same FieldFile object
        return EnkelvoudigInformatieObjectVersie(
            informatieobject=self, versie=self.versie, begin_registratie=self.begin_registratie, **values
        )

    def versie_op(self, *, versie: int | None = None, registratie_op: datetime.datetime | None = None):
        """The versie row asked for by `?versie=` and/or `?registratieOp=` (the last one
        registered at or before that moment), or None."""
        versies = self.versies.all()
        if versie is not None:
            versies = versies.filter(versie=versie)
        if registratie_op is not None:
            versies = versies.filter(begin_registratie__lte=registratie_op)
        return versies.order_by("-versie").first()


class EnkelvoudigInformatieObjectVersie(InformatieObjectGegevens):
    """One versie of a document, as it was registered; never changed afterwards."""

    informatieobject = models.ForeignKey(
        EnkelvoudigInformatieObject,
        on_delete=models.CASCADE,
        related_name="versies",
        db_index=False,  # eio_versie_unique starts with informatieobject
    )
    informatieobjecttype = models.ForeignKey(
        "catalogi.InformatieObjectType", on_delete=models.PROTECT, related_name="+"
    )

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="informatieobject")

    class Meta:
        verbose_name = "versie van een enkelvoudig informatieobject"
        verbose_name_plural = "versies van enkelvoudige informatieobjecten"
        constraints = [
            models.UniqueConstraint(fields=["informatieobject", "versie"], name="eio_versie_unique"),
        ]
        indexes = [
            models.Index(fields=["informatieobject", "begin_registratie"], name="eio_versie_registratie_idx"),
        ]

    def __str__(self):
        return f"{self.informatieobject_id} v{self.versie}"


def versioned_fields() -> list[str]:
    """The fields (attnames) a versie row copies from its document."""
    return [
        field.attname
        for field in EnkelvoudigInformatieObjectVersie._meta.concrete_fields
        if field.name not in {"id", "informatieobject", "versie", "begin_registratie"}
    ]
