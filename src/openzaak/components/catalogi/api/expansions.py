"""What each GET of the Catalogi API can expand: the names of the 1.3.3 contract's
`…Embedded` schemas, each with the ORM path to the linked types (see `openzaak.zgw.expand`).

Zaaktypen, besluittypen and informatieobjecttypen relate to each other by key (the
historiemodel): a response shows each related type in its version valid on the
peildatum (`serializers.versions`), so that version is what `_expand` embeds too.
"""

from openzaak.zgw.expand import Expand

from .serializers.versions import VersionResolver


def _valid_version(request, obj) -> str:
    return VersionResolver.for_request(request).url(obj)


def versioned(source: str) -> Expand:
    """A relation by key: expands to the version the resource shows."""
    return Expand(source, shown=_valid_version)


CATALOGUS = {"zaaktypen": "zaaktypen", "besluittypen": "besluittypen", "informatieobjecttypen": "informatieobjecttypen"}
ZAAKTYPE = {
    "zaakobjecttypen": "zaakobjecttypen",
    "catalogus": "catalogus",
    "statustypen": "statustypen",
    "resultaattypen": "resultaattypen",
    "eigenschappen": "eigenschappen",
    "informatieobjecttypen": versioned("zaaktypeinformatieobjecttypen__informatieobjecttype"),
    "roltypen": "roltypen",
    "besluittypen": versioned("besluittypen"),
    "deelzaaktypen": versioned("deelzaaktypen"),
    "gerelateerdeZaaktypen": versioned("zaaktypenrelaties__gerelateerd_zaaktype"),
}
BESLUITTYPE = {
    "catalogus": "catalogus",
    "zaaktypen": versioned("zaaktypen"),
    "informatieobjecttypen": versioned("informatieobjecttypen"),
    "resultaattypen": "resultaattypen",
}
INFORMATIEOBJECTTYPE = {
    "catalogus": "catalogus",
    "zaaktypen": versioned("zaaktypeinformatieobjecttypen__zaaktype"),
    "besluittypen": versioned("besluittypen"),
}
STATUSTYPE = {"catalogus": "zaaktype__catalogus", "zaaktype": "zaaktype", "eigenschappen": "eigenschappen"}
ROLTYPE = {"catalogus": "zaaktype__catalogus", "zaaktype": "zaaktype"}
EIGENSCHAP = {"catalogus": "zaaktype__catalogus", "zaaktype": "zaaktype", "statustype": "statustype"}
RESULTAATTYPE = {
    "catalogus": "zaaktype__catalogus",
    "zaaktype": "zaaktype",
    "besluittypen": versioned("besluittypen"),
    "informatieobjecttypen": versioned("informatieobjecttypen"),
}
ZAAKOBJECTTYPE = {
    "zaaktype": "zaaktype",
    "resultaattypen": "resultaattypen",
    "statustypen": "statustypen",
    "catalogus": "zaaktype__catalogus",
}
ZAAKTYPEINFORMATIEOBJECTTYPE = {
    "zaaktype": "zaaktype",
    "catalogus": "zaaktype__catalogus",
    "informatieobjecttype": versioned("informatieobjecttype"),
    "statustype": "statustype",
}
