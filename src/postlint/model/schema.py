"""The structural schema a posting is checked against (``rules/schema/*.toml``)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from postlint.errors import ConfigError
from postlint.resources import BUILTIN_SCHEMAS, rules_dir


class Bounds(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)


class SectionSpec(BaseModel):
    """One section kind: the headings that name it, whether it is required, its bounds."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    aliases: list[str] = Field(min_length=1)
    required: bool = False
    intro: bool = Field(default=False, description="untitled opening prose of at least words.min words satisfies it")
    items: Bounds | None = None
    words: Bounds | None = None
    children: list[SectionSpec] = []


class FieldSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    required: bool = False
    max_chars: int | None = Field(default=None, alias="max-chars")
    max_words: int | None = Field(default=None, alias="max-words")


Walked = tuple[list[tuple[SectionSpec, SectionSpec | None]], dict[str, tuple[SectionSpec, SectionSpec | None]]]
T = TypeVar("T")

# The section kinds that hold what a candidate must bring (skills, education, experience).
QUALIFICATION_KINDS = ("skills", "hard-skills", "soft-skills", "education-experience", "educational-background", "experience-requirements")

# What is derived from a schema object once (schemas are frozen, and cached by
# load_schema): (what, schema id) -> (the schema, the result). The schema is kept
# so a new one at a reused id is never mistaken for it.
_DERIVED: dict[tuple[str, int], tuple[Any, Any]] = {}


def _per_schema(what: str, schema: Schema, build: Callable[[Schema], T]) -> T:
    entry = _DERIVED.get((what, id(schema)))
    if entry is None or entry[0] is not schema:
        entry = _DERIVED[what, id(schema)] = (schema, build(schema))
    return entry[1]  # type: ignore[no-any-return]


class Schema(BaseModel):
    """A posting schema: fields (title, salary, tags) and a tree of section kinds."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    description: str = ""
    fields: dict[str, FieldSpec] = {}
    sections: list[SectionSpec]

    def walk(self) -> list[tuple[SectionSpec, SectionSpec | None]]:
        """Every section spec with its parent (``None`` at the top level)."""
        return list(self._walked()[0])

    def _walked(self) -> Walked:
        # Computed once per schema: rules ask for a section kind's spec once per
        # section, which walked the tree each time.
        return _per_schema("walk", self, _walk)

    def spec(self, kind: str) -> SectionSpec | None:
        found = self._walked()[1].get(kind)
        return found[0] if found else None

    def parent_kind(self, kind: str) -> str | None:
        found = self._walked()[1].get(kind)
        return found[1].kind if found and found[1] else None

    def classify(self, heading: str) -> str:
        """The section kind a heading names, or ``"other"``."""
        return _per_schema("classifier", self, _alias_index)(heading)


def _walk(schema: Schema) -> Walked:
    """Every section spec with its parent, in tree order, and each kind's first one."""
    out: list[tuple[SectionSpec, SectionSpec | None]] = []

    def visit(spec: SectionSpec, parent: SectionSpec | None) -> None:
        out.append((spec, parent))
        for child in spec.children:
            visit(child, spec)

    for spec in schema.sections:
        visit(spec, None)
    by_kind: dict[str, tuple[SectionSpec, SectionSpec | None]] = {}
    for spec, parent in out:
        by_kind.setdefault(spec.kind, (spec, parent))  # the first in walk order, as a scan finds it
    return out, by_kind


# Neither a letter or digit (str.isalnum) nor a space or apostrophe: \w is isalnum plus "_".
_NOT_WORD = re.compile(r"[^\w ']|_")


@lru_cache(maxsize=4096)  # memoised: alias lists and headings repeat across postings
def normalize_heading(text: str) -> str:
    """Lower-case words only: emoji, punctuation and markup dropped, '&' read as 'and'."""
    text = unicodedata.normalize("NFKC", text).replace("&", " and ").replace("’", "'")
    text = _NOT_WORD.sub(" ", text.lower())
    return " ".join(w.strip("'") for w in text.split() if w.strip("'"))


