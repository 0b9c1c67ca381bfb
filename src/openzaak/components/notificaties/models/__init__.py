from .abonnementen import Abonnement, FilterGroup
from .deliveries import Delivery, DeliveryAttempt
from .kanalen import Kanaal

__all__ = ["Abonnement", "Delivery", "DeliveryAttempt", "FilterGroup", "Kanaal"]
