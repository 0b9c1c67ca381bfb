"""Archiving (zrc-021, zrc-026): a zaak's archive fields derived when it closes, for
every afleidingswijze of its resultaattype's brondatumArchiefprocedure, and derived again
when an input changes (`archiving.zaak_update_archive`)."""

import datetime

import pytest

from openzaak.components.besluiten.tests.factories import BesluitFactory
from openzaak.components.catalogi.tests.factories import EigenschapFactory, StatusTypeFactory
from openzaak.zgw.context import WriteContext
from openzaak.zgw.scopes import SCOPE_ZAKEN_STATUSSEN_TOEVOEGEN

from ..archiving import zaak_update_archive
from .conftest import WRITE_SCOPES
from .factories import (
    RelevanteZaakRelatieFactory,
    ResultaatFactory,
    ZaakEigenschapFactory,
    ZaakFactory,
    ZaakObjectFactory,
)
from .utils import BASE, CRS, codes, url

pytestmark = pytest.mark.django_db

STATUSSEN = f"{BASE}/statussen"
EINDE = datetime.date(2024, 4, 1)


@pytest.fixture
def client(api_client, zaaktype):
    return api_client(
        component="zrc",
        scopes=[*WRITE_SCOPES, SCOPE_ZAKEN_STATUSSEN_TOEVOEGEN],
        zaaktype=zaaktype,
        max_vertrouwelijkheidaanduiding="zeer_geheim",
    )


@pytest.fixture
def eindstatustype(zaaktype):
    return StatusTypeFactory(zaaktype=zaaktype, volgnummer=9)


def zaak_with(zaaktype, afleidingswijze, *, termijn="P10Y", nominatie="vernietigen", zaak=None, **brondatum):
    zaak = zaak or ZaakFactory(zaaktype=zaaktype)
    ResultaatFactory(
        zaak=zaak,
        resultaattype__zaaktype=zaaktype,
        resultaattype__archiefnominatie=nominatie,
        resultaattype__archiefactietermijn=termijn,
        resultaattype__brondatum_archiefprocedure_afleidingswijze=afleidingswijze,
        **{f"resultaattype__brondatum_archiefprocedure_{name}": value for name, value in brondatum.items()},
    )
    return zaak


def close(client, zaak, statustype, when="2024-04-01T12:00:00+02:00"):
    return client.post(
        STATUSSEN,
        {"zaak": url(zaak), "statustype": url(statustype), "datumStatusGezet": when},
        format="json",
    )


def archive_fields(zaak):
    zaak.refresh_from_db()
    return zaak.archiefnominatie, zaak.archiefactiedatum, zaak.startdatum_bewaartermijn


def test_afgehandeld(client, zaaktype, eindstatustype):
    zaak = zaak_with(zaaktype, "afgehandeld")
    assert close(client, zaak, eindstatustype).status_code == 201
    assert archive_fields(zaak) == ("vernietigen", datetime.date(2034, 4, 1), EINDE)


def test_termijn(client, zaaktype, eindstatustype):
    zaak = zaak_with(zaaktype, "termijn", procestermijn="P2Y")
    assert close(client, zaak, eindstatustype).status_code == 201
    assert archive_fields(zaak) == ("vernietigen", datetime.date(2036, 4, 1), datetime.date(2026, 4, 1))


def test_blijvend_bewaren_has_no_startdatum_bewaartermijn(client, zaaktype, eindstatustype):
    zaak = zaak_with(zaaktype, "afgehandeld", nominatie="blijvend_bewaren", termijn="P20Y")
    assert close(client, zaak, eindstatustype).status_code == 201
    assert archive_fields(zaak) == ("blijvend_bewaren", datetime.date(2044, 4, 1), None)  # zrc-026


def test_a_nominatie_of_the_zaak_is_kept(client, zaaktype, eindstatustype):
    zaak = zaak_with(zaaktype, "afgehandeld", zaak=ZaakFactory(zaaktype=zaaktype, archiefnominatie="blijvend_bewaren"))
    assert close(client, zaak, eindstatustype).status_code == 201
    assert archive_fields(zaak)[0] == "blijvend_bewaren"  # zrc-021 step 1


