"""The Catalogi admin for catalogue managers, one module per type; importing the
package registers them all."""

from . import (  # noqa: F401  (registration happens on import)
    besluittype,
    catalogus,
    eigenschap,
    informatieobjecttype,
    resultaattype,
    roltype,
    statustype,
    zaakobjecttype,
    zaaktype,
    zaaktypeinformatieobjecttype,
)
