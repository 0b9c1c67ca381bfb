"""ISO 8601 durations (doorlooptijd, servicenorm, verlengingstermijn, archiefactietermijn,
procestermijn, reactietermijn, publicatietermijn) as the standard exchanges them.

They are stored as the text the client sent (`P1Y6M`, `P30D`): years and months are not a
fixed number of days, so a `timedelta` would change what the catalogue manager wrote.
`parse()` gives the value to compute with (a `relativedelta`)."""

from __future__ import annotations

import isodate
from dateutil.relativedelta import relativedelta
from django.core.exceptions import ValidationError
from django.db import models


def parse(value: str) -> relativedelta:
    """The duration as a relativedelta; raises ValueError for anything not ISO 8601."""
    if not isinstance(value, str) or not value.startswith("P"):
        raise ValueError(f"{value!r} is geen ISO 8601-duur")
    try:
        duration = isodate.parse_duration(value)
    except (isodate.ISO8601Error, ValueError) as exc:
        raise ValueError(f"{value!r} is geen ISO 8601-duur") from exc
    if isinstance(duration, isodate.Duration):
        years, months = int(duration.years), int(duration.months)
        return relativedelta(years=years, months=months, days=duration.tdelta.days, seconds=duration.tdelta.seconds)
    return relativedelta(days=duration.days, seconds=duration.seconds)


def validate_duration(value: str) -> None:
    try:
        parse(value)
    except ValueError:
        raise ValidationError(
            "Geef een duur in ISO 8601-formaat, bijvoorbeeld P30D of P1Y6M.", code="invalid"
        ) from None


class DurationField(models.CharField):
    """An ISO 8601 duration kept as written (see the module docstring)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 50)
        super().__init__(*args, **kwargs)
        self.validators.append(validate_duration)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 50:
            del kwargs["max_length"]
        return name, path, args, kwargs
