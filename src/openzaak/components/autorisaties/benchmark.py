"""Benchmark data and scenarios of the Autorisaties API (see openzaak.benchmark)."""

from .models import Applicatie, Autorisatie


def seed(rows: int) -> dict:
    applicaties = Applicatie.objects.bulk_create(
        Applicatie(client_ids=[f"client-{i}"], label=f"Applicatie {i}") for i in range(rows)
    )
    Autorisatie.objects.bulk_create(
        Autorisatie(
            applicatie=applicatie,
            component=component,
            scopes=["zaken.lezen", "zaken.aanmaken"] if component == "zrc" else ["autorisaties.lezen"],
            zaaktype=f"http://testserver/catalogi/api/v1/zaaktypen/{applicatie.uuid}" if component == "zrc" else "",
            max_vertrouwelijkheidaanduiding="openbaar" if component == "zrc" else "",
        )
        for applicatie in applicaties
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
