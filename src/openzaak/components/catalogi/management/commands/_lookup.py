"""Finding a catalogus or zaaktype from what an operator types: its uuid or its URL."""

from django.core.exceptions import ValidationError
from django.core.management.base import CommandError

from openzaak.zgw.references import uuid_from_url


def by_uuid_or_url(model, value: str):
    key = uuid_from_url(value) or value.strip()
    try:
        return model.objects.get(uuid=key)
    except (model.DoesNotExist, ValidationError, ValueError):
        raise CommandError(f"Geen {model._meta.verbose_name} met uuid of URL {value!r}.") from None
