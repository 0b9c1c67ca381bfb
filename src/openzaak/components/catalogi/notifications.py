"""Notifications for changes to zaaktypen, informatieobjecttypen and besluittypen made
outside the API's viewsets (the admin, an import): the same message the API sends,
on the kanaal whose main resource is the type, through the outbox (ARCHITECTURE
rule 3), so it commits or rolls back with the change."""

from openzaak.zgw.notifications import publish
from openzaak.zgw.references import build_url

from .api.kanalen import KANAAL_BESLUITTYPEN, KANAAL_INFORMATIEOBJECTTYPEN, KANAAL_ZAAKTYPEN

KANAAL_BY_MODEL = {
    kanaal.main_resource: kanaal for kanaal in (KANAAL_ZAAKTYPEN, KANAAL_INFORMATIEOBJECTTYPEN, KANAAL_BESLUITTYPEN)
}


def notify_type_change(request, obj, actie: str) -> None:
    publish(
        kanaal=KANAAL_BY_MODEL[type(obj)],
        actie=actie,
        resource=obj._meta.model_name,
        resource_url=build_url(request, obj),
        main_object=obj,
        request=request,
    )
