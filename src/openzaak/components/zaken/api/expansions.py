"""What each GET of the Zaken API can expand: the names of the 1.7.0 contract's
`…Embedded` schemas, each with the ORM path from the model to the linked objects (see
`openzaak.zgw.expand`).

Only resources of this installation expand (zrc-025): a rol's `betrokkene`, a
zaakobject's `object` and a zaak's `communicatiekanaal`, `productenOfDiensten` and
`selectielijstklasse` live elsewhere and are `invalid-expand-field`."""

from openzaak.zgw.expand import Expand

ZAAK = {
    "zaaktype": "zaaktype",
    "hoofdzaak": "hoofdzaak",
    "deelzaken": "deelzaken",
    "relevanteAndereZaken": "relevante_andere_zaken__relevante_zaak",
    "eigenschappen": "zaakeigenschappen",
    "status": Expand("statussen", only={"indicatie_laatst_gezette_status": True}),
    "resultaat": "resultaat",
    "rollen": "rollen",
    "zaakobjecten": "zaakobjecten",
    "zaakinformatieobjecten": "zaakinformatieobjecten",
}
ZAAKEIGENSCHAP = {"zaak": "zaak", "eigenschap": "eigenschap"}
STATUS = {
    "zaak": "zaak",
    "statustype": "statustype",
    "gezetdoor": "gezetdoor",
    "zaakinformatieobjecten": "zaakinformatieobjecten",
}
RESULTAAT = {"zaak": "zaak", "resultaattype": "resultaattype"}
ROL = {"zaak": "zaak", "roltype": "roltype", "statussen": "statussen"}
ZAAKOBJECT = {"zaak": "zaak", "zaakobjecttype": "zaakobjecttype"}
ZAAKINFORMATIEOBJECT = {"informatieobject": "informatieobject", "zaak": "zaak", "status": "status"}
