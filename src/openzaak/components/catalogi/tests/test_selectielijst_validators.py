"""The Selectielijst validators (ztc-001 … ztc-003) against the local Selectielijst API,
on plain values and dicts, and wired into a serializer as the module docstring shows."""

from types import SimpleNamespace

import pytest
from rest_framework import serializers

from openzaak.zgw.constants import Afleidingswijze
from openzaak.zgw.errors import invalid_params
from openzaak.zgw.references import URLField
from openzaak.zgw.remote import BAD_URL, INVALID_RESOURCE, REMOTE_UNAVAILABLE

from ..selectielijst_rules import (
    AfleidingswijzeProcestermijnValidator,
    ResultaattypeomschrijvingValidator,
    SelectielijstklasseProcestypeValidator,
    SelectielijstklasseValidator,
    SelectielijstProcestypeValidator,
    derived_from_selectielijst,
)
from .selectielijst_server import (
    OMSCHRIJVING_VERLEEND,
    PROCESTYPE_BELEID,
    PROCESTYPE_INRICHTEN,
    PROCESTYPE_PLANNEN,
    PROCESTYPE_PRODUCTEN,
    PROCESTYPE_TOESTEMMING,
    RESULTAAT_BESTAANSDUUR,
    RESULTAAT_BLIJVEND,
    RESULTAAT_INGESCHAT,
    RESULTAAT_NIHIL,
    RESULTAAT_SAMENGEVOEGD,
    RESULTAAT_VAST_TE_LEGGEN,
)

MISSING = "00000000-0000-4000-8000-000000000000"


def _params(exc: serializers.ValidationError) -> list[tuple[str, str]]:
    return [(p["name"], p["code"]) for p in invalid_params(exc.detail)]


# --- field validators ------------------------------------------------------------------


class ZaakTypeSerializer(serializers.Serializer):
    selectielijstProcestype = URLField(
        source="selectielijst_procestype",
        required=False,
        allow_blank=True,
        validators=[SelectielijstProcestypeValidator()],
    )


def _zaaktype_errors(value) -> list[tuple[str, str]]:
    serializer = ZaakTypeSerializer(data={"selectielijstProcestype": value})
    return [] if serializer.is_valid() else [(p["name"], p["code"]) for p in invalid_params(serializer.errors)]


def test_procestype_that_resolves(selectielijst):
    assert _zaaktype_errors(selectielijst.url("procestypen", PROCESTYPE_INRICHTEN)) == []


def test_procestype_may_be_empty(selectielijst):
    assert _zaaktype_errors("") == []
    assert selectielijst.hits == []


@pytest.mark.parametrize(
    ("make_url", "code"),
    [
        (lambda s: s.url("procestypen", MISSING), BAD_URL),
        (lambda s: s.url("resultaten", RESULTAAT_NIHIL), INVALID_RESOURCE),
        (lambda s: f"https://selectielijst.example.com/api/v1/procestypen/{PROCESTYPE_INRICHTEN}", INVALID_RESOURCE),
    ],
)
def test_procestype_that_does_not_resolve(selectielijst, make_url, code):
    assert _zaaktype_errors(make_url(selectielijst)) == [("selectielijstProcestype", code)]


def test_procestype_while_the_api_is_down(selectielijst):
    selectielijst.down = True

    errors = _zaaktype_errors(selectielijst.url("procestypen", PROCESTYPE_INRICHTEN))

    assert errors == [("selectielijstProcestype", REMOTE_UNAVAILABLE)]


def test_selectielijstklasse_and_resultaattypeomschrijving_must_resolve(selectielijst):
    SelectielijstklasseValidator()(selectielijst.url("resultaten", RESULTAAT_NIHIL))
    ResultaattypeomschrijvingValidator()(selectielijst.url("resultaattypeomschrijvingen", OMSCHRIJVING_VERLEEND))

    with pytest.raises(serializers.ValidationError) as klasse:
        SelectielijstklasseValidator()(selectielijst.url("procestypen", PROCESTYPE_INRICHTEN))
    with pytest.raises(serializers.ValidationError) as omschrijving:
        ResultaattypeomschrijvingValidator()(selectielijst.url("resultaattypeomschrijvingen", MISSING))

    assert klasse.value.detail[0].code == INVALID_RESOURCE
    assert omschrijving.value.detail[0].code == BAD_URL


# --- the selectielijstklasse belongs to the zaaktype's procestype ------------------------


