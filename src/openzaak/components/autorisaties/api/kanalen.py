from openzaak.zgw.notifications import Kanaal

from ..models import Applicatie

KANAAL_AUTORISATIES = Kanaal(
    "autorisaties",
    main_resource=Applicatie,
    kenmerken=(),
    description="Wijzigingen in applicaties en hun autorisaties.",
)
