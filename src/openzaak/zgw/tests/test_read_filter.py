"""`authorisation.read_condition`: one SQL condition — allowed types ×
maximum vertrouwelijkheidaanduiding — over the autorisaties that grant the scope.

Autorisatie stands in for a typed, confidential resource here (a `Rule` made by hand):
its `applicatie` is the "type" and its `max_vertrouwelijkheidaanduiding` the level."""

import pytest

from openzaak.components.autorisaties.models import Applicatie, Autorisatie
from openzaak.zgw.auth.client import Client, Grant
from openzaak.zgw.authorisation import Rule, read_condition
from openzaak.zgw.components import ZAKEN
from openzaak.zgw.scopes import (
    SCOPE_CATALOGI_LEZEN,
    SCOPE_CATALOGI_SCHRIJVEN,
    SCOPE_ZAKEN_AANMAKEN,
    SCOPE_ZAKEN_LEZEN,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def objects():
    type_a = Applicatie.objects.create(label="A", heeft_alle_autorisaties=True)
    type_b = Applicatie.objects.create(label="B", heeft_alle_autorisaties=True)
    made = {}
    for kind in (type_a, type_b):
        for level in ("openbaar", "intern", "geheim"):
            made[kind.label, level] = Autorisatie.objects.create(
                applicatie=kind, component="ac", scopes=[], max_vertrouwelijkheidaanduiding=level
            )
    return type_a, type_b, made


RULE = Rule(ZAKEN, type_path="applicatie", vertrouwelijkheid_path="max_vertrouwelijkheidaanduiding")


def visible(client, scope=SCOPE_ZAKEN_LEZEN):
    condition = read_condition(RULE, client, scope)
    return {(a.applicatie.label, a.max_vertrouwelijkheidaanduiding) for a in Autorisatie.objects.filter(condition)}


def test_type_and_level(objects):
    type_a, type_b, _ = objects
    client = Client(
        client_id="c",
        grants=(
            Grant("zrc", frozenset({"zaken.lezen"}), type_a.pk, "intern"),
            Grant("zrc", frozenset({"zaken.lezen"}), type_b.pk, "openbaar"),
        ),
    )
    assert visible(client) == {("A", "openbaar"), ("A", "intern"), ("B", "openbaar")}


def test_only_grants_with_the_read_scope_count(objects):
    type_a, type_b, _ = objects
    client = Client(
        client_id="c",
        grants=(
            Grant("zrc", frozenset({"zaken.lezen"}), type_a.pk, "openbaar"),
            Grant("zrc", frozenset({"zaken.aanmaken"}), type_b.pk, "zeer_geheim"),
            Grant("drc", frozenset({"zaken.lezen"}), type_b.pk, "zeer_geheim"),
        ),
    )
    assert visible(client) == {("A", "openbaar")}
    assert visible(client, SCOPE_ZAKEN_AANMAKEN) == {("B", "openbaar"), ("B", "intern"), ("B", "geheim")}


def test_nothing_and_everything(objects):
    assert visible(Client(client_id="none")) == set()
    assert len(visible(Client(client_id="all", heeft_alle_autorisaties=True))) == 6


def test_has_scope_for_an_object():
    client = Client(client_id="c", grants=(Grant("zrc", frozenset({"zaken.lezen"}), 1, "intern"),))
    assert client.has_scope("zrc", SCOPE_ZAKEN_LEZEN)
    assert client.has_scope(ZAKEN, SCOPE_ZAKEN_LEZEN, type_id=1, vertrouwelijkheidaanduiding="openbaar")
    assert not client.has_scope("zrc", SCOPE_ZAKEN_LEZEN, type_id=1, vertrouwelijkheidaanduiding="geheim")
    assert not client.has_scope("zrc", SCOPE_ZAKEN_LEZEN, type_id=2, vertrouwelijkheidaanduiding="openbaar")
    assert not client.has_scope("drc", SCOPE_ZAKEN_LEZEN)
    assert client.has_scope("zrc", SCOPE_ZAKEN_LEZEN | SCOPE_ZAKEN_AANMAKEN)
    assert not client.has_scope("zrc", SCOPE_ZAKEN_LEZEN & SCOPE_ZAKEN_AANMAKEN)


def test_ztc_014_zaken_and_documenten_readers_read_the_catalogue():
    zaken = Client(client_id="z", grants=(Grant("zrc", frozenset({"zaken.lezen"}), 1, "openbaar"),))
    documenten = Client(client_id="d", grants=(Grant("drc", frozenset({"documenten.lezen"}), 1, "openbaar"),))
    schrijver = Client(client_id="s", grants=(Grant("zrc", frozenset({"zaken.aanmaken"}), 1, "openbaar"),))
    for client in (zaken, documenten):
        assert client.has_scope("ztc", SCOPE_CATALOGI_LEZEN)
        assert not client.has_scope("ztc", SCOPE_CATALOGI_SCHRIJVEN)
    assert not schrijver.has_scope("ztc", SCOPE_CATALOGI_LEZEN)
