"""Benchmark data and scenarios of the Autorisaties API (see openzaak.benchmark).

`rows` applicaties, each with two autorisaties: one on the Zaken API for one of the
zaaktypen the Catalogi benchmark seeded (one per applicatie, as a municipality's are),
one on the Autorisaties API."""

from openzaak.components.catalogi.models import ZaakType

from .models import Applicatie, Autorisatie


def seed(rows: int, seeded: dict) -> dict:
    applicaties = Applicatie.objects.bulk_create(
        (Applicatie(client_ids=[f"client-{i}"], label=f"Applicatie {i}") for i in range(rows)), batch_size=2000
    )
    first, last = seeded["zaaktype_pks"]
    zaaktypen = list(ZaakType.objects.filter(pk__range=(first, last)).order_by("pk").only("pk"))
    Autorisatie.objects.bulk_create(
        (
            Autorisatie(
                applicatie=applicatie,
                component=component,
                scopes=["zaken.lezen", "zaken.aanmaken"] if component == "zrc" else ["autorisaties.lezen"],
                zaaktype=zaaktypen[i % len(zaaktypen)] if component == "zrc" else None,
                max_vertrouwelijkheidaanduiding="openbaar" if component == "zrc" else "",
            )
            for i, applicatie in enumerate(applicaties)
            for component in ("zrc", "ac")
        ),
        batch_size=2000,
    )
    return {"applicatie": str(applicaties[rows // 2].uuid)}


def scenarios(seeded: dict) -> dict[str, str]:
    base = "/autorisaties/api/v1/applicaties"
    return {
        "autorisaties: list (100 per page)": f"{base}?pageSize=100",
        # page 5, or the last full page of a smaller seed
        "autorisaties: list page 5": f"{base}?page={min(5, max(1, seeded['rows'] // 100))}",
        "autorisaties: filter clientIds": f"{base}?clientIds=client-7,client-8",
        "autorisaties: detail": f"{base}/{seeded['applicatie']}",
        "autorisaties: consumer": f"{base}/consumer?clientId=client-9",
    }
