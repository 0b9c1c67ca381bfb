"""The relations between the registers, end to end through their APIs: zaak ↔ document
(zaakinformatieobject, mirrored as objectinformatieobject: zrc-005), besluit ↔ document
(besluitinformatieobject, mirrored likewise: brc-005) and besluit ↔ zaak (`Besluit.zaak`,
mirrored as the zaak's besluiten: brc-006), created and removed from either side, with
the zaak's archive fields derived again from its besluiten (zrc-021).

After every step `assert_consistent()` reads every mirror table: no mirror without its
relation, no relation without its mirror, no mirror naming another object than its
relation does. The registers' calls to the mirror side (POST/DELETE of an
objectinformatieobject or a zaakbesluit) can neither make an orphan nor remove a mirror
its relation still needs."""

import datetime

import pytest

from openzaak.components.besluiten.models import Besluit, BesluitInformatieObject
from openzaak.components.catalogi.tests.factories import (
    BesluitTypeFactory,
    InformatieObjectTypeFactory,
    ResultaatTypeFactory,
    StatusTypeFactory,
    ZaakTypeFactory,
    ZaakTypeInformatieObjectTypeFactory,
)
from openzaak.components.catalogi.tests.utils import url as catalogi_url
from openzaak.components.documenten.models import EnkelvoudigInformatieObject, ObjectInformatieObject
from openzaak.components.documenten.tests.factories import EnkelvoudigInformatieObjectFactory
from openzaak.components.documenten.tests.storage import documenten_storage_root  # noqa: F401  (fixture)
from openzaak.components.zaken.models import Zaak, ZaakBesluit, ZaakInformatieObject
from openzaak.components.zaken.tests.factories import ZaakFactory
from openzaak.zgw.constants import Afleidingswijze

pytestmark = pytest.mark.django_db

ZAKEN = "http://testserver/zaken/api/v1"
DOCUMENTEN = "http://testserver/documenten/api/v1"
BESLUITEN = "http://testserver/besluiten/api/v1"
CRS = {"HTTP_ACCEPT_CRS": "EPSG:4326"}


def assert_consistent() -> None:
    """Every relation has its mirror and every mirror its relation, naming the same objects."""
    oio = ObjectInformatieObject.objects
    zio_pairs = set(ZaakInformatieObject.objects.values_list("zaak_id", "informatieobject_id"))
    assert zio_pairs == set(oio.filter(object_type="zaak").values_list("zaak_id", "informatieobject_id"))
    bio_pairs = set(BesluitInformatieObject.objects.values_list("besluit_id", "informatieobject_id"))
    assert bio_pairs == set(oio.filter(object_type="besluit").values_list("besluit_id", "informatieobject_id"))
    besluit_pairs = set(Besluit.objects.filter(zaak__isnull=False).values_list("pk", "zaak_id"))
    assert besluit_pairs == set(ZaakBesluit.objects.values_list("besluit_id", "zaak_id"))


@pytest.fixture
def world():
    """A zaaktype that allows a besluittype and a document type, which that besluittype
    allows too; a zaak of it closes to archive fields counted from its besluiten'
    vervaldatum; two documents of that type."""
    besluittype = BesluitTypeFactory(concept=False)
    zaaktype = ZaakTypeFactory(concept=False, catalogus=besluittype.catalogus)
    zaaktype.besluittypen.add(besluittype)
    iotype = InformatieObjectTypeFactory(concept=False, catalogus=besluittype.catalogus)
    besluittype.informatieobjecttypen.add(iotype)
    ZaakTypeInformatieObjectTypeFactory(zaaktype=zaaktype, informatieobjecttype=iotype)
    resultaattype = ResultaatTypeFactory(
        zaaktype=zaaktype,
        archiefactietermijn="P5Y",
        brondatum_archiefprocedure_afleidingswijze=Afleidingswijze.vervaldatum_besluit,
    )
    return {
        "besluittype": besluittype,
        "zaaktype": zaaktype,
        "resultaattype": resultaattype,
        "eindstatustype": StatusTypeFactory(zaaktype=zaaktype, volgnummer=9),
        "zaak": ZaakFactory(zaaktype=zaaktype),
        "documents": [
            EnkelvoudigInformatieObjectFactory(informatieobjecttype=iotype, indicatie_gebruiksrecht=False)
            for _ in range(2)
        ],
    }


@pytest.fixture
def client(api_client):
    return api_client(heeft_alle_autorisaties=True)


def zaak_url(zaak) -> str:
    return f"{ZAKEN}/zaken/{zaak.uuid}"


