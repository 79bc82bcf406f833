"""The engine: read -> parse -> run the selected rules -> suppress -> sorted diagnostics."""

from __future__ import annotations

import contextlib
import os
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from postlint.engine import gcpolicy
from postlint.engine.config import Config
from postlint.engine.report import FileResult, Report  # noqa: F401 - Report: its old import path
from postlint.engine.rule import Context, Rule
from postlint.engine.selection import select_rules
from postlint.errors import InputError, PostlintError
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting

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
        from postlint.readers.source import check_size, format_for

        check_size(text, path, self.config.max_posting_size)
        started = time.perf_counter()
        posting = parse(text, format_for(path, format), path=path, schema=self.schema)
        from postlint.readers.section_kinds import classify_content

        # Headings no alias knows (their words, then their content), and a second duties list of abilities.
        classify_content(posting, self.schema)
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
            from postlint.language.prefilter import make_twins

            make_twins()  # the warm-up reaches only some of them
            for rule in self.rules:
                rule.prepare()
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
