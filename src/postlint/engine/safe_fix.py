"""When a term's replacement may become a ``--fix``: it edits exactly the reported text and reads well after.

Rules match a block's text, which in HTML and JSON-LD is decoded and folded
(``&amp;`` is "&", a line break is a space). A fix edits the source, so it is
offered only where the matched text is written there verbatim; anywhere else
the finding stands without a fix rather than risk editing text nobody reported.
A swap that would double a word ("workforce workforce", "chairs and chairs")
needs rewording, so it is not offered either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from postlint.model.diagnostic import Fix
from postlint.model.posting import Block, Posting

# Characters that are markup in a format's source: a replacement holding one would not read as text.
_MARKUP = {"html": "<>&", "jsonld": '<>&"\\'}
# Words that join two alternatives: "chairmen and chairwomen", "chairman or chairwoman".
_JOIN = r"(?:and|or|and/or|nor)"
_BETWEEN_PAIR = re.compile(rf"\W*(?:{_JOIN}\W+)?", re.IGNORECASE)
_WORD_BEFORE = re.compile(rf"([\w'’-]+)\W*(?:{_JOIN}\W*)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(rf"\W*(?:{_JOIN}\W+)?([\w'’-]+)", re.IGNORECASE)
_NEIGHBOUR = 80  # characters looked at on each side


def exact_fix(posting: Posting, block: Block, s: int, e: int, replacement: str) -> Fix | None:
    """A fix replacing ``block.text[s:e]``, or ``None`` unless that text is the source there verbatim."""
    start, end = block.at(s), block.end_at(e)
    if posting.source[start:end] != block.text[s:e]:
        return None  # an entity, a tag or folded whitespace inside: the mapping is not exact
    if any(ch in replacement for ch in _MARKUP.get(posting.format, "")):
        return None
    return Fix(start=start, end=end, replacement=replacement)


def repeats_a_neighbour(text: str, s: int, e: int, replacement: str) -> bool:
    """Whether the swap would double a word next to it, or across an "and"/"or".

    "workforce manpower" -> "workforce workforce" and "chairs and chairmen" ->
    "chairs and chairs" need rewording, not a swap.
    """
    words = replacement.lower().split()
    if not words:
        return False
    before = _WORD_BEFORE.search(text, max(0, s - _NEIGHBOUR), s)
    after = _WORD_AFTER.match(text, e, min(len(text), e + _NEIGHBOUR))
    return bool(before and before.group(1).lower() == words[0]) or bool(after and after.group(1).lower() == words[-1])


def doubled_pairs(text: str, hits: Sequence[tuple[int, int, str]]) -> set[int]:
    """Indexes of hits in one block whose swaps would read "chairs and chairs" together.

    ``hits`` are (start, end, replacement) in text order. Two neighbours with the
    same replacement, joined by nothing but punctuation and an "and"/"or", are
    both left unfixed: one swap alone still leaves the pair to reword.
    """
    doubled: set[int] = set()
    for i in range(1, len(hits)):
        (_, end, first), (start, _, second) = hits[i - 1], hits[i]
        if first and first.lower() == second.lower() and end <= start and _BETWEEN_PAIR.fullmatch(text, end, start):
            doubled.update((i - 1, i))
    return doubled
