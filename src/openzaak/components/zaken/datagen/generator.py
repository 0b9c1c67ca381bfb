from __future__ import annotations

import datetime
import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.core.files.base import ContentFile
from django.db import connection, transaction

from openzaak.components.documenten.storage import documenten_storage
from openzaak.zgw import identificatie
from openzaak.zgw.constants import Archiefstatus, VertrouwelijkheidAanduiding

from ..constants import IDENTIFICATIE_PREFIX, Betalingsindicatie, BetrokkeneType
from . import types, values
from .copy import NULL, CopyTable, array, boolean, jsonb, nullable, text

DAY = datetime.timedelta(days=1)
NIVEAUS = VertrouwelijkheidAanduiding.values
DOCUMENT_PREFIX = "DOCUMENT"  # as openzaak.components.documenten.constants.IDENTIFICATIE_PREFIX
BESLUIT_PREFIX = "BESLUIT"  # as openzaak.components.besluiten.constants.IDENTIFICATIE_PREFIX
INHOUD = "Gegenereerd document {identificatie} bij zaak {zaak}.\n" + "Lorem ipsum dolor sit amet. " * 6


@dataclass
class Options:
    zaken: int
    documenten_per_zaak: int = 0
    besluiten_per_zaak: int = 0
    zaaktypen: int = 100
    bsns: int = 5000
    batch_size: int = 10_000
    seed: int | None = None
    bronorganisatie: str = types.RSIN
    closed_fraction: float = 0.7


def _model(label: str):
    return apps.get_model(label)


def _next_ids(cursor, model, count: int) -> list[int]:
    """`count` fresh primary keys from the table's own sequence."""
    table = model._meta.db_table
    cursor.execute(f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) FROM generate_series(1, %s)", [count])
    return [row[0] for row in cursor.fetchall()]


def _identificaties(prefix: str, organisatie: str, jaren: list[int]) -> list[str]:
    """One identificatie per entry of `jaren`, numbered per year from the shared counters."""
    numbers = {
        jaar: iter(identificatie.allocate(prefix, organisatie=organisatie, jaar=jaar, aantal=aantal))
        for jaar, aantal in Counter(jaren).items()
    }
    return [identificatie.format_identificatie(prefix, jaar, next(numbers[jaar])) for jaar in jaren]


def _plus_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _ts(day: datetime.date, rng: random.Random) -> str:
    return f"{day.isoformat()} {rng.randrange(8, 18):02d}:{rng.randrange(60):02d}:00+00"


class _Tables:
    """The COPY buffers of every table the generator writes, in the order they are sent."""

    def __init__(self):
        g = _model
        self.zaak = CopyTable(g("zaken.Zaak"), ZAAK_COLUMNS, with_id=True)
        self.status = CopyTable(g("zaken.Status"), STATUS_COLUMNS)
        self.resultaat = CopyTable(g("zaken.Resultaat"), ["uuid", "zaak_id", "resultaattype_id", "toelichting"])
        self.rol = CopyTable(g("zaken.Rol"), ROL_COLUMNS)
        self.zaakeigenschap = CopyTable(g("zaken.ZaakEigenschap"), ["uuid", "zaak_id", "eigenschap_id", "waarde"])
        self.zaakobject = CopyTable(g("zaken.ZaakObject"), ZAAKOBJECT_COLUMNS)
        self.document = CopyTable(g("documenten.EnkelvoudigInformatieObject"), DOCUMENT_COLUMNS, with_id=True)
        self.versie = CopyTable(g("documenten.EnkelvoudigInformatieObjectVersie"), VERSIE_COLUMNS)
        self.zio = CopyTable(g("zaken.ZaakInformatieObject"), ZIO_COLUMNS)
        self.oio = CopyTable(g("documenten.ObjectInformatieObject"), OIO_COLUMNS)
        self.besluit = CopyTable(g("besluiten.Besluit"), BESLUIT_COLUMNS, with_id=True)
        self.zaakbesluit = CopyTable(g("zaken.ZaakBesluit"), ["uuid", "zaak_id", "besluit_id"])
        self.bio = CopyTable(g("besluiten.BesluitInformatieObject"), ["uuid", "besluit_id", "informatieobject_id"])

    def flush(self, cursor, totals: Counter) -> None:
        for name, table in vars(self).items():
            totals[name] += table.flush(cursor)


