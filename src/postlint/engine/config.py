"""Configuration: ``[tool.postlint]`` in pyproject.toml or a ``.postlint.toml``.

The nearest config file is found by walking up from the linted file; ``--config``
overrides. Unknown keys, unknown selectors and invalid rule options are errors
that name the file (or the command line, for a key set there) and the key.
"""

from __future__ import annotations

import copy
import dataclasses
import fnmatch
import json
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Literal

from postlint.errors import ConfigError
from postlint.model.diagnostic import SEVERITY_RANK, Severity
from postlint.model.posting import DEFAULT_POSTING_LIMIT, MAX_BYTES

if TYPE_CHECKING:  # pragma: no cover
    from postlint.engine.cache import Cache


def _kebab(name: str) -> str:
    """Config keys and rule options are kebab-case (``max-items``) for Python's ``max_items``."""
    return name.replace("_", "-")


CONFIG_FILES = (".postlint.toml", "pyproject.toml")
OUTPUT_FORMATS = ("full", "concise", "json", "github", "sarif", "gitlab", "junit", "html")
DEFAULT_INCLUDE = ["*.md", "*.markdown", "*.txt", "*.html", "*.htm", "*.jsonld"]
def _any_case(name: str) -> list[str]:
    """Gitignore patterns for ``name`` in any case, bare or with an extension ("README", "readme.md")."""
    pattern = "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else c for c in name)
    return [pattern, pattern + ".*"]


# Files nearly every repository has that are never postings, as the pre-commit hook skips them:
# some in any case, the rest in capitals only (a posting may be named "security.md").
NOT_POSTINGS = [
    *(p for name in ("readme", "license", "licence", "changelog", "contributing", "code_of_conduct") for p in _any_case(name)),
    *(p for name in ("AUTHORS", "CHANGES", "COPYING", "HISTORY", "NOTICE", "SECURITY") for p in (name, name + ".*")),
]
DEFAULT_EXCLUDE = [
    ".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".postlint_cache", ".tox", "build", "dist", *NOT_POSTINGS,
]
# Names `profiles` may hold: the INC rules read them (INC008/INC009's strict-profiles
# and INC009's federal-contractor wording). A name a rule's `strict-profiles` option
# adds in the same config is allowed too.
PROFILES = ("inclusive", "us-federal-contractor")


def _setting(default: Any = None, *, factory: Callable[[], Any] | None = None, **check: Any) -> Any:
    """A config field; ``check`` holds pydantic ``Field`` arguments (alias, pattern, min_length,
    strict, exclude) that :func:`_model` applies when it validates."""
    if factory is not None:
        return field(default_factory=factory, metadata=check)
    return field(default=default, metadata=check)


