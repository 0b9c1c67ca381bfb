"""Scopes: the named permissions a client's autorisaties grant per component.

The standard's whole vocabulary is declared below, once, grouped per component
(`SCOPES_BY_COMPONENT`, what `create_applicatie` grants by default). A viewset asks per
action (`required_scopes = {"list": SCOPE_ZAKEN_LEZEN}`); scopes combine with `|`
(either suffices) and `&` (both are needed). An autorisatie may also hold labels this
vocabulary does not know: the Autorisaties API keeps them (other providers in a
landscape use them), they just grant nothing here.

`IMPLIED_SCOPES` holds the standard's rules that one scope counts as another, such as
ztc-014; `Client.has_scope` applies them, so every check sees them.
"""

from __future__ import annotations

from collections.abc import Iterable

from .components import AUTORISATIES, BESLUITEN, CATALOGI, DOCUMENTEN, NOTIFICATIES, ZAKEN


class Scope:
    def __init__(self, label: str, description: str = "", *, children: tuple = (), operator: str = ""):
        self.label = label
        self.description = description
        self.children = children
        self.operator = operator

    def __or__(self, other: Scope) -> Scope:
        return Scope(f"{self.label} | {other.label}", children=(self, other), operator="or")

    def __and__(self, other: Scope) -> Scope:
        return Scope(f"{self.label} & {other.label}", children=(self, other), operator="and")

    def is_contained_in(self, granted: Iterable[str]) -> bool:
        granted = set(granted)
        if self.operator == "or":
            return any(child.is_contained_in(granted) for child in self.children)
        if self.operator == "and":
            return all(child.is_contained_in(granted) for child in self.children)
        return self.label in granted

    @property
    def labels(self) -> list[str]:
        """Every plain scope this (combined) scope mentions."""
        if not self.operator:
            return [self.label]
        return [label for child in self.children for label in child.labels]

    def __str__(self) -> str:
        return self.label

    def __repr__(self) -> str:
        return f"<Scope {self.label}>"


# --- The standard's scopes, per component (as the ZGW 1.7 contracts name them) ---------

# Zaken API (zrc)
SCOPE_ZAKEN_LEZEN = Scope("zaken.lezen", "Zaken en hun gegevens lezen en zoeken.")
SCOPE_ZAKEN_AANMAKEN = Scope("zaken.aanmaken", "Zaken aanmaken, met hun statussen, rollen en gerelateerde gegevens.")
SCOPE_ZAKEN_BIJWERKEN = Scope("zaken.bijwerken", "Attributen van lopende zaken bijwerken.")
SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN = Scope("zaken.geforceerd-bijwerken", "Ook afgesloten zaken bijwerken.")
SCOPE_ZAKEN_HEROPENEN = Scope("zaken.heropenen", "Afgesloten zaken heropenen.")
SCOPE_ZAKEN_VERWIJDEREN = Scope("zaken.verwijderen", "Zaken en hun gerelateerde gegevens verwijderen.")
SCOPE_ZAKEN_STATUSSEN_TOEVOEGEN = Scope("zaken.statussen.toevoegen", "Statussen aan zaken toevoegen.")
SCOPE_AUDITTRAILS_LEZEN = Scope("audittrails.lezen", "De audit trail van zaken, documenten en besluiten lezen.")

# Documenten API (drc)
SCOPE_DOCUMENTEN_LEZEN = Scope("documenten.lezen", "Documenten en hun gegevens lezen en zoeken.")
SCOPE_DOCUMENTEN_AANMAKEN = Scope("documenten.aanmaken", "Documenten aanmaken.")
SCOPE_DOCUMENTEN_BIJWERKEN = Scope("documenten.bijwerken", "Documenten bijwerken.")
SCOPE_DOCUMENTEN_GEFORCEERD_BIJWERKEN = Scope(
    "documenten.geforceerd-bijwerken", "Ook definitieve documenten bijwerken."
)
SCOPE_DOCUMENTEN_VERWIJDEREN = Scope("documenten.verwijderen", "Documenten verwijderen.")
SCOPE_DOCUMENTEN_LOCK = Scope("documenten.lock", "Documenten vergrendelen en ontgrendelen.")
SCOPE_DOCUMENTEN_GEFORCEERD_UNLOCK = Scope("documenten.geforceerd-unlock", "Documenten ontgrendelen zonder het slot.")

