"""The Besluiten API's resources (Besluiten API 1.1.0)."""

from .besluit import Besluit
from .besluitinformatieobject import BesluitInformatieObject

__all__ = ["Besluit", "BesluitInformatieObject"]
