"""Configuration: ``[tool.postlint]`` in pyproject.toml or a ``.postlint.toml``.

The nearest config file is found by walking up from the linted file; ``--config``
overrides. Unknown keys, unknown selectors and invalid rule options are errors
that name the file and the key.
"""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from postlint.diagnostic import SEVERITY_RANK, Severity
from postlint.errors import ConfigError
from postlint.rule import Rule, _kebab

CONFIG_FILES = (".postlint.toml", "pyproject.toml")
OUTPUT_FORMATS = ("full", "concise", "json", "github", "sarif", "gitlab", "junit", "html")
DEFAULT_INCLUDE = ["*.md", "*.markdown", "*.txt", "*.html", "*.htm", "*.jsonld"]
DEFAULT_EXCLUDE = [".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".postlint_cache", ".tox", "build", "dist"]


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
    schema_: str = Field(default="cto", alias="schema")
    nlp_model: str | None = None
    # Keywords and the keyphrase a posting should be found by (SEO rules).
    keywords: list[str] = []
    keyphrase: str | None = None
    # Pay-transparency and other legal profiles, e.g. ["US-CO", "CA-ON", "EU"].
    jurisdictions: list[str] = []
    profiles: list[str] = []
    # Facts for `postlint jsonld` when a posting's front matter does not give them.
    hiring_organization: str | None = None
    location: str | None = None
    employment_type: str | None = None
    date_posted: str | None = None
    valid_through: str | None = None
    # Per-rule options and severity: [tool.postlint.rules.CODE-or-name].
    rules: dict[str, dict[str, Any]] = {}
    # Where the config came from: relative paths (schema, per-file-ignores) resolve against it.
    root: str = Field(default=".", exclude=True)
    origin: str = Field(default="<defaults>", exclude=True)

    @field_validator("jurisdictions")
    @classmethod
    def _known_jurisdictions(cls, value: list[str]) -> list[str]:
        from postlint.jurisdictions import all_jurisdictions

        known = all_jurisdictions()
        for code in value:
            if code.upper() not in known:
                raise ValueError(f"unknown jurisdiction {code!r} (known: {', '.join(sorted(known))})")
        return value

    def resolved_schema(self) -> str:
        from postlint.schema import BUILTIN_SCHEMAS

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


def _selects(rule: Rule, selector: str) -> bool:
    """A code (INC002), a code prefix (INC), a rule name (gendered-terms), a family (inclusivity) or ALL."""
    return selector in ("ALL", rule.code, rule.name, rule.family) or (selector.isupper() and rule.code.startswith(selector))


def _turns_on(rule: Rule, selector: str) -> bool:
    """A rule that is off by default (INC015) is turned on by its own code or name,
    or by ALL; a prefix or family turns on only that family's default rules, so
    `select = ["INC"]` does not bring in the noisy opt-in ones."""
    if rule.enabled:
        return _selects(rule, selector)
    return selector in ("ALL", rule.code, rule.name)


def check_selectors(selectors: Iterable[str], rules: Sequence[Rule], where: str) -> None:
    for selector in selectors:
        if not any(_selects(r, selector) for r in rules):
            raise ConfigError(f"{where}: unknown rule selector {selector!r} (a code like INC002, a prefix like INC, a name, or a family like inclusivity)")


def select_rules(config: Config, rules: Sequence[Rule], *, path: str | None = None) -> list[Rule]:
    """The rules a config turns on, with its per-rule options applied (ruff's select/ignore semantics)."""
    where = config.origin
    check_selectors(config.select or [], rules, f"{where}: select")
    check_selectors(config.extend_select, rules, f"{where}: extend-select")
    check_selectors(config.ignore, rules, f"{where}: ignore")
    for selectors in config.per_file_ignores.values():
        check_selectors(selectors, rules, f"{where}: per-file-ignores")
    for key in config.rules:
        if not any(key in (r.code, r.name) for r in rules):
            raise ConfigError(f"{where}: [rules.{key}]: no rule has that code or name")
    if config.select is None:
        chosen = [r for r in rules if r.enabled or any(_turns_on(r, s) for s in config.extend_select)]
    else:
        chosen = [r for r in rules if any(_turns_on(r, s) for s in [*config.select, *config.extend_select])]
    ignored = list(config.ignore) + (config.ignores_for(path) if path else [])
    chosen = [r for r in chosen if not any(_selects(r, s) for s in ignored)]
    return [configure_rule(r, config) for r in chosen]


def configure_rule(rule: Rule, config: Config) -> Rule:
    """Apply ``[tool.postlint.rules.X]`` options to a rule, validated by the rule's own model."""
    options: dict[str, Any] = {}
    for key in (rule.code, rule.name):
        options.update(config.rules.get(key, {}))
    if not options:
        return rule
    return apply_options(rule, options, f"{config.origin}: [rules.{rule.code}]")


def apply_options(rule: Rule, options: dict[str, Any], where: str) -> Rule:
    data = rule.model_dump(by_alias=True)
    for key, value in options.items():
        field = key.replace("-", "_")
        if field in Rule.META or field not in type(rule).model_fields:
            known = ", ".join(sorted(rule.options())) or "none"
            raise ConfigError(f"{where}: unknown option '{key}' for {rule.code} {rule.name} (options: {known})")
        data[_kebab(field)] = value
    try:
        return type(rule).model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"{where}: invalid value for '{key}': {err['msg']}") from None


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
    if given:
        origin = "command line" if file is None else f"{origin} with command-line options"
    data.update(given)
    return parse_config(data, origin=origin, root=root)


def _read_table(file: Path) -> tuple[dict[str, Any], str]:
    try:
        doc = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{file}: cannot read config: {exc}") from None
    if file.name == "pyproject.toml":
        return dict(doc.get("tool", {}).get("postlint", {})), f"{file} [tool.postlint]"
    return doc, str(file)


def parse_config(data: dict[str, Any], *, origin: str = "<config>", root: str | Path = ".") -> Config:
    try:
        return Config.model_validate({**data, "root": str(root), "origin": origin})
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            raise ConfigError(f"{origin}: unknown key '{key}'") from None
        raise ConfigError(f"{origin}: invalid value for '{key}': {err['msg']}") from None