ZAAK_COLUMNS = [
    "id", "uuid", "identificatie", "bronorganisatie", "omschrijving", "toelichting", "zaaktype_id",
    "registratiedatum", "verantwoordelijke_organisatie", "startdatum", "einddatum", "einddatum_gepland",
    "uiterlijke_einddatum_afdoening", "publicatiedatum", "communicatiekanaal", "producten_of_diensten",
    "vertrouwelijkheidaanduiding", "betalingsindicatie", "laatste_betaaldatum", "zaakgeometrie",
    "verlenging_reden", "verlenging_duur", "opschorting_indicatie", "opschorting_reden", "selectielijstklasse",
    "hoofdzaak_id", "kenmerken", "archiefnominatie", "archiefstatus", "archiefactiedatum",
    "opdrachtgevende_organisatie", "processobjectaard", "startdatum_bewaartermijn", "processobject_datumkenmerk",
    "processobject_identificatie", "processobject_objecttype", "processobject_registratie",
]  # fmt: skip
STATUS_COLUMNS = [
    "uuid", "zaak_id", "statustype_id", "datum_status_gezet", "statustoelichting", "gezetdoor_id",
    "indicatie_laatst_gezette_status",
]  # fmt: skip
ROL_COLUMNS = [
    "uuid", "zaak_id", "betrokkene", "betrokkene_type", "afwijkende_naam_betrokkene", "roltype_id", "omschrijving",
    "omschrijving_generiek", "roltoelichting", "registratiedatum", "indicatie_machtiging",
    "contactpersoon_rol_emailadres", "contactpersoon_rol_functie", "contactpersoon_rol_telefoonnummer",
    "contactpersoon_rol_naam", "betrokkene_identificatie",
]  # fmt: skip
ZAAKOBJECT_COLUMNS = [
    "uuid", "zaak_id", "object", "zaakobjecttype_id", "object_type", "object_type_overige",
    "object_type_overige_definitie_url", "object_type_overige_definitie_schema",
    "object_type_overige_definitie_object_data", "relatieomschrijving", "object_identificatie",
]  # fmt: skip
GEGEVENS_COLUMNS = [
    "identificatie", "bronorganisatie", "creatiedatum", "titel", "vertrouwelijkheidaanduiding",
    "is_gereed_voor_publicatie", "tonen_aan_initiator", "auteur", "status", "inhoud_is_vervallen", "formaat", "taal",
    "versie", "begin_registratie", "bestandsnaam", "inhoud", "bestandsomvang", "link", "beschrijving",
    "ontvangstdatum", "verzenddatum", "indicatie_gebruiksrecht", "verschijningsvorm", "ondertekening_soort",
    "ondertekening_datum", "integriteit_algoritme", "integriteit_waarde", "integriteit_datum", "trefwoorden",
    "informatieobjecttype_id",
]  # fmt: skip
DOCUMENT_COLUMNS = ["id", "uuid", "lock", *GEGEVENS_COLUMNS]
VERSIE_COLUMNS = ["informatieobject_id", *GEGEVENS_COLUMNS]
ZIO_COLUMNS = [
    "uuid", "zaak_id", "informatieobject_id", "titel", "beschrijving", "registratiedatum", "vernietigingsdatum",
    "status_id",
]  # fmt: skip
OIO_COLUMNS = ["uuid", "informatieobject_id", "object_type", "zaak_id", "besluit_id", "verzoek"]
BESLUIT_COLUMNS = [
    "id", "uuid", "identificatie", "verantwoordelijke_organisatie", "besluittype_id", "zaak_id", "datum",
    "toelichting", "bestuursorgaan", "ingangsdatum", "vervaldatum", "vervalreden", "publicatiedatum",
    "verzenddatum", "uiterlijke_reactiedatum",
]  # fmt: skip


