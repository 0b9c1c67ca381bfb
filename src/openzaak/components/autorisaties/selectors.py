"""Reads of Applicaties that other parts of OpenZaak need."""

from django.db.models import Prefetch

from openzaak.zgw.auth.client import Client, Grant
from openzaak.zgw.prefetch import json_arrays

from .models import Applicatie, Autorisatie

TYPE_FIELDS = ("zaaktype", "informatieobjecttype", "besluittype")


def autorisaties_with_types() -> Prefetch:
    """An Applicatie's autorisaties with the uuid of each one's type, in one query."""
    queryset = (
        Autorisatie.objects.select_related(*TYPE_FIELDS)
        .only(
            "applicatie",
            "component",
            "scopes",
            "max_vertrouwelijkheidaanduiding",
            *(f"{field}__uuid" for field in TYPE_FIELDS),
        )
        .order_by("pk")
    )
    return Prefetch("autorisaties", queryset=queryset)


def autorisaties_as_rows() -> dict:
    """For the API's queryset: an Applicatie's autorisaties as rows on the page query
    (`zgw.prefetch.json_arrays`), each type by its uuid, as `AutorisatieSerializer` shows them."""
    fields = {name: name for name in ("component", "scopes", "max_vertrouwelijkheidaanduiding")}
    return json_arrays(Applicatie, "autorisaties", {**fields, **{field: f"{field}__uuid" for field in TYPE_FIELDS}})


def applicatie_for_client_id(client_id: str):
    return (
        Applicatie.objects.filter(client_ids__contains=[client_id]).prefetch_related(autorisaties_with_types()).first()
    )


def load_client(client_id: str) -> Client | None:
    """The client's autorisaties in the shape the authorisation layer caches."""
    applicatie = applicatie_for_client_id(client_id)
    if applicatie is None:
        return None
    return Client(
        client_id=client_id,
        applicatie_uuid=str(applicatie.uuid),
        label=applicatie.label,
        heeft_alle_autorisaties=applicatie.heeft_alle_autorisaties,
        alleen_is_gereed_voor_publicatie=applicatie.alleen_is_gereed_voor_publicatie,
        grants=tuple(
            Grant(
                component=autorisatie.component,
                scopes=frozenset(autorisatie.scopes),
                type_id=autorisatie.type_id,
                max_vertrouwelijkheidaanduiding=autorisatie.max_vertrouwelijkheidaanduiding or None,
            )
            for autorisatie in applicatie.autorisaties.all()
        ),
    )
