"""A new version of a published zaaktype (versioning.zaaktype_new_version)."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from openzaak.zgw.context import WriteContext

from ..models import CheckListItem, ZaakType, ZaakTypenRelatie
from ..versioning import next_begin_geldigheid, zaaktype_new_version
from .factories import (
    BesluitTypeFactory,
    EigenschapFactory,
    InformatieObjectTypeFactory,
    ResultaatTypeFactory,
    RolTypeFactory,
    StatusTypeFactory,
    ZaakObjectTypeFactory,
    ZaakTypeFactory,
    ZaakTypeInformatieObjectTypeFactory,
)

CONTEXT = WriteContext.system(user="test")
TODAY = datetime.date.today()
DAY = datetime.timedelta(days=1)


@pytest.mark.django_db
def test_copy_is_a_concept_with_every_subtype_repointed_to_the_copies():
    zaaktype = ZaakTypeFactory(concept=False, trefwoorden=["a"])
    besluittype = BesluitTypeFactory(catalogus=zaaktype.catalogus, concept=False)
    deelzaaktype = ZaakTypeFactory(catalogus=zaaktype.catalogus, concept=False)
    zaaktype.besluittypen.set([besluittype])
    zaaktype.deelzaaktypen.set([deelzaaktype])
    ZaakTypenRelatie.objects.create(zaaktype=zaaktype, gerelateerd_zaaktype=deelzaaktype, aard_relatie="bijdrage")
    zaakobjecttype = ZaakObjectTypeFactory(zaaktype=zaaktype)
    statustype = StatusTypeFactory(
        zaaktype=zaaktype, zaakobjecttype=zaakobjecttype, begin_geldigheid=datetime.date(2024, 1, 1)
    )
    CheckListItem.objects.create(statustype=statustype, itemnaam="a", vraagstelling="b")
    eigenschap = EigenschapFactory(zaaktype=zaaktype, statustype=statustype)
    RolTypeFactory(zaaktype=zaaktype)
    resultaattype = ResultaatTypeFactory(zaaktype=zaaktype, zaakobjecttype=zaakobjecttype)
    iotype = InformatieObjectTypeFactory(catalogus=zaaktype.catalogus, concept=False)
    resultaattype.informatieobjecttypen.set([iotype])
    ZaakTypeInformatieObjectTypeFactory(zaaktype=zaaktype, informatieobjecttype=iotype, statustype=statustype)

    new = zaaktype_new_version(context=CONTEXT, zaaktype=zaaktype)

    assert new.pk != zaaktype.pk and new.uuid != zaaktype.uuid
    assert new.concept and new.einde_geldigheid is None
    assert (new.identificatie, new.catalogus, new.trefwoorden) == (zaaktype.identificatie, zaaktype.catalogus, ["a"])
    assert new.begin_geldigheid == new.versiedatum == TODAY
    assert list(new.besluittypen.all()) == [besluittype]
    assert list(new.deelzaaktypen.all()) == [deelzaaktype]
    assert new.zaaktypenrelaties.get().gerelateerd_zaaktype == deelzaaktype
    new_statustype = new.statustypen.get()
    assert new_statustype.uuid != statustype.uuid
    assert new_statustype.begin_geldigheid == TODAY  # derived from the zaaktype's
    assert new_statustype.zaakobjecttype == new.zaakobjecttypen.get()
    assert new_statustype.checklistitems.get().itemnaam == "a"
    assert new.eigenschappen.get().statustype == new_statustype
    assert new.eigenschappen.get().naam == eigenschap.naam
    assert new.roltypen.count() == 1
    new_resultaattype = new.resultaattypen.get()
    assert new_resultaattype.zaakobjecttype == new.zaakobjecttypen.get()
    assert list(new_resultaattype.informatieobjecttypen.all()) == [iotype]
    ziot = new.zaaktypeinformatieobjecttypen.get()
    assert (ziot.informatieobjecttype, ziot.statustype) == (iotype, new_statustype)
    # the original is untouched
    zaaktype.refresh_from_db()
    assert not zaaktype.concept and zaaktype.statustypen.get() == statustype
    assert statustype.checklistitems.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("begin", "einde", "expected"),
    [
        (TODAY - 400 * DAY, None, TODAY),  # open-ended: from today
        (TODAY + 10 * DAY, None, TODAY + 11 * DAY),  # starts in the future: the day after
        (TODAY - 400 * DAY, TODAY + 30 * DAY, TODAY + 31 * DAY),  # ends later: the day after it ends
        (TODAY - 400 * DAY, TODAY - 30 * DAY, TODAY),  # ended: never before today
    ],
)
def test_next_begin_geldigheid_follows_the_latest_version(begin, einde, expected):
    older = ZaakTypeFactory(concept=False, begin_geldigheid=begin - 800 * DAY, einde_geldigheid=begin - DAY)
    ZaakTypeFactory(
        catalogus=older.catalogus,
        identificatie=older.identificatie,
        concept=False,
        begin_geldigheid=begin,
        einde_geldigheid=einde,
    )
    assert next_begin_geldigheid(zaaktype=older) == expected
    assert zaaktype_new_version(context=CONTEXT, zaaktype=older).begin_geldigheid == expected


@pytest.mark.django_db
def test_explicit_begin_geldigheid():
    zaaktype = ZaakTypeFactory(concept=False)
    new = zaaktype_new_version(context=CONTEXT, zaaktype=zaaktype, begin_geldigheid=datetime.date(2030, 1, 1))
    assert new.begin_geldigheid == new.versiedatum == datetime.date(2030, 1, 1)


@pytest.mark.django_db
def test_a_concept_is_not_versioned():
    with pytest.raises(ValidationError) as exc:
        zaaktype_new_version(context=CONTEXT, zaaktype=ZaakTypeFactory(concept=True))
    assert exc.value.code == "concept-zaaktype"


@pytest.mark.django_db
def test_one_concept_version_at_a_time():
    zaaktype = ZaakTypeFactory(concept=False)
    zaaktype_new_version(context=CONTEXT, zaaktype=zaaktype)
    with pytest.raises(ValidationError) as exc:
        zaaktype_new_version(context=CONTEXT, zaaktype=zaaktype)
    assert exc.value.code == "concept-versie-bestaat"
    assert ZaakType.objects.filter(identificatie=zaaktype.identificatie).count() == 2
