"""What each GET of the Zaken API can expand: the names of the 1.7.0 contract's
`…Embedded` schemas, each with the ORM path from the model to the linked objects (see
`openzaak.zgw.expand`). A name is declared once the resource it links to is served:
`status`, `resultaat`, `rollen`, `zaakobjecten` and `zaakinformatieobjecten` join with
their viewsets."""

ZAAK = {
    "zaaktype": "zaaktype",
    "hoofdzaak": "hoofdzaak",
    "deelzaken": "deelzaken",
    "relevanteAndereZaken": "relevante_andere_zaken__relevante_zaak",
    "eigenschappen": "zaakeigenschappen",
}
ZAAKEIGENSCHAP = {"zaak": "zaak", "eigenschap": "eigenschap"}
