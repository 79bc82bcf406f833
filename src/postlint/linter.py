"""The engine: read -> parse -> run the selected rules -> suppress -> sorted diagnostics."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from postlint.config import Config, load_config, select_rules
from postlint.diagnostic import Diagnostic
from postlint.errors import InputError, PostlintError
from postlint.posting import Posting
from postlint.rule import Context, Rule


@dataclass
class FileResult:
    """The outcome for one file: its diagnostics, or the one-line error that stopped it."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    error: str | None = None
    posting: Posting | None = field(default=None, repr=False)


@dataclass
class Report:
    """Everything a run found; formats and the CLI read this."""

    results: list[FileResult] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=lambda: defaultdict(float))

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


class Linter:
    """Runs one config's rules over postings. Reuse it across files: rule selection happens once."""

    def __init__(self, config: Config | None = None, rules: Sequence[Rule] | None = None) -> None:
        from postlint import nlp
        from postlint.plugins import all_rules
        from postlint.schema import load_schema

        self.config = config if config is not None else Config()
        self.available = tuple(rules) if rules is not None else all_rules()
        self.rules = select_rules(self.config, self.available)
        self.schema = load_schema(self.config.resolved_schema())
        self.timings: dict[str, float] = defaultdict(float)
        nlp.configure(self.config.nlp_model)

    def rules_for(self, path: str) -> list[Rule]:
        if not self.config.per_file_ignores or path == "-":
            return self.rules
        return select_rules(self.config, self.available, path=path)

    def parse(self, text: str, *, path: str = "-", format: str | None = None) -> Posting:  # noqa: A002
        from postlint.readers import parse
        from postlint.source import format_for

        started = time.perf_counter()
        posting = parse(text, format_for(path, format), path=path, schema=self.schema)
        self.timings["parse"] += time.perf_counter() - started
        return posting

    def check(self, posting: Posting) -> list[Diagnostic]:
        """Run the rules over a parsed posting; a crashing rule is an error naming it and the file."""
        from postlint.suppress import apply_suppressions

        ctx = Context(schema=self.schema, config=self.config)
        found: list[Diagnostic] = []
        for rule in self.rules_for(posting.path):
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
                self.timings[f"rule {rule.code}"] += time.perf_counter() - started
        started = time.perf_counter()
        found = apply_suppressions(posting, found, self.available)
        self.timings["suppress"] += time.perf_counter() - started
        return sorted(found, key=lambda d: d.sort_key)

    def lint_text(self, text: str, *, path: str = "-", format: str | None = None) -> list[Diagnostic]:  # noqa: A002
        return self.check(self.parse(text, path=path, format=format))

    def lint_file(self, path: str | Path, *, format: str | None = None, text: str | None = None) -> FileResult:  # noqa: A002
        """Lint one file (or ``text`` read from stdin under that name); errors become ``FileResult.error``."""
        from postlint.source import read_source

        name = str(path)
        try:
            started = time.perf_counter()
            if text is None:
                text = read_source(path).text
            elif not text.strip():
                raise InputError(f"{name}: empty input")
            self.timings["read"] += time.perf_counter() - started
            posting = self.parse(text, path=name, format=format)
            return FileResult(name, self.check(posting), posting=posting)
        except PostlintError as exc:
            return FileResult(name, error=str(exc))
        except RecursionError:
            return FileResult(name, error=f"{name}: nesting too deep to parse")
        except MemoryError:
            return FileResult(name, error=f"{name}: too large to parse in memory")


def lint(
    text: str, *, path: str = "-", format: str | None = None, config: Config | None = None  # noqa: A002
) -> list[Diagnostic]:
    """Lint a posting's text and return its diagnostics, sorted by position.

    Without ``config`` the defaults apply (no config file is searched for; pass
    ``postlint.load_config()`` to use the project's).

    ``format`` is ``markdown``, ``text``, ``html`` or ``jsonld``; by default it
    follows ``path``'s extension (Markdown when there is none).
    """
    return Linter(config).lint_text(text, path=path, format=format)


def lint_paths(
    paths: Iterable[str | Path], config: Config | None = None, *, format: str | None = None  # noqa: A002
) -> Report:
    """Lint files and folders (recursively, honouring include/exclude and .gitignore).

    A file that cannot be read is reported in ``Report.errors`` and the others
    are still checked.
    """
    from postlint.config import find_config_file
    from postlint.discover import discover

    # Without an explicit config each file uses the nearest one above it.
    linters: dict[Path | None, Linter] = {}

    def linter_for(path: Path) -> Linter:
        key = None if config is not None else find_config_file(path)
        if key not in linters:
            linters[key] = Linter(config if config is not None else load_config(key) if key else Config())
        return linters[key]

    first = linter_for(Path.cwd())
    report = Report(timings=first.timings)
    for item in discover([Path(p) for p in paths], first.config):
        if isinstance(item, str):
            report.results.append(FileResult(item.split(":", 1)[0], error=item))
            continue
        linter = linter_for(item)
        linter.timings = report.timings
        report.results.append(linter.lint_file(item, format=format))
    return report
