"""The terminal formats: full (source line, caret, help), concise, and json; colour only on a terminal."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TextIO

from postlint.engine.report import Report, counted
from postlint.model.diagnostic import Diagnostic

if TYPE_CHECKING:  # pragma: no cover
    from postlint.engine.rule import Rule

# Rule only for type checkers: a cached run renders without loading the rules' module.
Writer = Callable[[Report, Sequence["Rule"], bool], str]

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "bold": "\033[1m", "dim": "\033[2m"}
_RESET = "\033[0m"


def use_colour(stream: TextIO) -> bool:
    """Colour only on a terminal, never with NO_COLOR set (https://no-color.org);
    FORCE_COLOR asks for it on a pipe too (CI logs that render it)."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


# Characters one cell wide that never combine: Latin letters and signs below the
# combining marks (U+0300), general punctuation but the zero-width joiner (U+2000
# to U+2064) and currency signs (U+20A0 to U+20C0). A line with curly quotes or
# dashes stays on the fast path.
_NARROW = re.compile(r"[\x00-\u02ff\u2000-\u200c\u200e-\u2064\u20a0-\u20c0]*")


def _cells(text: str) -> int:
    """Width of text on a terminal: wide and emoji characters take two cells, combining marks none."""
    if text.isascii() or _NARROW.fullmatch(text):
        return len(text)  # every character narrow and none combining: the usual case, in C
    import unicodedata

    width = 0
    for ch in text:
        if unicodedata.combining(ch) or ch in "\u200d\ufe0f":
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


# Control characters from a posting (ESC sequences, bells, carriage returns) would act on
# the reader's terminal; each is shown as one replacement character, keeping columns.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A source line longer than this (in characters) is shown as a window around the finding.
_MAX_SOURCE_CELLS = 200
_CONTEXT_CHARS = 60


def _printable(text: str) -> str:
    return _CONTROL.sub("\ufffd", text)


def _source_window(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The part of a long line around ``text[start:end]``, with '…' where it was cut, and the span's new offsets."""
    if len(text) <= _MAX_SOURCE_CELLS:
        return text, start, end
    end = min(end, start + _MAX_SOURCE_CELLS - 2 * _CONTEXT_CHARS)
    a, b = max(0, start - _CONTEXT_CHARS), min(len(text), end + _CONTEXT_CHARS)
    head, tail = ("…" if a > 0 else ""), ("…" if b < len(text) else "")
    return head + text[a:b] + tail, start - a + len(head), end - a + len(head)


def _paint(text: str, style: str, colour: bool) -> str:
    return f"{_COLOURS[style]}{text}{_RESET}" if colour else text


def _head(d: Diagnostic, colour: bool) -> str:
    where = _paint(f"{d.path}:{d.line}:{d.column}:", "bold", colour)
    sev = _paint(d.severity, d.severity, colour)
    return f"{where} {_paint(d.code, d.severity, colour)} [{sev}] {_printable(d.message)}"


def concise(report: Report, rules: Sequence[Rule], colour: bool = False) -> str:
    """One line per finding: ``path:line:col: CODE [severity] message``."""
    lines = [_head(d, colour) for d in report.diagnostics]
    return "\n".join(lines) + ("\n" if lines else "")


def full(report: Report, rules: Sequence[Rule], colour: bool = False) -> str:
    """ruff-style: the finding, its source line with a caret under the span, and a help line."""
    out: list[str] = []
    for result in report.results:
        # The text alone: a result read from the cache is shown without parsing it again.
        has_source = result.source is not None
        shown: dict[int, str] = {}  # line -> its printable text (several findings share a line)
        for d in result.diagnostics:
            head = f"{_head(d, colour)} ({d.name})"
            if not has_source:
                out.append(f"{head}\n")
                continue
            line = d.line
            text = shown.get(line)
            if text is None:
                text = shown[line] = _printable(result.line_text(line).expandtabs(1))
            pad = " " * len(str(line))
            end = d.end_column - 1 if d.end_line == line else len(text)
            text, start, end = _source_window(text, d.column - 1, end)
            # Terminal cells, not characters: an emoji or CJK character takes two.
            caret = " " * _cells(text[:start]) + "^" * max(1, _cells(text[start:end]))
            block = f"{head}\n{pad} |\n{line} | {text}\n{pad} | {_paint(caret, d.severity, colour) if colour else caret}\n"
            if d.help:
                block += f"{pad} = help: {d.help}\n"
            if d.fix is not None:
                block += f"{pad} = fix: replace with {d.fix.replacement!r} (postlint check --fix)\n"
            out.append(block)
    diags = report.diagnostics
    if diags:
        counts = {s: sum(1 for d in diags if d.severity == s) for s in ("error", "warning", "info")}
        summary = ", ".join(counted(n, s) for s, n in counts.items() if n)
        fixable = sum(1 for d in diags if d.fix is not None)
        tail = f" ({fixable} fixable with --fix)" if fixable else ""
        out.append(f"Found {counted(len(diags), 'finding')}: {summary}{tail}.")
    elif not report.errors:
        out.append("All checks passed.")  # files that could not be read are on stderr
    return "\n".join(out) + "\n" if out else ""  # only unreadable files: nothing for stdout


def as_json(report: Report, rules: Sequence[Rule], colour: bool = False) -> str:
    """A JSON array of Diagnostic objects (schema: ``postlint.Diagnostic.model_json_schema()``)."""
    return json.dumps([d.model_dump(mode="json") for d in report.diagnostics], indent=2, ensure_ascii=False) + "\n"