# Catalogi API (ztc)
SCOPE_CATALOGI_LEZEN = Scope("catalogi.lezen", "Catalogi en hun typen lezen.")
SCOPE_CATALOGI_SCHRIJVEN = Scope("catalogi.schrijven", "Concept-typen aanmaken, bijwerken en verwijderen.")
SCOPE_CATALOGI_FORCED_WRITE = Scope("catalogi.geforceerd-schrijven", "Ook gepubliceerde typen bijwerken.")
SCOPE_CATALOGI_FORCED_DELETE = Scope("catalogi.geforceerd-verwijderen", "Ook gepubliceerde typen verwijderen.")

# Besluiten API (brc)
SCOPE_BESLUITEN_LEZEN = Scope("besluiten.lezen", "Besluiten lezen en zoeken.")
SCOPE_BESLUITEN_AANMAKEN = Scope("besluiten.aanmaken", "Besluiten aanmaken.")
SCOPE_BESLUITEN_BIJWERKEN = Scope("besluiten.bijwerken", "Besluiten bijwerken.")
SCOPE_BESLUITEN_VERWIJDEREN = Scope("besluiten.verwijderen", "Besluiten verwijderen.")

# Autorisaties API (ac)
SCOPE_AUTORISATIES_LEZEN = Scope("autorisaties.lezen", "Applicaties en hun autorisaties lezen.")
SCOPE_AUTORISATIES_BIJWERKEN = Scope("autorisaties.bijwerken", "Applicaties en hun autorisaties beheren.")

# Notificaties API (nrc)
SCOPE_NOTIFICATIES_CONSUMEREN = Scope("notificaties.consumeren", "Abonneren op kanalen en notificaties ontvangen.")
SCOPE_NOTIFICATIES_PUBLICEREN = Scope("notificaties.publiceren", "Kanalen registreren en notificaties publiceren.")

SCOPES_BY_COMPONENT: dict[str, tuple[Scope, ...]] = {
    ZAKEN.code: (
        SCOPE_ZAKEN_LEZEN,
        SCOPE_ZAKEN_AANMAKEN,
        SCOPE_ZAKEN_BIJWERKEN,
        SCOPE_ZAKEN_GEFORCEERD_BIJWERKEN,
        SCOPE_ZAKEN_HEROPENEN,
        SCOPE_ZAKEN_VERWIJDEREN,
        SCOPE_ZAKEN_STATUSSEN_TOEVOEGEN,
        SCOPE_AUDITTRAILS_LEZEN,
    ),
    DOCUMENTEN.code: (
        SCOPE_DOCUMENTEN_LEZEN,
        SCOPE_DOCUMENTEN_AANMAKEN,
        SCOPE_DOCUMENTEN_BIJWERKEN,
        SCOPE_DOCUMENTEN_GEFORCEERD_BIJWERKEN,
        SCOPE_DOCUMENTEN_VERWIJDEREN,
        SCOPE_DOCUMENTEN_LOCK,
        SCOPE_DOCUMENTEN_GEFORCEERD_UNLOCK,
        SCOPE_AUDITTRAILS_LEZEN,
    ),
    CATALOGI.code: (
        SCOPE_CATALOGI_LEZEN,
        SCOPE_CATALOGI_SCHRIJVEN,
        SCOPE_CATALOGI_FORCED_WRITE,
        SCOPE_CATALOGI_FORCED_DELETE,
    ),
    BESLUITEN.code: (
        SCOPE_BESLUITEN_LEZEN,
        SCOPE_BESLUITEN_AANMAKEN,
        SCOPE_BESLUITEN_BIJWERKEN,
        SCOPE_BESLUITEN_VERWIJDEREN,
        SCOPE_AUDITTRAILS_LEZEN,
    ),
    AUTORISATIES.code: (SCOPE_AUTORISATIES_LEZEN, SCOPE_AUTORISATIES_BIJWERKEN),
    NOTIFICATIES.code: (SCOPE_NOTIFICATIES_CONSUMEREN, SCOPE_NOTIFICATIES_PUBLICEREN),
}

# (component code, scope) -> the (component code, scope) pairs that grant it as well.
IMPLIED_SCOPES: dict[tuple[str, Scope], tuple[tuple[str, Scope], ...]] = {
    # ztc-014: Zaken and Documenten API consumers read the catalogue they validate against
    (CATALOGI.code, SCOPE_CATALOGI_LEZEN): (
        (ZAKEN.code, SCOPE_ZAKEN_LEZEN),
        (DOCUMENTEN.code, SCOPE_DOCUMENTEN_LEZEN),
    ),
}
