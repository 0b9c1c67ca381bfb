"""Pools of realistic values for generated data, drawn from a seeded random generator."""

from __future__ import annotations

import random
import uuid

from openzaak.zgw.validators import elfproef

# The Netherlands, roughly: longitude 3.4–7.2, latitude 50.75–53.5 (WGS 84).
NL_LON, NL_LAT = (3.4, 7.2), (50.75, 53.5)

STRATEN = ["Kerkstraat", "Dorpsstraat", "Stationsweg", "Molenweg", "Schoolstraat", "Grote Markt", "Julianalaan"]
PLAATSEN = ["Utrecht", "Amersfoort", "Zwolle", "Haarlem", "Tilburg", "Groningen", "Delft", "Arnhem"]
GESLACHTSNAMEN = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder"]
VOORNAMEN = ["Jan", "Anna", "Piet", "Fatima", "Mohammed", "Sophie", "Daan", "Emma", "Noah", "Julia"]
OMSCHRIJVINGEN = [
    "Aanvraag ingediend via het digitale loket",
    "Melding van de buurtbewoners",
    "Verzoek van de aanvrager",
    "Aanvraag na telefonisch contact",
    "Aanvraag op papier ontvangen",
]
KANALEN = [
    "https://referentielijsten.example.com/api/v1/communicatiekanalen/internet",
    "https://referentielijsten.example.com/api/v1/communicatiekanalen/telefoon",
    "https://referentielijsten.example.com/api/v1/communicatiekanalen/balie",
    "",
]


def bsns(count: int, rng: random.Random) -> list[str]:
    """`count` distinct 9-digit numbers that pass the elfproef."""
    found: set[str] = set()
    while len(found) < count:
        candidate = f"{rng.randrange(100_000_000, 999_999_999):09d}"
        if elfproef(candidate):
            found.add(candidate)
    return sorted(found)


def uuid4() -> str:
    """A fresh uuid; never from the seeded generator, so runs with the same seed add new rows."""
    return str(uuid.uuid4())


def point(rng: random.Random) -> str:
    """A point in the Netherlands as EWKT."""
    return f"SRID=4326;POINT({rng.uniform(*NL_LON):.6f} {rng.uniform(*NL_LAT):.6f})"
