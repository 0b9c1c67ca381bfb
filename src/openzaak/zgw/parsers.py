"""The JSON parser of every ZGW endpoint: DRF's, made safe for any input, so that what
reaches a serializer (and the database behind it) can be stored.

    REST_FRAMEWORK = {"DEFAULT_PARSER_CLASSES": ["openzaak.zgw.parsers.JSONParser"]}

* At most `DATA_UPLOAD_MAX_MEMORY_SIZE` bytes are read; a larger body is 413 (the
  middleware refuses an announced one before it is read at all).
* JSON nested deeper than `JSON_MAX_DEPTH` is a 400 `parse_error`, as is JSON that does
  not parse (also `NaN`/`Infinity`, which JSON does not have).
* No string anywhere in the document, key or value, may hold a NUL character or a lone
  UTF-16 surrogate (`"\\u0000"`, `"\\ud800"`): PostgreSQL cannot store either, and each
  used to surface as a 500 wherever such a value met a query. They are refused here,
  once, with a 400 naming the field (`kanalen.0.naam`) and DRF's codes
  `null_characters_not_allowed` / `surrogate_characters_not_allowed`.
"""

from __future__ import annotations

import json
import re

from django.conf import settings
from rest_framework import exceptions, parsers, status
from rest_framework.exceptions import ErrorDetail

_BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")


class RequestTooLarge(exceptions.APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "request_too_large"

    def __init__(self, limit: int):
        super().__init__(f"De body van het verzoek is groter dan {limit} bytes.")


def bad_character_error(value: str) -> ErrorDetail | None:
    """The error for a string PostgreSQL cannot store, or None when it can."""
    match = _BAD_CHARACTER.search(value)
    if match is None:
        return None
    if match.group() == "\x00":
        return ErrorDetail("Null-tekens zijn niet toegestaan.", code="null_characters_not_allowed")
    return ErrorDetail("Losse surrogaat-tekens zijn niet toegestaan.", code="surrogate_characters_not_allowed")


def safe_name(value: str) -> str:
    """A key as it can be shown back (its unstorable characters replaced)."""
    return _BAD_CHARACTER.sub("\ufffd", value)


def check_document(data, *, max_depth: int) -> None:
    """Raise a 400 for JSON nested deeper than `max_depth` or holding a string that
    cannot be stored (see the module docstring). Iterative: no depth can overflow it."""
    stack = [(data, "", 1)]
    while stack:
        value, path, depth = stack.pop()
        if isinstance(value, str):
            error = bad_character_error(value)
            if error is not None:
                raise exceptions.ValidationError({path or "nonFieldErrors": [error]})
            continue
        if not isinstance(value, dict | list):
            continue
        if depth > max_depth:
            raise exceptions.ParseError(f"De JSON is dieper genest dan {max_depth} niveaus.")
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            name = f"{path}.{safe_name(str(key))}" if path else safe_name(str(key))
            if isinstance(key, str):
                error = bad_character_error(key)
                if error is not None:
                    raise exceptions.ValidationError({name: [error]})
            stack.append((item, name, depth + 1))


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        parser_context = parser_context or {}
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        raw = stream.read(limit + 1)
        if len(raw) > limit:
            raise RequestTooLarge(limit)
        return loads(raw, parser_context.get("encoding", settings.DEFAULT_CHARSET))


def loads(raw: bytes, encoding: str):
    """A JSON body read whole, parsed and checked (see the module docstring); a parser
    that reads its body another way (the Documenten API's streaming one) ends here too."""
    try:
        data = json.loads(raw.decode(encoding), parse_constant=_refuse_constant)
    except RecursionError:
        raise exceptions.ParseError(f"De JSON is dieper genest dan {settings.JSON_MAX_DEPTH} niveaus.") from None
    except ValueError as exc:  # also UnicodeDecodeError
        raise exceptions.ParseError(f"JSON parse error - {exc}") from None
    check_document(data, max_depth=settings.JSON_MAX_DEPTH)
    return data


def _refuse_constant(name: str):
    raise ValueError(f"{name} is geen geldige JSON-waarde")