@dataclass(frozen=True, kw_only=True)
class Config:
    """Settings for one run; every key is kebab-case in TOML.

    A plain frozen dataclass: a run whose postings are all cached reads it without
    importing pydantic (about 40 % of such a run). pydantic validates every config
    that is not all defaults: :func:`parse_config` for files and the command line,
    and the constructor for callers (``Config(select=["INC"])``), through the
    model :func:`_model` builds from these fields.
    """

    select: list[str] | None = None
    extend_select: list[str] = _setting(factory=list)
    ignore: list[str] = _setting(factory=list)
    per_file_ignores: dict[str, list[str]] = _setting(factory=dict)
    fail_level: Severity = "warning"
    output_format: Literal["full", "concise", "json", "github", "sarif", "gitlab", "junit", "html"] = "full"
    include: list[str] = _setting(factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = _setting(factory=lambda: list(DEFAULT_EXCLUDE))
    extend_exclude: list[str] = _setting(factory=list)
    # Apply exclude/extend-exclude to files named on the command line too (ruff's
    # force-exclude): pre-commit names every file itself.
    force_exclude: bool = _setting(False, strict=True)  # true or false, not "yes" or 1
    schema_: str = _setting("cto", alias="schema")
    nlp_model: str | None = _setting(None, min_length=1)
    # Keywords and the keyphrase a posting should be found by (SEO rules).
    keywords: list[str] = _setting(factory=list)
    keyphrase: str | None = None
    # Pay-transparency and other legal profiles, e.g. ["US-CO", "CA-ON", "EU"].
    jurisdictions: list[str] = _setting(factory=list)
    # Facts for `postlint jsonld` when a posting's front matter does not give them.
    hiring_organization: str | None = None
    location: str | None = None
    employment_type: str | None = None
    # ISO 8601 dates ("2026-01-24", or a date-time), as schema.org and Google expect.
    date_posted: str | None = _setting(None, pattern=r"^\d{4}-\d{2}-\d{2}")
    valid_through: str | None = _setting(None, pattern=r"^\d{4}-\d{2}-\d{2}")
    # Per-rule options and severity: [tool.postlint.rules.CODE-or-name].
    rules: dict[str, dict[str, Any]] = _setting(factory=dict)
    # Who the posting is for, beyond the law (see PROFILES); after `rules`, whose
    # strict-profiles options may name more.
    profiles: list[str] = _setting(factory=list)
    # The largest posting linted, in bytes ("2 MB" in TOML): a bigger one is refused
    # (exit 2) before any work, which bounds a run's time. At most MAX_BYTES.
    max_posting_size: int = _setting(DEFAULT_POSTING_LIMIT)
    # Folders of the repository's own TOML data rules (like Vale's StylesPath),
    # relative to the config file's folder: see postlint.engine.user_packs.
    packs: list[str] = _setting(factory=list)
    # Where the config came from: relative paths (schema, per-file-ignores) resolve against it.
    root: str = _setting(".", exclude=True)
    origin: str = _setting("<defaults>", exclude=True)
    # Keys set on the command line: their errors are blamed on it, not on the file.
    cli_keys: frozenset[str] = _setting(frozenset(), exclude=True)

    def __post_init__(self) -> None:
        # Defaults need no checking (a bool is not a default int, nor 0 a default False);
        # anything else is validated, and normalised, by pydantic.
        if any(not _is_default(f.name, getattr(self, f.name)) for f in _FIELDS):
            for name, value in _values(_model().model_validate(_values(self))).items():
                object.__setattr__(self, name, value)

    @classmethod
    def _trusted(cls, values: dict[str, Any]) -> Config:
        """A config from fields pydantic has validated (no second validation)."""
        config = object.__new__(cls)
        for f in _FIELDS:
            object.__setattr__(config, f.name, values[f.name])
        return config

    @classmethod
    def model_validate(cls, data: dict[str, Any]) -> Config:
        """A config from a dict of settings by name or by TOML key (``extend-select``, ``schema``), validated."""
        checked = _model().model_validate(data)
        return cls._trusted(_values(checked))

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Config:
        return dataclasses.replace(self, **(update or {}))

    def model_dump(self, *, by_alias: bool = False) -> dict[str, Any]:
        """The settings as a dict (without root, origin and cli_keys; copies, not the config's
        own lists), keyed by name or, ``by_alias``, by TOML key, as the pydantic model gave it."""
        return {
            (f.metadata.get("alias", _kebab(f.name)) if by_alias else f.name): copy.deepcopy(getattr(self, f.name))
            for f in _FIELDS
            if not f.metadata.get("exclude")
        }

    def model_dump_json(self) -> str:
        """The settings as JSON (TOML dates in ISO 8601): what a cache key and a worker's config key hash."""
        return json.dumps(self.model_dump(), separators=(",", ":"), ensure_ascii=False, default=_json_value)

    def where(self, key: str) -> str:
        """Who set ``key`` (kebab-case), for an error about it: the command line or the config file."""
        return "command line" if key in self.cli_keys else self.origin

    def resolved_schema(self) -> str:
        from postlint.resources import BUILTIN_SCHEMAS

        if self.schema_ in BUILTIN_SCHEMAS:
            return self.schema_
        return str((Path(self.root) / self.schema_).resolve())

    def fails(self, severity: str) -> bool:
        return SEVERITY_RANK[severity] >= SEVERITY_RANK[self.fail_level]

    def ignores_for(self, path: str) -> list[str]:
        """Selectors of ``per-file-ignores`` whose glob matches ``path`` (relative to the config's folder)."""
        if not self.per_file_ignores:
            return []
        try:
            rel = PurePosixPath(Path(path).resolve().relative_to(Path(self.root).resolve()).as_posix())
        except ValueError:
            rel = PurePosixPath(Path(path).as_posix())
        out: list[str] = []
        for pattern, selectors in self.per_file_ignores.items():
            if rel.match(pattern) or fnmatch.fnmatch(str(rel), pattern) or fnmatch.fnmatch(rel.name, pattern):
                out.extend(selectors)
        return out


def _json_value(value: Any) -> Any:
    """What JSON cannot hold, as pydantic wrote it: TOML dates and times in ISO 8601, sets as sorted lists."""
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    isoformat = getattr(value, "isoformat", None)
    return isoformat() if callable(isoformat) else repr(value)


_FIELDS = dataclasses.fields(Config)
_FIELD_NAMES = frozenset(f.name for f in _FIELDS)


def _defaults() -> dict[str, Any]:
    """Every field's default, fresh lists included."""
    return {f.name: f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default for f in _FIELDS}


_DEFAULTS = _defaults()


def _values(settings: Any) -> dict[str, Any]:
    """Every field of a Config, or of the pydantic model that validated one, by name."""
    return {f.name: getattr(settings, f.name) for f in _FIELDS}


def _is_default(name: str, value: Any) -> bool:
    default = _DEFAULTS[name]
    return type(value) is type(default) and value == default


def forget_config_files() -> None:
    """Forget where config files were found (a long-running server calls this when one is added or removed)."""
    _find_in.cache_clear()


def find_config_file(start: Path) -> Path | None:
    """The nearest ``.postlint.toml``, or ``pyproject.toml`` with a ``[tool.postlint]`` table, above ``start``."""
    directory = start if start.is_dir() else start.parent
    return _find_in(directory.resolve())


@lru_cache(maxsize=1024)
def _find_in(directory: Path) -> Path | None:
    for folder in (directory, *directory.parents):
        dotfile = folder / ".postlint.toml"
        if dotfile.is_file():
            return dotfile
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_postlint_table(pyproject):
            return pyproject
    return None


def _has_postlint_table(path: Path) -> bool:
    try:
        return "postlint" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except tomllib.TOMLDecodeError as exc:
        # A broken pyproject.toml may hide a [tool.postlint] table: stop, as ruff does.
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError):
        return False


