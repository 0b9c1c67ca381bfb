"""zgw.serializers: fields built once per class but never shared, a per-row fast path
that shows exactly what DRF shows, and page-aware fields."""

import datetime
import threading

import pytest
from django.test import RequestFactory
from rest_framework import serializers
from rest_framework.request import Request

from openzaak.components.catalogi.constants import Richting
from openzaak.components.catalogi.models import ZaakType, ZaakTypeInformatieObjectType
from openzaak.components.catalogi.tests.factories import (
    CatalogusFactory,
    ZaakTypeFactory,
    ZaakTypeInformatieObjectTypeFactory,
)
from openzaak.components.documenten.models import Gebruiksrechten
from openzaak.components.documenten.tests.factories import GebruiksrechtenFactory
from openzaak.zgw import prefetch
from openzaak.zgw import serializers as zgw
from openzaak.zgw.constants import VertrouwelijkheidAanduiding
from openzaak.zgw.references import ReferenceField, SelfUrlField

pytestmark = pytest.mark.django_db


def _declare(base, nested_base):
    """The same fields on a DRF and on a zgw serializer."""

    class Referentieproces(nested_base):
        naam = serializers.CharField(source="referentieproces_naam")
        link = serializers.URLField(source="referentieproces_link", allow_blank=True)

    class Ztiot(nested_base):
        volgnummer = serializers.IntegerField()
        richting = serializers.ChoiceField(choices=Richting.choices)

    class Shown(base):
        url = SelfUrlField()
        id = serializers.IntegerField()
        uuid = serializers.CharField()
        identificatie = serializers.CharField()
        vertrouwelijkheidaanduiding = serializers.ChoiceField(choices=VertrouwelijkheidAanduiding.choices)
        concept = serializers.BooleanField()
        beginGeldigheid = serializers.DateField(source="begin_geldigheid")
        eindeGeldigheid = serializers.DateField(source="einde_geldigheid", allow_null=True)
        doorlooptijd = serializers.CharField()
        trefwoorden = serializers.ListField(child=serializers.CharField())
        catalogus = ReferenceField(model=type(CatalogusFactory.build()))
        domein = serializers.CharField(source="catalogus.domein")
        referentieproces = Referentieproces(source="*")
        lengte = serializers.SerializerMethodField()
        ztiots = Ztiot(source="zaaktypeinformatieobjecttypen", many=True)

        class Meta:
            model = ZaakType
            fields = (
                "url",
                "id",
                "uuid",
                "identificatie",
                "vertrouwelijkheidaanduiding",
                "concept",
                "beginGeldigheid",
                "eindeGeldigheid",
                "doorlooptijd",
                "trefwoorden",
                "catalogus",
                "domein",
                "referentieproces",
                "lengte",
                "ztiots",
            )

        def get_lengte(self, obj) -> int:
            return len(str(obj.identificatie))

    return Shown


DRF = _declare(serializers.ModelSerializer, serializers.Serializer)
ZGW = _declare(zgw.ModelSerializer, zgw.Serializer)


def _request(host="testserver"):
    return Request(RequestFactory().get("/", HTTP_HOST=host))


def _zaaktypen():
    catalogus = CatalogusFactory()
    first = ZaakTypeFactory(catalogus=catalogus, trefwoorden=["a", "b"], einde_geldigheid=datetime.date(2030, 1, 1))
    ZaakTypeInformatieObjectTypeFactory(zaaktype=first, richting=Richting.uitgaand)
    ZaakTypeInformatieObjectTypeFactory(zaaktype=first)
    ZaakTypeFactory(catalogus=catalogus, concept=False)
    return ZaakType.objects.order_by("pk")


def test_the_fast_path_shows_what_drf_shows():
    queryset = _zaaktypen()
    context = {"request": _request()}
    expected = DRF(queryset.prefetch_related("zaaktypeinformatieobjecttypen"), many=True, context=context).data
    assert ZGW(queryset, many=True, context=context).data == expected
    # the nested list from rows of the page query, a deferred column, and values that
    # are not (yet) the column's type: all shown as DRF shows them
    rows = {"volgnummer": "volgnummer", "richting": "richting"}
    loaded = queryset.annotate(**prefetch.json_arrays(ZaakType, "zaaktypeinformatieobjecttypen", rows))
    assert ZGW(loaded.defer("doorlooptijd"), many=True, context=context).data == expected
    unsaved = ZaakType(
        catalogus=queryset[0].catalogus,
        identificatie=123,
        vertrouwelijkheidaanduiding="geheim",
        concept=1,
        begin_geldigheid="2024-01-01",
        doorlooptijd="P1D",
        referentieproces_naam="R",
    )
    unsaved.pk = 999  # shown, not saved
    assert ZGW(unsaved, context=context).data == DRF(unsaved, context=context).data
    assert ZGW(unsaved, context=context).data["identificatie"] == "123"


