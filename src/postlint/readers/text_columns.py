"""A job specification pasted from a PDF table: labels in a left column, their text in a right one.

    Job Title and Grade        Administrative Officer, Primary Care Unit
                               Grade V (Grade Code 0559)
    Principal Duties and       The Administrative Officer will:
    Responsibilities
                               - Prepare monthly budget reports

Ireland's HSE, the NHS and many universities and councils publish their
specifications so. Read line by line, each label ran into its text and every
row of the right column read as an item of a list without bullets. Here the
layout is found (four or more labels whose text starts at one column) and each
line is cut into lines of its own: the label, then its text with the column's
indent taken off, so a bullet in the right column is a bullet again. The cut
lines are spans of the source, so offsets stay exact. A label wrapped over
two or three lines keeps its first line; the rest of it is dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from postlint.readers.header_box import label_key

# A label at the line's start, two or more blanks, then the right column's text.
_ROW = re.compile(r"(?P<label>[A-Za-z][\w'’&/(),.-]*(?: [\w'’&/(),.-]+){0,5}?)(?P<gap> {2,})(?P<value>\S)")
_MIN_ROWS = 4
_MIN_COLUMN = 14  # a right column this far in: not two words of a sentence spaced apart


@dataclass
class Columns:
    """The cut lines: spans into the source, and which of them are labels, dropped lines and the right column's text."""

    spans: list[tuple[int, int]]
    labels: set[int] = field(default_factory=set)
    dropped: set[int] = field(default_factory=set)  # the second and later lines of a wrapped label
    values: set[int] = field(default_factory=set)  # the right column's lines


def label_column(texts: list[str]) -> int | None:
    """The right column's start when the text is laid out as labels beside their text, else None."""
    starts: Counter[int] = Counter()
    for text in texts:
        m = _ROW.match(text)
        if m is not None and m.start("value") >= _MIN_COLUMN and len(m.group("label")) < m.start("value"):
            starts[m.start("value")] += 1
    if not starts:
        return None
    column, rows = starts.most_common(1)[0]
    if rows < _MIN_ROWS:
        return None
    # Most lines with text are rows at the column or lines of the right column (indented to it or past it).
    lines = [t for t in texts if t.strip()]
    fits = sum(1 for t in lines if _row_at(t, column) or len(t) - len(t.lstrip(" ")) >= column)
    return column if fits * 3 >= len(lines) * 2 else None


def _row_at(text: str, column: int) -> bool:
    m = _ROW.match(text)
    return m is not None and m.start("value") == column


def split_columns(texts: list[str], spans: list[tuple[int, int]], column: int) -> Columns:
    """Cut each line of a two-column layout: a row into its label and its text, a line of the right
    column to its text. A label's later lines (a short line at the margin right under a label, or a
    row whose label is in lower case) are dropped."""
    out = Columns(spans=[])
    in_label = False  # the line above was part of a label: a short line at the margin goes on with it
    for text, (start, end) in zip(texts, spans, strict=True):
        indent = len(text) - len(text.lstrip(" "))
        m = _ROW.match(text)
        if m is not None and m.start("value") == column:
            label = m.group("label")
            (out.dropped if in_label and label[:1].islower() else out.labels).add(len(out.spans))
            out.spans.append((start, start + len(label)))
            out.values.add(len(out.spans))
            out.spans.append((start + column, end))
            in_label = True
        elif text.strip() and indent >= column:
            out.values.add(len(out.spans))
            out.spans.append((start + column, end))  # the right column, its indent taken off
            in_label = False
        elif text.strip() and indent == 0 and in_label and len(text.split()) <= 3:
            out.dropped.add(len(out.spans))  # "Responsibilities" under "Principal Duties and"
            out.spans.append((start, end))
        else:
            out.spans.append((start, end))
            in_label = False
    return out


def is_title_label(label: str) -> bool:
    """A label naming the job's title: "Job Title", "Job Title and Grade", "Post Title"."""
    words = re.sub(r"(?i)\s+and\s+(?:grade|band|salary|level)$", "", label.strip().rstrip(":"))
    return label_key(words) == "title" or words.lower() in ("post title", "title of post")