def parse_alias(alias: str) -> tuple[str, str]:
    """An alias's words, normalised, and how it names a heading: "prefix" for one ending in "*" ("about *":
    every heading starting with "about"), "exact" for one ending in "=" ("you=": the heading "You:" alone,
    not every heading holding "you"), else "contains" (the alias found among the heading's words)."""
    stripped = alias.rstrip()
    how = "prefix" if stripped.endswith("*") else "exact" if stripped.endswith("=") else "contains"
    return normalize_heading(stripped.rstrip("*= ")), how


def _alias_index(schema: Schema):  # noqa: ANN202 - returns a closure
    pairs: list[tuple[str, str]] = []
    exact: dict[str, str] = {}
    for spec, _ in schema.walk():
        for alias in spec.aliases:
            words, how = parse_alias(alias)
            if how == "exact":
                exact.setdefault(words, spec.kind)
                continue
            pairs.append((words + (" *" if how == "prefix" else ""), spec.kind))
    # "about *" is a prefix alias: it names any heading starting with "about".
    prefixes = [(alias[:-2], kind) for alias, kind in pairs if alias.endswith(" *")]
    pairs = [(alias, kind) for alias, kind in pairs if not alias.endswith(" *")]
    for alias, kind in pairs:
        exact.setdefault(alias, kind)
    # Longest alias first so "hard skills" beats "skills": each alias's rank in that
    # order (the first rank of an alias listed twice), so the heading's word runs can
    # be looked up instead of every alias searched for in turn (100,000 headings
    # took seconds). Normalised text has single spaces, so a run of whole words is
    # exactly what a space-padded substring test finds.
    ordered = sorted(pairs, key=lambda p: -len(p[0]))
    rank: dict[str, tuple[int, str]] = {}
    for i, (alias, kind) in enumerate(ordered):
        if alias:
            rank.setdefault(alias, (i, kind))
    longest = max((len(alias.split()) for alias in rank), default=0)

    @lru_cache(maxsize=4096)  # memoised: headings repeat across postings
    def classify(heading: str) -> str:
        norm = normalize_heading(heading)
        if norm in exact:
            return exact[norm]
        words = norm.split()
        if _ABOUT_A_NAME.match(heading.strip(" #*_:")):
            # "About Tucano Pay": the company by its name, though "Pay" is a word of the pay's (blind set S44).
            kind = next((kind for prefix, kind in prefixes if prefix == "about"), None)
            if kind is not None:
                return kind
        best: tuple[int, str] | None = None
        for size in range(1, min(longest, len(words)) + 1):
            # A one-word alias only names a short heading: "Benefits of remote work
            # for the team" is prose-like and not a benefits section.
            if size == 1 and len(words) > 3:
                continue
            for start in range(len(words) - size + 1):
                found = rank.get(" ".join(words[start : start + size]))
                if found is not None and (best is None or found[0] < best[0]):
                    best = found
        if best is not None:
            return best[1]
        if words and words[0] == "about" and words[-1] in _ROLE_NOUNS and "about the role" in exact:
            return exact["about the role"]  # "About the data scientist role" (blind set S68), not "about *"'s company
        for prefix, kind in prefixes:
            if norm.startswith(prefix + " "):
                return kind
        return "other"

    return classify


# "About" and a name in capitals: "About Tucano Pay", "About Acme Health" (not "About the pay", "About You").
# The last word of an "About the … role" heading that names the job, not the employer.
_ROLE_NOUNS = frozenset({"role", "job", "position", "opportunity", "vacancy", "post"})
_ABOUT_A_NAME = re.compile(r"About\s+(?!(?i:the|our|your|you|us|this|me|him|her|them|it|working|joining|life|benefits|pay|salary|compensation)\b)[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}$")


@lru_cache(maxsize=16)
def load_schema(name_or_path: str = "cto") -> Schema:
    """Load a built-in schema by name or a user's schema file by path."""
    if name_or_path in BUILTIN_SCHEMAS:
        path = rules_dir() / "schema" / f"{name_or_path}.toml"
    else:
        path = Path(name_or_path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: schema file not found (built-in schemas: {', '.join(BUILTIN_SCHEMAS)})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read schema: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    try:
        return Schema.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ConfigError(f"{path}: invalid schema at '{where}': {first['msg']}") from None
