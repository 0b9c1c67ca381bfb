from django.core.management.base import BaseCommand, CommandError

from openzaak.zgw.api_urls import committed_schemas, generate_schema


def component_schemas():
    """(component, path of its committed openapi.yaml, freshly generated YAML) per component."""
    for component, router, target in committed_schemas():
        yield component, target, generate_schema(component, router)


class Command(BaseCommand):
    help = "Write each component's OpenAPI schema to src/openzaak/components/<x>/openapi.yaml (or --check it)."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="fail when a committed schema is stale")

    def handle(self, *, check, **options):
        stale = []
        for component, target, schema in component_schemas():
            if check:
                if not target.exists() or target.read_text() != schema:
                    stale.append(str(target))
            else:
                target.write_text(schema)
                self.stdout.write(f"{component.slug}: {target}")
        if stale:
            raise CommandError(f"Stale schema(s), run bin/generate-schema: {', '.join(stale)}")
