"""`/zaken/{uuid}/besluiten` through HTTP: the besluiten of a zaak as the Zaken register
keeps them (the mirror of `Besluit.zaak`, brc-006), read as the zaak is read; the
synchronisation POST answers the existing relation and the DELETE is refused while the
besluit names the zaak (`inconsistent-relation`); `expand=besluit` reads the besluit as
the Besluiten API does."""

import pytest

from openzaak.components.besluiten.tests.factories import BesluitFactory
from openzaak.components.catalogi.tests.factories import BesluitTypeFactory
from openzaak.components.catalogi.tests.utils import codes
from openzaak.zgw.models import AuditTrail, Notification
from openzaak.zgw.scopes import SCOPE_BESLUITEN_LEZEN, SCOPE_ZAKEN_BIJWERKEN, SCOPE_ZAKEN_LEZEN

from ..models import ZaakBesluit
from .factories import ZaakFactory

pytestmark = pytest.mark.django_db

ZAKEN = "http://testserver/zaken/api/v1/zaken"


def besluit_url(besluit) -> str:
    return f"http://testserver/besluiten/api/v1/besluiten/{besluit.uuid}"


@pytest.fixture
def zaak():
    return ZaakFactory(vertrouwelijkheidaanduiding="openbaar")


@pytest.fixture
def besluittype(zaak):
    besluittype = BesluitTypeFactory(concept=False, catalogus=zaak.zaaktype.catalogus)
    zaak.zaaktype.besluittypen.add(besluittype)
    return besluittype


def client_for(api_client, zaak, *scopes, besluittype=None):
    autorisaties = [
        {
            "component": "zrc",
            "scopes": [SCOPE_ZAKEN_LEZEN, *scopes],
            "zaaktype": zaak.zaaktype,
            "max_vertrouwelijkheidaanduiding": "openbaar",
        }
    ]
    if besluittype is not None:
        autorisaties.append({"component": "brc", "scopes": [SCOPE_BESLUITEN_LEZEN], "besluittype": besluittype})
    return api_client(autorisaties=autorisaties)


def test_list_and_read_the_besluiten_of_a_zaak(api_client, zaak, besluittype):
    besluiten = [BesluitFactory(besluittype=besluittype, zaak=zaak) for _ in range(2)]
    BesluitFactory(besluittype=besluittype, zaak=ZaakFactory(zaaktype=zaak.zaaktype))  # another zaak's
    client = client_for(api_client, zaak)

    response = client.get(f"{ZAKEN}/{zaak.uuid}/besluiten")

    assert response.status_code == 200, response.content
    items = response.json()
    assert [item["besluit"] for item in items] == [besluit_url(besluit) for besluit in besluiten]
    zaakbesluit = ZaakBesluit.objects.get(besluit=besluiten[0])
    assert items[0] == {
        "url": f"{ZAKEN}/{zaak.uuid}/besluiten/{zaakbesluit.uuid}",
        "uuid": str(zaakbesluit.uuid),
        "besluit": besluit_url(besluiten[0]),
    }
    detail = client.get(items[0]["url"])
    assert detail.status_code == 200 and detail.json() == items[0]
    assert client.get(items[0]["url"], HTTP_IF_NONE_MATCH=detail["ETag"]).status_code == 304
    assert client.head(items[0]["url"]).status_code == 200
    # another zaak's zaakbesluit is not found under this zaak
    other = ZaakBesluit.objects.exclude(zaak=zaak).get()
    assert client.get(f"{ZAKEN}/{zaak.uuid}/besluiten/{other.uuid}").status_code == 404


def test_the_list_costs_a_fixed_number_of_queries(api_client, zaak, besluittype, django_assert_max_num_queries):
    client = client_for(api_client, zaak)
    BesluitFactory(besluittype=besluittype, zaak=zaak)
    client.get(f"{ZAKEN}/{zaak.uuid}/besluiten")  # caches the client's autorisaties
    # savepoint, the zaak, its zaakbesluiten, release
    with django_assert_max_num_queries(4):
        assert len(client.get(f"{ZAKEN}/{zaak.uuid}/besluiten").json()) == 1
    for _ in range(15):
        BesluitFactory(besluittype=besluittype, zaak=zaak)
    with django_assert_max_num_queries(4):
        assert len(client.get(f"{ZAKEN}/{zaak.uuid}/besluiten").json()) == 16