def document_url(document) -> str:
    return f"{DOCUMENTEN}/enkelvoudiginformatieobjecten/{document.uuid}"


def besluit_body(besluittype, zaak, **fields) -> dict:
    return {
        "verantwoordelijkeOrganisatie": "517439943",
        "besluittype": catalogi_url(besluittype),
        "zaak": zaak_url(zaak),
        "datum": "2024-03-15",
        "ingangsdatum": "2024-04-01",
        **fields,
    }


def created(response) -> dict:
    assert response.status_code == 201, response.content
    return response.json()


def code(response) -> str:
    assert response.status_code == 400, response.content
    return response.json()["invalidParams"][0]["code"]


def mirrors_of(client, document) -> set[tuple[str, str]]:
    response = client.get(f"{DOCUMENTEN}/objectinformatieobjecten", {"informatieobject": document_url(document)})
    assert response.status_code == 200, response.content
    return {(item["objectType"], item["object"]) for item in response.json()}


def besluiten_of(client, zaak) -> list[str]:
    response = client.get(f"{zaak_url(zaak)}/besluiten")
    assert response.status_code == 200, response.content
    return [item["besluit"] for item in response.json()]


def archive(zaak):
    zaak.refresh_from_db()
    return zaak.archiefactiedatum, zaak.startdatum_bewaartermijn


def test_zaak_document_besluit_end_to_end(client, world):
    zaak, (brief, bijlage) = world["zaak"], world["documents"]

    # --- relations made in their leading register; each mirror follows ------------------
    besluit = created(
        client.post(
            f"{BESLUITEN}/besluiten",
            besluit_body(world["besluittype"], zaak, vervaldatum="2026-04-01", vervalreden="tijdelijk"),
            format="json",
        )
    )
    assert besluiten_of(client, zaak) == [besluit["url"]]
    assert_consistent()

    bio = created(
        client.post(
            f"{BESLUITEN}/besluitinformatieobjecten",
            {"besluit": besluit["url"], "informatieobject": document_url(brief)},
            format="json",
        )
    )
    zio = created(
        client.post(
            f"{ZAKEN}/zaakinformatieobjecten",
            {"zaak": zaak_url(zaak), "informatieobject": document_url(brief)},
            format="json",
        )
    )
    created(
        client.post(
            f"{ZAKEN}/zaakinformatieobjecten",
            {"zaak": zaak_url(zaak), "informatieobject": document_url(bijlage)},
            format="json",
        )
    )
    assert mirrors_of(client, brief) == {("besluit", besluit["url"]), ("zaak", zaak_url(zaak))}
    assert mirrors_of(client, bijlage) == {("zaak", zaak_url(zaak))}
    assert_consistent()

    # --- from the mirror side: nothing new, nothing taken away ---------------------------
    oio_url = f"{DOCUMENTEN}/objectinformatieobjecten"
    again = client.post(
        oio_url,
        {"informatieobject": document_url(brief), "object": besluit["url"], "objectType": "besluit"},
        format="json",
    )
    assert again.status_code in (200, 201) and again.json()["object"] == besluit["url"]  # the existing mirror
    assert (
        code(
            client.post(
                oio_url,
                {"informatieobject": document_url(bijlage), "object": besluit["url"], "objectType": "besluit"},
                format="json",
            )
        )
        == "inconsistent-relation"
    )
    besluit_mirror = ObjectInformatieObject.objects.get(object_type="besluit")
    assert code(client.delete(f"{oio_url}/{besluit_mirror.uuid}")) == "remote-relation-exists"
    zaakbesluit = ZaakBesluit.objects.get()
    assert code(client.delete(f"{zaak_url(zaak)}/besluiten/{zaakbesluit.uuid}")) == "inconsistent-relation"
    assert client.post(f"{zaak_url(zaak)}/besluiten", {"besluit": besluit["url"]}, format="json").status_code == 201
    assert_consistent()

    # --- what is related cannot go first -------------------------------------------------
    assert client.delete(document_url(brief)).status_code == 400  # drc-008
    assert code(client.delete(zaak_url(zaak), **CRS)) == "related-besluiten"
    assert EnkelvoudigInformatieObject.objects.count() == 2 and Zaak.objects.filter(pk=zaak.pk).exists()

    # --- the zaak closes; its archive fields count from the besluit's vervaldatum ---------
    created(
        client.post(
            f"{ZAKEN}/resultaten",
            {"zaak": zaak_url(zaak), "resultaattype": catalogi_url(world["resultaattype"])},
            format="json",
        )
    )
    created(
        client.post(
            f"{ZAKEN}/statussen",
            {
                "zaak": zaak_url(zaak),
                "statustype": catalogi_url(world["eindstatustype"]),
                "datumStatusGezet": "2024-05-01T12:00:00+02:00",
            },
            format="json",
        )
    )
    assert archive(zaak) == (datetime.date(2031, 4, 1), datetime.date(2026, 4, 1))
    changed = client.patch(besluit["url"], {"vervaldatum": "2027-01-01"}, format="json")
    assert changed.status_code == 200, changed.content
    assert archive(zaak) == (datetime.date(2032, 1, 1), datetime.date(2027, 1, 1))

    # --- taken apart from the leading side; the mirrors go along --------------------------
    assert client.delete(bio["url"]).status_code == 204
    assert mirrors_of(client, brief) == {("zaak", zaak_url(zaak))}
    assert_consistent()

    assert client.delete(besluit["url"]).status_code == 204
    assert besluiten_of(client, zaak) == []
    assert archive(zaak) == (None, None)  # no besluit left to count from
    assert_consistent()

    assert client.delete(zio["url"]).status_code == 204
    assert mirrors_of(client, brief) == set()
    assert_consistent()

    assert client.delete(document_url(brief)).status_code == 204  # free now
    assert client.delete(zaak_url(zaak), **CRS).status_code == 204  # its zaakinformatieobject and mirror go along
    assert mirrors_of(client, bijlage) == set()
    assert_consistent()
    assert not ObjectInformatieObject.objects.exists() and not ZaakBesluit.objects.exists()
    assert list(EnkelvoudigInformatieObject.objects.all()) == [bijlage]


