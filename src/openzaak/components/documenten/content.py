"""Document content: how bytes reach the private `documenten` storage and leave it, in
memory that stays flat whatever the size (docs/documenten.md, "Content").

* `Base64Sink` decodes base64 text fed in pieces into a temporary file on disk (the
  streaming JSON parser feeds it the `inhoud` string as it arrives);
* `store()` saves a file under a name of our own (the file system storage moves a
  temporary upload into place, S3 streams it); `join()` concatenates the parts of an
  upload into one stored file, reading one chunk at a time;
* files belong to the transaction that stored them: one stored by a write that then
  rolls back is deleted when its request ends (`_forget_rolled_back`), and
  `delete_on_commit()` removes the files of a deleted document or of joined parts only
  once the deletion has committed. So nothing half-written stays, on disk or in S3.
"""

from __future__ import annotations

import binascii
import io
import logging
import threading
from collections.abc import Iterable

from django.conf import settings
from django.core.files import File
from django.core.files.uploadedfile import TemporaryUploadedFile
from django.core.signals import request_finished
from django.db import connection, transaction
from django.dispatch import receiver
from rest_framework import serializers

from .models.informatieobject import inhoud_path
from .storage import documenten_storage

logger = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024
_WHITESPACE = b" \t\r\n"


class ContentError(serializers.ValidationError):
    """Content that cannot be stored: a 400 on `inhoud` (or the given field)."""

    def __init__(self, message: str, code: str, field: str = "inhoud"):
        super().__init__({field: [serializers.ErrorDetail(message, code=code)]})


def spool() -> TemporaryUploadedFile:
    """An empty temporary file on disk (FILE_UPLOAD_TEMP_DIR) to write content into."""
    return TemporaryUploadedFile("inhoud", "application/octet-stream", 0, None)


class Base64Sink:
    """Base64 text in, bytes out to `file`, piece by piece: only a few bytes of carry are
    kept between pieces. Whitespace (line breaks of MIME base64) is ignored; anything else
    outside the alphabet, or data after the padding, is `invalid-base64`; a length that
    is not a multiple of four is `incorrect-base64-padding`."""

    def __init__(self, file, *, limit: int | None = None):
        self.file = file
        self.limit = limit
        self.size = 0
        self._rest = b""
        self._ended = False

    def feed(self, text: bytes) -> None:
        data = self._rest + text.translate(None, _WHITESPACE)
        if not data:
            return
        if self._ended:
            raise ContentError("Na de opvulling (`=`) mag geen base64 meer volgen.", "invalid-base64")
        usable = len(data) // 4 * 4
        block, self._rest = data[:usable], data[usable:]
        if not block:
            return
        padding = block.find(b"=")
        if padding != -1:
            if padding < usable - 2 or self._rest:
                raise ContentError("Na de opvulling (`=`) mag geen base64 meer volgen.", "invalid-base64")
            self._ended = True
        try:
            decoded = binascii.a2b_base64(block, strict_mode=True)
        except binascii.Error as exc:
            raise ContentError(f"Ongeldige base64: {exc}.", "invalid-base64") from None
        self.size += len(decoded)
        if self.limit is not None and self.size > self.limit:
            raise ContentError(f"De inhoud is groter dan {self.limit} bytes.", "file-size")
        self.file.write(decoded)

    def close(self) -> None:
        if self._rest:
            raise ContentError("De base64-inhoud heeft een onjuiste opvulling.", "incorrect-base64-padding")
        self.file.flush()
        self.file.seek(0)
        self.file.size = self.size


def decode_base64(text: str | bytes) -> TemporaryUploadedFile:
    """A whole base64 string (not from the streaming parser: the admin, a command) as a
    temporary file, decoded in pieces."""
    raw = text.encode("ascii", errors="replace") if isinstance(text, str) else text
    file = spool()
    sink = Base64Sink(file, limit=settings.DOCUMENTEN_MAX_BODY_SIZE)
    for start in range(0, len(raw), CHUNK_SIZE):
        sink.feed(raw[start : start + CHUNK_SIZE])
    sink.close()
    return file


def content_size(file) -> int:
    size = getattr(file, "size", None)
    if size is None:
        file.seek(0, io.SEEK_END)
        size = file.tell()
        file.seek(0)
    return size


# --- storing, within the transaction -------------------------------------------------

_local = threading.local()


def _pending() -> dict:
    if not hasattr(_local, "pending"):
        _local.pending = {}
    return _local.pending


def store(file) -> str:
    """Save `file` in the documenten storage under a new name of our own; the file is
    deleted again if the transaction it was stored in rolls back."""
    name = documenten_storage().save(inhoud_path(None, ""), file if isinstance(file, File) else File(file))
    _track(name)
    if hasattr(file, "temporary_file_path"):
        file.close()  # moved into place by a file system storage: nothing left to delete
    return name


def _track(name: str) -> None:
    pending = _pending()

    def committed():
        pending.pop(name, None)

    pending[name] = committed
    transaction.on_commit(committed, robust=True)


def delete_on_commit(names: Iterable[str]) -> None:
    """Delete these stored files once the current transaction commits (never before: a
    rolled-back deletion keeps its files)."""
    names = sorted({name for name in names if name})
    if not names:
        return

    def delete():
        storage = documenten_storage()
        for name in names:
            try:
                storage.delete(name)
            except Exception:  # a file already gone, or a storage hiccup: the rows are gone
                logger.exception("could not delete document content %s", name)

    transaction.on_commit(delete, robust=True)


@receiver(request_finished)
def _forget_rolled_back(**kwargs) -> None:
    """Delete the files stored by this thread whose transaction rolled back: their
    commit callback neither ran nor is still waiting (Django drops the callbacks of a
    rolled-back transaction or savepoint)."""
    pending = getattr(_local, "pending", None)
    if not pending:
        return
    waiting = {id(entry[1]) for entry in connection.run_on_commit}
    for name, callback in list(pending.items()):
        if id(callback) in waiting:
            continue  # an outer transaction (a test's) has yet to commit
        pending.pop(name, None)
        try:
            documenten_storage().delete(name)
        except Exception:
            logger.exception("could not delete rolled-back document content %s", name)


# --- reading -------------------------------------------------------------------------


class JoinedFile(io.RawIOBase):
    """Several stored files read as one, a chunk at a time (the parts of an upload)."""

    def __init__(self, names: list[str], size: int):
        self._names = list(names)
        self._current = None
        self.size = size

    def readable(self):
        return True

    def readinto(self, buffer) -> int:
        while True:
            if self._current is None:
                if not self._names:
                    return 0
                self._current = documenten_storage().open(self._names.pop(0), "rb")
            read = self._current.readinto(buffer) if hasattr(self._current, "readinto") else None
            if read is None:
                data = self._current.read(len(buffer))
                read = len(data)
                buffer[:read] = data
            if read:
                return read
            self._current.close()
            self._current = None

    def close(self):
        if self._current is not None:
            self._current.close()
        super().close()


def join(names: list[str], size: int) -> str:
    """Store the concatenation of the stored files `names` as one new file."""
    joined = io.BufferedReader(JoinedFile(names, size), buffer_size=CHUNK_SIZE)
    file = File(joined, name="inhoud")
    file.size = size
    try:
        return store(file)
    finally:
        joined.close()


def open_content(name: str):
    return documenten_storage().open(name, "rb")


def stored_size(name: str) -> int:
    return documenten_storage().size(name)
