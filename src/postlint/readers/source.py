"""Reading posting files: bytes -> text with the encoding remembered, or a clear error."""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from postlint.errors import InputError
from postlint.model.posting import MAX_BYTES

EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "jsonld",
    ".jsonld": "jsonld",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


@dataclass(frozen=True)
class SourceText:
    """A decoded posting and how to write it back byte for byte."""

    text: str
    encoding: str  # a Python codec name; "utf-8-sig" keeps a BOM


def format_for(path: str | Path, override: str | None = None) -> str:
    """The reader for a path: the override, else by extension, else Markdown."""
    if override:
        return override
    return EXTENSIONS.get(Path(path).suffix.lower(), "markdown")


def decode(data: bytes, name: str) -> SourceText:
    """Decode bytes the way editors do: BOM first, then UTF-8, then Windows-1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: not valid {encoding.upper()} (byte {exc.start})") from None
            if encoding == "utf-8-sig":
                return SourceText(text, encoding)
            return SourceText(text.lstrip("\ufeff"), encoding)
    head = data[:8192]
    if b"\x00" in head or (_CONTROL.search(head) and len(_CONTROL.findall(head)) > 8):
        raise InputError(f"{name}: binary file, not a posting")
    try:
        return SourceText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # A file that is mostly valid UTF-8 with a stray byte is damaged; one with
    # no UTF-8 sequences at all is a legacy 8-bit file (Latin-1 / Windows-1252).
    if re.search(rb"[\xc2-\xf4][\x80-\xbf]+", data):
        raise InputError(f"{name}: invalid UTF-8 at byte {utf8_error.start}; save the file as UTF-8")
    try:
        return SourceText(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return SourceText(data.decode("latin-1"), "latin-1")


def os_error_message(exc: OSError) -> str:
    """The words after ``name:`` for a file or folder the system would not let us read."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read: {exc.strerror or exc}"


def read_source(path: str | Path) -> SourceText:
    """Read and decode a posting file; every failure is an InputError naming it."""
    name = str(path)
    try:
        # One open and one fstat: a run reads every file of a repository before it lints one.
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                raise InputError(f"{name}: {size / 2**20:.1f} MB is over the {MAX_BYTES // 2**20} MB limit for a posting")
            data = handle.read()
    except OSError as exc:
        if os.path.isdir(path):  # IsADirectoryError, or PermissionError on Windows
            raise InputError(f"{name}: is a directory") from None
        raise InputError(f"{name}: {os_error_message(exc)}") from None
    src = decode(data, name)
    if not src.text.strip():
        raise InputError(f"{name}: empty file")
    return src


def read_stdin(stream: TextIO, name: str = "-") -> SourceText:
    """Read a posting from standard input with the checks a file gets: size, binary, encoding, empty.

    The bytes are read, not the text: Python's own decoding of stdin would
    let binary data and invalid UTF-8 through as replacement characters.
    """
    raw = getattr(stream, "buffer", None)
    if raw is not None:
        data = raw.read(MAX_BYTES + 1)  # one byte more tells an over-size input without reading it all
    else:  # a text-only stream (an embedding program, a test): its text is all there is
        data = stream.read().encode("utf-8", "surrogateescape")
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: over the {MAX_BYTES // 2**20} MB limit for a posting")
    src = decode(data, name)
    if not src.text.strip():
        raise InputError(f"{name}: empty input")
    return src


_SIZE = re.compile(r"(?i)^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m)?\s*$")
_UNITS = {"": 1, "b": 1, "k": 2**10, "kb": 2**10, "kib": 2**10, "m": 2**20, "mb": 2**20, "mib": 2**20}


def parse_size(value: int | str) -> int:
    """Bytes from ``1048576``, ``"512 KB"`` or ``"2 MB"`` (KB and MB count 1,024 as cspell's
    ``--max-file-size`` does); a ValueError says what a size looks like."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise ValueError(f"{value!r} is not a size: give bytes or a number with KB or MB, such as '2 MB'")
    if isinstance(value, int):
        return value
    found = _SIZE.match(value)
    if found is None:
        raise ValueError(f"{value!r} is not a size: give bytes or a number with KB or MB, such as '2 MB'")
    return int(float(found.group(1)) * _UNITS[(found.group(2) or "").lower()])


def human_size(size: int) -> str:
    """``1 MB``, ``1.5 MB``, ``512 KB`` or ``900 bytes`` (one decimal at most)."""
    for unit, name in ((2**20, "MB"), (2**10, "KB")):
        if size >= unit:
            return f"{size / unit:.1f}".removesuffix(".0") + f" {name}"
    return f"{size} bytes"


def check_size(text: str, name: str, limit: int) -> None:
    """Refuse a posting over ``limit`` bytes (UTF-8), before any work on it: lint time grows with size."""
    if len(text) * 4 <= limit:  # no character takes more than four bytes: nothing to encode
        return
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        said, allowed = human_size(size), human_size(limit)
        if said == allowed:  # just over: "1 MB is over the 1 MB limit" would say nothing
            said, allowed = f"{size:,} bytes", f"{limit:,}-byte"
        raise InputError(f"{name}: {said} is over the {allowed} limit for a posting (max-posting-size)")
