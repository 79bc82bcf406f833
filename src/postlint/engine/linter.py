"""The engine: read -> parse -> run the selected rules -> suppress -> sorted diagnostics."""

from __future__ import annotations

import contextlib
import os
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from postlint.engine import gcpolicy
from postlint.engine.config import Config
from postlint.engine.rule import Context, Rule
from postlint.engine.selection import select_rules
from postlint.errors import InputError, PostlintError
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import SURROGATE, Posting, line_starts, text_of_line


class FileResult:
    """The outcome for one file: its diagnostics, or the one-line error that stopped it.

    ``posting`` is the parsed posting; a result from the cache or another
    process carries only the source and parses it again when a format asks.
    """

    def __init__(
        self,
        path: str,
        diagnostics: list[Diagnostic] | None = None,
        error: str | None = None,
        posting: Posting | None = None,
        *,
        source: str | None = None,
        format: str | None = None,  # noqa: A002
        parser: Callable[..., Posting] | None = None,
    ) -> None:
        self.path = path
        self.diagnostics = diagnostics if diagnostics is not None else []
        self.error = error
        self._posting = posting
        self._source = source
        self._format = format
        self._parser = parser
        self._line_starts: list[int] | None = None
        self._clean: str | None = None

    @property
    def posting(self) -> Posting | None:
        if self._posting is None and self._source is not None and self._parser is not None:
            self._posting = self._parser(self._source, path=self.path, format=self._format)
        return self._posting

    @posting.setter
    def posting(self, value: Posting | None) -> None:
        self._posting = value

    @property
    def source(self) -> str | None:
        """The posting's text, without parsing it again when only the text is needed."""
        if self._posting is not None:
            return self._posting.source
        if self._source is not None and self._clean is None:
            self._clean = SURROGATE.sub("\ufffd", self._source)  # as the readers clean it
        return self._clean

    def line_text(self, line: int) -> str:
        """The source text of a 1-based line, without its line ending (what ``Posting.line_text`` gives)."""
        if self._posting is not None:
            return self._posting.line_text(line)
        source = self.source or ""
        if self._line_starts is None:
            self._line_starts = line_starts(source)
        return text_of_line(source, self._line_starts, line)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FileResult):
            return NotImplemented
        return (self.path, self.diagnostics, self.error) == (other.path, other.diagnostics, other.error)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"FileResult(path={self.path!r}, diagnostics={self.diagnostics!r}, error={self.error!r})"


@dataclass
class Report:
    """Everything a run found; formats and the CLI read this."""

    results: list[FileResult] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    # Processes whose times ``timings`` sums (1 unless a pool or cluster ran).
    workers: int = 1

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for r in self.results for d in r.diagnostics]

    @property
    def errors(self) -> list[str]:
        return [r.error for r in self.results if r.error]

    def exit_code(self, config: Config, *, exit_zero: bool = False) -> int:
        if self.errors:
            return 2
        if not exit_zero and any(config.fails(d.severity) for d in self.diagnostics):
            return 1
        return 0


# A small posting that exercises the lazy loads (pipeline, matchers, syllable dictionary).
_WARM_UP = "# Data Engineer\n\n## About us\n\nWe are a rockstar team. Pay: $90,000 to $120,000 a year.\n\n- Build pipelines\n"


