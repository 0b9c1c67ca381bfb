"""The ZIP archive: which files it holds, how they are written and read.

An export is a ZIP with one JSON file per resource of the Catalogi API, each a list of
objects exactly as the API shows them (`catalogussen.json`, `zaaktypen.json`, …), plus
`manifest.json` that says what the archive is. Every resource file is always present,
an empty list where there is nothing to export, so a reader can tell a complete archive
from a damaged one.

Reading is strict: anything but a ZIP of exactly these files, each a JSON list of objects
with a unique `url`, is refused with a message that names the file and the problem.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable
from datetime import UTC, datetime

MANIFEST = "manifest.json"
FORMAT = "openzaak-catalogi-export"
FORMAT_VERSION = 1

# the API's own resource names, in the order an import creates them: whatever a
# resource's writable fields refer to comes earlier (a few references that run the
# other way, such as deelzaaktypen, are set once their targets exist)
RESOURCES = (
    "catalogussen",
    "informatieobjecttypen",
    "besluittypen",
    "zaaktypen",
    "statustypen",
    "roltypen",
    "eigenschappen",
    "zaakobjecttypen",
    "resultaattypen",
    "zaaktype-informatieobjecttypen",
)

# a catalogus export is a few MB at most; refuse what would exhaust memory instead
MAX_FILE_SIZE = 64 * 1024 * 1024


class ArchiveRefused(Exception):
    """The archive cannot be imported; the message says why, for the person who chose it."""


def filename(resource: str) -> str:
    return f"{resource}.json"


def write_archive(contents: dict[str, list[dict]], *, scope: str, api_version: str) -> bytes:
    """A ZIP of `contents` (resource → list of representations) and its manifest."""
    manifest = {
        "format": FORMAT,
        "formatVersion": FORMAT_VERSION,
        "catalogiApiVersion": api_version,
        "omvang": scope,
        "aangemaakt": datetime.now(UTC).isoformat(timespec="seconds"),
        "aantallen": {resource: len(contents.get(resource, [])) for resource in RESOURCES},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, _dumps(manifest))
        for resource in RESOURCES:
            archive.writestr(filename(resource), _dumps(contents.get(resource, [])))
    return buffer.getvalue()


def _dumps(value) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)


def read_archive(source: bytes | Iterable[bytes] | io.IOBase) -> dict[str, list[dict]]:
    """The resource lists of an archive, or `ArchiveRefused`."""
    data = source if isinstance(source, bytes) else _read_all(source)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ArchiveRefused("Het bestand is geen ZIP-archief.") from None
    with archive:
        _check_names(archive.namelist())
        _load(archive, MANIFEST, _check_manifest)
        contents = {resource: _load(archive, filename(resource), _check_list) for resource in RESOURCES}
    _check_unique_urls(contents)
    return contents


def _read_all(source) -> bytes:
    if hasattr(source, "chunks"):  # a Django UploadedFile
        return b"".join(source.chunks())
    return source.read()


def _check_names(names: list[str]) -> None:
    expected = {MANIFEST, *(filename(resource) for resource in RESOURCES)}
    present = set(names)
    problems = []
    if missing := sorted(expected - present):
        problems.append(f"ontbrekende bestanden: {', '.join(missing)}")
    if extra := sorted(present - expected):
        problems.append(f"onverwachte bestanden: {', '.join(extra)}")
    if len(names) != len(present):
        problems.append("bestanden komen dubbel voor")
    if problems:
        raise ArchiveRefused(f"Het archief is geen catalogus-export: {'; '.join(problems)}.")


def _load(archive: zipfile.ZipFile, name: str, check):
    info = archive.getinfo(name)
    if info.file_size > MAX_FILE_SIZE:
        raise ArchiveRefused(f"{name}: het bestand is groter dan {MAX_FILE_SIZE // (1024 * 1024)} MB.")
    try:
        raw = archive.read(info)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise ArchiveRefused(f"{name}: het bestand kan niet uitgepakt worden ({exc}).") from None
    try:
        value = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ArchiveRefused(f"{name}: het bestand is geen UTF-8-tekst.") from None
    except json.JSONDecodeError as exc:
        raise ArchiveRefused(f"{name}: ongeldige JSON op regel {exc.lineno}, kolom {exc.colno}: {exc.msg}.") from None
    check(name, value)
    return value


def _check_manifest(name: str, value) -> None:
    if not isinstance(value, dict) or value.get("format") != FORMAT:
        raise ArchiveRefused(f"{name}: dit is geen export van Open Zaak-catalogi (`format` is niet {FORMAT!r}).")
    if value.get("formatVersion") != FORMAT_VERSION:
        raise ArchiveRefused(
            f"{name}: exportformaat versie {value.get('formatVersion')!r} wordt niet ondersteund "
            f"(ondersteund: {FORMAT_VERSION})."
        )


def _check_list(name: str, value) -> None:
    if not isinstance(value, list):
        raise ArchiveRefused(f"{name}: verwacht een JSON-lijst van objecten.")
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise ArchiveRefused(f"{name}: item {index} is geen JSON-object.")
        if not isinstance(item.get("url"), str) or not item["url"]:
            raise ArchiveRefused(f"{name}: item {index} heeft geen `url`.")


def _check_unique_urls(contents: dict[str, list[dict]]) -> None:
    seen: dict[str, str] = {}
    for resource, items in contents.items():
        for item in items:
            url = item["url"]
            if url in seen:
                raise ArchiveRefused(
                    f"{filename(resource)}: de url {url} komt meer dan eens voor (ook in {seen[url]})."
                )
            seen[url] = filename(resource)