def test_ander_datumkenmerk_is_set_by_hand(client, beheerder, zaaktype, eindstatustype):
    zaak = zaak_with(zaaktype, "ander_datumkenmerk", datumkenmerk="vervaldatum_vergunning")
    assert close(client, zaak, eindstatustype).status_code == 201
    assert archive_fields(zaak) == ("vernietigen", None, None)
    # the client sets the date by hand, and derivation leaves it
    zaak.archiefactiedatum = datetime.date(2040, 1, 1)
    zaak.save()
    zaak_update_archive(context=WriteContext.system(user="test"), zaak=zaak)
    assert archive_fields(zaak)[1] == datetime.date(2040, 1, 1)
    # or its startdatum_bewaartermijn, from which the archiefactiedatum follows
    zaak.startdatum_bewaartermijn = datetime.date(2030, 6, 1)
    zaak.save()
    zaak_update_archive(context=WriteContext.system(user="test"), zaak=zaak)
    assert archive_fields(zaak)[1] == datetime.date(2040, 6, 1)


def test_eigenschap(client, zaaktype, eindstatustype):
    zaak = zaak_with(zaaktype, "eigenschap", datumkenmerk="vervaldatum")
    eigenschap = EigenschapFactory(zaaktype=zaaktype, naam="vervaldatum")
    ZaakEigenschapFactory(zaak=zaak, eigenschap=eigenschap, waarde="20250115")
    assert close(client, zaak, eindstatustype).status_code == 201
    assert archive_fields(zaak)[1:] == (datetime.date(2035, 1, 15), datetime.date(2025, 1, 15))


def test_eigenschap_that_is_no_date_refuses_closing(client, zaaktype, eindstatustype):
    zaak = zaak_with(zaaktype, "eigenschap", datumkenmerk="vervaldatum")
    ZaakEigenschapFactory(zaak=zaak, eigenschap=EigenschapFactory(zaaktype=zaaktype, naam="vervaldatum"), waarde="ooit")
    assert codes(close(client, zaak, eindstatustype)) == {"nonFieldErrors:archiefactiedatum-error"}


def test_eigenschap_without_value_sets_no_date(client, zaaktype, eindstatustype):
    zaak = zaak_with(zaaktype, "eigenschap", datumkenmerk="vervaldatum")
    assert close(client, zaak, eindstatustype).status_code == 201
    assert archive_fields(zaak) == ("vernietigen", None, None)


def test_hoofdzaak(client, zaaktype, eindstatustype):
    hoofdzaak = zaak_with(zaaktype, "afgehandeld")
    deelzaak = zaak_with(zaaktype, "hoofdzaak", zaak=ZaakFactory(zaaktype=zaaktype, hoofdzaak=hoofdzaak))
    assert close(client, deelzaak, eindstatustype).status_code == 201
    assert archive_fields(deelzaak) == ("vernietigen", None, None)  # the hoofdzaak is still open
    assert close(client, hoofdzaak, eindstatustype, "2024-06-01T12:00:00+02:00").status_code == 201
    assert archive_fields(deelzaak)[1:] == (datetime.date(2034, 6, 1), datetime.date(2024, 6, 1))


def test_gerelateerde_zaak(client, zaaktype, eindstatustype, remote_apis):
    zaak = zaak_with(zaaktype, "gerelateerde_zaak")
    andere = zaak_with(zaaktype, "afgehandeld")
    RelevanteZaakRelatieFactory(zaak=zaak, relevante_zaak=andere)
    assert close(client, zaak, eindstatustype).status_code == 201
    assert archive_fields(zaak)[1] is None  # the related zaak is still open
    assert close(client, andere, eindstatustype, "2024-07-01T12:00:00+02:00").status_code == 201
    assert archive_fields(zaak)[1] == datetime.date(2034, 7, 1)
    # a zaak of another Zaken API, fetched
    elders = remote_apis.serve("/zaken/api/v1/zaken/1", {"url": "x", "einddatum": "2024-09-01"})
    RelevanteZaakRelatieFactory(zaak=zaak, relevante_zaak=None, relevante_zaak_url=elders)
    zaak_update_archive(context=WriteContext.system(user="test"), zaak=zaak)
    assert archive_fields(zaak)[1] == datetime.date(2034, 9, 1)


def test_ingangsdatum_and_vervaldatum_besluit(client, zaaktype, eindstatustype):
    zaak = zaak_with(zaaktype, "ingangsdatum_besluit")
    BesluitFactory(zaak=zaak, ingangsdatum=datetime.date(2024, 2, 1))
    BesluitFactory(zaak=zaak, ingangsdatum=datetime.date(2024, 3, 1))
    assert close(client, zaak, eindstatustype).status_code == 201
    assert archive_fields(zaak)[1] == datetime.date(2034, 3, 1)

    verval = zaak_with(zaaktype, "vervaldatum_besluit")
    besluit = BesluitFactory(zaak=verval, ingangsdatum=datetime.date(2024, 2, 1), vervaldatum=None)
    assert close(client, verval, eindstatustype).status_code == 201
    assert archive_fields(verval)[1] is None  # a besluit without end
    # the Besluiten API calls zaak_update_archive when a besluit's dates change
    besluit.vervaldatum = datetime.date(2026, 1, 1)
    besluit.save()
    zaak_update_archive(context=WriteContext.system(user="test"), zaak=verval)
    assert archive_fields(verval)[1:] == (datetime.date(2036, 1, 1), datetime.date(2026, 1, 1))


