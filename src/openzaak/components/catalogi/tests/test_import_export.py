"""Export and import of catalogi (import_export package, management commands): the
round trip re-creates the same types with new URLs, and every kind of bad archive is
refused with a clear message and leaves the database as it was."""

import datetime
import io
import json
import re
import zipfile

import pytest
from django.core.management import CommandError, call_command

from openzaak.zgw.models import Notification

from ..import_export import ArchiveRefused, ExportRefused, export_catalogus, export_zaaktypen, import_archive
from ..import_export.archive import MANIFEST, RESOURCES, filename
from ..models import (
    BesluitType,
    Catalogus,
    CheckListItem,
    Eigenschap,
    InformatieObjectType,
    ResultaatType,
    RolType,
    StatusType,
    ZaakObjectType,
    ZaakType,
    ZaakTypeInformatieObjectType,
    ZaakTypenRelatie,
)
from .factories import (
    BesluitTypeFactory,
    CatalogusFactory,
    EigenschapFactory,
    InformatieObjectTypeFactory,
    ResultaatTypeFactory,
    RolTypeFactory,
    StatusTypeFactory,
    ZaakObjectTypeFactory,
    ZaakTypeFactory,
    ZaakTypeInformatieObjectTypeFactory,
)
from .selectielijst_server import OMSCHRIJVING_AFGEWEZEN, PROCESTYPE_PRODUCTEN, RESULTAAT_PRODUCTEN_NIHIL

OTHER = "https://other-installation.example/zaakgericht"
MODELS = (
    Catalogus,
    InformatieObjectType,
    BesluitType,
    ZaakType,
    ZaakTypenRelatie,
    StatusType,
    CheckListItem,
    RolType,
    Eigenschap,
    ZaakObjectType,
    ResultaatType,
    ZaakTypeInformatieObjectType,
    Notification,
)
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def _catalogus(selectielijst, *, catalogus=None):
    """A catalogus with one of everything: published and concept versions, every
    sub-type, and the references between them."""
    catalogus = catalogus or CatalogusFactory(domein="EXP", rsin="123456782", naam="Export")
    iotype = InformatieObjectTypeFactory(catalogus=catalogus, omschrijving="Aanvraag", concept=False)
    iotype_concept = InformatieObjectTypeFactory(catalogus=catalogus, omschrijving="Bijlage")
    besluittype = BesluitTypeFactory(catalogus=catalogus, omschrijving="Vergunning", concept=False)
    besluittype.informatieobjecttypen.set([iotype])
    procestype = selectielijst.url("procestypen", PROCESTYPE_PRODUCTEN)
    deelzaaktype = ZaakTypeFactory(catalogus=catalogus, identificatie="DEEL", concept=False)
    zaaktype = ZaakTypeFactory(
        catalogus=catalogus,
        identificatie="HOOFD",
        concept=False,
        selectielijst_procestype=procestype,
        trefwoorden=["bouwen", "wonen"],
        einde_geldigheid=datetime.date(2024, 12, 31),
    )
    zaaktype.besluittypen.set([besluittype])
    zaaktype.deelzaaktypen.set([deelzaaktype])
    ZaakTypenRelatie.objects.create(zaaktype=zaaktype, gerelateerd_zaaktype=deelzaaktype, aard_relatie="vervolg")
    # the next version, still a concept
    volgende = ZaakTypeFactory(
        catalogus=catalogus,
        identificatie="HOOFD",
        begin_geldigheid=datetime.date(2025, 1, 1),
        versiedatum=datetime.date(2025, 1, 1),
    )
    zaakobjecttype = ZaakObjectTypeFactory(zaaktype=zaaktype)
    status_1 = StatusTypeFactory(zaaktype=zaaktype, volgnummer=1, omschrijving="Ontvangen")
    status_2 = StatusTypeFactory(
        zaaktype=zaaktype, volgnummer=2, omschrijving="Afgehandeld", zaakobjecttype=zaakobjecttype
    )
    CheckListItem.objects.create(statustype=status_1, itemnaam="compleet", vraagstelling="Is de aanvraag compleet?")
    EigenschapFactory(zaaktype=zaaktype, naam="oppervlakte", statustype=status_2)
    RolTypeFactory(zaaktype=zaaktype)
    resultaattype = ResultaatTypeFactory(
        zaaktype=zaaktype,
        omschrijving="Verleend",
        omschrijving_generiek="Afgewezen",  # what the selectielijst says of this omschrijving
        selectielijstklasse=selectielijst.url("resultaten", RESULTAAT_PRODUCTEN_NIHIL),
        resultaattypeomschrijving=selectielijst.url("resultaattypeomschrijvingen", OMSCHRIJVING_AFGEWEZEN),
        zaakobjecttype=zaakobjecttype,
    )
    resultaattype.besluittypen.set([besluittype])
    resultaattype.informatieobjecttypen.set([iotype])
    ZaakTypeInformatieObjectTypeFactory(
        zaaktype=zaaktype, informatieobjecttype=iotype, volgnummer=1, statustype=status_1
    )
    ZaakTypeInformatieObjectTypeFactory(zaaktype=volgende, informatieobjecttype=iotype_concept, volgnummer=1)
    return catalogus