def test_a_besluit_moves_between_zaken_and_out_with_its_documents(client, world):
    zaak, (brief, _bijlage) = world["zaak"], world["documents"]
    other = ZaakFactory(zaaktype=world["zaaktype"])
    besluit = created(client.post(f"{BESLUITEN}/besluiten", besluit_body(world["besluittype"], zaak), format="json"))
    created(
        client.post(
            f"{BESLUITEN}/besluitinformatieobjecten",
            {"besluit": besluit["url"], "informatieobject": document_url(brief)},
            format="json",
        )
    )

    assert client.patch(besluit["url"], {"zaak": zaak_url(other)}, format="json").status_code == 200
    assert (besluiten_of(client, zaak), besluiten_of(client, other)) == ([], [besluit["url"]])
    assert_consistent()

    # the zaak it left can go; the one it is in cannot
    assert client.delete(zaak_url(zaak), **CRS).status_code == 204
    assert code(client.delete(zaak_url(other), **CRS)) == "related-besluiten"

    assert client.patch(besluit["url"], {"zaak": ""}, format="json").status_code == 200
    assert besluiten_of(client, other) == []
    assert mirrors_of(client, brief) == {("besluit", besluit["url"])}  # the documents stay with the besluit
    assert client.delete(zaak_url(other), **CRS).status_code == 204
    assert_consistent()

    assert client.delete(besluit["url"]).status_code == 204
    assert mirrors_of(client, brief) == set()
    assert_consistent()
    assert not Besluit.objects.exists() and not BesluitInformatieObject.objects.exists()


def test_a_refused_write_leaves_no_half_relation(client, world):
    """A relation whose mirror cannot be made is not made either (one transaction)."""
    zaak, (brief, _bijlage) = world["zaak"], world["documents"]
    vreemd_type = BesluitTypeFactory(concept=False, catalogus=world["besluittype"].catalogus)
    refused = client.post(f"{BESLUITEN}/besluiten", besluit_body(vreemd_type, zaak), format="json")
    assert code(refused) == "zaaktype-mismatch"
    besluit = Besluit.objects.create(
        identificatie="B-LOS", verantwoordelijke_organisatie="517439943", besluittype=vreemd_type,
        datum=datetime.date(2024, 3, 15), ingangsdatum=datetime.date(2024, 4, 1),
    )  # fmt: skip
    besluit_url = f"{BESLUITEN}/besluiten/{besluit.uuid}"
    refused = client.post(
        f"{BESLUITEN}/besluitinformatieobjecten",
        {"besluit": besluit_url, "informatieobject": document_url(brief)},
        format="json",
    )
    assert code(refused) == "missing-besluittype-informatieobjecttype-relation"
    assert not ZaakBesluit.objects.exists() and not ObjectInformatieObject.objects.exists()
    assert_consistent()
