"""Configuration: ``[tool.postlint]`` in pyproject.toml or a ``.postlint.toml``.

The nearest config file is found by walking up from the linted file; ``--config``
overrides. Unknown keys, unknown selectors and invalid rule options are errors
that name the file (or the command line, for a key set there) and the key.
"""

from __future__ import annotations

import fnmatch
import tomllib
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, ValidationError, ValidationInfo, field_validator

from postlint.errors import ConfigError
from postlint.model.diagnostic import SEVERITY_RANK, Severity


def _kebab(name: str) -> str:
    """Config keys and rule options are kebab-case (``max-items``) for Python's ``max_items``."""
    return name.replace("_", "-")


CONFIG_FILES = (".postlint.toml", "pyproject.toml")
OUTPUT_FORMATS = ("full", "concise", "json", "github", "sarif", "gitlab", "junit", "html")
DEFAULT_INCLUDE = ["*.md", "*.markdown", "*.txt", "*.html", "*.htm", "*.jsonld"]
DEFAULT_EXCLUDE = [".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".postlint_cache", ".tox", "build", "dist"]
# Names `profiles` may hold: the INC rules read them (INC008/INC009's strict-profiles
# and INC009's federal-contractor wording). A name a rule's `strict-profiles` option
# adds in the same config is allowed too.
PROFILES = ("inclusive", "us-federal-contractor")


class Config(BaseModel):
    """Settings for one run; every key is kebab-case in TOML."""

    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True, frozen=True)

    select: list[str] | None = None
    extend_select: list[str] = []
    ignore: list[str] = []
    per_file_ignores: dict[str, list[str]] = {}
    fail_level: Severity = "warning"
    output_format: Literal["full", "concise", "json", "github", "sarif", "gitlab", "junit", "html"] = "full"
    include: list[str] = Field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = Field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    extend_exclude: list[str] = []
    # Apply exclude/extend-exclude to files named on the command line too (ruff's
    # force-exclude): pre-commit names every file itself.
    force_exclude: StrictBool = False  # true or false, not "yes" or 1
    schema_: str = Field(default="cto", alias="schema")
    nlp_model: str | None = Field(default=None, min_length=1)
    # Keywords and the keyphrase a posting should be found by (SEO rules).
    keywords: list[str] = []
    keyphrase: str | None = None
    # Pay-transparency and other legal profiles, e.g. ["US-CO", "CA-ON", "EU"].
    jurisdictions: list[str] = []
    # Facts for `postlint jsonld` when a posting's front matter does not give them.
    hiring_organization: str | None = None
    location: str | None = None
    employment_type: str | None = None
    # ISO 8601 dates ("2026-01-24", or a date-time), as schema.org and Google expect.
    date_posted: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}")
    valid_through: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}")
    # Per-rule options and severity: [tool.postlint.rules.CODE-or-name].
    rules: dict[str, dict[str, Any]] = {}
    # Who the posting is for, beyond the law (see PROFILES); after `rules`, whose
    # strict-profiles options may name more.
    profiles: list[str] = []
    # Folders of the repository's own TOML data rules (like Vale's StylesPath),
    # relative to the config file's folder: see postlint.engine.user_packs.
    packs: list[str] = []
    # Where the config came from: relative paths (schema, per-file-ignores) resolve against it.
    root: str = Field(default=".", exclude=True)
    origin: str = Field(default="<defaults>", exclude=True)
    # Keys set on the command line: their errors are blamed on it, not on the file.
    cli_keys: frozenset[str] = Field(default=frozenset(), exclude=True)

    @field_validator("jurisdictions")
    @classmethod
    def _known_jurisdictions(cls, value: list[str]) -> list[str]:
        from postlint.pay.jurisdictions import all_jurisdictions

        known = all_jurisdictions()
        for code in value:
            if code.upper() not in known:
                raise ValueError(f"unknown jurisdiction {code!r} (known: {', '.join(sorted(known))})")
        return value

    @field_validator("profiles")
    @classmethod
    def _known_profiles(cls, value: list[str], info: ValidationInfo) -> list[str]:
        known = {p.lower() for p in PROFILES}
        for options in info.data.get("rules", {}).values():
            extra = options.get("strict-profiles", options.get("strict_profiles", []))
            if isinstance(extra, list):
                known |= {str(p).lower() for p in extra}
        for name in value:
            if name.lower() not in known:
                raise ValueError(f"unknown profile {name!r} (known: {', '.join(sorted(known))})")
        return value

    def where(self, key: str) -> str:
        """Who set ``key`` (kebab-case), for an error about it: the command line or the config file."""
        return "command line" if key in self.cli_keys else self.origin

    def resolved_schema(self) -> str:
        from postlint.model.schema import BUILTIN_SCHEMAS

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


def load_config(path: str | Path | None = None, **overrides: Any) -> Config:
    """Load a config file (or the one found above the current folder) and apply overrides.

    ``path`` may be a config file or a folder to search from; ``None`` searches
    from the current folder and returns the defaults when nothing is found.
    ``overrides`` are the command line's: errors in them name the command line.
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
    return parse_config(data, origin=origin, root=root, cli_keys=frozenset(given))


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
    data: dict[str, Any], *, origin: str = "<config>", root: str | Path = ".", cli_keys: frozenset[str] = frozenset()
) -> Config:
    try:
        return Config.model_validate({**data, "root": str(root), "origin": origin, "cli-keys": cli_keys})
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        if key.split(".")[0] in cli_keys:
            flag = _FLAGS.get(key.split(".")[0], "--" + key.split(".")[0])
            raise ConfigError(f"command line: invalid value for {flag}: {_message(err)}") from None
        if err["type"] == "extra_forbidden":
            raise ConfigError(f"{origin}: unknown key '{key}'{_TOOL_HINT if key == 'tool' else ''}") from None
        raise ConfigError(f"{origin}: invalid value for '{key}': {_message(err)}") from None


# Config keys whose command-line flag has another name.
_FLAGS = {"output-format": "--format"}


_KEYS = {field.alias or _kebab(name) for name, field in Config.model_fields.items()}
# A [tool] table without postlint in it: say what a config file holds.
_TOOL_HINT = " (a config file holds postlint's settings at the top level, or in a [tool.postlint] table)"


def _message(err: Any) -> str:
    """pydantic's message without its "Value error, " prefix: the rest already says what is wrong."""
    return str(err["msg"]).removeprefix("Value error, ")