def test_fields_are_built_once_per_class_and_bound_to_each_serializer():
    one, other = ZGW(context={"request": _request()}), ZGW(context={"request": _request()})
    assert set(one.fields) == set(DRF().fields)
    for name, field in one.fields.items():
        assert field is not other.fields[name]
        assert field.parent is one and other.fields[name].parent is other
        assert field.root is one
    template = ZGW.__dict__["_zgw_fields"]
    assert all(field.parent is None for field in template.values())
    child = one.fields["trefwoorden"].child
    assert child is not other.fields["trefwoorden"].child and child.parent is one.fields["trefwoorden"]
    nested = one.fields["ztiots"]
    assert nested.child.parent is nested and nested.child.root is one


def test_serializers_of_concurrent_requests_keep_their_own_context(settings):
    settings.ALLOWED_HOSTS = ["een.example", "twee.example"]
    # loaded here: the threads' own database connections cannot see the test's data
    zaaktype = _zaaktypen().select_related("catalogus").prefetch_related("zaaktypeinformatieobjecttypen")[0]
    failures = []

    def serve(host):
        try:
            for _ in range(50):
                data = ZGW(zaaktype, context={"request": _request(host)}).data
                if not (data["url"].startswith(f"http://{host}/") and data["catalogus"].startswith(f"http://{host}/")):
                    failures.append(data)
        except Exception as exc:  # pragma: no cover - reported below
            failures.append(exc)

    threads = [threading.Thread(target=serve, args=(host,)) for host in ("een.example", "twee.example")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures


class _Counted(serializers.Field):
    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)
        self.prepared = []

    def prepare(self, parents):
        self.prepared.append(list(parents))

    def to_representation(self, obj):
        return obj.pk


class _Child(zgw.ModelSerializer):
    counted = _Counted()

    class Meta:
        model = ZaakTypeInformatieObjectType
        fields = ("counted",)


class _Parent(zgw.ModelSerializer):
    counted = _Counted()
    children = _Child(source="zaaktypeinformatieobjecttypen", many=True)

    class Meta:
        model = ZaakType
        fields = ("counted", "children")


def test_page_aware_fields_are_prepared_once_per_page():
    zaaktypen = list(_zaaktypen().prefetch_related(prefetch.plain(ZaakType, "zaaktypeinformatieobjecttypen")))
    serializer = _Parent(zaaktypen, many=True, context={"request": _request()})
    serializer.data  # noqa: B018
    assert serializer.child.fields["counted"].prepared == [zaaktypen]
    children = [child for zaaktype in zaaktypen for child in zaaktype.zaaktypeinformatieobjecttypen_list]
    assert serializer.child.fields["children"].child.fields["counted"].prepared == [children]

    detail = _Parent(zaaktypen[0], context={"request": _request()})
    detail.data  # noqa: B018
    assert detail.fields["counted"].prepared == [[zaaktypen[0]]]


def _datetimes(base):
    class Shown(base):
        startdatum = serializers.DateTimeField()
        einddatum = serializers.DateTimeField(allow_null=True)
        inUtc = serializers.DateTimeField(source="startdatum", default_timezone=datetime.UTC)
        naive = serializers.DateTimeField(source="startdatum", default_timezone=None)
        formatted = serializers.DateTimeField(source="startdatum", format="%Y")

        class Meta:
            model = Gebruiksrechten
            fields = ("startdatum", "einddatum", "inUtc", "naive", "formatted")

    return Shown


def test_date_times_are_shown_as_drf_shows_them():
    """In the current time zone (looked up once per serializer), "Z" for UTC, naive
    values as DRF makes them aware, and other formats through DRF itself."""
    from django.utils import timezone

    drf, fast = _datetimes(serializers.ModelSerializer), _datetimes(zgw.ModelSerializer)
    GebruiksrechtenFactory(einddatum=datetime.datetime(2025, 6, 1, 23, 30, tzinfo=datetime.UTC))
    GebruiksrechtenFactory(startdatum=datetime.datetime(2024, 7, 1, 12, 0, tzinfo=datetime.UTC))
    unsaved = Gebruiksrechten(startdatum=datetime.datetime(2024, 1, 1, 12, 0), informatieobject_id=1)
    for zone in ("Europe/Amsterdam", "UTC", "America/New_York"):
        with timezone.override(zone):
            rows = list(Gebruiksrechten.objects.order_by("pk"))
            assert fast(rows, many=True).data == drf(rows, many=True).data
            assert fast(unsaved).data == drf(unsaved).data
    with timezone.override("UTC"):
        assert fast(rows[0]).data["startdatum"].endswith("Z")
