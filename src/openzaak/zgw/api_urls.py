"""The URL patterns of one component: its router's resources plus its schema
(`schema/openapi.yaml`, `schema/openapi.json`) and a browsable docs page (`schema`),
all served from local assets."""

from importlib import import_module
from pathlib import Path
from types import SimpleNamespace

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView


def schema_settings(component) -> dict:
    return {
        "TITLE": component.title,
        "DESCRIPTION": component.description,
        "VERSION": component.version,
        "SERVERS": [{"url": f"/{component.api_root}"}],
        "SCHEMA_PATH_PREFIX": "",
    }


def api_urlconf(router, extra_patterns=()):
    """The component's API patterns as a urlconf the schema generator can read."""
    return SimpleNamespace(urlpatterns=[*extra_patterns, path("", include(router.urls))])


def component_urlpatterns(component, router, extra_patterns=()) -> list:
    urlconf = api_urlconf(router, extra_patterns)
    schema_view = SpectacularAPIView.as_view(urlconf=urlconf, custom_settings=schema_settings(component))
    return [
        path("schema/openapi.yaml", schema_view, {"format": "yaml"}, name=f"{component.slug}-schema"),
        path("schema/openapi.json", schema_view, {"format": "json"}, name=f"{component.slug}-schema-json"),
        path(
            "schema",
            SpectacularRedocView.as_view(url_name=f"{component.slug}-schema"),
            name=f"{component.slug}-schema-docs",
        ),
        *urlconf.urlpatterns,
    ]


def generate_schema(component, router, extra_patterns=()) -> str:
    """The component's OpenAPI document as YAML (what `bin/generate-schema` writes)."""
    from drf_spectacular.generators import SchemaGenerator
    from drf_spectacular.renderers import OpenApiYamlRenderer
    from drf_spectacular.settings import patched_settings

    with patched_settings(schema_settings(component)):
        generator = SchemaGenerator(urlconf=api_urlconf(router, extra_patterns), api_version=component.version)
        schema = generator.get_schema(request=None, public=True)
        return OpenApiYamlRenderer().render(schema, renderer_context={}).decode()


def committed_schemas():
    """(component, router, path of its committed openapi.yaml) per mounted component: the
    schema of `openzaak.components.<x>.api.urls` lives at `components/<x>/openapi.yaml`."""
    from django.conf import settings

    for module_name in settings.ZGW_COMPONENT_URLCONFS:
        module = import_module(module_name)
        target = Path(import_module(module_name.rsplit(".", 2)[0]).__file__).parent / "openapi.yaml"
        yield module.component, module.router, target
