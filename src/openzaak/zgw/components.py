"""The six ZGW API components, each declared once: its code (as the Autorisaties API
names it), URL slug, the standard version it implements, its title, and the kanalen it
publishes on with their kenmerken.

Everything else derives from these: the `API-version` header, each component's schema,
the scopes an autorisatie of the component may hold (`zgw.scopes`), the kanalen the
Notificaties API registers, the `bron` of an audit trail entry. Code elsewhere names a
component by its object (`ZAKEN`), never by a string such as "zrc".
"""

from __future__ import annotations

from dataclasses import dataclass, field

STANDARD_DOCS = "https://vng-realisatie.github.io/gemma-zaken/standaard"

AUTH_DESCRIPTION = (
    "**Autorisatie**\n\nDeze API vereist autorisatie: `Authorization: Bearer <JWT>`, een HS256-JWT "
    "ondertekend met het secret van de client, met de claims `client_id`, `iat`, `user_id` en "
    "`user_representation`."
)


@dataclass(frozen=True)
class Kanaal:
    """A kanaal a component publishes on, with the kenmerken its notifications carry
    (attributes of the hoofdobject; a related object is given by its URL)."""

    naam: str
    kenmerken: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Component:
    code: str  # ComponentTypes value: zrc, drc, ztc, brc, ac, nrc
    slug: str  # URL prefix: /<slug>/api/v1/
    version: str  # the standard version implemented, sent as `API-version`
    title: str
    description: str = ""
    kanalen: tuple[Kanaal, ...] = field(default=(), compare=False)

    @property
    def api_root(self) -> str:
        return f"{self.slug}/api/v1"

    @property
    def documentation_link(self) -> str:
        return f"{STANDARD_DOCS}/{self.slug}/index"

    def __str__(self) -> str:
        return self.code


AUTORISATIES = Component(
    code="ac",
    slug="autorisaties",
    version="1.1.0",
    title="Autorisaties API",
    description=(
        "Een API om een Autorisaties API (AC) te benaderen.\n\n"
        "De `AUTORISATIE` is het kernobject in deze API. Autorisaties worden toegekend aan applicaties. "
        "Een applicatie is een representatie van een (web) app die communiceert met de API van (andere) "
        "componenten, zoals het ZRC, DRC, ZTC en BRC.\n\n"
        "Deze API publiceert notificaties op het kanaal `autorisaties`.\n\n" + AUTH_DESCRIPTION
    ),
    kanalen=(Kanaal("autorisaties", (), "Wijzigingen in applicaties en hun autorisaties."),),
)
CATALOGI = Component(
    code="ztc",
    slug="catalogi",
    version="1.3.3",
    title="Catalogi API",
    description="Een API om een catalogus (ZTC) te benaderen.",
    kanalen=tuple(
        Kanaal(naam, ("catalogus",), f"Aanmaken, wijzigen, publiceren en verwijderen van {naam}.")
        for naam in ("zaaktypen", "informatieobjecttypen", "besluittypen")
    ),
)
ZAKEN = Component(
    code="zrc",
    slug="zaken",
    version="1.7.0",
    title="Zaken API",
    description="Een API om een zaakregistratiecomponent (ZRC) te benaderen.",
    kanalen=(Kanaal("zaken", ("bronorganisatie", "zaaktype", "vertrouwelijkheidaanduiding")),),
)
DOCUMENTEN = Component(
    code="drc",
    slug="documenten",
    version="1.7.1",
    title="Documenten API",
    description="Een API om een documentregistratiecomponent (DRC) te benaderen.",
    kanalen=(Kanaal("documenten", ("bronorganisatie", "informatieobjecttype", "vertrouwelijkheidaanduiding")),),
)
BESLUITEN = Component(
    code="brc",
    slug="besluiten",
    version="1.1.0",
    title="Besluiten API",
    description="Een API om een besluitregistratiecomponent (BRC) te benaderen.",
    kanalen=(Kanaal("besluiten", ("verantwoordelijke_organisatie", "besluittype")),),
)
NOTIFICATIES = Component(
    code="nrc",
    slug="notificaties",
    version="1.0.1",
    title="Notificaties API",
    description="Een API om een notificatierouteringscomponent te benaderen.",
)

COMPONENTS: tuple[Component, ...] = (AUTORISATIES, CATALOGI, ZAKEN, DOCUMENTEN, BESLUITEN, NOTIFICATIES)
BY_CODE: dict[str, Component] = {component.code: component for component in COMPONENTS}


def code_of(component: Component | str) -> str:
    """The code of a component given as object or code."""
    return component.code if isinstance(component, Component) else component


def kanaal(naam: str) -> Kanaal:
    """The kanaal of that name (a component's viewsets name theirs: `kanaal("zaken")`)."""
    for component in COMPONENTS:
        for declared in component.kanalen:
            if declared.naam == naam:
                return declared
    raise LookupError(f"No component publishes on a kanaal {naam!r}.")
