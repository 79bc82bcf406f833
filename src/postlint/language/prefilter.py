"""A cheap pre-check that rules text out before a slow case-insensitive pattern runs.

Many rule patterns are case-insensitive and try every position of every block,
yet most blocks lack the few words a pattern cannot match without. Looking for
those words with ``in`` in the lower-cased text costs a small fraction of a
scan. The check never rules out text the pattern would match: under
``re.IGNORECASE`` an ASCII letter matches itself, its capital, the Kelvin sign
(which ``str.lower()`` also turns into "k") and three letters that
``str.lower()`` does not turn into it (long s, dotless i, dotted capital I);
text holding one of those three is never ruled out.
"""

from __future__ import annotations

import contextlib
import re
import weakref
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from postlint.model.posting import Block, Posting

# The letters re.IGNORECASE equates with an ASCII letter other than its two cases, or
# that lower() turns into one: dotted capital I (lower() also changes its length),
# dotless i, long s, Kelvin sign.
CASE_FOLD_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")


def lower_case_is_exact(text: str) -> bool:
    """Whether lower-case ASCII patterns searched case-sensitively in ``text.lower()``
    find what they find with ``re.IGNORECASE`` in ``text``, at the same offsets."""
    # Substring tests rather than a character class: instant on text without such letters.
    return text.isascii() or not any(trap in text for trap in CASE_FOLD_TRAPS)


def may_contain(text: str, words: Iterable[str]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower-case ASCII) in any case.

    ``False`` only when no case-insensitive pattern that needs one of the words can match.
    """
    lowered = text.lower()
    return any(word in lowered for word in words) or not lower_case_is_exact(text)


# Escapes (\S, \W, \b…) and group syntax ("(?P<name>") hold capitals that match no letter;
# a character written by its code ("\u017f") is that character.
_NOT_LETTERS = re.compile(r"\\.|\(\?P[<=]\w*")
_CODED = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2}))")


def _decoded(source: str) -> str:
    """A pattern's source with each character written by its code ("\\u017f") as that character."""
    return _CODED.sub(lambda m: chr(int(m.group(m.lastindex), 16)), source)


def _letters(source: str) -> str:
    """The characters of a pattern's source that match themselves, escapes apart."""
    return _NOT_LETTERS.sub("", _decoded(source))


# A range reaches beyond ASCII only if an end of it does, and an end sits next to its "-" (once
# characters written by their code are decoded) or is written in octal or by name.
_WIDE_RANGE_END = re.compile(r"[^\x00-\x7f]-|-[^\x00-\x7f]|\\[0-7N]")


def _range_letters(source: str) -> Iterator[str]:
    """Every character inside a class's ranges beyond ASCII ("[à-ɏ]" holds long s), which the range's ends do not show."""
    if not _WIDE_RANGE_END.search(_decoded(source)):
        return  # parsing a long pattern to find no such range cost more than compiling it
    from re import _parser  # the parsed pattern: the only exact account of its ranges

    def walk(node: Any) -> Iterator[str]:
        if isinstance(node, tuple) and len(node) == 2 and node[0] is _parser.RANGE:
            if node[1][1] > 0x7F:
                yield from map(chr, range(node[1][0], node[1][1] + 1))
        elif isinstance(node, (list, tuple, _parser.SubPattern)):
            for part in node:
                yield from walk(part)

    yield from walk(_parser.parse(source))


def _twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    source = pattern.pattern
    if not (pattern.flags & re.IGNORECASE) or "(?-i" in source:
        raise ValueError(f"not a case-insensitive pattern: {source[:60]!r}")
    if not all(_lower_case_only(c) for c in _letters(source)) or not all(map(_lower_case_only, _range_letters(source))):
        raise ValueError(f"a capital or a Greek or Cyrillic letter in {source[:60]!r}: lower-cased text cannot match it alike")
    lowered = re.compile(source.removeprefix("(?i)"), pattern.flags & ~re.IGNORECASE)
    if lowered.flags & re.IGNORECASE:  # an inline flag other than a leading "(?i)"
        raise ValueError(f"put the case-insensitive flag first, as '(?i)': {source[:60]!r}")
    return lowered


def _lower_case_only(c: str) -> bool:
    """Whether lower-cased text matches ``c`` where ``re.IGNORECASE`` would: a caseless character, or a
    lower-case letter of the Latin blocks, whose one other case ``str.lower()`` folds into it. Not dotless
    i or long s, nor the Greek and Cyrillic letters that IGNORECASE equates with a second lower-case one."""
    if c.lower() == c.upper() and c not in "\u0131\u017f":
        return True
    return c == c.lower() and (c.isascii() or "\u00c0" <= c <= "\u024f") and c not in "\u0131\u017f"