def _zaaktype(selectielijst, procestype_uuid=PROCESTYPE_INRICHTEN):
    procestype = selectielijst.url("procestypen", procestype_uuid) if procestype_uuid else ""
    return {"selectielijst_procestype": procestype}


def _klasse(selectielijst, resultaat_uuid=RESULTAAT_NIHIL):
    return selectielijst.url("resultaten", resultaat_uuid)


def test_klasse_of_the_zaaktypes_procestype(selectielijst):
    attrs = {"zaaktype": _zaaktype(selectielijst), "selectielijstklasse": _klasse(selectielijst)}

    SelectielijstklasseProcestypeValidator()(attrs)


def test_klasse_of_another_procestype(selectielijst):
    attrs = {
        "zaaktype": _zaaktype(selectielijst, PROCESTYPE_BELEID),
        "selectielijstklasse": selectielijst.url("resultaten", RESULTAAT_NIHIL),
    }

    with pytest.raises(serializers.ValidationError) as excinfo:
        SelectielijstklasseProcestypeValidator()(attrs)

    assert _params(excinfo.value) == [("nonFieldErrors", "procestype-mismatch")]


def test_klasse_for_a_zaaktype_without_procestype(selectielijst):
    attrs = {"zaaktype": _zaaktype(selectielijst, None), "selectielijstklasse": _klasse(selectielijst)}

    with pytest.raises(serializers.ValidationError) as excinfo:
        SelectielijstklasseProcestypeValidator()(attrs)

    assert _params(excinfo.value) == [("nonFieldErrors", "procestype-mismatch")]
    assert "geen selectielijstProcestype" in str(excinfo.value.detail[0])


def test_klasse_against_the_instance_on_partial_update(selectielijst):
    """PATCH of only the zaaktype: the stored klasse must fit the new zaaktype; the
    zaaktype may be a model instance (any object with the attribute)."""
    instance = SimpleNamespace(selectielijstklasse=selectielijst.url("resultaten", RESULTAAT_NIHIL))
    serializer = SimpleNamespace(instance=instance)
    zaaktype = SimpleNamespace(selectielijst_procestype=selectielijst.url("procestypen", PROCESTYPE_BELEID))

    with pytest.raises(serializers.ValidationError) as excinfo:
        SelectielijstklasseProcestypeValidator()({"zaaktype": zaaktype}, serializer)

    assert _params(excinfo.value) == [("nonFieldErrors", "procestype-mismatch")]


def test_klasse_is_not_fetched_when_a_patch_does_not_touch_it(selectielijst):
    instance = SimpleNamespace(
        selectielijstklasse=selectielijst.url("resultaten", RESULTAAT_NIHIL), zaaktype=_zaaktype(selectielijst, None)
    )

    SelectielijstklasseProcestypeValidator()({"toelichting": "Nieuw"}, SimpleNamespace(instance=instance))

    assert selectielijst.hits == []


def test_klasse_while_the_api_is_down(selectielijst):
    selectielijst.down = True
    attrs = {"zaaktype": _zaaktype(selectielijst), "selectielijstklasse": _klasse(selectielijst)}

    with pytest.raises(serializers.ValidationError) as excinfo:
        SelectielijstklasseProcestypeValidator()(attrs)

    assert _params(excinfo.value) == [("selectielijstklasse", REMOTE_UNAVAILABLE)]


# --- ztc-003: afleidingswijze and procestermijn ------------------------------------------

A = Afleidingswijze
PROCESTERMIJN = {
    RESULTAAT_NIHIL: "nihil",
    RESULTAAT_INGESCHAT: "ingeschatte_bestaansduur_procesobject",
    RESULTAAT_BESTAANSDUUR: "bestaansduur_procesobject",
    RESULTAAT_VAST_TE_LEGGEN: "vast_te_leggen_datum",
    RESULTAAT_SAMENGEVOEGD: "samengevoegd_met_bewaartermijn",
    RESULTAAT_BLIJVEND: "geen",
}
VALID = {
    RESULTAAT_NIHIL: {A.afgehandeld},
    RESULTAAT_INGESCHAT: {A.termijn},
    # the other procestermijnen allow all but afgehandeld and termijn
    RESULTAAT_BESTAANSDUUR: set(A) - {A.afgehandeld, A.termijn},
    RESULTAAT_VAST_TE_LEGGEN: set(A) - {A.afgehandeld, A.termijn},
    RESULTAAT_SAMENGEVOEGD: set(A) - {A.afgehandeld, A.termijn},
    # no procestermijn (blijvend bewaren): anything goes
    RESULTAAT_BLIJVEND: set(A),
}


