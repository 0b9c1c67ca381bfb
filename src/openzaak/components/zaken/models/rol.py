import uuid

from django.db import models
from django.db.models.fields.json import KeyTextTransform
from django.utils import timezone

from openzaak.zgw.authorisation import Authorisation, AuthorisedQuerySet
from openzaak.zgw.constants import RolOmschrijving

from ..constants import BetrokkeneType, IndicatieMachtiging

# The list filters on a rol's betrokkeneIdentificatie (GET /rollen
# `betrokkeneIdentificatie__<suffix>`, GET /zaken `rol__betrokkeneIdentificatie__<suffix>`),
# keyed by the contract's suffix: (betrokkeneType, key in betrokkeneIdentificatie, index).
# Each has a partial expression index on `betrokkene_identificatie ->> key` for rows of
# that betrokkeneType; `RolQuerySet.betrokkene_identificatie()` writes exactly that
# expression, so the planner uses the index.
BETROKKENE_IDENTIFICATIE_FILTERS = {
    "natuurlijkPersoon__inpBsn": (BetrokkeneType.natuurlijk_persoon, "inpBsn", "rol_np_inpbsn_idx"),
    "natuurlijkPersoon__anpIdentificatie": (
        BetrokkeneType.natuurlijk_persoon,
        "anpIdentificatie",
        "rol_np_anpidentificatie_idx",
    ),
    "natuurlijkPersoon__inpA_nummer": (BetrokkeneType.natuurlijk_persoon, "inpA_nummer", "rol_np_inpanummer_idx"),
    "nietNatuurlijkPersoon__innNnpId": (BetrokkeneType.niet_natuurlijk_persoon, "innNnpId", "rol_nnp_innnnpid_idx"),
    "nietNatuurlijkPersoon__annIdentificatie": (
        BetrokkeneType.niet_natuurlijk_persoon,
        "annIdentificatie",
        "rol_nnp_annidentificatie_idx",
    ),
    "vestiging__vestigingsNummer": (BetrokkeneType.vestiging, "vestigingsNummer", "rol_vestiging_nummer_idx"),
    "organisatorischeEenheid__identificatie": (
        BetrokkeneType.organisatorische_eenheid,
        "identificatie",
        "rol_oe_identificatie_idx",
    ),
    "medewerker__identificatie": (BetrokkeneType.medewerker, "identificatie", "rol_medewerker_ident_idx"),
}


class RolQuerySet(AuthorisedQuerySet):
    def betrokkene_identificatie(self, **filters):
        """Rollen whose betrokkeneIdentificatie matches, by the contract's filter names:
        `Rol.objects.betrokkene_identificatie(natuurlijkPersoon__inpBsn="999990019")`.
        For GET /zaken: `Zaak.objects.filter(id__in=Rol.objects.betrokkene_identificatie(…)
        .values("zaak_id"))`."""
        queryset = self
        for name, value in filters.items():
            betrokkene_type, key, _index = BETROKKENE_IDENTIFICATIE_FILTERS[name]
            alias = f"betrokkene_identificatie_{key.lower()}"
            queryset = queryset.alias(**{alias: KeyTextTransform(key, "betrokkene_identificatie")}).filter(
                betrokkene_type=betrokkene_type, **{alias: value}
            )
        return queryset


class Rol(models.Model):
    """A betrokkene in a rol at a zaak. `betrokkene` is the URL of the betrokkene in
    another register (outside this project); `betrokkene_identificatie` holds the
    betrokkeneIdentificatie object of the contract's shape for `betrokkene_type`
    (RolNatuurlijkPersoon, RolNietNatuurlijkPersoon, RolVestiging,
    RolOrganisatorischeEenheid, RolMedewerker; keys and nesting as the contract spells
    them), validated by the serializer that writes it. `omschrijving` and
    `omschrijving_generiek` are copied from the roltype when the rol is made, so the list
    filters need no join. contactpersoonRol is the `contactpersoon_rol_*` columns (null
    when `naam` is empty)."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, help_text="Unieke resource identifier (UUID4)")
    zaak = models.ForeignKey("zaken.Zaak", on_delete=models.CASCADE, related_name="rollen")
    betrokkene = models.URLField(
        max_length=1000, blank=True, help_text="URL-referentie naar een betrokkene gerelateerd aan de ZAAK."
    )
    betrokkene_type = models.CharField(max_length=24, choices=BetrokkeneType.choices)
    afwijkende_naam_betrokkene = models.CharField(
        max_length=625,
        blank=True,
        help_text="De naam van de betrokkene waaronder deze in relatie tot de zaak aangesproken wil worden.",
    )
    roltype = models.ForeignKey(
        "catalogi.RolType",
        on_delete=models.PROTECT,
        related_name="rollen",
        help_text="URL-referentie naar een roltype binnen het ZAAKTYPE van de ZAAK.",
    )
    omschrijving = models.CharField(max_length=100, help_text="Afgeleid uit het ROLTYPE.")
    omschrijving_generiek = models.CharField(
        max_length=80, choices=RolOmschrijving.choices, help_text="Afgeleid uit het ROLTYPE."
    )
    roltoelichting = models.CharField(max_length=1000, blank=True)
    registratiedatum = models.DateTimeField(
        default=timezone.now, help_text="De datum waarop dit object is geregistreerd."
    )
    indicatie_machtiging = models.CharField(max_length=15, choices=IndicatieMachtiging.choices, blank=True)
    contactpersoon_rol_emailadres = models.EmailField(max_length=254, blank=True)
    contactpersoon_rol_functie = models.CharField(max_length=50, blank=True)
    contactpersoon_rol_telefoonnummer = models.CharField(max_length=20, blank=True)
    contactpersoon_rol_naam = models.CharField(max_length=40, blank=True)
    betrokkene_identificatie = models.JSONField(
        null=True, blank=True, help_text="betrokkeneIdentificatie, in de vorm die bij betrokkeneType hoort."
    )

    objects = RolQuerySet.as_manager()

    authorisation = Authorisation(via="zaak")

    class Meta:
        verbose_name = "rol"
        verbose_name_plural = "rollen"
        indexes = [
            models.Index(fields=["betrokkene"], condition=~models.Q(betrokkene=""), name="rol_betrokkene_idx"),
            *(
                models.Index(
                    KeyTextTransform(key, "betrokkene_identificatie"),
                    condition=models.Q(betrokkene_type=betrokkene_type),
                    name=index,
                )
                for betrokkene_type, key, index in BETROKKENE_IDENTIFICATIE_FILTERS.values()
            ),
        ]

    def __str__(self):
        return f"{self.omschrijving} ({self.betrokkene_type})"
