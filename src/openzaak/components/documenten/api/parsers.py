"""The JSON parser of a document's create and update: the standard has clients send the
content inline, base64 in the `inhoud` field, up to 4 GiB of body. Read whole, that is
gigabytes in memory; so this parser streams the body once, piece by piece:

* the top-level `inhoud` string is base64-decoded as it arrives into a temporary file
  on disk (`content.Base64Sink`), never held in memory;
* everything else (the metadata) is kept, at most `DATA_UPLOAD_MAX_MEMORY_SIZE` bytes,
  and parsed like any JSON body of this project (`zgw.parsers.loads`: the same depth
  limit and refusal of NUL and lone surrogates);
* the body as a whole may be up to `DOCUMENTEN_MAX_BODY_SIZE` (the middleware lets such
  announced bodies through to these endpoints only, see `large_body_limit`).

The parsed data has the decoded file under `inhoud` (or null).
"""

from __future__ import annotations

import json

from django.conf import settings
from rest_framework import exceptions, parsers

from openzaak.zgw.parsers import RequestTooLarge, loads

from .. import content

READ_SIZE = 256 * 1024
_STRUCTURE = frozenset(b'{}[],:"')


class _Scanner:
    """Splits a JSON body into its metadata (kept, with the top-level `inhoud` string
    replaced by `null`) and the content of that string (fed to a Base64Sink)."""

    def __init__(self, limit: int):
        self.limit = limit
        self.out = bytearray()
        self.stack: list[int] = []
        self.expect_key = False
        self.in_string = False
        self.escape = False
        self.string_start = 0
        self.string_is_key = False
        self.last_key: str | None = None
        self.value_of_inhoud = False
        self.sink: content.Base64Sink | None = None
        self.streaming = False
        self.carry = b""

    # -- the content string ------------------------------------------------------------
    def _stream(self, data: bytes, i: int) -> int:
        """Feed the inhoud string from `data[i:]` until its closing quote."""
        end = len(data)
        while i < end:
            quote = data.find(b'"', i)
            backslash = data.find(b"\\", i, quote if quote != -1 else end)
            stop = backslash if backslash != -1 else quote
            if stop == -1:
                self.sink.feed(data[i:])
                return end
            self.sink.feed(data[i:stop])
            if stop == quote:
                self.sink.close()
                self.streaming = False
                return stop + 1
            # an escape inside base64: only `\/`, whitespace and `\u00XX` make sense
            if stop + 1 >= end:
                self.carry = data[stop:]
                return end
            kind = data[stop + 1 : stop + 2]
            if kind == b"u":
                if stop + 6 > end:
                    self.carry = data[stop:]
                    return end
                try:
                    char = chr(int(data[stop + 2 : stop + 6], 16)).encode("ascii")
                except (ValueError, UnicodeEncodeError):
                    raise content.ContentError("Ongeldige base64 in `inhoud`.", "invalid-base64") from None
                self.sink.feed(char)
                i = stop + 6
            elif kind in (b"/", b"n", b"r", b"t"):
                self.sink.feed({b"/": b"/"}.get(kind, b""))
                i = stop + 2
            else:
                raise content.ContentError("Ongeldige base64 in `inhoud`.", "invalid-base64")
        return end

    # -- the metadata ------------------------------------------------------------------
    def feed(self, chunk: bytes) -> None:
        data = self.carry + chunk if self.carry else chunk
        self.carry = b""
        i, end = 0, len(data)
        while i < end:
            if self.streaming:
                i = self._stream(data, i)
                continue
            if self.in_string:
                quote = data.find(b'"', i)
                backslash = data.find(b"\\", i)
                if backslash != -1 and (quote == -1 or backslash < quote):
                    if backslash + 1 >= end:
                        self._keep(data[i:backslash])
                        self.carry = data[backslash:]
                        return
                    self._keep(data[i : backslash + 2])
                    i = backslash + 2
                    continue
                if quote == -1:
                    self._keep(data[i:])
                    return
                self._keep(data[i : quote + 1])
                i = quote + 1
                self._end_string()
                continue
            byte = data[i]
            if byte not in _STRUCTURE:
                if byte not in b" \t\r\n":
                    self.value_of_inhoud = False
                self._keep(data[i : i + 1])
                i += 1
                continue
            i += 1
            if byte == ord('"'):
                if self.value_of_inhoud:
                    self.value_of_inhoud = False
                    self.sink = content.Base64Sink(content.spool(), limit=settings.DOCUMENTEN_MAX_BODY_SIZE)
                    self.streaming = True
                    self._keep(b"null")
                    continue
                self.in_string = True
                self.string_is_key = self.expect_key and len(self.stack) == 1
                self.string_start = len(self.out)
                self._keep(b'"')
                continue
            self._keep(bytes([byte]))
            if byte in b"{[":
                self.stack.append(byte)
                self.expect_key = byte == ord("{")
            elif byte in b"}]":
                if self.stack:
                    self.stack.pop()
                self.expect_key = False
            elif byte == ord(","):
                self.expect_key = bool(self.stack) and self.stack[-1] == ord("{")
            elif byte == ord(":"):
                self.expect_key = False
                self.value_of_inhoud = len(self.stack) == 1 and self.last_key == "inhoud"

    def _end_string(self) -> None:
        self.in_string = False
        if self.string_is_key:
            raw = bytes(self.out[self.string_start :])
            try:
                self.last_key = json.loads(raw) if len(raw) < 64 else None
            except ValueError:
                self.last_key = None
        elif len(self.stack) == 1:
            self.last_key = None

    def _keep(self, data: bytes) -> None:
        self.out += data
        if len(self.out) > self.limit:
            raise RequestTooLarge(self.limit)

    def finish(self):
        if self.streaming or self.carry:
            raise exceptions.ParseError("JSON parse error - de body houdt midden in een string op.")
        if self.sink is not None and self.sink.size == 0:
            return bytes(self.out), None  # "inhoud": "" is no content
        return bytes(self.out), (self.sink.file if self.sink is not None else None)


class DocumentJSONParser(parsers.BaseParser):
    media_type = "application/json"

    def parse(self, stream, media_type=None, parser_context=None):
        parser_context = parser_context or {}
        scanner = _Scanner(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
        while chunk := stream.read(READ_SIZE):
            scanner.feed(chunk)
        metadata, inhoud = scanner.finish()
        data = loads(metadata, parser_context.get("encoding", settings.DEFAULT_CHARSET))
        if inhoud is not None and isinstance(data, dict):
            data["inhoud"] = inhoud
        return data