class _Generator:
    def __init__(self, options: Options, zaaktypen: list[types.GeneratedZaakType]):
        self.options = options
        self.zaaktypen = zaaktypen
        self.rng = random.Random(options.seed)
        self.bsns = values.bsns(options.bsns, random.Random(options.seed or 0))
        self.today = datetime.date.today()
        self.first_day = datetime.date(2019, 1, 1)
        self.span = (self.today - self.first_day).days - 1
        self.tables = _Tables()
        self.storage = documenten_storage() if options.documenten_per_zaak or options.besluiten_per_zaak else None

    def batch(self, cursor, count: int) -> None:
        rng, org = self.rng, self.options.bronorganisatie
        zaken = []
        for _ in range(count):
            startdatum = self.first_day + rng.randrange(self.span) * DAY
            doorlooptijd = rng.randrange(1, 180)
            closed = startdatum + doorlooptijd * DAY < self.today and rng.random() < self.options.closed_fraction
            zaken.append((rng.choice(self.zaaktypen), startdatum, doorlooptijd, closed))
        ids = _next_ids(cursor, _model("zaken.Zaak"), count)
        numbers = _identificaties(IDENTIFICATIE_PREFIX, org, [z[1].year for z in zaken])
        for zaak_id, nummer, zaak in zip(ids, numbers, zaken, strict=True):
            self._zaak(zaak_id, nummer, *zaak)
        if self.options.documenten_per_zaak:
            self._documenten(cursor, ids, zaken, numbers)
        if self.options.besluiten_per_zaak:
            self._besluiten(cursor, ids, zaken)

    def _zaak(self, zaak_id, nummer, zaaktype, startdatum, doorlooptijd, closed) -> None:
        rng, t, org = self.rng, self.tables, self.options.bronorganisatie
        uuid4 = values.uuid4
        einddatum = startdatum + doorlooptijd * DAY if closed else None
        resultaattype, nominatie, years = rng.choice(zaaktype.resultaattypen)
        registratie = str(startdatum)
        t.zaak.add(
            (
                str(zaak_id), uuid4(), nummer, org, rng.choice(values.OMSCHRIJVINGEN), "", str(zaaktype.id),
                registratie, org, registratie, nullable(einddatum), str(startdatum + 56 * DAY),
                str(startdatum + 84 * DAY), NULL, rng.choice(values.KANALEN),
                array(list(zaaktype.producten_of_diensten)), rng.choice(NIVEAUS),
                Betalingsindicatie.nvt, NULL, values.point(rng), "", NULL, "f", "", "", NULL, "[]",
                nominatie if closed else "", Archiefstatus.nog_te_archiveren,
                nullable(_plus_years(einddatum, years) if closed else None),
                "", "", NULL, "", "", "", "",
            )
        )  # fmt: skip
        eind, tussen = startdatum + doorlooptijd * DAY, startdatum + max(1, doorlooptijd // 3) * DAY
        statustypen = zaaktype.statustypen
        laatste = (statustypen[2], eind) if closed else (statustypen[1], min(self.today, tussen + 2 * DAY))
        for index, (statustype, day) in enumerate(((statustypen[0], startdatum), (statustypen[1], tussen), laatste)):
            t.status.add((uuid4(), str(zaak_id), str(statustype), _ts(day, rng), "", NULL, "t" if index == 2 else "f"))
        t.resultaat.add((uuid4(), str(zaak_id), str(resultaattype), ""))
        bsn = rng.choice(self.bsns)
        roltype, omschrijving, generiek = zaaktype.roltype
        identificatie_np = {
            "inpBsn": bsn,
            "geslachtsnaam": rng.choice(values.GESLACHTSNAMEN),
            "voornamen": rng.choice(values.VOORNAMEN),
            "geslachtsaanduiding": rng.choice("mvo"),
        }
        t.rol.add(
            (
                uuid4(), str(zaak_id), f"https://personen.example.com/api/v1/ingeschrevenpersonen/{bsn}",
                BetrokkeneType.natuurlijk_persoon, "", str(roltype), omschrijving, generiek, "Aanvrager van de zaak",
                _ts(startdatum, rng), "", "", "", "", "", jsonb(identificatie_np),
            )
        )  # fmt: skip
        t.zaakeigenschap.add((uuid4(), str(zaak_id), str(zaaktype.eigenschap), f"KENMERK-{zaak_id}"))
        straat, plaats, huisnummer = rng.choice(values.STRATEN), rng.choice(values.PLAATSEN), rng.randrange(1, 300)
        adres = f"{rng.randrange(10**15, 10**16)}"
        t.zaakobject.add(
            (
                uuid4(), str(zaak_id), f"https://bag.example.com/api/v1/adressen/{adres}",
                str(zaaktype.zaakobjecttype), "adres", "", "", "", "", "Adres van de aanvraag",
                jsonb({"identificatie": adres, "wplWoonplaatsNaam": plaats, "gorOpenbareRuimteNaam": straat,
                       "huisnummer": huisnummer}),
            )
        )  # fmt: skip

    def _document(self, document_id, nummer, iotype, creatiedatum, titel, zaaknummer) -> None:
        rng, t = self.rng, self.tables
        content = INHOUD.format(identificatie=nummer, zaak=zaaknummer).encode()
        name = self.storage.save(f"{creatiedatum:%Y/%m/%d}/{values.uuid4().replace('-', '')}", ContentFile(content))
        gegevens = (
            text(nummer), self.options.bronorganisatie, str(creatiedatum), text(titel), rng.choice(NIVEAUS),
            boolean(rng.random() < 0.3), "f", "Medewerker gemeente", "definitief", NULL, "text/plain", "nld", "1",
            _ts(creatiedatum, rng), f"{titel[:40]}.txt".replace("/", "-"), name, str(len(content)), "", "", NULL,
            NULL, "f", "", "", NULL, "", "", NULL, array([titel.split()[0].lower()]), str(iotype),
        )  # fmt: skip
        t.document.add((str(document_id), values.uuid4(), "", *gegevens))
        t.versie.add((str(document_id), *gegevens))

    def _documenten(self, cursor, zaak_ids, zaken, zaaknummers) -> None:
        rng, t, per_zaak = self.rng, self.tables, self.options.documenten_per_zaak
        document_ids = iter(_next_ids(cursor, _model("documenten.EnkelvoudigInformatieObject"), per_zaak * len(zaken)))
        dates = [z[1] + rng.randrange(0, max(1, z[2])) * DAY for z in zaken for _ in range(per_zaak)]
        nummers = iter(_identificaties(DOCUMENT_PREFIX, self.options.bronorganisatie, [d.year for d in dates]))
        dates = iter(dates)
        for zaak_id, (zaaktype, *_), zaaknummer in zip(zaak_ids, zaken, zaaknummers, strict=True):
            for index in range(per_zaak):
                document_id, creatiedatum = next(document_ids), next(dates)
                iotype = zaaktype.informatieobjecttypen[index % (len(zaaktype.informatieobjecttypen) - 1)]
                titel = f"{types.DOCUMENTSOORTEN[index % 4]} {zaaknummer}"
                self._document(document_id, next(nummers), iotype, creatiedatum, titel, zaaknummer)
                t.zio.add(
                    (
                        values.uuid4(),
                        str(zaak_id),
                        str(document_id),
                        text(titel),
                        "",
                        _ts(creatiedatum, rng),
                        NULL,
                        NULL,
                    )
                )
                t.oio.add((values.uuid4(), str(document_id), "zaak", str(zaak_id), NULL, ""))

    def _besluiten(self, cursor, zaak_ids, zaken) -> None:
        rng, t, per_zaak, org = self.rng, self.tables, self.options.besluiten_per_zaak, self.options.bronorganisatie
        count = per_zaak * len(zaken)
        besluit_ids = iter(_next_ids(cursor, _model("besluiten.Besluit"), count))
        document_ids = iter(_next_ids(cursor, _model("documenten.EnkelvoudigInformatieObject"), count))
        dates = [z[1] + max(1, z[2] - 1) * DAY for z in zaken for _ in range(per_zaak)]
        nummers = iter(_identificaties(BESLUIT_PREFIX, org, [d.year for d in dates]))
        document_nummers = iter(_identificaties(DOCUMENT_PREFIX, org, [d.year for d in dates]))
        dates = iter(dates)
        for zaak_id, (zaaktype, *_) in zip(zaak_ids, zaken, strict=True):
            for _ in range(per_zaak):
                besluit_id, document_id, datum, nummer = (
                    next(besluit_ids),
                    next(document_ids),
                    next(dates),
                    next(nummers),
                )
                t.besluit.add(
                    (
                        str(besluit_id), values.uuid4(), nummer, org, str(rng.choice(zaaktype.besluittypen)),
                        str(zaak_id), str(datum), "", "College van B&W", str(datum + DAY), NULL, "", NULL,
                        str(datum), str(datum + 42 * DAY),
                    )
                )  # fmt: skip
                t.zaakbesluit.add((values.uuid4(), str(zaak_id), str(besluit_id)))
                self._document(
                    document_id, next(document_nummers), zaaktype.besluitbrief, datum, f"Besluitbrief {nummer}", nummer
                )
                t.bio.add((values.uuid4(), str(besluit_id), str(document_id)))
                t.oio.add((values.uuid4(), str(document_id), "besluit", NULL, str(besluit_id), ""))


def generate(options: Options, progress: Callable[[str], None] = lambda message: None) -> Counter:
    """Add `options.zaken` zaken (and what comes with them); rows written per table."""
    zaaktypen = types.ensure(options.zaaktypen)
    generator = _Generator(options, zaaktypen)
    totals: Counter = Counter()
    started, done = time.monotonic(), 0
    while done < options.zaken:
        count = min(options.batch_size, options.zaken - done)
        with transaction.atomic(), connection.cursor() as cursor:
            # a lost batch after a crash is simply generated again: no need to wait for the WAL flush
            cursor.execute("SET LOCAL synchronous_commit = off")
            generator.batch(cursor, count)
            generator.tables.flush(cursor, totals)
        done += count
        elapsed = time.monotonic() - started
        progress(f"{done:,} zaken in {elapsed:.0f} s ({done / elapsed:,.0f} zaken/s)")
    return totals
