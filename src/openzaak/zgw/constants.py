"""Vocabulary the components share, spelled as the ZGW standard spells it."""

from django.db import models


class VertrouwelijkheidAanduiding(models.TextChoices):
    """Ordered from least to most confidential; the order is what authorisation uses."""

    openbaar = "openbaar", "Openbaar"
    beperkt_openbaar = "beperkt_openbaar", "Beperkt openbaar"
    intern = "intern", "Intern"
    zaakvertrouwelijk = "zaakvertrouwelijk", "Zaakvertrouwelijk"
    vertrouwelijk = "vertrouwelijk", "Vertrouwelijk"
    confidentieel = "confidentieel", "Confidentieel"
    geheim = "geheim", "Geheim"
    zeer_geheim = "zeer_geheim", "Zeer geheim"

    @classmethod
    def up_to(cls, maximum: str) -> list[str]:
        """Every level at most as confidential as `maximum` (inclusive)."""
        values = cls.values
        return values[: values.index(maximum) + 1]

    @classmethod
    def at_most(cls, level: str, maximum: str) -> bool:
        """Whether `level` is at most as confidential as `maximum`."""
        values = cls.values
        return level in values and values.index(level) <= values.index(maximum)


class ComponentTypes(models.TextChoices):
    """The ZGW components, as the Autorisaties API names them."""

    ac = "ac", "Autorisaties API"
    nrc = "nrc", "Notificaties API"
    zrc = "zrc", "Zaken API"
    ztc = "ztc", "Catalogi API"
    drc = "drc", "Documenten API"
    brc = "brc", "Besluiten API"