def _contents(data: bytes) -> dict:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: json.loads(archive.read(name)) for name in archive.namelist()}


def _zip(files: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, value in files.items():
            archive.writestr(name, value if isinstance(value, str | bytes) else json.dumps(value))
    return buffer.getvalue()


def _normalised(contents: dict) -> dict:
    """The archive with each object's URL replaced by its place in the archive, so two
    archives of the same types compare equal whatever their URLs."""
    names = {}
    for resource in RESOURCES:
        for index, item in enumerate(contents[filename(resource)]):
            names[item["url"]] = f"{resource}[{index}]"

    def replace(value):
        if isinstance(value, dict):
            return {key: replace(item) for key, item in value.items()}
        if isinstance(value, list):
            return [replace(item) for item in value]
        return names.get(value, value)

    return {resource: replace(contents[filename(resource)]) for resource in RESOURCES}


@pytest.mark.django_db
def test_round_trip_from_another_installation(selectielijst):
    catalogus = _catalogus(selectielijst)
    exported = export_catalogus(catalogus=catalogus, base_url=OTHER)
    before = _contents(exported)
    assert before[MANIFEST]["omvang"] == "catalogus"
    assert before[filename("zaaktypen")][0]["url"].startswith(f"{OTHER}/catalogi/api/v1/zaaktypen/")
    assert all(before[filename(resource)] for resource in RESOURCES)
    old_uuids = set(UUID.findall(json.dumps(before)))
    catalogus.delete()  # the other installation's catalogus is not here

    result = import_archive(source=exported)

    after = _contents(export_catalogus(catalogus=result.catalogus, base_url=OTHER))
    expected, actual = _normalised(before), _normalised(after)
    for resource in RESOURCES:
        assert len(actual[resource]) == len(expected[resource]), resource
        for old, new in zip(expected[resource], actual[resource], strict=True):
            assert new == old, resource
    new_urls = {item["url"] for resource in RESOURCES for item in after[filename(resource)]}
    assert not {uuid for url in new_urls for uuid in UUID.findall(url)} & old_uuids
    assert result.created == {resource: len(before[filename(resource)]) for resource in RESOURCES}
    assert result.published == 4  # an informatieobjecttype, a besluittype, two zaaktypen
    # one create notification per new zaaktype, informatieobjecttype and besluittype
    assert Notification.objects.filter(actie="create").count() == 2 + 1 + 3


@pytest.mark.django_db
def test_export_of_one_zaaktype_holds_what_it_refers_to(selectielijst):
    catalogus = _catalogus(selectielijst)
    unrelated = ZaakTypeFactory(catalogus=catalogus, identificatie="ANDER")
    InformatieObjectTypeFactory(catalogus=catalogus, omschrijving="Ongebruikt")
    hoofd = ZaakType.objects.get(identificatie="HOOFD", concept=False)

    contents = _contents(export_zaaktypen(zaaktypen=[hoofd]))

    assert contents[MANIFEST]["omvang"] == "zaaktype"
    assert sorted(item["identificatie"] for item in contents["zaaktypen.json"]) == ["DEEL", "HOOFD"]
    assert [item["omschrijving"] for item in contents["informatieobjecttypen.json"]] == ["Aanvraag"]
    assert [item["omschrijving"] for item in contents["besluittypen.json"]] == ["Vergunning"]
    assert unrelated.identificatie not in json.dumps(contents)


@pytest.mark.django_db
def test_export_of_one_zaaktype_holds_every_version_of_what_it_refers_to():
    """The API shows a related type in its version valid today, which need not be the
    version the relation was made with: the archive holds them all."""
    catalogus = CatalogusFactory()
    old = {
        "concept": False,
        "begin_geldigheid": datetime.date(2020, 1, 1),
        "einde_geldigheid": datetime.date(2020, 12, 31),
    }
    deel_2020 = ZaakTypeFactory(catalogus=catalogus, identificatie="DEEL", **old)
    ZaakTypeFactory(
        catalogus=catalogus, identificatie="DEEL", concept=False, begin_geldigheid=datetime.date(2021, 1, 1)
    )
    besluit_2020 = BesluitTypeFactory(catalogus=catalogus, omschrijving="Besluit", **old)
    BesluitTypeFactory(
        catalogus=catalogus, omschrijving="Besluit", concept=False, begin_geldigheid=datetime.date(2021, 1, 1)
    )
    hoofd = ZaakTypeFactory(catalogus=catalogus, identificatie="HOOFD", concept=False)
    hoofd.deelzaaktypen.set([deel_2020])
    hoofd.besluittypen.set([besluit_2020])

    exported = export_zaaktypen(zaaktypen=[hoofd])

    contents = _contents(exported)
    assert sorted(item["identificatie"] for item in contents["zaaktypen.json"]) == ["DEEL", "DEEL", "HOOFD"]
    assert len(contents["besluittypen.json"]) == 2
    result = import_archive(source=exported, catalogus=CatalogusFactory())
    imported = result.catalogus.zaaktypen.get(identificatie="HOOFD")
    assert imported.deelzaaktypen.get().begin_geldigheid == datetime.date(2021, 1, 1)  # today's version, as shown
    assert imported.besluittypen.get().begin_geldigheid == datetime.date(2021, 1, 1)


@pytest.mark.django_db
def test_zaaktype_export_imports_into_an_existing_catalogus(selectielijst):
    source = _catalogus(selectielijst)
    hoofd = ZaakType.objects.get(identificatie="HOOFD", concept=False)
    exported = export_zaaktypen(zaaktypen=[hoofd])
    target = CatalogusFactory(domein="DOEL", rsin="123456782")

    result = import_archive(source=exported, catalogus=target)

    assert result.catalogus == target
    assert result.created["catalogussen"] == 0
    assert sorted(target.zaaktypen.values_list("identificatie", "concept")) == [("DEEL", False), ("HOOFD", False)]
    imported = target.zaaktypen.get(identificatie="HOOFD")
    assert imported.statustypen.count() == 2
    assert imported.besluittypen.get().catalogus == target
    assert imported.resultaattypen.get().zaakobjecttype.zaaktype == imported
    assert Catalogus.objects.filter(pk=source.pk).exists()


def _zaaktype_with_subtypes(catalogus):
    zaaktype = ZaakTypeFactory(catalogus=catalogus)
    StatusTypeFactory.create_batch(3, zaaktype=zaaktype)
    RolTypeFactory(zaaktype=zaaktype)
    EigenschapFactory(zaaktype=zaaktype)
    ZaakObjectTypeFactory(zaaktype=zaaktype)
    ResultaatTypeFactory(zaaktype=zaaktype).besluittypen.set([BesluitTypeFactory(catalogus=catalogus)])
    ZaakTypeInformatieObjectTypeFactory(zaaktype=zaaktype)


@pytest.mark.django_db
def test_export_costs_a_fixed_number_of_queries(django_assert_max_num_queries):
    """Each resource is loaded as the API loads a list page, whatever the catalogus' size."""
    catalogus = CatalogusFactory()
    _zaaktype_with_subtypes(catalogus)
    with django_assert_max_num_queries(41):
        export_catalogus(catalogus=catalogus)
    for _ in range(10):
        _zaaktype_with_subtypes(catalogus)
    with django_assert_max_num_queries(41):
        contents = _contents(export_catalogus(catalogus=catalogus))
    assert len(contents["statustypen.json"]) == 33


@pytest.mark.django_db
def test_export_refuses_zaaktypen_of_different_catalogi():
    with pytest.raises(ExportRefused, match="verschillende catalogi"):
        export_zaaktypen(zaaktypen=[ZaakTypeFactory(), ZaakTypeFactory()])


# --- bad archives: a clear message, nothing written ---------------------------------------


@pytest.fixture
def good_archive(selectielijst):
    catalogus = _catalogus(selectielijst)
    data = export_catalogus(catalogus=catalogus, base_url=OTHER)
    catalogus.delete()
    Notification.objects.all().delete()
    return _contents(data)


def _damaged(contents: dict, **changes) -> bytes:
    files = {name: value for name, value in contents.items()}
    for name, value in changes.items():
        name = name.replace("_", "-") + ".json" if name != "manifest" else MANIFEST
        if value is None:
            del files[name]
        else:
            files[name] = value
    return _zip(files)


def _refused(data: bytes, message: str) -> None:
    before = _counts()
    with pytest.raises(ArchiveRefused, match=message):
        import_archive(source=data)
    assert _counts() == before


@pytest.mark.django_db
def test_not_a_zip_is_refused():
    _refused(b"this is not a zip file", "geen ZIP-archief")


@pytest.mark.django_db
def test_missing_file_is_refused(good_archive):
    _refused(_damaged(good_archive, roltypen=None), "ontbrekende bestanden: roltypen.json")


@pytest.mark.django_db
def test_extra_file_is_refused(good_archive):
    _refused(_zip({**good_archive, "notes.txt": "hello"}), "onverwachte bestanden: notes.txt")


@pytest.mark.django_db
def test_invalid_json_is_refused(good_archive):
    _refused(_damaged(good_archive, statustypen="[{"), r"statustypen.json: ongeldige JSON op regel 1")


@pytest.mark.django_db
def test_wrong_json_shape_is_refused(good_archive):
    _refused(_damaged(good_archive, roltypen={"url": "x"}), "roltypen.json: verwacht een JSON-lijst")
    _refused(_damaged(good_archive, roltypen=[{"omschrijving": "x"}]), r"roltypen.json: item 0 heeft geen `url`")


@pytest.mark.django_db
def test_foreign_manifest_is_refused(good_archive):
    _refused(_damaged(good_archive, manifest={"format": "iets anders"}), "geen export van Open Zaak-catalogi")
    manifest = {**good_archive[MANIFEST], "formatVersion": 99}
    _refused(_damaged(good_archive, manifest=manifest), "versie 99 wordt niet ondersteund")


@pytest.mark.django_db
def test_duplicate_url_is_refused(good_archive):
    roltypen = good_archive["roltypen.json"]
    _refused(_damaged(good_archive, roltypen=[*roltypen, roltypen[0]]), "komt meer dan eens voor")


@pytest.mark.django_db
def test_validation_error_late_in_the_import_is_refused(good_archive):
    """The last file fails: everything created before it is rolled back."""
    ziots = [dict(item) for item in good_archive["zaaktype-informatieobjecttypen.json"]]
    ziots[1]["richting"] = "zijwaarts"
    _refused(
        _damaged(good_archive, zaaktype_informatieobjecttypen=ziots),
        r"zaaktype-informatieobjecttypen.json, item 1 \(.*\) is ongeldig: richting: .*invalid_choice",
    )


@pytest.mark.django_db
def test_items_that_clash_with_each_other_are_refused(good_archive):
    ziots = good_archive["zaaktype-informatieobjecttypen.json"]
    clash = {**ziots[0], "url": ziots[0]["url"].replace(ziots[0]["url"][-12:], "000000000000")}
    _refused(
        _damaged(good_archive, zaaktype_informatieobjecttypen=[*ziots, clash]),
        r"zaaktype-informatieobjecttypen.json, item 2 \(.*\) is ongeldig: .*unique",
    )


@pytest.mark.django_db
def test_malformed_zaakobjecttype_links_are_refused(good_archive):
    zaakobjecttypen = [{**good_archive["zaakobjecttypen.json"][0], "statustypen": [{"url": "x"}]}]
    _refused(_damaged(good_archive, zaakobjecttypen=zaakobjecttypen), "statustypen is geen lijst van URL's")
    other = good_archive["roltypen.json"][0]["url"]
    zaakobjecttypen = [{**good_archive["zaakobjecttypen.json"][0], "resultaattypen": [other]}]
    _refused(
        _damaged(good_archive, zaakobjecttypen=zaakobjecttypen),
        "resultaattypen verwijst naar .*, dat geen resultaattype van hetzelfde zaaktype in het archief is",
    )


@pytest.mark.django_db
def test_reference_outside_the_archive_is_refused(good_archive):
    zaaktypen = [dict(item) for item in good_archive["zaaktypen.json"]]
    elsewhere = f"{OTHER}/catalogi/api/v1/besluittypen/5ee4d4f2-8b5e-4c40-9c3c-66e19c7ac62f"
    zaaktypen[1]["besluittypen"] = [elsewhere]
    _refused(
        _damaged(good_archive, zaaktypen=zaaktypen),
        rf"zaaktypen.json, item 1 .*besluittypen verwijst naar {re.escape(elsewhere)}, dat niet in het archief zit",
    )


@pytest.mark.django_db
def test_unreachable_selectielijst_is_refused(good_archive, selectielijst):
    selectielijst.down = True
    _refused(
        _zip(good_archive),
        r"zaaktypen.json, item 1 \(.*\) is ongeldig: selectielijstProcestype: .*\(remote-unavailable\)",
    )


@pytest.mark.django_db
def test_catalogus_that_exists_already_is_refused(selectielijst):
    catalogus = _catalogus(selectielijst)
    _refused(export_catalogus(catalogus=catalogus), r"catalogussen.json, item 0 .* is ongeldig: .*unique")


@pytest.mark.django_db
def test_unpublishable_archive_is_refused(good_archive):
    """A published version whose validity overlaps a published one of the same
    identificatie (ztc-016) cannot be published here: refused as a whole."""
    zaaktypen = [dict(item) for item in good_archive["zaaktypen.json"]]
    hoofd = next(index for index, item in enumerate(zaaktypen) if item["identificatie"] == "HOOFD" and item["concept"])
    zaaktypen[hoofd]["concept"] = False
    zaaktypen[hoofd]["beginGeldigheid"] = "2024-06-01"
    iotypen = [{**item, "concept": False} for item in good_archive["informatieobjecttypen.json"]]
    _refused(
        _damaged(good_archive, zaaktypen=zaaktypen, informatieobjecttypen=iotypen),
        "kan niet gepubliceerd worden: .*overlappende",
    )


# --- management commands ----------------------------------------------------------------------


@pytest.mark.django_db
def test_commands_round_trip(selectielijst, tmp_path):
    catalogus = _catalogus(selectielijst)
    archive = tmp_path / "catalogus.zip"
    call_command("export_catalogus", str(catalogus.uuid), output=str(archive), stdout=io.StringIO())
    catalogus.delete()

    out = io.StringIO()
    call_command("import_catalogus", str(archive), stdout=out)

    assert "4 published" in out.getvalue()
    assert Catalogus.objects.get(domein="EXP").zaaktypen.count() == 3


@pytest.mark.django_db
def test_commands_export_zaaktype_by_url_and_import_into_catalogus(selectielijst, tmp_path):
    _catalogus(selectielijst)
    hoofd = ZaakType.objects.get(identificatie="HOOFD", concept=False)
    archive = tmp_path / "zaaktype.zip"
    url = f"http://localhost:8000/catalogi/api/v1/zaaktypen/{hoofd.uuid}"
    call_command("export_catalogus", zaaktype=[url], output=str(archive), stdout=io.StringIO())
    target = CatalogusFactory()

    call_command("import_catalogus", str(archive), catalogus=str(target.uuid), stdout=io.StringIO())

    assert target.zaaktypen.count() == 2


@pytest.mark.django_db
def test_commands_refuse_bad_input(tmp_path):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"nonsense")
    with pytest.raises(CommandError, match="Nothing imported: Het bestand is geen ZIP-archief"):
        call_command("import_catalogus", str(bad))
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_catalogus", str(tmp_path / "absent.zip"))
    with pytest.raises(CommandError, match="either a catalogus or"):
        call_command("export_catalogus", output=str(tmp_path / "out.zip"))
    with pytest.raises(CommandError, match="Geen catalogus met uuid"):
        call_command("export_catalogus", "not-a-uuid", output=str(tmp_path / "out.zip"))
