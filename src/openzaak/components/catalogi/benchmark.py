"""Benchmark scenarios of the Catalogi API (see openzaak.benchmark).

Uses the published zaaktypen that the Autorisaties benchmark seeds (catalogus BENCH) and
gives each three statustypen and an eigenschap, as a real catalogue has."""

from .models import Eigenschap, StatusType, ZaakType


def seed(rows: int) -> dict:
    zaaktypen = list(ZaakType.objects.filter(catalogus__domein="BENCH").order_by("pk"))
    ZaakType.objects.filter(pk__in=[z.pk for z in zaaktypen]).update(concept=False)
    StatusType.objects.bulk_create(
        StatusType(zaaktype=zaaktype, omschrijving=f"Status {n}", volgnummer=n)
        for zaaktype in zaaktypen
        for n in (1, 2, 3)
    )
    Eigenschap.objects.bulk_create(
        Eigenschap(
            zaaktype=zaaktype,
            naam="kenmerk",
            definitie="Een kenmerk",
            specificatie_formaat="tekst",
            specificatie_lengte="20",
            specificatie_kardinaliteit="1",
        )
        for zaaktype in zaaktypen
    )
    return {"zaaktype": str(zaaktypen[len(zaaktypen) // 2].uuid), "catalogus": str(zaaktypen[0].catalogus.uuid)}


def scenarios(seeded: dict) -> dict[str, str]:
    base = "/catalogi/api/v1"
    return {
        "catalogi: zaaktypen (100 per page)": f"{base}/zaaktypen?pageSize=100",
        "catalogi: zaaktype detail": f"{base}/zaaktypen/{seeded['zaaktype']}",
        "catalogi: zaaktype expand statustypen": f"{base}/zaaktypen/{seeded['zaaktype']}?expand=statustypen",
        "catalogi: statustypen (100 per page)": f"{base}/statustypen?pageSize=100",
        "catalogi: statustypen of a zaaktype": f"{base}/statustypen?zaaktype=http://testserver{base}/zaaktypen/"
        f"{seeded['zaaktype']}",
    }