@pytest.mark.parametrize(
    ("resultaat", "afleidingswijze"),
    [(r, a) for r in VALID for a in A],
    ids=[f"{PROCESTERMIJN[r]}-{a}" for r in VALID for a in A],
)
def test_afleidingswijze_for_procestermijn(selectielijst, resultaat, afleidingswijze):
    attrs = {
        "selectielijstklasse": selectielijst.url("resultaten", resultaat),
        "brondatum_archiefprocedure_afleidingswijze": afleidingswijze,
    }

    if afleidingswijze in VALID[resultaat]:
        AfleidingswijzeProcestermijnValidator()(attrs)
    else:
        with pytest.raises(serializers.ValidationError) as excinfo:
            AfleidingswijzeProcestermijnValidator()(attrs)
        assert _params(excinfo.value) == [("nonFieldErrors", "invalid-afleidingswijze-for-procestermijn")]


def test_afleidingswijze_message_names_what_is_required(selectielijst):
    attrs = {
        "selectielijstklasse": selectielijst.url("resultaten", RESULTAAT_NIHIL),
        "brondatum_archiefprocedure_afleidingswijze": A.termijn,
    }

    with pytest.raises(serializers.ValidationError) as excinfo:
        AfleidingswijzeProcestermijnValidator()(attrs)

    assert str(excinfo.value.detail[0]) == (
        "De afleidingswijze kan niet `termijn` zijn bij een selectielijstklasse met procestermijn `nihil`; "
        "die vraagt `afgehandeld`."
    )


def test_afleidingswijze_against_the_stored_klasse_on_partial_update(selectielijst):
    instance = {"selectielijstklasse": selectielijst.url("resultaten", RESULTAAT_INGESCHAT)}

    with pytest.raises(serializers.ValidationError):
        AfleidingswijzeProcestermijnValidator()(
            {"brondatum_archiefprocedure_afleidingswijze": A.afgehandeld}, SimpleNamespace(instance=instance)
        )
    AfleidingswijzeProcestermijnValidator()(
        {"brondatum_archiefprocedure_afleidingswijze": A.termijn}, SimpleNamespace(instance=instance)
    )


def test_afleidingswijze_not_checked_without_brondatum_or_change(selectielijst):
    klasse = selectielijst.url("resultaten", RESULTAAT_NIHIL)

    AfleidingswijzeProcestermijnValidator()({"selectielijstklasse": klasse})  # brondatumArchiefprocedure null
    AfleidingswijzeProcestermijnValidator()(
        {"toelichting": "x"},
        SimpleNamespace(
            instance={"selectielijstklasse": klasse, "brondatum_archiefprocedure_afleidingswijze": A.termijn}
        ),
    )

    assert selectielijst.hits == []


def test_afleidingswijze_while_the_api_is_down(selectielijst):
    selectielijst.down = True
    attrs = {
        "selectielijstklasse": selectielijst.url("resultaten", RESULTAAT_NIHIL),
        "brondatum_archiefprocedure_afleidingswijze": A.afgehandeld,
    }

    with pytest.raises(serializers.ValidationError) as excinfo:
        AfleidingswijzeProcestermijnValidator()(attrs)

    assert _params(excinfo.value) == [("selectielijstklasse", REMOTE_UNAVAILABLE)]


# --- derived values (ztc-002) --------------------------------------------------------------


def test_derived_from_the_selectielijst(selectielijst):
    derived = derived_from_selectielijst(
        {
            "resultaattypeomschrijving": selectielijst.url("resultaattypeomschrijvingen", OMSCHRIJVING_VERLEEND),
            "selectielijstklasse": selectielijst.url("resultaten", RESULTAAT_NIHIL),
        }
    )

    assert derived == {
        "omschrijving_generiek": "Verleend",
        "archiefnominatie": "vernietigen",
        "archiefactietermijn": "P10Y",
    }


def test_derived_for_a_resultaat_kept_forever(selectielijst):
    derived = derived_from_selectielijst({"selectielijstklasse": selectielijst.url("resultaten", RESULTAAT_BLIJVEND)})

    assert derived == {"archiefnominatie": "blijvend_bewaren", "archiefactietermijn": None}


