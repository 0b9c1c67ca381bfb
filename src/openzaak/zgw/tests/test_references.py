"""URL references: built from the per-request base, resolved back to local objects with
a clear code for each way an incoming URL can be wrong."""

import pytest
from rest_framework import serializers
from rest_framework.test import APIRequestFactory

from openzaak.components.autorisaties.models import Applicatie, Autorisatie
from openzaak.zgw.references import ReferenceField, build_url, resolve_url, url_builder

pytestmark = pytest.mark.django_db


@pytest.fixture
def applicatie():
    return Applicatie.objects.create(label="A", heeft_alle_autorisaties=True)


def code_of(url, model=Applicatie):
    with pytest.raises(serializers.ValidationError) as info:
        resolve_url(url, model)
    [detail] = info.value.detail
    return detail.code


def test_build_url_from_the_request(applicatie, settings):
    settings.ALLOWED_HOSTS = ["zaken.example.nl"]  # without PUBLIC_BASE_URL only a checked Host counts
    request = APIRequestFactory().get("/", HTTP_HOST="zaken.example.nl")
    expected = f"http://zaken.example.nl/autorisaties/api/v1/applicaties/{applicatie.uuid}"
    assert build_url(request, applicatie) == expected
    assert url_builder(request, Applicatie)(applicatie) == expected


def test_public_base_url_wins_behind_a_proxy(applicatie, settings):
    settings.PUBLIC_BASE_URL = "https://gemeente.nl/openzaak"
    request = APIRequestFactory().get("/", HTTP_HOST="internal:8000")
    assert (
        build_url(request, applicatie)
        == f"https://gemeente.nl/openzaak/autorisaties/api/v1/applicaties/{applicatie.uuid}"
    )
    assert resolve_url(build_url(request, applicatie), Applicatie) == applicatie


def test_resolve_any_host_of_this_installation(applicatie):
    assert (
        resolve_url(f"http://openzaak:8000/autorisaties/api/v1/applicaties/{applicatie.uuid}", Applicatie) == applicatie
    )


@pytest.mark.parametrize("url", ["not a url", "ftp://x/y", "http://", "http://x/autorisaties/api/v1/nothing/1"])
def test_bad_url(url):
    assert code_of(url) == "bad-url"


def test_invalid_resource(applicatie):
    assert code_of(f"http://x/autorisaties/api/v1/applicaties/{applicatie.uuid}", Autorisatie) == "invalid-resource"
    assert code_of("http://x/autorisaties/api/v1/applicaties", Applicatie) == "invalid-resource"


def test_does_not_exist():
    assert code_of("http://x/autorisaties/api/v1/applicaties/7c6b1f0e-0000-4000-8000-000000000000") == "does_not_exist"


def test_reference_field_round_trip(applicatie):
    request = APIRequestFactory().get("/")
    field = ReferenceField(model=Applicatie)
    field.bind("applicatie", serializers.Serializer(context={"request": request}))
    url = field.to_representation(applicatie)
    assert field.to_internal_value(url) == applicatie
    with pytest.raises(serializers.ValidationError):
        field.to_internal_value(42)
