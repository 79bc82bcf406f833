"""Compiled regular expressions kept between runs of the command, as Python keeps bytecode.

Start-up compiles about 550 patterns (postlint's rules and readers, spaCy's
tokenizer, markdown-it): about 140 ms of a one-file run's 0.75 s, every run,
for the same patterns. Python's ``re`` cannot save a compiled pattern, but its
compiler's output is plain data: the pattern's flags, its group names and a
list of opcodes, which ``_sre.compile`` turns into a pattern object without
parsing again. This module stores that data for the patterns compiled during
start-up in one file in the user's cache folder (:func:`cache_path`) and
serves it back on the next start. It is to patterns what ``__pycache__`` is to
modules: a compiled form of postlint's own program, not of any posting, so
``--no-cache`` (which is about findings) leaves it on.

It relies on CPython internals, so it is careful:

- the file is keyed by the exact interpreter version and the regex engine's
  magic number and code size, and carries a BLAKE2 digest of its content; a
  file that fails either check is ignored (and replaced);
- each entry is found by the pattern's exact text and flags, so a rule pack
  or a spaCy upgrade only misses, never mismatches; ``_sre.compile`` also
  validates every opcode list it is given;
- any error while loading or serving falls back to Python's own compiler.

Only the ``postlint`` command installs it (:func:`install`, from
``postlint.cli.main.entry``); library callers keep Python's ``re`` untouched.
``POSTLINT_NO_REGEX_CACHE=1`` turns it off. The file is written only when a
start-up compiled at least ``_WORTH_WRITING`` patterns it lacked (a new
version of postlint, spaCy or a rule pack), never for the one or two patterns
a posting builds from its own words; it then holds what that start-up used and
added, not what older versions left.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from array import array
from pathlib import Path
from typing import Any

_DIGEST_SIZE = 16
_WORTH_WRITING = 8  # new start-up patterns that justify rewriting the file

# (pattern, flags) -> (flags, opcodes as bytes, groups, groupindex, indexgroup)
Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]


class _State:
    def __init__(self) -> None:
        self.path: Path | None = None
        self.table: dict[tuple[str, int], Entry] = {}
        self.new: dict[tuple[str, int], Entry] = {}
        self.used: set[tuple[str, int]] = set()
        self.recording = False
        self.original: Any = None


_state = _State()


def cache_path() -> Path | None:
    """Where this interpreter keeps postlint's compiled patterns: the user's cache folder, as
    black and pre-commit use (``$XDG_CACHE_HOME/postlint``, ``~/.cache/postlint``; on
    Windows ``%LOCALAPPDATA%\\postlint``); None where there is none."""
    if sys.implementation.name != "cpython" or not sys.implementation.cache_tag:
        return None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA", "")
    else:
        base = os.environ.get("XDG_CACHE_HOME", "") or os.path.join(os.path.expanduser("~"), ".cache")
    if not base or base.startswith("~"):  # no home folder to expand
        return None
    return Path(base) / "postlint" / f"regex-cache.{sys.implementation.cache_tag}.bin"


def _key() -> bytes:
    import _sre

    return f"postlint regex cache 1\0{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\n".encode()


def read(path: Path) -> dict[tuple[str, int], Entry]:
    """The table stored at ``path``; empty when it is missing, from another interpreter or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    key = _key()
    head, digest, payload = data[: len(key)], data[len(key) : len(key) + _DIGEST_SIZE], data[len(key) + _DIGEST_SIZE :]
    if head != key or hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest() != digest:
        return {}
    try:
        table = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return table if isinstance(table, dict) else {}


def write(path: Path, table: dict[tuple[str, int], Entry]) -> None:
    """Store ``table`` at ``path`` atomically; a folder that cannot be written is left alone."""
    try:
        payload = marshal.dumps(table)
    except ValueError:  # pragma: no cover - every entry is built from ints, bytes, str and None
        return
    data = _key() + hashlib.blake2b(payload, digest_size=_DIGEST_SIZE).digest() + payload
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _compile(pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile`` served from the table where it can be."""
    import _sre

    original = _state.original
    if not isinstance(pattern, str) or flags & 128:  # bytes, a parsed pattern, or re.DEBUG's listing
        return original(pattern, flags)
    key = (pattern, int(flags))
    entry = _state.table.get(key)
    if entry is not None:
        try:
            compiled = _sre.compile(pattern, entry[0], array("I", entry[1]).tolist(), entry[2], entry[3], entry[4])
        except Exception:  # noqa: BLE001 - a bad entry: forget it and compile as Python would
            del _state.table[key]
        else:
            if _state.recording:
                _state.used.add(key)
            return compiled
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    all_flags = int(flags | parsed.state.flags)
    compiled = _sre.compile(pattern, all_flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    if _state.recording:
        _state.new[key] = (all_flags, array("I", code).tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return compiled


def install() -> bool:
    """Serve compiled patterns from the cache and record start-up's new ones; False when off."""
    if _state.original is not None:
        return True
    if os.environ.get("POSTLINT_NO_REGEX_CACHE", "") not in ("", "0"):
        return False
    try:
        import _sre
        from re import _compiler

        if array("I").itemsize != _sre.CODESIZE:
            return False
        path = cache_path()
    except (ImportError, AttributeError):  # pragma: no cover - not CPython 3.11+
        return False
    if path is None:
        return False
    _state.path, _state.table, _state.original = path, read(path), _compiler.compile
    _state.new, _state.used, _state.recording = {}, set(), True
    _compiler.compile = _compile
    return True


def end_of_start_up() -> None:
    """Stop recording: patterns compiled from here on are built from postings' own words."""
    _state.recording = False


def uninstall() -> None:
    """Put Python's compiler back and, if start-up met enough new patterns, rewrite the file."""
    if _state.original is None:
        return
    from re import _compiler

    _compiler.compile, _state.original = _state.original, None
    _state.recording = False
    if _state.path is None or len(_state.new) < _WORTH_WRITING:
        return
    # What this start-up used and what it added; patterns older versions left behind are dropped, so the file holds
    # one version's start-up (about 3 MB) and reading it stays cheap (it had grown to 12 MB over upgrades).
    table = {key: _state.table[key] for key in _state.used if key in _state.table} | _state.new
    write(_state.path, table)
