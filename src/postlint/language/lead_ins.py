"""Bold lead-in lines: a Markdown line all in strong emphasis over the text it introduces.

"**Travel requirement:**" on its own line, then "Occasional travel..." in the
same paragraph, is a label and a sentence, not one sentence; sentence
segmentation (:func:`postlint.language.nlp.sentences`) leaves the label out,
as it leaves headings out.
"""

from __future__ import annotations

import re

from postlint.model.posting import Block, Posting

# A Markdown line that is all strong emphasis, with an optional colon (and list
# marker): "**Travel requirement:**" or "- **Objective 1: Set standards**".
_BOLD_LINE = re.compile(r"[ \t]*(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+)?(\*\*|__)(?=\S)[^\n]*?(?<=\S)\1[ \t]*:?[ \t]*$")


def label_lines(posting: Posting, block: Block) -> list[tuple[int, int]]:
    """Lines of a block, as ``block.text`` ranges, that are a bold lead-in over more text.

    "**Travel requirement:**" on its own line, then "Occasional travel..." in the
    same paragraph, is a label and a sentence, not one sentence: a label is not
    read, as headings are not.
    """
    if posting.format != "markdown":
        return []
    source, lines, pos = posting.source, block.text.split("\n"), 0
    bold: list[tuple[int, int] | None] = []
    for line in lines:
        found = None
        if line.strip():
            at = block.at(pos + len(line) - len(line.lstrip()))
            begin, end = source.rfind("\n", 0, at) + 1, source.find("\n", at)
            if _BOLD_LINE.match(source, begin, len(source) if end < 0 else end):
                found = (pos, pos + len(line) + 1)
        bold.append(found)
        pos += len(line) + 1
    # A label leads into text that is not bold itself (a bold paragraph that wraps is no label).
    return [span for span, after in zip(bold, bold[1:]) if span is not None and after is None]


def without(start: int, end: int, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``[start, end)`` less the ``cuts`` ranges, in order."""
    pieces, at = [], start
    for cut_start, cut_end in cuts:
        if cut_end <= at or cut_start >= end:
            continue
        if cut_start > at:
            pieces.append((at, cut_start))
        at = max(at, cut_end)
    if at < end:
        pieces.append((at, end))
    return pieces


# "Location: Washington, DC", "Series & Grade: 0301 - 15", "Work schedule: Full time": a field of
# the posting's header, written as a line of text. A label of up to five words, then a value of up
# to ten without a sentence's end ("Note: Applicants must apply by June 5." is a sentence).
_FIELD = re.compile(r"[A-Z][\w&/()’'-]*(?: [\w&/()’'-]+){0,4}:[ \t]+\S[^:\n]*")


def field_line(text: str) -> bool:
    """A sentence that is a "Label: value" field rather than prose."""
    text = text.strip()
    if _FIELD.fullmatch(text) is None or text[-1:] in ".!?":
        return False
    return len(text.split(":", 1)[1].split()) <= 10


# A line of a paragraph that opens with a field's label: "Start date: Monday, January 11, 2027" under
# "Job site: new acute care wing …" (the bold of "**Start date:**" blanked).
_FIELD_LINE_START = re.compile(r"\n[ \t]*(?=[A-Z][\w&/()’'-]*(?: [\w&/()’'-]+){0,4}:[ \t]+\S)")


def field_breaks(text: str) -> list[int]:
    """Offsets in a block's text where a line opens with a "Label: value" field after a line that does
    not end a sentence: Markdown runs such lines into one paragraph, but each is read on its own
    (blind set S41: four '**Label:** value' lines made a sentence of 33 words)."""
    if "\n" not in text:
        return []
    fields = [m.end() for m in _FIELD_LINE_START.finditer(text) if _last_mark(text, m.start()) not in ".!?"] if ":" in text else []
    # A line that opens a sentence as only a sentence opens ("We offer…", "When you apply…") after a line left
    # without its full stop: two sentences, not one of 40 words (blind set S81, a Workday page's pay lines).
    openers = [m.end() for m in _OPENER_LINE_START.finditer(text) if _last_mark(text, m.start()) not in ".!?:;,"]
    return sorted(fields + openers)


_OPENER_LINE_START = re.compile(r"\n[ \t]*(?=(?:We|You|Our|Your|This|These|When|If|Please)\s)")


def _last_mark(text: str, end: int) -> str:
    """The last character before ``end`` that is not white space ("" for none), found walking back."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end else ""
