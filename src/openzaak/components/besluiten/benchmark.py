"""Benchmark scenarios of the Besluiten API (see openzaak.benchmark): the besluiten of a
zaak, as a case-handling system shows them with the zaak. The besluiten come with the
zaken `zaken.benchmark` seeds (`generate_data --besluiten-per-zaak`)."""

from __future__ import annotations


def seed(rows: int, seeded: dict) -> dict:
    from openzaak.components.besluiten.models import Besluit

    besluit = Besluit.objects.filter(zaak__isnull=False).select_related("zaak").order_by("pk").first()
    return {"besluiten_zaak": str(besluit.zaak.uuid)} if besluit else {}


def scenarios(seeded: dict) -> dict[str, str]:
    if "besluiten_zaak" not in seeded:  # seeded without besluiten
        return {}
    zaak = f"/zaken/api/v1/zaken/{seeded['besluiten_zaak']}"
    return {
        "besluiten: besluiten of a zaak": f"/besluiten/api/v1/besluiten?zaak=http://127.0.0.1{zaak}",
        "besluiten: besluiten of a zaak (zaken/{uuid}/besluiten)": f"{zaak}/besluiten",
    }
