"""Gender-coded word stems (Gaucher, Friesen & Kay 2011) and how to find them in text.

The stems live in ``rules/inclusivity/gender-coded-words.toml``; this module loads them once and finds the
coded words of a text (the rules on them, INC001 and INC015, are in
:mod:`postlint.builtin.inclusivity.coded_words`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from postlint.language.prefilter import lower_case_is_exact
from postlint.resources import rules_dir

Gender = Literal["masculine", "feminine"]


DATA_FILE = "inclusivity/gender-coded-words.toml"

# Words with inner hyphens or apostrophes, as gender-decoder splits them.
_WORD = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*")
_PARTS = re.compile(r"([-'])")


@dataclass(frozen=True, slots=True)
class Coded:
    """One coded word: ``text[start:end]`` in the string it was found in."""

    start: int
    end: int
    word: str
    gender: Gender
    stem: str


@dataclass(frozen=True)
class Stems:
    exact: dict[str, tuple[Gender, str]]
    prefixes: tuple[tuple[str, Gender], ...]
    exceptions: re.Pattern[str] | None
    alternatives: dict[str, list[str]]
    source: str
    # The same scans for lower-cased text (see ``_lowered_scans``): ``candidates``
    # finds where a coded word may start, ``lowered_exceptions`` is ``exceptions``.
    candidates: _StemStarts | None = None
    lowered_exceptions: re.Pattern[str] | None = None
    # Prefix stems by length, longest first: one dict probe per length instead of
    # a startswith per stem; the first stem listed wins a tie, as in ``prefixes``.
    _by_length: tuple[tuple[int, dict[str, tuple[Gender, str]]], ...] = field(default=(), compare=False, repr=False)
    _memo: dict[str, tuple[Gender, str] | None] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self._by_length and self.prefixes:
            by_length: dict[int, dict[str, tuple[Gender, str]]] = {}
            for prefix, gender in self.prefixes:
                by_length.setdefault(len(prefix), {}).setdefault(prefix, (gender, prefix + "*"))
            object.__setattr__(self, "_by_length", tuple(sorted(by_length.items(), key=lambda kv: -kv[0])))

    def lookup(self, word: str) -> tuple[Gender, str] | None:
        """The coding of a lower-case word, or ``None`` (memoised: postings repeat words)."""
        try:
            return self._memo[word]
        except KeyError:
            pass
        hit = self.exact.get(word)
        if hit is None:
            for length, table in self._by_length:
                if len(word) >= length:
                    hit = table.get(word[:length])
                    if hit is not None:
                        break
        self._memo[word] = hit
        return hit


@lru_cache(maxsize=1)
def stems() -> Stems:
    data = tomllib.loads((rules_dir() / DATA_FILE).read_text(encoding="utf-8"))
    exact: dict[str, tuple[Gender, str]] = {}
    prefixes: list[tuple[str, Gender]] = []
    every_prefix = data.get("match") == "prefix"  # gender-decoder's semantics: each word is a prefix
    for gender in ("masculine", "feminine"):
        for stem in data[gender]:
            if every_prefix and not stem.endswith("*"):
                stem += "*"
            if stem.endswith("*"):
                prefixes.append((stem[:-1].lower(), gender))
            else:
                exact[stem.lower()] = (gender, stem)
    # Longest prefix first, so "self-confiden" wins over a shorter stem.
    prefixes.sort(key=lambda p: -len(p[0]))
    words = data.get("exceptions", [])
    regex = None
    if words:
        regex = re.compile(rf"(?<!\w)(?:{_alternation(words)})(?![\w-])", re.IGNORECASE)
    alternatives = {k.lower(): list(v) for k, v in data.get("alternatives", {}).items()}
    candidates, lowered_exceptions = _lowered_scans([*exact, *(p for p, _ in prefixes)], words)
    return Stems(exact, tuple(prefixes), regex, alternatives, data.get("source", ""), candidates, lowered_exceptions)


def _lowered_scans(stems: list[str], exceptions: list[str]) -> tuple[_StemStarts | None, re.Pattern[str] | None]:
    """Case-sensitive scans of lower-cased text, about three times faster than ``re.IGNORECASE``.

    The first finds where a coded word may start: a stem right after a non-letter
    (every coded word part starts so: a word, or a part after its ``-`` or ``'``).
    The second is the exception pattern, or ``None`` when an exception holds a
    non-ASCII letter (whose case folding ``lower()`` may not match).
    """
    candidates = None
    if stems:
        spelled = sorted({s.replace("'", "’") for s in stems} | set(stems))  # "’" reads as "'" in lookups
        candidates = _StemStarts(spelled)
    lowered_exceptions = None
    if exceptions and all(c.isascii() or not c.isalpha() for w in exceptions for c in w):
        lowered_exceptions = re.compile(rf"(?<!\w)(?:{_alternation([w.lower() for w in exceptions])})(?![\w-])")
    return candidates, lowered_exceptions


def _alternation(words: list[str]) -> str:
    """``w1|w2|...`` for literal words, with one shared look-behind outside it and the
    words grouped by first letter (``a(?:ctive|...)|b(?:...)``) so the scan rejects
    most positions with one test instead of one per word (about 60x faster than one
    look-around per word). At a given position only one group can match and each
    group keeps the words' order, so the first listed word still wins, as before."""
    if not all(w[:1].isascii() and w[:1].isalnum() for w in words):
        return "|".join(re.escape(w) for w in words)
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0].lower(), []).append(w)
    return "|".join(re.escape(k) + "(?:" + "|".join(re.escape(w[1:]) for w in ws) + ")" for k, ws in groups.items())


