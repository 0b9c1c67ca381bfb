"""Validators for the identifiers the standard uses: an RSIN (of an organisation) and a
BSN (of a natural person) are both 9 digits that pass the elfproef. One place for it:
Catalogi (`Catalogus.rsin`), Zaken (bronorganisatie, a rol's inpBsn), Documenten and
Besluiten all validate with these."""

from django.core.exceptions import ValidationError

# weights of the elfproef for a 9-digit BSN/RSIN: 9 … 2 for the first eight, -1 for the last
_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)


def elfproef(value: str) -> bool:
    """Whether `value` is 9 digits whose weighted sum is a multiple of 11 (and not 0)."""
    if not (isinstance(value, str) and len(value) == 9 and value.isdigit()):
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value, _WEIGHTS, strict=True))
    return total % 11 == 0 and value != "000000000"


def _validate(value: str, label: str) -> None:
    if not (isinstance(value, str) and len(value) == 9 and value.isdigit()):
        raise ValidationError(f"Een {label} bestaat uit 9 cijfers.", code="invalid")
    if not elfproef(value):
        raise ValidationError(f"Dit {label} voldoet niet aan de elfproef.", code="invalid")


def validate_rsin(value: str) -> None:
    """An RSIN: 9 digits that pass the elfproef."""
    _validate(value, "RSIN")


def validate_bsn(value: str) -> None:
    """A BSN: 9 digits that pass the elfproef."""
    _validate(value, "BSN")