def load_config(path: str | Path | None = None, *, memo: Cache | None = None, **overrides: Any) -> Config:
    """Load a config file (or the one found above the current folder) and apply overrides.

    ``path`` may be a config file or a folder to search from; ``None`` searches
    from the current folder and returns the defaults when nothing is found.
    ``overrides`` are the command line's: errors in them name the command line.
    ``memo`` (the result cache) remembers configs validated before.
    """
    target = Path(path) if path is not None else Path.cwd()
    file = target if target.is_file() else find_config_file(target)
    if path is not None and not target.exists():
        raise ConfigError(f"{target}: config file not found")
    data: dict[str, Any] = {}
    origin = "<defaults>"
    root = Path.cwd()
    if file is not None:
        data, origin = _read_table(file)
        root = file.parent
    given = {_kebab(k): v for k, v in overrides.items() if v is not None}
    data.update(given)
    return parse_config(data, origin=origin, root=root, cli_keys=frozenset(given), memo=memo)


def _read_table(file: Path) -> tuple[dict[str, Any], str]:
    try:
        doc = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read config: {exc}") from None
    tool = doc.get("tool")
    table = tool.get("postlint") if isinstance(tool, dict) else None
    if file.name == "pyproject.toml":
        return dict(table or {}), f"{file} [tool.postlint]"
    if isinstance(table, dict):
        # Any file may hold a [tool.postlint] table (a pyproject.toml copied under
        # another name, given to --config); settings beside it would be ambiguous.
        beside = sorted(k for k in doc if k in _KEYS)
        if beside:
            raise ConfigError(f"{file}: settings both in [tool.postlint] and at the top level ('{beside[0]}'): keep one")
        return dict(table), f"{file} [tool.postlint]"
    return doc, str(file)


