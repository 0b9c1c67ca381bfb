"""The Besluiten API's own vocabulary (Besluiten API 1.1.0), spelled exactly as the
contract spells it."""

from django.db import models

# The prefix of generated besluit identificaties: BESLUIT-2026-0000000001.
IDENTIFICATIE_PREFIX = "BESLUIT"


class VervalRedenen(models.TextChoices):
    """`vervalreden`; the label is `vervalredenWeergave`."""

    tijdelijk = "tijdelijk", "Besluit met tijdelijke werking"
    ingetrokken_overheid = "ingetrokken_overheid", "Besluit ingetrokken door overheid"
    ingetrokken_belanghebbende = "ingetrokken_belanghebbende", "Besluit ingetrokken o.v.v. belanghebbende"
