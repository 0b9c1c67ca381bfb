"""The streaming JSON parser of documents: the top-level `inhoud` decoded piece by piece
whatever the pieces, escapes and whitespace; the rest parsed as any JSON body."""

import base64
import io
import json

import pytest
from rest_framework.exceptions import ParseError, ValidationError

from openzaak.zgw.parsers import RequestTooLarge

from ..api.parsers import DocumentJSONParser

CONTENT = bytes(range(256)) * 40


class Trickle(io.RawIOBase):
    """A body that arrives `size` bytes at a time."""

    def __init__(self, data: bytes, size: int):
        self.data, self.size = data, size

    def read(self, n=-1):
        piece, self.data = self.data[: min(self.size, n if n > 0 else self.size)], self.data[self.size :]
        return piece


def parse(body: bytes, size: int = 7):
    data = DocumentJSONParser().parse(Trickle(body, size))
    inhoud = data.get("inhoud")
    if hasattr(inhoud, "read"):
        data["inhoud"] = inhoud.read()
    return data


@pytest.mark.parametrize("size", [1, 2, 3, 5, 64, 100_000])
def test_content_is_decoded_whatever_the_pieces(size):
    encoded = base64.b64encode(CONTENT).decode()
    body = json.dumps({"titel": 'a"b', "nested": {"inhoud": "blijft"}, "inhoud": encoded, "taal": "nld"})
    data = parse(body.encode(), size)
    assert data == {"titel": 'a"b', "nested": {"inhoud": "blijft"}, "inhoud": CONTENT, "taal": "nld"}


def test_escapes_and_line_breaks_in_base64():
    encoded = base64.encodebytes(CONTENT).decode()  # MIME: a line break every 76 characters
    body = json.dumps({"inhoud": encoded}).replace("/", "\\/").replace("A", "\\u0041")
    assert parse(body.encode(), 3)["inhoud"] == CONTENT


def test_empty_and_null_content():
    assert parse(b'{"inhoud": "", "titel": "x"}') == {"inhoud": None, "titel": "x"}
    assert parse(b'{"inhoud": null}') == {"inhoud": None}
    assert parse(b'{"titel": "zonder"}') == {"titel": "zonder"}


@pytest.mark.parametrize(
    ("inhoud", "code"),
    [
        ('"abc!"', "invalid-base64"),
        ('"YWJ"', "incorrect-base64-padding"),
        ('"YQ==YQ=="', "invalid-base64"),
        ('"YW\\"Jj"', "invalid-base64"),
    ],
)
def test_bad_base64(inhoud, code):
    with pytest.raises(ValidationError) as error:
        parse(f'{{"inhoud": {inhoud}}}'.encode())
    assert error.value.detail["inhoud"][0].code == code


def test_the_metadata_stays_bounded_and_checked(settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    big_content = base64.b64encode(CONTENT * 10).decode()
    assert parse(json.dumps({"inhoud": big_content}).encode(), 4096)["inhoud"] == CONTENT * 10
    with pytest.raises(RequestTooLarge):
        parse(json.dumps({"titel": "x" * 200}).encode())
    with pytest.raises(ValidationError):
        parse(b'{"titel": "\\u0000"}')
    with pytest.raises(ParseError):
        parse(b'{"inhoud": "YWJj')
    with pytest.raises(ParseError):
        parse(b'{"titel": ')
