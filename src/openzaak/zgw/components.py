"""What each API component declares about itself once: its code (as the Autorisaties
API names it), its URL slug, the standard version it implements, and its title."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Component:
    code: str  # ComponentTypes value: zrc, drc, ztc, brc, ac, nrc
    slug: str  # URL prefix: /<slug>/api/v1/
    version: str  # the standard version implemented, sent as `API-version`
    title: str
    description: str = ""

    @property
    def api_root(self) -> str:
        return f"{self.slug}/api/v1"
