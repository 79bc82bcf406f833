"""What a run found: one result per file (its diagnostics, or the error that stopped it) and the report over them.

Apart from the linter so that formats, caches and runners read results without
loading rules or pydantic: a run whose postings are all cached needs only these.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from postlint.model.posting import SURROGATE, line_starts, text_of_line

if TYPE_CHECKING:  # pragma: no cover
    from postlint.engine.config import Config
    from postlint.model.diagnostic import Diagnostic
    from postlint.model.posting import Posting


def counted(n: int, noun: str) -> str:
    """'1 word', '2 words': a count with its noun in the right number (regular plurals only)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


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
