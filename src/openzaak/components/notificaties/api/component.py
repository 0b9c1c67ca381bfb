from openzaak.zgw.components import Component

NOTIFICATIES = Component(
    code="nrc",
    slug="notificaties",
    version="1.0.1",
    title="Notificaties API",
    description="Een API om een notificatierouteringscomponent te benaderen.",
)