def find_coded(text: str) -> list[Coded]:
    """Coded words in ``text``; hyphenated words count by their coded parts
    (``decision-making``) unless the whole word is a coded stem (``self-reliant``)."""
    found: list[Coded] = []
    excepted: list[tuple[int, int]] | None = None
    table = stems()
    # Where lowering is exact, the faster lower-case scans find what the others would.
    lowered = text.lower() if lower_case_is_exact(text) else None
    for match in _WORD.finditer(text) if lowered is None else _candidate_words(text, lowered, table):
        token = match.group()
        parts = _PARTS_MEMO.get(token)
        if parts is None:
            parts = _coded_parts(token)
        if not parts:
            continue  # most words: no need to look for exception phrases
        if excepted is None:
            # Found lazily: most blocks have no coded word, and the scan costs more than the words.
            if lowered is not None and table.lowered_exceptions is not None:
                excepted = [m.span() for m in table.lowered_exceptions.finditer(lowered)]
            else:
                excepted = [m.span() for m in table.exceptions.finditer(text)] if table.exceptions else []
        start = match.start()
        if excepted and any(s <= start < e for s, e in excepted):
            continue
        for offset, length, part, gender, stem in parts:
            at = start + offset
            if offset and excepted and any(s <= at < e for s, e in excepted):
                continue
            found.append(Coded(at, at + length, part, gender, stem))
    return found


class _StemStarts:
    """Where a coded word may start in lower-cased text: a stem right after a non-letter
    (``(?<![a-z])`` then one of the stems, as a pattern would say it). One Aho-Corasick
    pass finds every stem, where the pattern tried each position in turn."""

    def __init__(self, stems: list[str]) -> None:
        import ahocorasick

        self.automaton = ahocorasick.Automaton()
        for stem in stems:
            self.automaton.add_word(stem, len(stem))
        self.automaton.make_automaton()

    def starts(self, lowered: str) -> list[int]:
        """The offsets, in order, where the pattern ``(?<![a-z])(?:stem|...)`` matches."""
        found = set()
        for end, length in self.automaton.iter(lowered):
            start = end - length + 1
            if not start or not ("a" <= lowered[start - 1] <= "z"):
                found.add(start)
        return sorted(found)


# Runs of letters and joiners: _WORD splits a run into words the same way
# wherever it stands, since no word spans a character outside the run.
_RUN = re.compile(r"[A-Za-z'’-]+")
_RUN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'’-")


def _candidate_words(text: str, lowered: str, table: Stems) -> Iterator[re.Match[str]]:
    """The words of ``text`` (``_WORD`` matches, in order) that may be coded.

    Looking each word up costs a Python step per word; a stem scan in C finds the
    few runs of letters that can hold a coded word, and only their words are read.
    """
    if table.candidates is None:
        return
    pos = 0
    for start in table.candidates.starts(lowered):
        if start < pos:
            continue  # inside a run already read
        while start and text[start - 1] in _RUN_CHARS:
            start -= 1
        end = _RUN.match(text, start).end()  # type: ignore[union-attr]  # text[start] is a letter
        yield from _WORD.finditer(text, start, end)
        pos = end  # the run's other stems were read with it


_PARTS_MEMO: dict[str, tuple[tuple[int, int, str, Gender, str], ...]] = {}


def _coded_parts(token: str) -> tuple[tuple[int, int, str, Gender, str], ...]:
    """The coded parts of one word as (offset, length, text, gender, stem), memoised per spelling."""
    cached = _PARTS_MEMO.get(token)
    if cached is not None:
        return cached
    table = stems()
    word = token.lower().replace("’", "'")
    whole = table.lookup(word) if "-" in word else None
    if whole is not None and "-" not in whole[1]:
        whole = None  # "leader-supporter": a plain stem reads each part, as gender-decoder does
    parts: list[tuple[int, int, str, Gender, str]] = []
    if whole is not None:
        parts.append((0, len(token), token, whole[0], whole[1]))
    else:
        offset = 0
        for part in _PARTS.split(token):
            if part and part not in "-'":
                hit = table.lookup(part.lower())
                if hit is not None:
                    parts.append((offset, len(part), part, hit[0], hit[1]))
                if "'" in word:
                    break  # "leader's" counts once, by its first part
            offset += len(part)
    result = _PARTS_MEMO[token] = tuple(parts)
    return result


def alternatives(word: str) -> list[str]:
    """Common swaps for a coded word (empty when none is listed)."""
    return stems().alternatives.get(word.lower(), [])


def gender_decoder_verdict(masculine: int, feminine: int) -> str:
    """gender-decoder's verdict on raw counts: the difference, not its rate, with 4 or more "strongly"."""
    score = feminine - masculine
    if score == 0:
        return "neutral" if feminine else "empty"
    strength = "strongly " if abs(score) > 3 else ""
    return f"{strength}{'feminine' if score > 0 else 'masculine'}-coded"


# -- the rules ------------------------------------------------------------------
