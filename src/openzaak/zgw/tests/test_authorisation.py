"""`zgw.authorisation` on the registers' real models, and the kit's fail-closed checks:
a served model without a declaration, a routed action without a scope and DRF's mixins
before ZGWViewSet are errors when the class is defined; a read action of any name is
filtered by the declaration."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from rest_framework import mixins, serializers
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.test import APIRequestFactory, force_authenticate

from openzaak.components.catalogi.models import CheckListItem
from openzaak.components.catalogi.tests.factories import InformatieObjectTypeFactory, ZaakTypeFactory
from openzaak.components.documenten.models import EnkelvoudigInformatieObject
from openzaak.components.documenten.tests.factories import EnkelvoudigInformatieObjectFactory
from openzaak.components.zaken.models import Status, Zaak
from openzaak.components.zaken.tests.factories import StatusFactory, ZaakFactory
from openzaak.zgw.auth.authentication import RequestAuth
from openzaak.zgw.auth.client import Client, Grant
from openzaak.zgw.auth.jwt import Claims
from openzaak.zgw.authorisation import may_access
from openzaak.zgw.components import ZAKEN
from openzaak.zgw.scopes import SCOPE_DOCUMENTEN_LEZEN, SCOPE_ZAKEN_LEZEN
from openzaak.zgw.viewsets import ModelViewSet, ReadOnlyViewSet, ZGWViewSet

LEZEN = {"list": SCOPE_ZAKEN_LEZEN, "retrieve": SCOPE_ZAKEN_LEZEN}


def zrc(*grants) -> Client:
    return Client(
        client_id="c",
        grants=tuple(Grant("zrc", frozenset({"zaken.lezen"}), type_id, level) for type_id, level in grants),
    )


@pytest.fixture
def zaken(db):
    a, b = ZaakTypeFactory(concept=False), ZaakTypeFactory(concept=False)
    made = {
        (t.identificatie, level): ZaakFactory(zaaktype=t, vertrouwelijkheidaanduiding=level)
        for t in (a, b)
        for level in ("openbaar", "intern", "geheim")
    }
    return a, b, made


def visible(queryset) -> set:
    return {(zaak.zaaktype.identificatie, zaak.vertrouwelijkheidaanduiding) for zaak in queryset}


def test_one_level_filters_type_and_level(zaken):
    a, _b, _ = zaken
    queryset = Zaak.objects.for_client(zrc((a.pk, "intern")), SCOPE_ZAKEN_LEZEN)
    assert "autorisatie_sleutel" not in str(queryset.query).split("WHERE")[1]  # the (type, level) index answers
    assert visible(queryset) == {(a.identificatie, "openbaar"), (a.identificatie, "intern")}


def test_several_levels_filter_on_the_combined_key(zaken):
    a, b, _ = zaken
    queryset = Zaak.objects.for_client(zrc((a.pk, "intern"), (b.pk, "geheim")), SCOPE_ZAKEN_LEZEN)
    assert "autorisatie_sleutel" in str(queryset.query).split("WHERE")[1]
    assert visible(queryset) == {
        (a.identificatie, "openbaar"),
        (a.identificatie, "intern"),
        (b.identificatie, "openbaar"),
        (b.identificatie, "intern"),
        (b.identificatie, "geheim"),
    }


def test_a_sub_resource_is_read_through_its_zaak(zaken):
    a, _b, made = zaken
    status = StatusFactory(zaak=made[a.identificatie, "openbaar"])
    hidden = StatusFactory(zaak=made[a.identificatie, "geheim"])
    client = zrc((a.pk, "intern"))
    assert list(Status.objects.for_client(client, SCOPE_ZAKEN_LEZEN)) == [status]
    assert may_access(client, SCOPE_ZAKEN_LEZEN, status) and not may_access(client, SCOPE_ZAKEN_LEZEN, hidden)


def test_alleen_is_gereed_voor_publicatie(db):
    iotype = InformatieObjectTypeFactory(concept=False)
    gereed = EnkelvoudigInformatieObjectFactory(informatieobjecttype=iotype, is_gereed_voor_publicatie=True)
    concept = EnkelvoudigInformatieObjectFactory(informatieobjecttype=iotype, is_gereed_voor_publicatie=False)
    for client in (
        Client(client_id="all", heeft_alle_autorisaties=True, alleen_is_gereed_voor_publicatie=True),
        Client(
            client_id="d",
            alleen_is_gereed_voor_publicatie=True,
            grants=(Grant("drc", frozenset({"documenten.lezen"}), iotype.pk, "zeer_geheim"),),
        ),
    ):
        assert list(EnkelvoudigInformatieObject.objects.for_client(client, SCOPE_DOCUMENTEN_LEZEN)) == [gereed]
        assert may_access(client, SCOPE_DOCUMENTEN_LEZEN, gereed)
        assert not may_access(client, SCOPE_DOCUMENTEN_LEZEN, concept)


class ZaakSerializer(serializers.ModelSerializer):
    class Meta:
        model = Zaak
        fields = ("uuid",)


def test_a_read_action_of_any_name_is_filtered(zaken):
    """A list-like action nobody told the authorisation about still reads only what the
    client may read: every safe method that is not about one object is filtered."""
    a, _b, made = zaken

    class ZaakViewSet(ReadOnlyViewSet):
        queryset = Zaak.objects.all()
        serializer_class = ZaakSerializer
        component = ZAKEN
        required_scopes = {**LEZEN, "recent": SCOPE_ZAKEN_LEZEN}

        @action(detail=False, methods=["get"])
        def recent(self, request):
            return Response([str(zaak.uuid) for zaak in self.get_queryset()])

    request = APIRequestFactory().get("/recent")
    auth = RequestAuth(client=zrc((a.pk, "openbaar")), claims=Claims(client_id="c", user_id="", user_representation=""))
    force_authenticate(request, user=None, token=auth)
    response = ZaakViewSet.as_view({"get": "recent"}, detail=False)(request)
    assert response.status_code == 200, response.data
    assert response.data == [str(made[a.identificatie, "openbaar"].uuid)]


def test_a_served_model_must_declare_its_authorisation():
    with pytest.raises(ImproperlyConfigured, match="has no `authorisation"):

        class CheckListItemViewSet(ReadOnlyViewSet):
            queryset = CheckListItem.objects.all()
            serializer_class = ZaakSerializer
            component = ZAKEN
            required_scopes = LEZEN


def test_every_routed_action_needs_a_scope():
    with pytest.raises(
        ImproperlyConfigured, match="no scope in `required_scopes` for create, partial_update, destroy, recent"
    ):

        class ZaakViewSet(ModelViewSet):
            queryset = Zaak.objects.all()
            serializer_class = ZaakSerializer
            component = ZAKEN
            required_scopes = {**LEZEN, "update": SCOPE_ZAKEN_LEZEN}

            @action(detail=False, methods=["get"])
            def recent(self, request):
                return Response([])


def test_drf_mixins_may_not_come_first():
    with pytest.raises(ImproperlyConfigured, match="put ZGWViewSet"):

        class ZaakViewSet(mixins.CreateModelMixin, ZGWViewSet):
            queryset = Zaak.objects.all()
            serializer_class = ZaakSerializer
            component = ZAKEN
            required_scopes = {"create": SCOPE_ZAKEN_LEZEN}