def test_given_values_are_kept(selectielijst):
    validated = {
        "selectielijstklasse": selectielijst.url("resultaten", RESULTAAT_NIHIL),
        "archiefnominatie": "blijvend_bewaren",
        "archiefactietermijn": "P20Y",
    }

    assert derived_from_selectielijst(validated) == {}
    assert selectielijst.hits == []


def test_nothing_derived_when_a_patch_leaves_the_references_alone(selectielijst):
    assert derived_from_selectielijst({"toelichting": "x"}) == {}
    assert selectielijst.hits == []


def test_derivation_while_the_api_is_down(selectielijst):
    selectielijst.down = True

    with pytest.raises(serializers.ValidationError) as excinfo:
        derived_from_selectielijst(
            {"resultaattypeomschrijving": selectielijst.url("resultaattypeomschrijvingen", OMSCHRIJVING_VERLEEND)}
        )

    assert _params(excinfo.value) == [("resultaattypeomschrijving", REMOTE_UNAVAILABLE)]


# --- wired into a serializer, as the module docstring shows ------------------------------


class BrondatumArchiefprocedureSerializer(serializers.Serializer):
    afleidingswijze = serializers.ChoiceField(
        choices=Afleidingswijze.choices, source="brondatum_archiefprocedure_afleidingswijze"
    )


class ResultaatTypeSerializer(serializers.Serializer):
    zaaktype = serializers.DictField()  # stands in for a ReferenceField to a ZaakType
    resultaattypeomschrijving = URLField(validators=[ResultaattypeomschrijvingValidator()])
    selectielijstklasse = URLField(validators=[SelectielijstklasseValidator()])
    brondatumArchiefprocedure = BrondatumArchiefprocedureSerializer(source="*", required=False)

    class Meta:
        validators = [SelectielijstklasseProcestypeValidator(), AfleidingswijzeProcestermijnValidator()]

    def create(self, validated_data):
        return {**validated_data, **derived_from_selectielijst(validated_data)}


def _resultaattype(selectielijst, procestype, klasse, afleidingswijze, omschrijving=OMSCHRIJVING_VERLEEND):
    return ResultaatTypeSerializer(
        data={
            "zaaktype": _zaaktype(selectielijst, procestype),
            "resultaattypeomschrijving": selectielijst.url("resultaattypeomschrijvingen", omschrijving),
            "selectielijstklasse": selectielijst.url("resultaten", klasse),
            "brondatumArchiefprocedure": {"afleidingswijze": afleidingswijze},
        }
    )


def test_serializer_accepts_and_derives(selectielijst):
    serializer = _resultaattype(selectielijst, PROCESTYPE_TOESTEMMING, RESULTAAT_INGESCHAT, "termijn")

    assert serializer.is_valid(), serializer.errors
    saved = serializer.save()

    assert saved["omschrijving_generiek"] == "Verleend"
    assert (saved["archiefnominatie"], saved["archiefactietermijn"]) == ("vernietigen", "P10Y")
    # each remote resource was fetched once; validation and derivation share the cache
    assert sorted(selectielijst.hits) == sorted(
        [f"/api/v1/resultaten/{RESULTAAT_INGESCHAT}", f"/api/v1/resultaattypeomschrijvingen/{OMSCHRIJVING_VERLEEND}"]
    )


@pytest.mark.parametrize(
    ("procestype", "klasse", "afleidingswijze", "omschrijving", "expected"),
    [
        (PROCESTYPE_PLANNEN, RESULTAAT_INGESCHAT, "termijn", OMSCHRIJVING_VERLEEND,
         [("nonFieldErrors", "procestype-mismatch")]),
        (PROCESTYPE_TOESTEMMING, RESULTAAT_INGESCHAT, "afgehandeld", OMSCHRIJVING_VERLEEND,
         [("nonFieldErrors", "invalid-afleidingswijze-for-procestermijn")]),
        (PROCESTYPE_PRODUCTEN, MISSING, "afgehandeld", MISSING,
         [("resultaattypeomschrijving", BAD_URL), ("selectielijstklasse", BAD_URL)]),
    ],
)  # fmt: skip
def test_serializer_names_the_field(selectielijst, procestype, klasse, afleidingswijze, omschrijving, expected):
    serializer = _resultaattype(selectielijst, procestype, klasse, afleidingswijze, omschrijving)

    assert not serializer.is_valid()
    assert [(p["name"], p["code"]) for p in invalid_params(serializer.errors)] == expected
