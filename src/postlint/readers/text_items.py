"""Lines of plain text that are list items without bullets, and metadata values.

Scraped postings lose their bullets: a qualifications list arrives as one
item per line with no end punctuation. Joined into one paragraph it would read
as a single 85-word "sentence". A line break ends an item when the line has no
end punctuation, does not end mid-phrase ("…with the"), and the next line
starts a new item (a capital or a digit). Hard-wrapped prose (lines of about
the same width) is left alone unless a line is clearly short.
"""

from __future__ import annotations

import re
from typing import Any

from postlint.language.line_breaks import continues
from postlint.readers.header_box import iso_date

_TERMINAL = ".!?:;"


def _starts_item(line: str) -> bool:
    first = line.lstrip().lstrip("*_")[:1]  # emphasis markers left from Markdown ("*Out of caution…") are no words
    return first.isupper() or first.isdigit() or first in "\"“'(‘$€£"


def _short_sentences(line: str) -> bool:
    """A line of one or two sentences, as a list item may hold: a capital first, end punctuation last."""
    stripped = line.strip()
    return _starts_item(stripped) and stripped[-1:] in ".!?;" and len(stripped.split()) <= 35 and len(_SENTENCE_END.findall(stripped[:-1])) <= 1


_SENTENCE_END = re.compile(r"[.!?]+\s")


def _one_sentence(line: str) -> bool:
    """A line that is one sentence: a capital first, end punctuation last, no sentence end inside."""
    stripped = line.strip()
    inner = stripped[:-1]
    return (
        _starts_item(stripped) and stripped[-1:] in ".!?;" and len(stripped.split()) <= 35
        and not any(mark in inner for mark in (". ", "! ", "? "))
    )


# Who a sentence of prose is about: a list item opens with a verb, a noun or "You" ("You will…").
_NARRATOR = frozenset("the our this these those it its many most some we they she he there here each all every".split())


# "There's", "We're", "It’s": the word the sentence opens with.
_CONTRACTION = re.compile(r"['’](?:s|re|ve|ll|d)$")
# "The ability to lift 50 lbs.", "The successful candidate will…": what is asked for, a list item still.
_ASKED_FOR = re.compile(r"(?i)the\s+(?:ability|capacity|willingness|desire|skills?|knowledge|candidate|ideal|successful|right|applicant|person)\b")


def _narrated(texts: list[str]) -> bool:
    """Lines of one sentence each that tell about someone or something ("The department is led by…",
    "Patients are admitted…", "Our patients range…"), long on average: paragraphs an export set one a
    line (blind set S46), not a list."""
    openers = sum(
        _CONTRACTION.sub("", t.split()[0].strip("\"“*_").lower()) in _NARRATOR and not _ASKED_FOR.match(t.lstrip()) for t in texts if t.split()
    )
    words = sum(len(t.split()) for t in texts)
    return (openers * 2 >= len(texts) and words >= 12 * len(texts)) or words >= 17 * len(texts)


# A row that opens with an amount and a gap: a pay scale printed in columns ("€45,034  €46,421  …").
_AMOUNT_ROW = re.compile(r"[$€£¥₹]\s?\d[\d,.]*(?: {2,}|\s*$)")


def split_paragraph(source: str, lines: list[tuple[int, int]], *, after_list: bool = False) -> list[tuple[str, int, int]]:
    """A paragraph's lines as (kind, start, end) parts: one paragraph, or list items. ``after_list``: the
    lines follow bulleted items, so sentences one a line are no list that lost its bullets."""
    texts = [source[s:e] for s, e in lines]
    widths = [len(t.rstrip()) for t in texts]
    widest = max(widths)
    # Hard-wrapped prose: every line break was forced, the next line's first word would not have fitted. A PDF
    # sets its text in a font of varying widths: a word a few characters shorter may not have fitted (blind set S93).
    firsts = [len(t.split()[0]) if t.split() else 0 for t in texts]
    # (Lines that end with a semicolon or colon are items, however long: "i) Organising farmer field days …;").
    slack = 3 if len(texts) >= 3 and not any(t.rstrip()[-1:] in ";:" for t in texts[:-1]) else 0
    wrapped = 60 <= widest <= 100 and all(widths[i] + 1 + firsts[i + 1] > widest - slack for i in range(len(texts) - 1))
    cuts = []
    bare = 0  # items that end without punctuation
    for i in range(len(texts) - 1):
        line, nxt = texts[i].rstrip(), texts[i + 1]
        if continues(line) or not _starts_item(nxt):
            continue
        if _AMOUNT_ROW.match(line.lstrip()) and _AMOUNT_ROW.match(nxt.lstrip()):
            continue  # a pay scale's points wrapped over rows: one table, not items
        if wrapped and widths[i] >= 0.7 * widest:
            continue
        cuts.append(i)
        bare += line[-1:] not in _TERMINAL
    # An item ends without punctuation; once items do, the lines that end with a full stop are items too.
    # One bare line among sentences is a stray label or link text ("Assessment accommodation"), not a list.
    signal = bare >= 2 or (bare == 1 and bare * 2 >= len(texts) - 1)
    # Three or more: two short sentences on two lines are as often a paragraph as a list. In
    # five or more, one line may add a short second sentence ("MUST HAVE OWN BOOTS!! No exceptions.").
    singles = sum(_one_sentence(t) for t in texts)
    one_each = len(texts) >= 3 and (
        singles == len(texts) or (len(texts) >= 5 and singles == len(texts) - 1 and all(_short_sentences(t) for t in texts))
    )
    # "Utilizing service management tools;" one a line: a semicolon list, whatever the lines hold.
    semicolons = sum(t.rstrip().endswith(";") for t in texts)
    if not wrapped and semicolons >= 2 and all(t.rstrip()[-1:] in ".;!?" for t in texts[:-1]):
        return [("list_item", s, e) for s, e in lines]
    if not signal and not wrapped and one_each and not after_list and not _narrated(texts):
        # One complete sentence a line, not wrapped: a list that lost its bullets.
        return [("list_item", s, e) for s, e in lines]
    if not signal and not wrapped and all(t.rstrip()[-1:] in ".!?:" for t in texts) and max(len(t.split()) for t in texts) >= 15:
        # Unwrapped lines that each end a sentence, some of them long: one paragraph a line
        # (an export that dropped the blank lines between paragraphs).
        return [("paragraph", s, e) for s, e in lines]
    if not signal:
        return [("paragraph", lines[0][0], lines[-1][1])]
    parts: list[tuple[str, int, int]] = []
    first = 0
    for cut in [*cuts, len(lines) - 1]:
        parts.append(("list_item", lines[first][0], lines[cut][1]))
        first = cut + 1
    # Long prose among the items is a paragraph: an opening sentence ("We need someone with these
    # skills."), or a paragraph of several sentences an export left without a blank line around it.
    for i, (_, start, end) in enumerate(parts):
        words = source[start:end].split()
        ends = source[start:end].rstrip()[-1:] in ".!?"
        if ends and ((i == 0 and len(words) > 25) or (len(words) > 30 and ". " in source[start:end])):
            parts[i] = ("paragraph", start, end)
    return parts


_DATE_KEYS = frozenset({"date-posted", "closes"})


def meta_value(key: str, value: str) -> Any:
    """A header value as front matter would hold it: dates in ISO 8601 when they parse."""
    value = value.strip()
    if key in _DATE_KEYS:
        return iso_date(value) or value
    return value
