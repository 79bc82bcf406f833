"""The sentence around a hit, by a cheap split at '.', '!' or '?' before a space (no spaCy):
for rules that look at the words near a match ("in an EEO sentence?", "negated before it?")."""

from __future__ import annotations

import re

# Not the stop of an abbreviation that runs on inside a sentence: "lift approx. 50 lbs", "e.g. on a packing line",
# "with Dr. Okafor" (a split there gave one sentence two INC007 findings; review).
_SENTENCE_END = re.compile(
    r"(?<!\b(?i:e\.g|i\.e|esp|mrs))(?<!\b(?i:vs|mr|ms|dr))(?<!\b(?i:incl|prof))(?<!\b(?i:approx))[.!?](?=\s|$)"
)


def sentence_start(text: str, offset: int) -> int:
    """Where the sentence of ``text`` holding ``offset`` starts."""
    return max((m.end() for m in _SENTENCE_END.finditer(text, 0, offset)), default=0)


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of ``text`` starts, 0 first: for many look-ups in one text,
    ``starts[bisect_right(starts, offset) - 1]`` is ``sentence_start(text, offset)`` for any
    offset that does not follow a full stop directly (a word's start after a blank, a comma)."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(text))]


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that contains ``text[start:end]``."""
    right = _SENTENCE_END.search(text, end)
    return text[sentence_start(text, start) : right.end() if right else len(text)]
