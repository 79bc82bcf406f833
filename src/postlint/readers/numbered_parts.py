"""A document's numbered parts in plain text: "1. Position Purpose", "2. Key Responsibilities".

A Word job description pasted into an ATS, or a PDF's text, numbers its headings in title case
(blind set S120). A numbered line alone cannot say whether it heads a part or is one item of a list
("1. Review invoices daily.", "1. Resume" / "2. Cover Letter"), so the lines are judged together:
short title-case lines, none in a run of numbered lines, numbered upwards through the document,
with text under them and words that name a posting's parts. ALL-CAPS numbered parts are
:func:`postlint.readers.text_shapes.banner`'s already.
"""

from __future__ import annotations

import re

from postlint.model.schema import normalize_heading
from postlint.readers.text_shapes import has_heading_word

# "3. About You", "4) Key Selection Criteria:": a number, then a capital and a few words, no sentence's stop.
_NUMBERED_TITLE = re.compile(r"^[ \t]*(?P<num>\d{1,2})[.)][ \t]+(?P<text>[A-Z][A-Za-z&/,'’ -]{0,60}?)[ \t]*:?[ \t]*$")
# Any numbered line: a neighbour that makes a line one item of a numbered list.
_NUMBERED = re.compile(r"^[ \t]*\(?\d{1,3}[.)][ \t]")
_SMALL = frozenset("a an and or of the to for in on at by with from per".split())


def _title_case(text: str, aliases: set[str] | frozenset[str]) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 6:
        return False
    return normalize_heading(text) in aliases or all(w.lower() in _SMALL or not w[0].islower() for w in words)


def numbered_parts(
    texts: list[str], blank: list[bool], banners: list[object], aliases: set[str] | frozenset[str]
) -> dict[int, tuple[int, int]]:
    """Line number -> (start, end) of the heading's words, for the lines that number a document's parts."""
    found: list[tuple[int, int, tuple[int, int], str]] = []
    for n, text in enumerate(texts):
        if blank[n] or banners[n] is not None or not (m := _NUMBERED_TITLE.match(text)):
            continue
        if not _title_case(m.group("text"), aliases):
            continue
        # A line with a numbered line right above or below it is one item of a list ("1. Resume" / "2. Cover Letter").
        if any(0 <= k < len(texts) and not blank[k] and _NUMBERED.match(texts[k]) for k in (n - 1, n + 1)):
            continue
        found.append((n, int(m.group("num")), m.span("text"), m.group("text")))
    # The parts count upwards; a line numbered again from below is an item of a list inside one.
    parts: list[tuple[int, int, tuple[int, int], str]] = []
    for entry in found:
        if not parts or entry[1] > parts[-1][1]:
            parts.append(entry)
    if not parts:
        return {}
    named = sum(1 for *_, words in parts if normalize_heading(words) in aliases)
    worded = sum(1 for *_, words in parts if has_heading_word(words))
    if not (named >= 1 and (worded >= 2 or len(parts) == 1)):
        return {}
    # Most parts hold text before the next one; a run of one-line entries is a list, blank lines or not.
    ends = [p[0] for p in parts[1:]] + [len(texts)]
    held = sum(1 for (n, *_), end in zip(parts, ends) if any(not blank[k] for k in range(n + 1, end)))
    if 2 * held < len(parts) + (len(parts) == 1):
        return {}
    return {n: span for n, _, span, _ in parts}
