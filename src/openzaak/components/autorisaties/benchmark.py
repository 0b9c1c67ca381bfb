"""Benchmark data and scenarios of the Autorisaties API (see openzaak.benchmark)."""

import datetime

from openzaak.components.catalogi.models import Catalogus, ZaakType

from .models import Applicatie, Autorisatie


def _zaaktypen(count: int) -> list[ZaakType]:
    """Zaaktypen for the zrc autorisaties to name (one per applicatie, as a municipality's are)."""
    catalogus = Catalogus.objects.create(domein="BENCH", rsin="002564440", contactpersoon_beheer_naam="Benchmark")
    day = datetime.date(2024, 1, 1)
    return ZaakType.objects.bulk_create(
        ZaakType(
            catalogus=catalogus,
            identificatie=f"BENCH-{i}",
            omschrijving=f"Zaaktype {i}",
            vertrouwelijkheidaanduiding="openbaar",
            doel="Benchmark",
            aanleiding="Benchmark",
            indicatie_intern_of_extern="extern",
            handeling_initiator="Melden",
            onderwerp="Benchmark",
            handeling_behandelaar="Behandelen",
            doorlooptijd="P30D",
            opschorting_en_aanhouding_mogelijk=False,
            verlenging_mogelijk=False,
            publicatie_indicatie=False,
            referentieproces_naam="Benchmark",
            verantwoordelijke="Benchmark",
            versiedatum=day,
            begin_geldigheid=day,
        )
        for i in range(count)
    )


def seed(rows: int) -> dict:
    applicaties = Applicatie.objects.bulk_create(
        Applicatie(client_ids=[f"client-{i}"], label=f"Applicatie {i}") for i in range(rows)
    )
    zaaktypen = _zaaktypen(rows)
    Autorisatie.objects.bulk_create(
        Autorisatie(
            applicatie=applicatie,
            component=component,
            scopes=["zaken.lezen", "zaken.aanmaken"] if component == "zrc" else ["autorisaties.lezen"],
            zaaktype=zaaktype if component == "zrc" else None,
            max_vertrouwelijkheidaanduiding="openbaar" if component == "zrc" else "",
        )
        for applicatie, zaaktype in zip(applicaties, zaaktypen, strict=True)
        for component in ("zrc", "ac")
    )
    return {"applicatie": str(applicaties[rows // 2].uuid)}


def scenarios(seeded: dict) -> dict[str, str]:
    base = "/autorisaties/api/v1/applicaties"
    return {
        "autorisaties: list (100 per page)": f"{base}?pageSize=100",
        "autorisaties: list page 5": f"{base}?page=5",
        "autorisaties: filter clientIds": f"{base}?clientIds=client-7,client-8",
        "autorisaties: detail": f"{base}/{seeded['applicatie']}",
        "autorisaties: consumer": f"{base}/consumer?clientId=client-9",
    }
