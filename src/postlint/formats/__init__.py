"""Output formats: each module turns a Report into text; this registry maps ``--format`` names to them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from postlint.engine.report import Report
from postlint.formats.terminal import Writer, as_json, concise, full, use_colour

if TYPE_CHECKING:  # pragma: no cover
    from postlint.engine.rule import Rule

WRITERS: dict[str, Writer] = {"full": full, "concise": concise, "json": as_json}


def _ci_writers() -> dict[str, Writer]:
    """The CI formats, imported at the first render rather than with the package."""
    from postlint.formats.github import github
    from postlint.formats.gitlab import gitlab
    from postlint.formats.html import html_report
    from postlint.formats.junit import junit
    from postlint.formats.sarif import sarif

    return {"github": github, "sarif": sarif, "gitlab": gitlab, "junit": junit, "html": html_report}


def register(name: str, writer: Writer) -> None:
    WRITERS[name] = writer


def render(name: str, report: Report, rules: Sequence[Rule], *, stream: TextIO | None = None) -> str:
    """Render a report in a named format.

    ``stream`` is where the text will be written; colour is decided by it
    alone. Without one (a file, a string for a caller) there is no colour:
    guessing from ``sys.stdout`` put escape codes into ``-o`` files.
    """
    if name not in WRITERS:  # the terminal formats need none of the CI modules
        for ci_name, ci_writer in _ci_writers().items():
            WRITERS.setdefault(ci_name, ci_writer)
    writer = WRITERS.get(name)
    if writer is None:
        raise KeyError(name)
    colour = stream is not None and name in ("full", "concise") and use_colour(stream)
    return writer(report, rules, colour)