def parse_config(
    data: dict[str, Any],
    *,
    origin: str = "<config>",
    root: str | Path = ".",
    cli_keys: frozenset[str] = frozenset(),
    memo: Cache | None = None,
) -> Config:
    """Validate a config's settings (TOML keys, kebab-case) into a :class:`Config`; errors
    name the file or the command line, and the key.

    With a ``memo`` (the result cache), settings validated before are read back
    from it instead, so that a cached run with a config file needs no pydantic.
    """
    if not data:  # nothing set: the defaults, without loading pydantic
        return Config._trusted({**_defaults(), "root": str(root), "origin": origin, "cli_keys": frozenset(cli_keys)})
    settings = {**data, "root": str(root), "origin": origin, "cli-keys": cli_keys}
    known = memo.recall_config(settings) if memo is not None else None
    if known is not None and known.keys() == _FIELD_NAMES:
        return Config._trusted({**known, "cli_keys": frozenset(known["cli_keys"])})
    from pydantic import ValidationError

    try:
        checked = _model().model_validate(settings)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        if key.split(".")[0] in cli_keys:
            flag = _FLAGS.get(key.split(".")[0], "--" + key.split(".")[0])
            raise ConfigError(f"command line: invalid value for {flag}: {_message(err)}") from None
        if err["type"] == "extra_forbidden":
            raise ConfigError(f"{origin}: unknown key '{key}'{_TOOL_HINT if key == 'tool' else ''}") from None
        raise ConfigError(f"{origin}: invalid value for '{key}': {_message(err)}") from None
    config = Config._trusted(_values(checked))
    if memo is not None:
        memo.remember_config(settings, _values(config))
    return config


@lru_cache(maxsize=1)
def _model() -> Any:
    """The pydantic model that validates a config: built from :class:`Config`'s fields on the
    first config that is not all defaults (so a cached run never imports pydantic)."""
    from typing import get_type_hints

    from pydantic import ConfigDict, Field, ValidationInfo, create_model, field_validator

    def known_jurisdictions(cls: type, value: list[str]) -> list[str]:
        from postlint.pay.jurisdictions import all_jurisdictions

        known = all_jurisdictions()
        for code in value:
            if code.upper() not in known:
                raise ValueError(f"unknown jurisdiction {code!r} (known: {', '.join(sorted(known))})")
        return value

    def known_profiles(cls: type, value: list[str], info: ValidationInfo) -> list[str]:
        known = {p.lower() for p in PROFILES}
        for options in info.data.get("rules", {}).values():
            extra = options.get("strict-profiles", options.get("strict_profiles", []))
            if isinstance(extra, list):
                known |= {str(p).lower() for p in extra}
        for name in value:
            if name.lower() not in known:
                raise ValueError(f"unknown profile {name!r} (known: {', '.join(sorted(known))})")
        return value

    def posting_size(cls: type, value: Any) -> int:
        from postlint.readers.source import human_size, parse_size

        size = parse_size(value)
        if not 1024 <= size <= MAX_BYTES:
            raise ValueError(f"{human_size(size)} is outside 1 KB to {human_size(MAX_BYTES)}, the most postlint reads")
        return size

    hints = get_type_hints(Config)
    fields: dict[str, Any] = {}
    for f in _FIELDS:
        default = {"default_factory": f.default_factory} if f.default_factory is not dataclasses.MISSING else {"default": f.default}
        fields[f.name] = (hints[f.name], Field(**default, **f.metadata))
    return create_model(
        "Config",
        __config__=ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True, frozen=True),
        __validators__={
            "known_jurisdictions": field_validator("jurisdictions")(classmethod(known_jurisdictions)),
            "known_profiles": field_validator("profiles")(classmethod(known_profiles)),
            "posting_size": field_validator("max_posting_size", mode="before")(classmethod(posting_size)),
        },
        **fields,
    )


# Config keys whose command-line flag has another name.
_FLAGS = {"output-format": "--format"}


_KEYS = {f.metadata.get("alias", _kebab(f.name)) for f in _FIELDS}
# A [tool] table without postlint in it: say what a config file holds.
_TOOL_HINT = " (a config file holds postlint's settings at the top level, or in a [tool.postlint] table)"


def _message(err: Any) -> str:
    """pydantic's message without its "Value error, " prefix: the rest already says what is wrong."""
    return str(err["msg"]).removeprefix("Value error, ")