def test_zaakobject(client, zaaktype, eindstatustype, remote_apis):
    zaak = zaak_with(zaaktype, "zaakobject", objecttype="overige", datumkenmerk="overigeData.einde")
    ZaakObjectFactory(zaak=zaak, overige=True, object_identificatie={"overigeData": {"einde": "2025-05-05"}})
    elders = remote_apis.serve("/objecten/1", {"overigeData": {"einde": "2025-08-08"}})
    ZaakObjectFactory(zaak=zaak, overige=True, object=elders, object_identificatie=None)
    assert close(client, zaak, eindstatustype).status_code == 201
    assert archive_fields(zaak)[1] == datetime.date(2035, 8, 8)


def test_a_new_resultaat_of_a_closed_zaak_derives_again(beheerder, zaaktype):
    zaak = ZaakFactory(zaaktype=zaaktype, closed=True, archiefnominatie="vernietigen")
    resultaat = zaak.resultaat
    resultaat.resultaattype.archiefnominatie = "blijvend_bewaren"
    resultaat.resultaattype.archiefactietermijn = "P5Y"
    resultaat.resultaattype.save()
    response = beheerder.patch(url(resultaat), {"toelichting": "Gecorrigeerd"}, format="json")
    assert response.status_code == 200, response.content
    assert archive_fields(zaak)[:2] == ("blijvend_bewaren", datetime.date(2029, 4, 1))


# --- derived again when an input changes through the API ----------------------------------


def test_a_zaakeigenschap_written_to_a_closed_zaak_derives_again(beheerder, zaaktype, eindstatustype):
    zaak = zaak_with(zaaktype, "eigenschap", datumkenmerk="vervaldatum")
    eigenschap = EigenschapFactory(zaaktype=zaaktype, naam="vervaldatum")
    assert close(beheerder, zaak, eindstatustype).status_code == 201
    assert archive_fields(zaak)[1] is None  # no value yet
    eigenschappen = f"{url(zaak)}/zaakeigenschappen"
    body = {"zaak": url(zaak), "eigenschap": url(eigenschap), "waarde": "20250115"}
    created = beheerder.post(eigenschappen, body, format="json")
    assert created.status_code == 201, created.content
    assert archive_fields(zaak)[1:] == (datetime.date(2035, 1, 15), datetime.date(2025, 1, 15))
    changed = beheerder.patch(created.json()["url"], {"waarde": "20260301"}, format="json")
    assert changed.status_code == 200, changed.content
    assert archive_fields(zaak)[1] == datetime.date(2036, 3, 1)
    assert beheerder.delete(created.json()["url"]).status_code == 204
    assert archive_fields(zaak)[1:] == (None, None)


def test_a_new_hoofdzaak_or_relevante_zaak_derives_again(beheerder, zaaktype, eindstatustype, remote_apis):
    zaaktype.deelzaaktypen.add(zaaktype)
    hoofdzaak = zaak_with(zaaktype, "afgehandeld")
    assert close(beheerder, hoofdzaak, eindstatustype, "2024-06-01T12:00:00+02:00").status_code == 201
    deelzaak = zaak_with(zaaktype, "hoofdzaak")
    assert close(beheerder, deelzaak, eindstatustype).status_code == 201
    assert archive_fields(deelzaak)[1] is None  # no hoofdzaak yet
    response = beheerder.patch(url(deelzaak), {"hoofdzaak": url(hoofdzaak)}, format="json", **CRS)
    assert response.status_code == 200, response.content
    assert response.json()["archiefactiedatum"] == "2034-06-01"  # the response shows what was derived
    assert archive_fields(deelzaak)[1] == datetime.date(2034, 6, 1)

    zaak = zaak_with(zaaktype, "gerelateerde_zaak")
    assert close(beheerder, zaak, eindstatustype).status_code == 201
    relatie = [{"url": url(hoofdzaak), "aardRelatie": "vervolg"}]
    response = beheerder.patch(url(zaak), {"relevanteAndereZaken": relatie}, format="json", **CRS)
    assert response.status_code == 200, response.content
    assert archive_fields(zaak)[1] == datetime.date(2034, 6, 1)
