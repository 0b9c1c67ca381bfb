from .audit import AuditTrail
from .credentials import ClientCredential
from .outbox import Notification

__all__ = ["AuditTrail", "ClientCredential", "Notification"]
