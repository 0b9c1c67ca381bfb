"""The catalogue the generated zaken use: one catalogus (domein GEN) with published
zaaktypen, each with 3 statustypen, 2 resultaattypen, 1 roltype, 1 eigenschap and 1
zaakobjecttype, plus informatieobjecttypen and besluittypen they allow. Made once and
reused by later runs (it grows when more zaaktypen are asked for)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction

from openzaak.components.catalogi.models import (
    BesluitType,
    Catalogus,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
)
from openzaak.zgw.constants import Afleidingswijze, Archiefnominatie, RolOmschrijving, VertrouwelijkheidAanduiding

DOMEIN = "GEN"
RSIN = "517439943"
BEGIN = datetime.date(2018, 1, 1)
SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1"
PRODUCTEN = "https://producten.example.com/api/v1/producten"

ONDERWERPEN = [
    "Omgevingsvergunning",
    "Melding openbare ruimte",
    "Parkeervergunning",
    "Bijzondere bijstand",
    "Evenementenvergunning",
    "Subsidie",
    "Bezwaar",
    "Verhuizing",
    "Kapvergunning",
    "Klacht",
]
DOCUMENTSOORTEN = ["Aanvraag", "Bijlage", "Foto", "Correspondentie", "Besluitbrief"]
BESLUITSOORTEN = ["Verlening", "Weigering", "Intrekking"]
# (omschrijving, archiefnominatie, archiefactietermijn in years)
RESULTATEN = [("Verleend", Archiefnominatie.blijvend_bewaren, 20), ("Geweigerd", Archiefnominatie.vernietigen, 10)]


@dataclass(frozen=True)
class GeneratedZaakType:
    id: int
    vertrouwelijkheidaanduiding: str
    producten_of_diensten: tuple[str, ...]
    statustypen: tuple[int, int, int]  # by volgnummer; the last is the eindstatus
    resultaattypen: tuple[tuple[int, str, int], ...]  # (id, archiefnominatie, years)
    roltype: tuple[int, str, str]  # (id, omschrijving, omschrijving_generiek)
    eigenschap: int
    zaakobjecttype: int
    informatieobjecttypen: tuple[int, ...]
    besluittypen: tuple[int, ...]
    besluitbrief: int  # the informatieobjecttype of besluit documents


@transaction.atomic
def ensure(aantal: int) -> list[GeneratedZaakType]:
    catalogus, _ = Catalogus.objects.get_or_create(
        domein=DOMEIN,
        rsin=RSIN,
        defaults={"naam": "Gegenereerde catalogus", "contactpersoon_beheer_naam": "Generator"},
    )
    iotypen = _ensure_by_omschrijving(
        InformatieObjectType,
        catalogus,
        DOCUMENTSOORTEN,
        vertrouwelijkheidaanduiding=VertrouwelijkheidAanduiding.zaakvertrouwelijk,
        informatieobjectcategorie="Document",
    )
    besluittypen = _ensure_by_omschrijving(BesluitType, catalogus, BESLUITSOORTEN, publicatie_indicatie=False)
    for besluittype in besluittypen.values():
        besluittype.informatieobjecttypen.add(iotypen["Besluitbrief"])
    existing = set(ZaakType.objects.filter(catalogus=catalogus).values_list("identificatie", flat=True))
    for n in range(1, aantal + 1):
        if f"GEN-ZT-{n:03d}" not in existing:
            _create_zaaktype(catalogus, n, list(iotypen.values()), list(besluittypen.values()))
    zaaktypen = ZaakType.objects.filter(catalogus=catalogus, concept=False).order_by("identificatie")[:aantal]
    return [_describe(zaaktype, iotypen["Besluitbrief"].pk) for zaaktype in zaaktypen]


def _ensure_by_omschrijving(model, catalogus, omschrijvingen, **fields) -> dict:
    found = {obj.omschrijving: obj for obj in model.objects.filter(catalogus=catalogus, concept=False)}
    for omschrijving in omschrijvingen:
        if omschrijving not in found:
            found[omschrijving] = model.objects.create(
                catalogus=catalogus, omschrijving=omschrijving, concept=False, begin_geldigheid=BEGIN, **fields
            )
    return found


def _create_zaaktype(catalogus, n: int, iotypen, besluittypen) -> None:
    onderwerp = ONDERWERPEN[(n - 1) % len(ONDERWERPEN)]
    zaaktype = ZaakType.objects.create(
        catalogus=catalogus,
        identificatie=f"GEN-ZT-{n:03d}",
        omschrijving=f"{onderwerp} {n}",
        vertrouwelijkheidaanduiding=VertrouwelijkheidAanduiding.values[n % 8],
        doel=f"{onderwerp} afhandelen",
        aanleiding=f"Een aanvraag of melding: {onderwerp.lower()}",
        indicatie_intern_of_extern="extern",
        handeling_initiator="Aanvragen",
        onderwerp=onderwerp,
        handeling_behandelaar="Behandelen",
        doorlooptijd="P8W",
        opschorting_en_aanhouding_mogelijk=True,
        verlenging_mogelijk=True,
        verlengingstermijn="P6W",
        publicatie_indicatie=False,
        producten_of_diensten=[f"{PRODUCTEN}/{n}"],
        referentieproces_naam=onderwerp,
        verantwoordelijke="Gemeente",
        begin_geldigheid=BEGIN,
        versiedatum=BEGIN,
        concept=False,
    )
    zaaktype.besluittypen.set(besluittypen)
    StatusType.objects.bulk_create(
        StatusType(zaaktype=zaaktype, omschrijving=omschrijving, volgnummer=volgnummer)
        for volgnummer, omschrijving in enumerate(["Ontvangen", "In behandeling", "Afgerond"], start=1)
    )
    ResultaatType.objects.bulk_create(
        ResultaatType(
            zaaktype=zaaktype,
            omschrijving=omschrijving,
            resultaattypeomschrijving=f"{SELECTIELIJST}/resultaattypeomschrijvingen/{index}",
            selectielijstklasse=f"{SELECTIELIJST}/resultaten/{index}",
            archiefnominatie=nominatie,
            archiefactietermijn=f"P{years}Y",
            brondatum_archiefprocedure_afleidingswijze=Afleidingswijze.afgehandeld,
        )
        for index, (omschrijving, nominatie, years) in enumerate(RESULTATEN)
    )
    RolType.objects.create(zaaktype=zaaktype, omschrijving="Aanvrager", omschrijving_generiek=RolOmschrijving.initiator)
    Eigenschap.objects.create(
        zaaktype=zaaktype,
        naam="kenmerk",
        definitie="Het kenmerk van de aanvrager",
        specificatie_formaat="tekst",
        specificatie_lengte="40",
        specificatie_kardinaliteit="1",
    )
    ZaakObjectType.objects.create(
        zaaktype=zaaktype,
        objecttype="https://objecttypen.example.com/api/v1/objecttypes/adres",
        relatie_omschrijving="Adres",
    )
    ZaakTypeInformatieObjectType.objects.bulk_create(
        ZaakTypeInformatieObjectType(zaaktype=zaaktype, informatieobjecttype=iotype, volgnummer=i, richting="inkomend")
        for i, iotype in enumerate(iotypen, start=1)
    )


def _describe(zaaktype: ZaakType, besluitbrief: int) -> GeneratedZaakType:
    resultaattypen = tuple(
        (r.pk, r.archiefnominatie, int(r.archiefactietermijn[1:-1])) for r in zaaktype.resultaattypen.order_by("pk")
    )
    roltype = zaaktype.roltypen.get()
    return GeneratedZaakType(
        id=zaaktype.pk,
        vertrouwelijkheidaanduiding=zaaktype.vertrouwelijkheidaanduiding,
        producten_of_diensten=tuple(zaaktype.producten_of_diensten),
        statustypen=tuple(zaaktype.statustypen.order_by("volgnummer").values_list("pk", flat=True)),
        resultaattypen=resultaattypen,
        roltype=(roltype.pk, roltype.omschrijving, roltype.omschrijving_generiek),
        eigenschap=zaaktype.eigenschappen.get().pk,
        zaakobjecttype=zaaktype.zaakobjecttypen.get().pk,
        informatieobjecttypen=tuple(
            zaaktype.zaaktypeinformatieobjecttypen.order_by("volgnummer").values_list("informatieobjecttype", flat=True)
        ),
        besluittypen=tuple(zaaktype.besluittypen.order_by("pk").values_list("pk", flat=True)),
        besluitbrief=besluitbrief,
    )
