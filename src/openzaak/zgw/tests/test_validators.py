import pytest
from django.core.exceptions import ValidationError

from ..validators import elfproef, validate_bsn, validate_rsin


@pytest.mark.parametrize("value", ["517439943", "002564440", "999990019", "111222333"])
def test_valid(value):
    assert elfproef(value)
    validate_rsin(value)
    validate_bsn(value)


@pytest.mark.parametrize(
    "value", ["123456789", "000000000", "12345678", "1234567890", "12345678a", "", None, 517439943]
)
def test_invalid(value):
    assert not elfproef(value)
    with pytest.raises(ValidationError) as error:
        validate_bsn(value)
    assert error.value.code == "invalid"
