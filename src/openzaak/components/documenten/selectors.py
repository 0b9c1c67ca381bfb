"""Reads of the Documenten register that are more than a queryset: a document as it was
(`?versie=`, `?registratieOp=`), the URL of its download, and the zaak or besluit an
objectinformatieobject points at (by URL, in and out)."""

from __future__ import annotations

import copy
import re

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import serializers

from openzaak.zgw import prefetch
from openzaak.zgw.references import base_url, build_url, local_path, resolve_url, template_for

from .models import EnkelvoudigInformatieObject
from .models.informatieobject import versioned_fields

# Where the Zaken and Besluiten APIs serve a zaak and a besluit. Used while their API is
# not mounted in this installation (then their router has not registered the model).
FALLBACK_TEMPLATES = {"zaak": "zaken/api/v1/zaken/{uuid}", "besluit": "besluiten/api/v1/besluiten/{uuid}"}


def download_url(request, document: EnkelvoudigInformatieObject) -> str:
    """The `download` of the versie `document` shows."""
    return f"{build_url(request, document)}/download?versie={document.versie}"


def document_as_of(document: EnkelvoudigInformatieObject, *, versie=None, registratie_op=None):
    """The document as it was at that versie / registration moment (a copy of the
    document row with the versie's fields; not for saving), or None."""
    if versie is None and registratie_op is None:
        return document
    row = document.versie_op(versie=versie, registratie_op=registratie_op)
    if row is None:
        return None
    shown = copy.copy(document)
    shown._state = copy.copy(document._state)
    shown._state.fields_cache = {}
    prefetch.forget(shown)  # what the page query loaded is the current versie's (its type's uuid)
    for name in versioned_fields():
        setattr(shown, name, getattr(row, name))
    shown.versie, shown.begin_registratie = row.versie, row.begin_registratie
    shown.shows_versie = True
    return shown


def _template(model, kind: str) -> str:
    try:
        return template_for(model)
    except LookupError:
        return FALLBACK_TEMPLATES[kind]


def oio_object_url(request, oio) -> str:
    """The URL of the zaak or besluit (of this installation) an objectinformatieobject
    relates to: from the uuid the page query loaded with it (`prefetch.fk_uuids`), else
    from the object itself."""
    kind = "zaak" if oio.zaak_id else "besluit"
    uuid = oio.__dict__.get(prefetch.FK_UUID.format(kind))
    if uuid is None:
        uuid = getattr(oio, kind).uuid
    template = _template(type(oio)._meta.get_field(kind).related_model, kind)
    return f"{base_url(request)}/{template.replace('{uuid}', str(uuid))}"


def resolve_object(url: str, kind: str, *, only: tuple[str, ...] = ()):
    """The zaak or besluit of this installation at `url` (`bad-url`, `invalid-resource`
    or `does_not_exist` otherwise), with only the columns `only` if given (a filter
    needs its key, not a zaak's geometry)."""
    from openzaak.components.besluiten.models import Besluit
    from openzaak.components.zaken.models import Zaak

    model = {"zaak": Zaak, "besluit": Besluit}[kind]
    queryset = model._default_manager.only(*only) if only else model._default_manager.all()
    try:
        template_for(model)
    except LookupError:
        return _resolve_by_template(url, model, FALLBACK_TEMPLATES[kind], queryset)
    return resolve_url(url, model, queryset)


def _resolve_by_template(url: str, model, template: str, queryset):
    path = local_path(url)
    pattern = "^/" + re.escape(template).replace(re.escape("{uuid}"), "(?P<uuid>[0-9a-fA-F-]{36})") + "$"
    match = re.match(pattern, path)
    if match is None:
        if path.startswith(("/zaken/api/v1/", "/besluiten/api/v1/", "/documenten/api/v1/", "/catalogi/api/v1/")):
            raise serializers.ValidationError(
                f"De URL verwijst niet naar een {model._meta.verbose_name}.", code="invalid-resource"
            )
        raise serializers.ValidationError("De URL verwijst niet naar een resource van deze API.", code="bad-url")
    try:
        return queryset.get(uuid=match["uuid"])
    except (model.DoesNotExist, DjangoValidationError, ValueError):
        raise serializers.ValidationError(
            f"Er bestaat geen {model._meta.verbose_name} met deze URL.", code="does_not_exist"
        ) from None
