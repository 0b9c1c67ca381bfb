"""Benchmark data and scenarios of the Catalogi API (see openzaak.benchmark).

One catalogus (BENCH) with `rows` published zaaktypen, each related as a municipality's
are: two besluittypen, three informatieobjecttypen (zaaktype-informatieobjecttypen), a
deelzaaktype and a gerelateerd zaaktype, three statustypen (one with a checklist item),
two roltypen, two resultaattypen (each with a besluittype and an informatieobjecttype),
two eigenschappen and a zaakobjecttype. Every tenth zaaktype is an earlier, ended version
of another's identificatie, so relations to it show the version valid today. Besluittypen
(rows / 10) and informatieobjecttypen (rows / 5) are shared between zaaktypen.

Everything is inserted with bulk_create: 10,000 zaaktypen seed in about a minute.
"""

import datetime

from openzaak.benchmark import Scenario, benchmark_client
from openzaak.zgw.constants import AardRelatie, Afleidingswijze, Archiefnominatie, RolOmschrijving
from openzaak.zgw.scopes import SCOPE_ZAKEN_LEZEN

from . import models
from .constants import Richting

BATCH = 2000
CURRENT = datetime.date(2024, 1, 1)
EARLIER = (datetime.date(2020, 1, 1), datetime.date(2023, 12, 31))
SELECTIELIJST = "https://selectielijst.openzaak.nl/api/v1"


def _create(model, rows):
    return model.objects.bulk_create(list(rows), batch_size=BATCH)


def _zaaktype(catalogus, index: int) -> models.ZaakType:
    earlier = index % 10 == 5  # an ended version of the identificatie five rows before
    identificatie = f"BENCH-{index - 5 if earlier else index}"
    begin, einde = EARLIER if earlier else (CURRENT, None)
    return models.ZaakType(
        catalogus=catalogus,
        identificatie=identificatie,
        omschrijving=f"Zaaktype {index}",
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
        trefwoorden=["benchmark"],
        publicatie_indicatie=False,
        producten_of_diensten=["https://example.com/product/123"],
        referentieproces_naam="Benchmark",
        verantwoordelijke="Benchmark",
        versiedatum=begin,
        begin_geldigheid=begin,
        einde_geldigheid=einde,
        concept=False,
    )