class Linter:
    """Runs one config's rules over postings. Reuse it across files: rule selection happens once."""

    def __init__(self, config: Config | None = None, rules: Sequence[Rule] | None = None) -> None:
        from postlint.engine.plugins import all_rules
        from postlint.engine.user_packs import with_pack_rules
        from postlint.language import nlp
        from postlint.model.schema import load_schema

        self.config = config if config is not None else Config()
        self.available = tuple(rules) if rules is not None else with_pack_rules(self.config, all_rules())
        self.rules = select_rules(self.config, self.available)
        self.schema = load_schema(self.config.resolved_schema())
        self.timings: dict[str, float] = defaultdict(float)
        nlp.configure(self.config.nlp_model)
        if any(rule.uses_nlp() for rule in self.rules):
            nlp.load_configured(self.config.where("nlp-model"))

    def rules_for(self, path: str) -> list[Rule]:
        if not self.config.per_file_ignores or path == "-":
            return self.rules
        return select_rules(self.config, self.available, path=path)

    def parse(self, text: str, *, path: str = "-", format: str | None = None) -> Posting:  # noqa: A002
        from postlint.readers import parse
        from postlint.readers.source import format_for

        started = time.perf_counter()
        posting = parse(text, format_for(path, format), path=path, schema=self.schema)
        if any(s.kind == "other" for s in posting.walk()):
            from postlint.readers.section_kinds import classify_content

            classify_content(posting, self.schema)  # headings no alias knows: their words, then their content
        self.timings["parse"] += time.perf_counter() - started
        return posting

    def check(self, posting: Posting) -> list[Diagnostic]:
        """Run the rules over a parsed posting; a crashing rule is an error naming it and the file."""
        from postlint.engine.suppress import apply_suppressions

        ctx = Context(schema=self.schema, config=self.config)
        rules = self.rules_for(posting.path)
        if any(rule.uses_nlp() for rule in rules):
            # The one spaCy pass every NLP rule shares, timed as its own phase.
            from postlint.language import nlp

            started = time.perf_counter()
            nlp.docs(posting)
            self.timings["nlp"] += time.perf_counter() - started
        found: list[Diagnostic] = []
        for rule in rules:
            started = time.perf_counter()
            try:
                found.extend(rule.check(posting, ctx))
            except PostlintError:
                raise
            except Exception as exc:  # noqa: BLE001 - a rule bug must not hide the other files
                raise PostlintError(
                    f"{posting.path}: internal error in rule {rule.code} {rule.name}: {type(exc).__name__}: {exc}"
                ) from exc
            finally:
                spent = time.perf_counter() - started
                self.timings[f"rule {rule.code}"] += spent
                self.timings["rules"] += spent
        started = time.perf_counter()
        found = apply_suppressions(posting, found, self.available)
        self.timings["suppress"] += time.perf_counter() - started
        return sorted(found, key=lambda d: d.sort_key)

    def warm(self) -> None:
        """Load everything lazy (spaCy, matchers, dictionaries) once, e.g. before forking workers."""
        kept, self.timings = self.timings, defaultdict(float)
        try:
            with contextlib.suppress(PostlintError):
                self.lint_text(_WARM_UP, path="warm-up.md")
            if any(rule.uses_nlp() for rule in self.rules):
                from postlint.language import syllables

                syllables.pyphen()  # loaded only for a word missing from the CMU dictionary: load it here too
        finally:
            self.timings = kept
        gcpolicy.settle()

    def lint_text(self, text: str, *, path: str = "-", format: str | None = None) -> list[Diagnostic]:  # noqa: A002
        return self.check(self.parse(text, path=path, format=format))

    def lint_file(self, path: str | Path, *, format: str | None = None, text: str | None = None) -> FileResult:  # noqa: A002
        """Lint one file (or ``text`` read from stdin under that name); errors become ``FileResult.error``."""
        from postlint.readers.source import read_source

        name = str(path)
        try:
            started = time.perf_counter()
            if text is None:
                text = read_source(path).text
            elif not text.strip():
                raise InputError(f"{name}: empty input")
            self.timings["read"] += time.perf_counter() - started
            posting = self.parse(text, path=name, format=format)
            found = self.check(posting)
            gcpolicy.settle()  # the first posting has loaded everything long-lived
            # Drop the spaCy docs and counts: a 1,000-posting run must not keep them all.
            posting._cache.clear()
            return FileResult(name, found, posting=posting)
        except PostlintError as exc:
            return FileResult(name, error=str(exc))
        except RecursionError:
            return FileResult(name, error=f"{name}: nesting too deep to parse")
        except MemoryError:
            return FileResult(name, error=f"{name}: too large to parse in memory")
        except Exception as exc:  # noqa: BLE001 - a postlint bug on one file must not stop the others
            if os.environ.get("POSTLINT_DEBUG"):
                raise
            return FileResult(name, error=f"{name}: internal error: {type(exc).__name__}: {exc} (set POSTLINT_DEBUG=1 for a traceback)")


def lint(
    text: str | Posting, *, path: str = "-", format: str | None = None, config: Config | None = None  # noqa: A002
) -> list[Diagnostic]:
    """Lint a posting's text (or a Posting from ``postlint.parse``) and return its diagnostics, sorted by position.

    Without ``config`` the defaults apply (no config file is searched for; pass
    ``postlint.load_config()`` to use the project's).

    ``format`` is ``markdown``, ``text``, ``html`` or ``jsonld``; by default it
    follows ``path``'s extension (Markdown when there is none).
    """
    if isinstance(text, Posting):
        return Linter(config).check(text)
    if not isinstance(text, str):
        raise TypeError(f"postlint.lint() takes a str or a Posting, not {type(text).__name__}")
    return Linter(config).lint_text(text, path=path, format=format)
