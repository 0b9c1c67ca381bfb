from openzaak.zgw.components import Component

AUTORISATIES = Component(
    code="ac",
    slug="autorisaties",
    version="1.1.0",
    title="Autorisaties API",
    description=(
        "Een API om een Autorisaties API (AC) te benaderen.\n\n"
        "De `AUTORISATIE` is het kernobject in deze API. Autorisaties worden toegekend aan applicaties. "
        "Een applicatie is een representatie van een (web) app die communiceert met de API van (andere) "
        "componenten, zoals het ZRC, DRC, ZTC en BRC.\n\n"
        "Deze API publiceert notificaties op het kanaal `autorisaties`.\n\n"
        "**Autorisatie**\n\nDeze API vereist autorisatie: `Authorization: Bearer <JWT>`, een HS256-JWT "
        "ondertekend met het secret van de client, met de claims `client_id`, `iat`, `user_id` en "
        "`user_representation`."
    ),
)
