"""The sentence around a hit, by a cheap split at '.', '!' or '?' before a space (no spaCy):
for rules that look at the words near a match ("in an EEO sentence?", "negated before it?")."""

from __future__ import annotations

import re

# Not the stop of an abbreviation that runs on inside a sentence: "lift approx. 50 lbs", "e.g. on a packing line",
# "with Dr. Okafor" (a split there gave one sentence two INC007 findings; review).
# The lookahead first: the look-behinds are tried only at a mark, not at every character (a scan of 128 characters
# cost 30 µs; a paragraph with a pronoun in every sentence asks for thousands).
_SENTENCE_END = re.compile(
    r"(?=[.!?])(?<!\b(?i:e\.g|i\.e|esp|mrs))(?<!\b(?i:vs|mr|ms|dr))(?<!\b(?i:incl|prof))(?<!\b(?i:approx))[.!?](?=\s|$)"
)


def sentence_start(text: str, offset: int) -> int:
    """Where the sentence of ``text`` holding ``offset`` starts: the last sentence end before it
    (found backwards, :func:`last_ends`: a scan from the text's start for every look-up made a block of
    3,000 short sentences with a pronoun in each quadratic, 23 s)."""
    ends = last_ends(_SENTENCE_END, text, 1, offset)
    return ends[0] if ends else 0


def last_ends(pattern: re.Pattern[str], text: str, count: int, end: int | None = None) -> list[int]:
    """``[m.end() for m in pattern.finditer(text, 0, end)][-count:]``, found backwards from ``end`` (the text's end by
    default) in growing windows: the sentence stops just before a pronoun or a hit, wanted once per hit, where a scan
    of the whole context made a paragraph with a pronoun in every sentence slow (the speed issue's hostile input).
    For patterns whose matches are one mark or blanks only: a window opens after a character that is not blank, so
    no match is cut at its start."""
    end = len(text) if end is None else end
    window = 64
    while True:
        low = max(0, end - window)
        while low > 0 and text[low - 1].isspace():
            low -= 1
        ends = [m.end() for m in pattern.finditer(text, low, end)]
        if len(ends) >= count or low == 0:
            return ends[-count:]
        window *= 4


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of ``text`` starts, 0 first: for many look-ups in one text,
    ``starts[bisect_right(starts, offset) - 1]`` is ``sentence_start(text, offset)`` for any
    offset that does not follow a full stop directly (a word's start after a blank, a comma)."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that contains ``text[start:end]``."""
    right = _SENTENCE_END.search(text, end)
    return text[sentence_start(text, start) : right.end() if right else len(text)]
