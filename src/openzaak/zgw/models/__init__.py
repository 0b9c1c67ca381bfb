from .audit import AuditTrail
from .counts import SleutelAantal
from .credentials import ClientCredential
from .identificatie import IdentificatieCounter, IdentificatieReservering
from .outbox import Notification

__all__ = [
    "AuditTrail",
    "ClientCredential",
    "IdentificatieCounter",
    "IdentificatieReservering",
    "Notification",
    "SleutelAantal",
]