def seed(rows: int, seeded: dict) -> dict:
    catalogus = models.Catalogus.objects.create(
        domein="BENCH", rsin="002564440", contactpersoon_beheer_naam="Benchmark"
    )
    besluittypen = _create(
        models.BesluitType,
        (
            models.BesluitType(
                catalogus=catalogus,
                omschrijving=f"Besluit {i}",
                publicatie_indicatie=False,
                begin_geldigheid=CURRENT,
                concept=False,
            )
            for i in range(max(rows // 10, 10))
        ),
    )
    informatieobjecttypen = _create(
        models.InformatieObjectType,
        (
            models.InformatieObjectType(
                catalogus=catalogus,
                omschrijving=f"Document {i}",
                vertrouwelijkheidaanduiding="openbaar",
                informatieobjectcategorie="Brief",
                begin_geldigheid=CURRENT,
                concept=False,
            )
            for i in range(max(rows // 5, 10))
        ),
    )
    models.BesluitType.informatieobjecttypen.through.objects.bulk_create(
        models.BesluitType.informatieobjecttypen.through(
            besluittype=besluittype, informatieobjecttype=informatieobjecttypen[i % len(informatieobjecttypen)]
        )
        for i, besluittype in enumerate(besluittypen)
    )
    zaaktypen = _create(models.ZaakType, (_zaaktype(catalogus, i) for i in range(rows)))
    count, nb, ni = len(zaaktypen), len(besluittypen), len(informatieobjecttypen)

    models.ZaakType.besluittypen.through.objects.bulk_create(
        (
            models.ZaakType.besluittypen.through(zaaktype=zaaktype, besluittype=besluittypen[(i + step) % nb])
            for i, zaaktype in enumerate(zaaktypen)
            for step in (0, 1)
        ),
        batch_size=BATCH,
    )
    models.ZaakType.deelzaaktypen.through.objects.bulk_create(
        (
            models.ZaakType.deelzaaktypen.through(from_zaaktype=zaaktype, to_zaaktype=zaaktypen[(i + 1) % count])
            for i, zaaktype in enumerate(zaaktypen)
        ),
        batch_size=BATCH,
    )
    _create(
        models.ZaakTypenRelatie,
        (
            models.ZaakTypenRelatie(
                zaaktype=zaaktype, gerelateerd_zaaktype=zaaktypen[(i + 2) % count], aard_relatie=AardRelatie.vervolg
            )
            for i, zaaktype in enumerate(zaaktypen)
        ),
    )
    statustypen = _create(
        models.StatusType,
        (
            models.StatusType(zaaktype=zaaktype, omschrijving=f"Status {n}", volgnummer=n, informeren=n == 3)
            for zaaktype in zaaktypen
            for n in (1, 2, 3)
        ),
    )
    _create(
        models.CheckListItem,
        (
            models.CheckListItem(statustype=statustype, itemnaam="Compleet", vraagstelling="Is de aanvraag compleet?")
            for statustype in statustypen[::3]
        ),
    )
    _create(
        models.ZaakTypeInformatieObjectType,
        (
            models.ZaakTypeInformatieObjectType(
                zaaktype=zaaktype,
                informatieobjecttype=informatieobjecttypen[(3 * i + n) % ni],
                volgnummer=n + 1,
                richting=Richting.inkomend if n < 2 else Richting.uitgaand,
            )
            for i, zaaktype in enumerate(zaaktypen)
            for n in range(3)
        ),
    )
    _create(
        models.RolType,
        (
            models.RolType(zaaktype=zaaktype, omschrijving=omschrijving.label, omschrijving_generiek=omschrijving)
            for zaaktype in zaaktypen
            for omschrijving in (RolOmschrijving.initiator, RolOmschrijving.behandelaar)
        ),
    )
    resultaattypen = _create(
        models.ResultaatType,
        (
            models.ResultaatType(
                zaaktype=zaaktype,
                omschrijving=omschrijving,
                resultaattypeomschrijving=f"{SELECTIELIJST}/resultaattypeomschrijvingen/"
                "e6a0c939-3404-45b0-88e3-76c94fb80ea7",
                omschrijving_generiek="Gegrond",
                selectielijstklasse=f"{SELECTIELIJST}/resultaten/cc5ae4e3-a9e6-4386-bcee-46be4986a829",
                archiefnominatie=Archiefnominatie.vernietigen,
                archiefactietermijn="P10Y",
                brondatum_archiefprocedure_afleidingswijze=Afleidingswijze.afgehandeld,
            )
            for zaaktype in zaaktypen
            for omschrijving in ("Toegekend", "Afgewezen")
        ),
    )
    models.ResultaatType.besluittypen.through.objects.bulk_create(
        (
            models.ResultaatType.besluittypen.through(
                resultaattype=resultaattype, besluittype=besluittypen[i // 2 % nb]
            )
            for i, resultaattype in enumerate(resultaattypen)
        ),
        batch_size=BATCH,
    )
    models.ResultaatType.informatieobjecttypen.through.objects.bulk_create(
        (
            models.ResultaatType.informatieobjecttypen.through(
                resultaattype=resultaattype, informatieobjecttype=informatieobjecttypen[(3 * (i // 2) + 2) % ni]
            )
            for i, resultaattype in enumerate(resultaattypen)
        ),
        batch_size=BATCH,
    )
    _create(
        models.Eigenschap,
        (
            models.Eigenschap(
                zaaktype=zaaktype,
                statustype=statustypen[3 * i + 2] if n == 1 else None,
                naam=f"kenmerk{n}",
                definitie="Een kenmerk",
                specificatie_formaat="tekst",
                specificatie_lengte="20",
                specificatie_kardinaliteit="1",
            )
            for i, zaaktype in enumerate(zaaktypen)
            for n in (0, 1)
        ),
    )
    _create(
        models.ZaakObjectType,
        (
            models.ZaakObjectType(
                zaaktype=zaaktype,
                objecttype="https://objecttypen.example.com/api/v1/objecttypes/1",
                relatie_omschrijving="Locatie",
            )
            for zaaktype in zaaktypen
        ),
    )
    # a Zaken API client that may read zaaktypen (ztc-014) for 50 of them
    zaken_client = benchmark_client(
        "benchmark-zrc",
        autorisaties=[
            {
                "component": "zrc",
                "scopes": [str(SCOPE_ZAKEN_LEZEN)],
                "zaaktype": zaaktype,
                "max_vertrouwelijkheidaanduiding": "openbaar",
            }
            for zaaktype in zaaktypen[:50]
        ],
    )
    middle = zaaktypen[count // 2]
    return {
        "zaaktype_pks": [zaaktypen[0].pk, zaaktypen[-1].pk],
        "zaaktype": str(middle.uuid),
        "besluittype": str(besluittypen[len(besluittypen) // 2].uuid),
        "catalogus": str(catalogus.uuid),
        "zaken_client": zaken_client,
    }


def scenarios(seeded: dict) -> dict[str, Scenario | str]:
    base = "/catalogi/api/v1"
    zaaktype = f"{base}/zaaktypen/{seeded['zaaktype']}"
    page = "pageSize=100"
    return {
        "catalogi: zaaktypen (100 per page)": f"{base}/zaaktypen?{page}",
        "catalogi: zaaktypen as a Zaken API client": Scenario(
            f"{base}/zaaktypen?{page}", client=seeded["zaken_client"]
        ),
        "catalogi: zaaktype detail": zaaktype,
        "catalogi: zaaktype expand statustypen": f"{zaaktype}?expand=statustypen",
        "catalogi: statustypen (100 per page)": f"{base}/statustypen?{page}",
        "catalogi: statustypen of a zaaktype": f"{base}/statustypen?zaaktype=http://localhost{zaaktype}",
        "catalogi: resultaattypen (100 per page)": f"{base}/resultaattypen?{page}",
        "catalogi: roltypen (100 per page)": f"{base}/roltypen?{page}",
        "catalogi: eigenschappen (100 per page)": f"{base}/eigenschappen?{page}",
        "catalogi: zaakobjecttypen (100 per page)": f"{base}/zaakobjecttypen?{page}",
        "catalogi: zaaktype-informatieobjecttypen (100 per page)": f"{base}/zaaktype-informatieobjecttypen?{page}",
        "catalogi: besluittypen (100 per page)": f"{base}/besluittypen?{page}",
        "catalogi: informatieobjecttypen (100 per page)": f"{base}/informatieobjecttypen?{page}",
    }
