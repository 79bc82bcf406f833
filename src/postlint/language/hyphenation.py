"""Pyphen's hyphenation patterns, each parsed only when a word first needs it.

A syllable count asks Pyphen only about the few words the CMU dictionary
lacks, but ``Pyphen(lang="en_US")`` first parses all 11,000 patterns of its
dictionary: about 70 ms, a twentieth of a cold ``postlint check``. The table
built here indexes the pattern lines by their letters (a few ms) and parses a
line on its first lookup. Pyphen keeps one parsed dictionary per file in
``pyphen.hdcache``; a dictionary put there with this table runs Pyphen's own
hyphenation code unchanged. That cache is Pyphen's internals: whenever they
are not the ones this was written for (pyphen 0.18), :func:`preload` does
nothing and Pyphen parses the file itself; tests/test_hyphenation.py compares
both on every pattern and on the CMU dictionary's words.
"""

from __future__ import annotations

import re
from typing import Any

_NO_DIGITS = str.maketrans("", "", "0123456789")
# Pyphen's reading of a pattern: a digit (or nothing) before each letter, and after the last one.
_DIGIT_THEN_LETTER = re.compile(r"(\d?)(\D?)")

Pattern = tuple[int, tuple[int, ...]]  # where the values start in the letters, and the values


class LazyPatterns:
    """Pyphen's pattern table (letters -> ``(start, values)``), one line parsed on first lookup."""

    def __init__(self, lines: list[str]) -> None:
        # A pattern's letters are its line without the digits ("4m1p" -> "mp").
        letters = "\n".join(lines).translate(_NO_DIGITS).split("\n")
        self._lines = dict(zip(letters, lines, strict=True))
        self._parsed: dict[str, Pattern | None] = {}
        # Bounds the substrings Pyphen looks up; a longer bound than Pyphen's own
        # (lines of zeros count here) only adds lookups that find nothing.
        self.longest = max(map(len, self._lines), default=0)

    def get(self, letters: str) -> Pattern | None:
        line = self._lines.get(letters)
        if line is None:
            return None
        if line not in self._parsed:
            self._parsed[line] = _parse(line)
        return self._parsed[line]


def _parse(line: str) -> Pattern | None:
    """A line as Pyphen stores it: zeros trimmed from both ends, ``None`` if only zeros."""
    values = tuple(int(digit or "0") for digit, _ in _DIGIT_THEN_LETTER.findall(line))
    if max(values) == 0:
        return None
    start, end = 0, len(values)
    while not values[start]:
        start += 1
    while not values[end - 1]:
        end -= 1
    return start, values[start:end]


def preload(lang: str) -> None:
    """Put a lazily parsed dictionary for ``lang`` in Pyphen's cache, if Pyphen is the version this knows."""
    import pyphen

    try:
        path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
        cache: dict[Any, Any] = pyphen.hdcache
        ignored: tuple[str, ...] = pyphen.ignored
        dictionary = object.__new__(pyphen.HyphDict)
    except (AttributeError, KeyError, TypeError):
        return
    if path in cache:
        return
    encoding, _, body = path.read_bytes().partition(b"\n")
    text = body.decode("utf-8") if encoding.strip().upper() == b"UTF-8" else ""
    # Escaped characters (^^e9) and non-standard hyphenation (ff=f) need Pyphen's full parser.
    if not text or "^^" in text or "/" in text:
        return
    lines = [line.strip() for line in text.split("\n")]
    patterns = LazyPatterns([line for line in lines if line and not line.startswith(ignored)])
    dictionary.patterns = patterns
    dictionary.cache = {}
    dictionary.maxlen = patterns.longest
    cache[path] = dictionary
