"""zgw.prefetch: related data loaded with the page, and the same answer, in the same
order, from the relation itself where the page did not load it."""

import pytest
from django.db import connection
from django.db.models import Exists, OuterRef
from django.test.utils import CaptureQueriesContext

from openzaak.components.besluiten.models import Besluit
from openzaak.components.besluiten.tests.factories import BesluitFactory
from openzaak.components.catalogi.models import ZaakType
from openzaak.components.catalogi.tests.factories import (
    BesluitTypeFactory,
    StatusTypeFactory,
    ZaakTypeFactory,
    ZaakTypeInformatieObjectTypeFactory,
)
from openzaak.zgw import prefetch

pytestmark = pytest.mark.django_db


@pytest.fixture
def zaaktype():
    """A zaaktype whose relations are stored out of primary-key order."""
    zaaktype = ZaakTypeFactory()
    for volgnummer in (3, 1, 2):
        StatusTypeFactory(zaaktype=zaaktype, volgnummer=volgnummer)
    first, second = BesluitTypeFactory(omschrijving="B"), BesluitTypeFactory(omschrijving="A")
    zaaktype.besluittypen.add(second)  # linked first, though made later
    zaaktype.besluittypen.add(first)
    deel = ZaakTypeFactory(catalogus=zaaktype.catalogus)
    zaaktype.deelzaaktypen.add(deel)
    ZaakTypeInformatieObjectTypeFactory(zaaktype=zaaktype)
    return zaaktype


def _loaded(zaaktype):
    return (
        ZaakType.objects.annotate(
            **prefetch.fk_uuids("catalogus"),
            **prefetch.uuid_arrays(ZaakType, "statustypen", "besluittypen", "deelzaaktypen"),
            **prefetch.row_arrays(ZaakType, "besluittypen", "uuid", "omschrijving"),
            **prefetch.json_arrays(
                ZaakType,
                "zaaktypeinformatieobjecttypen",
                {"volgnummer": "volgnummer", "informatieobjecttype": {"uuid": "informatieobjecttype__uuid"}},
            ),
        )
        .prefetch_related(prefetch.plain(ZaakType, "statustypen", only=("uuid", "volgnummer")))
        .get(pk=zaaktype.pk)
    )


def test_the_page_loads_each_relation_in_the_order_of_the_relation(zaaktype, django_assert_num_queries):
    statustypen = list(zaaktype.statustypen.order_by("volgnummer"))  # StatusType.Meta.ordering
    besluittypen = [link.besluittype for link in ZaakType.besluittypen.through.objects.order_by("pk")]
    ztiot = zaaktype.zaaktypeinformatieobjecttypen.get()
    catalogus, deel, iot = zaaktype.catalogus, zaaktype.deelzaaktypen.get(), ztiot.informatieobjecttype
    with django_assert_num_queries(2):  # the page with its arrays, and the plain list
        loaded = _loaded(zaaktype)
    with django_assert_num_queries(0):
        assert loaded.catalogus_uuid == str(catalogus.uuid)
        assert prefetch.related_uuids(loaded, "statustypen") == [str(s.uuid) for s in statustypen]
        assert prefetch.related_uuids(loaded, "besluittypen") == [str(b.uuid) for b in besluittypen]
        assert prefetch.related_rows(loaded, "besluittypen", "uuid", "omschrijving") == [
            [str(b.uuid), b.omschrijving] for b in besluittypen
        ]
        assert prefetch.related_uuids(loaded, "deelzaaktypen") == [str(deel.uuid)]
        assert prefetch.related(loaded, "zaaktypeinformatieobjecttypen") == [
            {"volgnummer": ztiot.volgnummer, "informatieobjecttype": {"uuid": str(iot.uuid)}}
        ]
        plain = prefetch.related(loaded, "statustypen")
        assert [s.pk for s in plain] == [s.pk for s in statustypen]
        assert prefetch.value(plain[0], "volgnummer") == 1


def test_without_what_the_page_loads_the_relation_gives_the_same(zaaktype):
    loaded, bare = _loaded(zaaktype), ZaakType.objects.get(pk=zaaktype.pk)
    for name in ("statustypen", "besluittypen", "deelzaaktypen"):
        assert prefetch.related_uuids(bare, name) == prefetch.related_uuids(loaded, name)
    assert prefetch.related_rows(bare, "besluittypen", "uuid", "omschrijving") == prefetch.related_rows(
        loaded, "besluittypen", "uuid", "omschrijving"
    )
    assert list(prefetch.related(bare, "besluittypen")) == [
        link.besluittype for link in ZaakType.besluittypen.through.objects.order_by("pk")
    ]
    assert prefetch.loaded(bare, "statustypen") is None


def test_forget_drops_what_the_page_loaded(zaaktype):
    loaded = _loaded(zaaktype)
    new = BesluitTypeFactory()
    loaded.besluittypen.add(new)
    prefetch.forget(loaded)
    assert prefetch.related_uuids(loaded, "besluittypen")[-1] == str(new.uuid)
    assert prefetch.loaded(loaded, "statustypen") is None


def test_arrays_hold_in_queries_that_join_or_nest_the_same_tables(zaaktype):
    """The arrays' own SQL is compiled once with its own aliases: a page that joins the
    same tables (a filter on deelzaaktypen), or one used inside another query, still
    reads its own rows."""
    arrays = ZaakType.objects.annotate(**prefetch.uuid_arrays(ZaakType, "deelzaaktypen", "besluittypen"))
    joined = arrays.filter(deelzaaktypen__isnull=False).get()
    assert joined.pk == zaaktype.pk
    assert joined.deelzaaktypen_uuids == [str(zaaktype.deelzaaktypen.get().uuid)]
    assert len(joined.besluittypen_uuids) == 2
    outer = ZaakType.objects.filter(Exists(arrays.filter(pk=OuterRef("pk"), deelzaaktypen__isnull=False)))
    assert list(outer) == [zaaktype]
    assert ZaakType.objects.filter(pk__in=arrays.values("pk")).count() == ZaakType.objects.count()


def test_a_foreign_key_uuid_is_read_without_a_join_so_the_count_reads_one_table():
    """`fk_uuids` of a (nullable) foreign key: the uuid, or None; `count()` drops it and
    counts the page's table alone, also where a filter joins the related table."""
    with_zaak, without = BesluitFactory(met_zaak=True), BesluitFactory()
    loaded = Besluit.objects.annotate(**prefetch.fk_uuids("besluittype", "zaak")).order_by("pk")
    assert [(b.besluittype_uuid, b.zaak_uuid) for b in loaded] == [
        (str(with_zaak.besluittype.uuid), str(with_zaak.zaak.uuid)),
        (str(without.besluittype.uuid), None),
    ]
    with CaptureQueriesContext(connection) as queries:
        assert loaded.all().count() == 2
        assert loaded.filter(zaak__isnull=False).count() == 1
    assert "JOIN" not in queries[0]["sql"] and "catalogi_besluittype" not in queries[0]["sql"]
    assert "catalogi_besluittype" not in queries[1]["sql"]
    joined = loaded.filter(besluittype__omschrijving=with_zaak.besluittype.omschrijving).get(pk=with_zaak.pk)
    assert joined.besluittype_uuid == str(with_zaak.besluittype.uuid)
