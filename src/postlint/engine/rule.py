"""The Rule base class: a frozen pydantic model whose fields are its options.

Python rules subclass :class:`Rule`; data rules are instances of the kinds in
:mod:`postlint.engine.kinds`, loaded from TOML by :mod:`postlint.engine.packs`. The engine,
config, suppression, tests and docs only ever see ``Rule`` objects.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Self

from pydantic import BaseModel, ConfigDict, Field

from postlint.engine.config import Config, _kebab
from postlint.engine.report import counted  # noqa: F401 (rules and formats import it from here too)
from postlint.model.diagnostic import Diagnostic, Fix, Severity
from postlint.model.posting import Block, Posting

if TYPE_CHECKING:  # pragma: no cover
    from postlint.model.schema import Schema

CODE_PATTERN = r"^[A-Z]{2,5}[0-9]{3}$"
NAME_PATTERN = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"

FAMILIES = {
    "STR": "structure",
    "PAY": "pay",
    "READ": "readability",
    "INC": "inclusivity",
    "SEO": "seo",
    "SD": "structured-data",
    "META": "meta",
    "TECH": "technology",
}


def family_of(code: str) -> str:
    """The family a rule code belongs to by its letters: INC002 -> inclusivity; unknown letters -> other."""
    prefix = re.match(r"[A-Z]+", code)
    return FAMILIES.get(prefix.group(0) if prefix else "", "other")


@dataclass
class Context:
    """What a rule may know besides the posting: the schema and the run's settings."""

    schema: Schema
    config: Config
    today: date = field(default_factory=date.today)


class Rule(BaseModel):
    """A lint rule. Fields below ``META`` are documentation; every other field is an option."""

    # defer_build: a class's validator is built on its first validation. Built-in rules are
    # made with their defaults by default() and never validated in a run that sets no
    # options for them; building those ~60 validators was 10-20 ms of every cold start.
    model_config = ConfigDict(frozen=True, extra="forbid", alias_generator=_kebab, populate_by_name=True, defer_build=True)

    # Documentation and identity (not options).
    code: str = Field(pattern=CODE_PATTERN)
    name: str = Field(pattern=NAME_PATTERN)
    summary: str = Field(min_length=1)
    why: str = ""
    source: str = ""
    example: str = Field(default="", description="a posting snippet that triggers the rule")
    passing: str = Field(default="", description="a close snippet that must not trigger it")
    licence: str = Field(default="", description="the licence of the rule's word list, and whose it is")
    notes: str = Field(default="", description="exceptions and deliberate differences from the tools it follows")
    # Options every rule has.
    severity: Severity = "warning"
    enabled: bool = Field(default=True, description="on unless a config selects otherwise")

    META: ClassVar[frozenset[str]] = frozenset(
        {"code", "name", "summary", "why", "source", "example", "passing", "kind", "licence", "notes"}
    )
    # True when check() needs spaCy (tokens, lemmas, sentences): lets a
    # regex-only selection skip loading it.
    needs_nlp: ClassVar[bool] = False
    # The format the example/passing snippets are written in, and any config
    # (e.g. a jurisdiction) the example needs to trigger.
    example_format: ClassVar[str] = "markdown"
    example_config: ClassVar[dict[str, Any]] = {}

    @property
    def family(self) -> str:
        return family_of(self.code)

    @classmethod
    def default(cls) -> Self:
        """The rule with its defaults as they stand in the class, not validated (pydantic's
        ``model_construct``): a class's defaults are code, and the tests validate every
        built-in rule (tests/test_plugins.py); options from a config are validated."""
        return cls.model_construct()

    def uses_nlp(self) -> bool:
        """Whether check() needs spaCy; a selection of rules that all say no never loads it."""
        return self.needs_nlp

    def prepare(self) -> None:
        """Build now what check() would build on first use (compiled patterns, matchers): a process
        about to fork workers calls it once, so each worker does not build them again."""

    def options(self) -> dict[str, Any]:
        """The rule's configurable options and their current values (kebab-case keys)."""
        return {
            _kebab(k): v for k, v in self.model_dump().items() if k not in self.META and k not in ("terms",)
        }

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:  # pragma: no cover - abstract
        raise NotImplementedError
        yield

    # -- helpers for subclasses ------------------------------------------------
    def diagnostic(
        self,
        posting: Posting,
        start: int,
        end: int,
        message: str,
        *,
        severity: Severity | None = None,
        fix: Fix | None = None,
        help: str | None = None,  # noqa: A002 - the public field name
    ) -> Diagnostic:
        """A diagnostic of this rule over ``source[start:end]`` (an empty span covers one character)."""
        start = min(max(start, 0), len(posting.source))
        end = min(max(end, start), len(posting.source))
        line, col = posting.locate(start)
        end_line, end_col = posting.locate(end if end > start else min(start + 1, len(posting.source)))
        if (end_line, end_col) <= (line, col):
            end_line, end_col = line, col + 1
        section = posting.section_of(start)
        if "  " in message or not message.isprintable():
            # A quoted hit from a hard-wrapped paragraph or with a double space: one line with
            # single spaces, as every format prints it.
            message = " ".join(message.split())
        return Diagnostic(
            code=self.code,
            name=self.name,
            severity=severity or self.severity,
            message=message,
            path=posting.path,
            line=line,
            column=col,
            end_line=end_line,
            end_column=end_col,
            start=start,
            end=end,
            section=section.kind if section else None,
            help=help,
            url=self.source or None,
            fix=fix,
        )

    def at_block(self, posting: Posting, block: Block, i: int, j: int, message: str, **kw: Any) -> Diagnostic:
        """A diagnostic over ``block.text[i:j]``."""
        return self.diagnostic(posting, block.at(i), block.end_at(j), message, **kw)

    def at_title(self, posting: Posting, i: int, j: int, message: str, **kw: Any) -> Diagnostic:
        """A diagnostic over ``title[i:j]``: in the title line, or at the title's value in front matter
        (``Posting.title_value_start``), else about the whole posting. ``title`` is the title line's
        text when there is one, else ``Posting.title``."""
        if posting.title_block is not None:
            return self.at_block(posting, posting.title_block, i, j, message, **kw)
        at = posting.title_value_start()
        if at is not None:
            return self.diagnostic(posting, at + i, at + j, message, **kw)
        return self.at_document(posting, message, **kw)

    def at_document(self, posting: Posting, message: str, **kw: Any) -> Diagnostic:
        """A diagnostic about the whole posting, placed on its title line (or its first line)."""
        if posting.title_block is not None:
            return self.diagnostic(posting, posting.title_block.start, posting.title_block.end, message, **kw)
        first = next(posting.blocks(), None)
        if first is not None:
            return self.diagnostic(posting, first.start, first.end, message, **kw)
        return self.diagnostic(posting, 0, 0, message, **kw)