class LoweredPattern:
    """A case-insensitive pattern run case-sensitively on lower-cased text, with the same answer.

    ``re.IGNORECASE`` makes a scan of a long alternation two to three times slower; lower-casing
    the text costs far less. The twin is exact when the pattern's letters are lower-case ASCII or
    Latin (checked when the twin is made, on first use: tests/test_lowered_patterns.py makes every
    rule's twin, so a capital added later fails there) and the text is one :func:`lower_case_is_exact`
    accepts; other text is searched with the pattern itself. ``str.lower()`` keeps the length of
    such text, so the offsets are the original's too. The twin is compiled on first use, not at
    import: a cold run that never reaches the rule pays nothing for it.
    """

    __slots__ = ("pattern", "_lowered", "__weakref__")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._lowered: re.Pattern[str] | None = None
        _MADE.add(self)

    @property
    def lowered(self) -> re.Pattern[str]:
        """The case-sensitive twin for lower-cased text (``ValueError`` for a pattern it cannot stand for)."""
        if self._lowered is None:
            self._lowered = _twin(self.pattern)
        return self._lowered

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """``pattern.search(text, pos)``: the twin finds where the first match starts, and the
        pattern itself matches there, so the match (its groups too) is the pattern's own."""
        if not lower_case_is_exact(text):
            return self.pattern.search(text, pos)
        m = self.lowered.search(text.lower(), pos)
        return self.pattern.match(text, m.start()) if m else None

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos)`` for a pattern that never matches the empty string."""
        if not lower_case_is_exact(text):
            yield from self.pattern.finditer(text, pos)
            return
        low = text.lower()
        while (m := self.lowered.search(low, pos)) is not None:
            found = self.pattern.match(text, m.start())
            if found is None or found.end() == found.start():
                raise ValueError(f"a pattern that matches the empty string: {self.pattern.pattern[:60]!r}")
            yield found
            pos = found.end()

    def found_in(self, text: str) -> bool:
        return (self.lowered.search(text.lower()) if lower_case_is_exact(text) else self.pattern.search(text)) is not None


# Every LoweredPattern alive, so a process about to fork workers can make their twins once (make_twins).
_MADE: weakref.WeakSet[LoweredPattern] = weakref.WeakSet()


def make_twins() -> None:
    """Compile the twin of every LoweredPattern alive (about 25 ms), e.g. before forking
    workers, which would each compile them on first use. A pattern refused a twin raises
    where it is used, not here."""
    for pattern in list(_MADE):
        with contextlib.suppress(ValueError, re.error):
            pattern.lowered  # noqa: B018 - made on first use


@dataclass(frozen=True)
class _LoweredPosting:
    """Every block of a posting lower-cased once, one block per line, for word look-ups."""

    text: str
    starts: list[int]  # where each block's line starts in ``text``
    blocks: list[Block]
    unsure: frozenset[int]  # ids of blocks where lower_case_is_exact fails: any word may match
    ids: frozenset[int]  # ids of every block indexed here


def _lowered_posting(posting: Posting) -> _LoweredPosting:
    cached = posting._cache.get("lowered-posting")
    if cached is None:
        blocks = list(posting.blocks())
        lowered = [b.text.lower() for b in blocks]
        starts, at = [], 0
        for low in lowered:
            starts.append(at)
            at += len(low) + 1
        text = "\n".join(lowered)
        unsure = frozenset(id(b) for b in blocks if not lower_case_is_exact(b.text))
        cached = posting._cache["lowered-posting"] = _LoweredPosting(text, starts, blocks, unsure, frozenset(map(id, blocks)))
    return cached


class _Words:
    """Every word any caller of :func:`blocks_with` has asked about, in one Aho-Corasick
    automaton: one pass over a posting finds all of them, where a pattern per word
    list scanned the posting once per list. Words join as callers first ask; after
    the first posting or two the set is complete and the automaton stays as it is."""

    def __init__(self) -> None:
        self.known: set[str] = set()
        self.automaton: Any = None
        self.version = 0

    def learn(self, words: Sequence[str]) -> None:
        new = [w for w in words if w not in self.known]
        if not new:
            return
        import ahocorasick

        self.known.update(new)
        automaton = ahocorasick.Automaton()
        for word in self.known:
            automaton.add_word(word, word)
        automaton.make_automaton()
        self.automaton = automaton
        self.version += 1


_WORDS = _Words()


def _word_blocks(posting: Posting, index: _LoweredPosting) -> dict[str, set[int]]:
    """word -> ids of the blocks whose lower-cased text holds it, for every known word (one pass)."""
    key = ("word-blocks", _WORDS.version)
    found: dict[str, set[int]] | None = posting._cache.get(key)
    if found is None:
        found = {}
        for end, word in _WORDS.automaton.iter(index.text):
            block = index.blocks[bisect_right(index.starts, end) - 1]  # a word never spans a line break
            found.setdefault(word, set()).add(id(block))
        posting._cache[key] = found
    return found


def blocks_matching(posting: Posting, blocks: Iterable[Block], hint: re.Pattern[str]) -> list[Block]:
    """The blocks where ``hint`` (a case-sensitive pattern for lower-case ASCII text) may
    match, in the order given: for hints a substring cannot say, such as the whole word
    "men", which :func:`blocks_with` would find in every "management".

    The hint runs once over the whole lower-cased posting; a match never spans a line break.
    """
    index = _lowered_posting(posting)
    key = ("blocks-matching", hint.pattern)
    holding: set[int] | None = posting._cache.get(key)
    if holding is None:
        holding = set(index.unsure)
        for m in hint.finditer(index.text):
            holding.add(id(index.blocks[bisect_right(index.starts, m.start()) - 1]))
        posting._cache[key] = holding
    return [b for b in blocks if id(b) in holding or (id(b) not in index.ids and bool(hint.search(b.text.lower())))]


def blocks_with(posting: Posting, blocks: Iterable[Block], words: Sequence[str]) -> list[Block]:
    """The blocks that may hold one of ``words`` (lower-case ASCII, no line break), as
    :func:`may_contain` would judge each, in the order given.

    Several rules ask about the same blocks: the posting is lower-cased once and
    every known word is looked for in one pass over all of its blocks.
    """
    if not words:
        return [b for b in blocks if may_contain(b.text, words)]
    index = _lowered_posting(posting)
    key = ("blocks-with", tuple(words))
    holding: set[int] | None = posting._cache.get(key)
    if holding is None:
        _WORDS.learn(words)
        occurrences = _word_blocks(posting, index)
        holding = set(index.unsure)
        for word in words:
            holding.update(occurrences.get(word, ()))
        posting._cache[key] = holding
    return [b for b in blocks if id(b) in holding or (id(b) not in index.ids and may_contain(b.text, words))]