def test_read_as_the_zaak_is_read(api_client, zaak, besluittype):
    zaakbesluit = ZaakBesluit.objects.get(besluit=BesluitFactory(besluittype=besluittype, zaak=zaak))
    secret = ZaakFactory(zaaktype=zaak.zaaktype, vertrouwelijkheidaanduiding="geheim")
    BesluitFactory(besluittype=besluittype, zaak=secret)
    client = client_for(api_client, zaak)

    assert client.get(f"{ZAKEN}/{secret.uuid}/besluiten").status_code == 403
    stranger = api_client(component="brc", scopes=[SCOPE_BESLUITEN_LEZEN], besluittype=besluittype)
    assert stranger.get(f"{ZAKEN}/{zaak.uuid}/besluiten").status_code == 403
    assert stranger.get(f"{ZAKEN}/{zaak.uuid}/besluiten/{zaakbesluit.uuid}").status_code == 403


def test_expand_besluit_reads_it_as_the_besluiten_api_does(api_client, zaak, besluittype):
    besluit = BesluitFactory(besluittype=besluittype, zaak=zaak)
    hidden = BesluitFactory(besluittype=BesluitTypeFactory(concept=False, catalogus=besluittype.catalogus), zaak=zaak)
    client = client_for(api_client, zaak, besluittype=besluittype)

    items = client.get(f"{ZAKEN}/{zaak.uuid}/besluiten", {"expand": "besluit"}).json()

    by_besluit = {item["besluit"]: item["_expand"] for item in items}
    assert by_besluit[besluit_url(besluit)]["besluit"] == client.get(besluit_url(besluit)).json()
    assert by_besluit[besluit_url(hidden)] == {}  # no besluiten.lezen for its besluittype
    assert codes(client.get(f"{ZAKEN}/{zaak.uuid}/besluiten", {"expand": "zaak"}), "expand") == {"invalid-expand-field"}


def test_the_synchronisation_post_answers_the_existing_relation(api_client, zaak, besluittype):
    besluit = BesluitFactory(besluittype=besluittype, zaak=zaak)
    client = client_for(api_client, zaak, SCOPE_ZAKEN_BIJWERKEN)

    response = client.post(f"{ZAKEN}/{zaak.uuid}/besluiten", {"besluit": besluit_url(besluit)}, format="json")

    assert response.status_code == 201, response.content
    assert response.json()["uuid"] == str(ZaakBesluit.objects.get().uuid)
    assert ZaakBesluit.objects.count() == 1
    assert not Notification.objects.exists() and not AuditTrail.objects.exists()  # nothing was written


def test_a_post_for_a_besluit_of_another_zaak_or_none_is_inconsistent(api_client, zaak, besluittype):
    client = client_for(api_client, zaak, SCOPE_ZAKEN_BIJWERKEN)
    elsewhere = BesluitFactory(besluittype=besluittype, zaak=ZaakFactory(zaaktype=zaak.zaaktype))
    loose = BesluitFactory(besluittype=besluittype)
    for besluit in (elsewhere, loose):
        response = client.post(f"{ZAKEN}/{zaak.uuid}/besluiten", {"besluit": besluit_url(besluit)}, format="json")
        assert codes(response) == {"nonFieldErrors:inconsistent-relation"}
    bad = client.post(f"{ZAKEN}/{zaak.uuid}/besluiten", {"besluit": f"{ZAKEN}/{zaak.uuid}"}, format="json")
    assert codes(bad) == {"besluit:invalid-resource"}
    assert codes(client.post(f"{ZAKEN}/{zaak.uuid}/besluiten", {}, format="json")) == {"besluit:required"}


def test_delete_is_refused_while_the_besluit_names_the_zaak(api_client, zaak, besluittype):
    zaakbesluit = ZaakBesluit.objects.get(besluit=BesluitFactory(besluittype=besluittype, zaak=zaak))
    client = client_for(api_client, zaak, SCOPE_ZAKEN_BIJWERKEN)

    response = client.delete(f"{ZAKEN}/{zaak.uuid}/besluiten/{zaakbesluit.uuid}")

    assert codes(response) == {"nonFieldErrors:inconsistent-relation"}
    assert ZaakBesluit.objects.filter(pk=zaakbesluit.pk).exists()


def test_writes_need_zaken_bijwerken(api_client, zaak, besluittype):
    besluit = BesluitFactory(besluittype=besluittype, zaak=zaak)
    lezer = client_for(api_client, zaak)
    assert (
        lezer.post(f"{ZAKEN}/{zaak.uuid}/besluiten", {"besluit": besluit_url(besluit)}, format="json").status_code
        == 403
    )
    zaakbesluit = ZaakBesluit.objects.get()
    assert lezer.delete(f"{ZAKEN}/{zaak.uuid}/besluiten/{zaakbesluit.uuid}").status_code == 403
