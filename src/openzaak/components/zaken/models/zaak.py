import uuid

from django.contrib.gis.db import models as gis_models
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from openzaak.components.catalogi.durations import DurationField
from openzaak.zgw import autorisatie_sleutel
from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet
from openzaak.zgw.components import ZAKEN
from openzaak.zgw.constants import AardRelatie, Archiefnominatie, Archiefstatus, VertrouwelijkheidAanduiding
from openzaak.zgw.identificatie import constraints as identificatie_constraints
from openzaak.zgw.instances import FastFromDb
from openzaak.zgw.validators import validate_rsin

from ..constants import Betalingsindicatie


class ZaakQuerySet(AuthorisedQuerySet):
    """Reads of zaken. Authorised reads filter on `zaaktype_id IN (…) AND
    vertrouwelijkheidaanduiding IN (…)`, which `zaak_autorisatie_idx` answers on its own
    (an index-only COUNT); a client with several maximum levels is best filtered as
    `autorisatie_sleutel IN (…)` (`zaak_autorisatie_sleutel_idx`, see
    openzaak.zgw.autorisatie_sleutel and docs/benchmark.md)."""


class Zaak(FastFromDb, models.Model):
    """A zaak (case) of one zaaktype. Its groups (verlenging, opschorting, processobject)
    are columns with the group's name as prefix; `kenmerken` is a JSON list of
    `{"kenmerk", "bron"}` as the contract spells it; `relevanteAndereZaken` are
    `RelevanteZaakRelatie` rows. `status` and `resultaat` of the contract are the
    related `Status` with `indicatie_laatst_gezette_status` and `Resultaat`.

    Lists order with a unique tie-breaker (`-startdatum, -id`) so pages are stable."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    identificatie = models.CharField(
        max_length=40,
        help_text="De unieke identificatie van de ZAAK binnen de organisatie die verantwoordelijk is voor de "
        "behandeling van de ZAAK.",
    )
    bronorganisatie = models.CharField(
        max_length=9,
        validators=[validate_rsin],
        help_text="Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die de zaak heeft gecreeerd.",
    )
    omschrijving = models.CharField(max_length=80, blank=True, help_text="Een korte omschrijving van de zaak.")
    toelichting = models.CharField(max_length=1000, blank=True, help_text="Een toelichting op de zaak.")
    zaaktype = models.ForeignKey(
        "catalogi.ZaakType",
        on_delete=models.PROTECT,
        related_name="zaken",
        db_index=False,  # zaak_autorisatie_idx starts with zaaktype
        help_text="URL-referentie naar het ZAAKTYPE (in de Catalogi API).",
    )
    registratiedatum = models.DateField(
        default=timezone.localdate,
        help_text="De datum waarop de zaakbehandelende organisatie de ZAAK heeft geregistreerd.",
    )
    verantwoordelijke_organisatie = models.CharField(
        max_length=9,
        validators=[validate_rsin],
        help_text="Het RSIN van de Niet-natuurlijk persoon zijnde de organisatie die eindverantwoordelijk is voor "
        "de behandeling van de zaak.",
    )
    startdatum = models.DateField(help_text="De datum waarop met de uitvoering van de zaak is gestart")
    einddatum = models.DateField(
        null=True, blank=True, help_text="De datum waarop de uitvoering van de zaak afgerond is."
    )
    einddatum_gepland = models.DateField(
        null=True,
        blank=True,
        help_text="De datum waarop volgens de planning verwacht wordt dat de zaak afgerond wordt.",
    )
    uiterlijke_einddatum_afdoening = models.DateField(
        null=True,
        blank=True,
        help_text="De laatste datum waarop volgens wet- en regelgeving de zaak afgerond dient te zijn.",
    )
    publicatiedatum = models.DateField(
        null=True, blank=True, help_text="Datum waarop (het starten van) de zaak gepubliceerd is of wordt."
    )
    communicatiekanaal = models.URLField(
        max_length=1000,
        blank=True,
        help_text="Het medium waarlangs de aanleiding om een zaak te starten is ontvangen (een communicatiekanaal "
        "in de VNG-Referentielijsten).",
    )
    producten_of_diensten = ArrayField(
        models.URLField(max_length=1000),
        default=list,
        blank=True,
        help_text="De producten en/of diensten die door de zaak worden voortgebracht.",
    )
    vertrouwelijkheidaanduiding = models.CharField(
        max_length=20,
        choices=VertrouwelijkheidAanduiding.choices,
        help_text="Aanduiding van de mate waarin het zaakdossier van de ZAAK voor de openbaarheid bestemd is "
        "(afgeleid uit het ZAAKTYPE indien niet opgegeven, zrc-009).",
    )
    betalingsindicatie = models.CharField(max_length=12, choices=Betalingsindicatie.choices, blank=True)
    laatste_betaaldatum = models.DateTimeField(
        null=True,
        blank=True,
        help_text="De datum waarop de meest recente betaling is verwerkt van kosten die gemoeid zijn met "
        "behandeling van de zaak.",
    )
    zaakgeometrie = gis_models.GeometryField(
        srid=4326, null=True, blank=True, help_text="Punt, lijn of (multi-)vlak geometrie-informatie."
    )
    # verlenging (group; null when reden is empty)
    verlenging_reden = models.CharField(
        max_length=200,
        blank=True,
        help_text="Omschrijving van de reden voor het verlengen van de behandeling van de zaak.",
    )
    verlenging_duur = DurationField(
        null=True,
        blank=True,
        help_text="Het aantal werkbare dagen waarmee de doorlooptijd van de behandeling van de ZAAK is verlengd "
        "(of verkort).",
    )
    # opschorting (group)
    opschorting_indicatie = models.BooleanField(
        default=False, help_text="Aanduiding of de behandeling van de ZAAK tijdelijk is opgeschort."
    )
    opschorting_reden = models.CharField(
        max_length=200,
        blank=True,
        help_text="Omschrijving van de reden voor het opschorten van de behandeling van de zaak.",
    )
    selectielijstklasse = models.URLField(
        max_length=1000,
        blank=True,
        help_text="URL-referentie naar de categorie in de gehanteerde 'Selectielijst Archiefbescheiden'.",
    )
    hoofdzaak = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,  # deleting a hoofdzaak deletes its deelzaken (zrc-023)
        null=True,
        blank=True,
        related_name="deelzaken",
        db_index=False,  # zaak_hoofdzaak_idx: only the rows that have one
        help_text="URL-referentie naar de ZAAK die behandeld wordt in twee of meer separate ZAAKen waarvan de "
        "onderhavige ZAAK er één is.",
    )
    kenmerken = models.JSONField(
        default=list,
        blank=True,
        help_text='Lijst van kenmerken: [{"kenmerk": "…", "bron": "…"}] (elk maximaal 40 tekens).',
    )
    archiefnominatie = models.CharField(max_length=16, choices=Archiefnominatie.choices, blank=True)
    archiefstatus = models.CharField(
        max_length=35, choices=Archiefstatus.choices, default=Archiefstatus.nog_te_archiveren
    )
    archiefactiedatum = models.DateField(
        null=True,
        blank=True,
        help_text="De datum waarop het gearchiveerde zaakdossier vernietigd moet worden dan wel overgebracht "
        "moet worden naar een archiefbewaarplaats.",
    )
    opdrachtgevende_organisatie = models.CharField(
        max_length=9,
        blank=True,
        help_text="De krachtens publiekrecht ingestelde rechtspersoon dan wel ander niet-natuurlijk persoon "
        "waarbinnen het (bestuurs)orgaan zetelt dat opdracht heeft gegeven.",
    )
    processobjectaard = models.CharField(
        max_length=200,
        blank=True,
        help_text="Omschrijving van het object, subject of gebeurtenis waarop, vanuit archiveringsoptiek, de zaak "
        "betrekking heeft.",
    )
    startdatum_bewaartermijn = models.DateField(
        null=True,
        blank=True,
        help_text="De datum die de start markeert van de termijn waarop het zaakdossier vernietigd moet worden.",
    )
    # processobject (group; null when all four are empty)
    processobject_datumkenmerk = models.CharField(max_length=250, blank=True)
    processobject_identificatie = models.CharField(max_length=250, blank=True)
    processobject_objecttype = models.CharField(max_length=250, blank=True)
    processobject_registratie = models.CharField(max_length=250, blank=True)
    # zaaktype × vertrouwelijkheidaanduiding as one number, for authorised reads of clients
    # with more than one maximum level (openzaak.zgw.autorisatie_sleutel)
    autorisatie_sleutel = autorisatie_sleutel.field("zaaktype")

    objects = ZaakQuerySet.as_manager()

    authorisation = Authorisation(
        ZAKEN,
        type_field="zaaktype",
        vertrouwelijkheid_field="vertrouwelijkheidaanduiding",
        sleutel_field="autorisatie_sleutel",
        counted=True,  # zgw.counts: its triggers are installed by a migration
    )

    class Meta:
        verbose_name = "zaak"
        verbose_name_plural = "zaken"
        constraints = [
            *identificatie_constraints("zaak", "bronorganisatie"),  # zrc-002
            autorisatie_sleutel.valid_vertrouwelijkheid("zaak_vertrouwelijkheidaanduiding_valid"),
            # zrc-013: a zaak is no deelzaak of itself
            models.CheckConstraint(condition=~Q(hoofdzaak=F("id")), name="zaak_hoofdzaak_not_self"),
            # zrc-014: no laatsteBetaaldatum when there is nothing to pay
            models.CheckConstraint(
                condition=~Q(betalingsindicatie=Betalingsindicatie.nvt, laatste_betaaldatum__isnull=False),
                name="zaak_nvt_no_laatste_betaaldatum",
            ),
        ]
        indexes = [
            # authorisation: zaaktype_id IN (…) AND vertrouwelijkheidaanduiding IN (…), and ?zaaktype=
            models.Index(fields=["zaaktype", "vertrouwelijkheidaanduiding"], name="zaak_autorisatie_idx"),
            # authorisation with several maximum levels: autorisatie_sleutel IN (…)
            models.Index(fields=["autorisatie_sleutel"], name="zaak_autorisatie_sleutel_idx"),
            # ordering and the date range filters; a page ordered `-startdatum, -id` walks the
            # date index and sorts only the rows of one date by id (an incremental sort)
            models.Index(fields=["startdatum"], name="zaak_startdatum_idx"),
            models.Index(fields=["registratiedatum"], name="zaak_registratiedatum_idx"),
            models.Index(fields=["einddatum"], name="zaak_einddatum_idx"),
            models.Index(fields=["publicatiedatum"], name="zaak_publicatiedatum_idx"),
            models.Index(fields=["archiefactiedatum"], name="zaak_archiefactiedatum_idx"),
            models.Index(fields=["einddatum_gepland"], name="zaak_einddatum_gepland_idx"),
            models.Index(fields=["uiterlijke_einddatum_afdoening"], name="zaak_uiterlijke_einddatum_idx"),
            models.Index(fields=["hoofdzaak"], condition=Q(hoofdzaak__isnull=False), name="zaak_hoofdzaak_idx"),
        ]

    def __str__(self):
        return f"{self.identificatie} ({self.bronorganisatie})"

    @property
    def is_closed(self) -> bool:
        return self.einddatum is not None


class RelevanteZaakRelatie(models.Model):
    """One entry of a zaak's relevanteAndereZaken: a zaak of this register (foreign key)
    or of another Zaken API (its URL), and how it relates."""

    zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, related_name="relevante_andere_zaken")
    relevante_zaak = models.ForeignKey(Zaak, on_delete=models.CASCADE, null=True, blank=True, related_name="+")
    relevante_zaak_url = models.URLField(
        max_length=1000, blank=True, help_text="URL-referentie naar een ZAAK in een andere Zaken API."
    )
    aard_relatie = models.CharField(max_length=20, choices=AardRelatie.choices)

    objects = AuthorisedQuerySet.as_manager()
    authorisation = Authorisation(via="zaak")

    class Meta:
        verbose_name = "relevante andere zaak"
        verbose_name_plural = "relevante andere zaken"
        ordering = ("id",)
        constraints = [
            models.CheckConstraint(
                condition=Q(relevante_zaak__isnull=False, relevante_zaak_url="")
                | Q(relevante_zaak__isnull=True) & ~Q(relevante_zaak_url=""),
                name="relevantezaak_fk_or_url",
            ),
        ]

    def __str__(self):
        return f"{self.zaak_id} → {self.relevante_zaak_id or self.relevante_zaak_url} ({self.aard_relatie})"
