"""The ``vocabulary`` data-rule kind: names that have one right spelling (after Vale's Vocab).

Each entry names the accepted spelling and, optionally, other spellings seen
in the wild::

    [[terms]]
    accept = "JavaScript"
    variants = ["java script", "java-script"]

A word that matches the accepted spelling in another case ("Javascript",
"javascript") or any variant ("java script") is reported, with the accepted
spelling as a fix. All-capitals text ("JAVASCRIPT") is styling, not a
misspelling, and is left alone; so are web addresses, e-mail addresses,
file names, hashtags and handles ("github.com/acme", "@github", "#javascript"),
quoted text and code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from postlint.engine.rule import Context, Rule, _kebab
from postlint.engine.safe_fix import exact_fix
from postlint.engine.scope import SCOPE_PATTERN, in_quotes, scope_blocks
from postlint.language.names import declared_names_regex
from postlint.language.prefilter import blocks_with, lower_case_is_exact
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting

# Not inside a word, an address, a path, a handle or a tag; not followed by a
# letter, a digit or a domain/file ending ("github.com", "node.js.org").
_BEFORE = r"(?<![\w./@#\\:-])"
_AFTER = r"(?![\w@/\\]|[.-][A-Za-z0-9])"
# How far either side of a match a term's ``unless_near`` words are looked for: a clause's length.
_NEAR = 60


class VocabTerm(BaseModel):
    """One name: its accepted spelling and known misspellings."""

    model_config = ConfigDict(frozen=True, extra="forbid", alias_generator=_kebab, populate_by_name=True)
    accept: str = Field(min_length=1)
    variants: list[str] = []
    # Whether a case-only difference ("Github") is reported; off for names whose
    # lower-case form is also an ordinary word.
    case: bool = True
    note: str = ""
    source: str = ""
    exceptions: list[str] = []
    # Words that, within a few words of a match, show it means something else: Australia's "powerpoint" is a
    # power outlet beside "rewire" or "socket" (blind set S85). Whole words, any case; a trailing * takes any ending.
    unless_near: list[str] = []
    # Words that keep the name's own sense however near the others are: "present electrical designs in powerpoint slides".
    sense_near: list[str] = []

    @cached_property
    def unless_near_regex(self) -> re.Pattern[str] | None:
        return _words_regex(self.unless_near)

    @cached_property
    def sense_near_regex(self) -> re.Pattern[str] | None:
        return _words_regex(self.sense_near)

    def other_sense(self, text: str, start: int, end: int) -> bool:
        """Whether the words around ``text[start:end]`` give it another sense than the name's."""
        near, sense = self.unless_near_regex, self.sense_near_regex
        lo, hi = max(0, start - _NEAR), end + _NEAR
        return near is not None and near.search(text, lo, hi) is not None and not (sense is not None and sense.search(text, lo, hi))

    @field_validator("variants")
    @classmethod
    def _not_empty(cls, value: list[str]) -> list[str]:
        if any(not v.strip() for v in value):
            raise ValueError("a variant is empty")
        return value


def _words_regex(words: list[str]) -> re.Pattern[str] | None:
    """Whole words or phrases, any case; a trailing * takes any ending ("rewire*")."""
    if not words:
        return None
    ordered = sorted(words, key=lambda w: (-len(w), w))
    alternatives = "|".join(_spelling(w[:-1]) + r"\w*" if w.endswith("*") else _spelling(w) for w in ordered)
    # A word boundary, not a lookbehind, first: the search skips blanks fast.
    return re.compile(rf"\b(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _spelling(text: str) -> str:
    """A literal spelling as a pattern in which any run of spaces may stand for its spaces."""
    return r"\s+".join(re.escape(part) for part in text.split())


class VocabularyRule(Rule):
    """Reports other spellings of names that have one right spelling, with the right one as a fix."""

    kind: Literal["vocabulary"] = "vocabulary"
    scope: str = Field(default="prose", pattern=SCOPE_PATTERN)
    terms: list[VocabTerm] = []
    skip_quotes: bool = True
    message: str = "Write '{accept}', not '{match}'."

    @cached_property
    def _regex(self) -> re.Pattern[str] | None:
        alternatives = []
        for i, term in enumerate(self.terms):
            # Longest first, then by spelling: the same pattern text every run (a set's order depends
            # on the process's hash seed, which made the compiled-pattern cache miss every time).
            spellings = sorted({term.accept, *term.variants}, key=lambda s: (-len(s), s))
            alternatives.append(f"(?P<t{i}>" + "|".join(_spelling(s) for s in spellings) + ")")
        if not alternatives:
            return None
        return re.compile(_BEFORE + "(?:" + "|".join(alternatives) + ")" + _AFTER, re.IGNORECASE)

    @cached_property
    def _keys(self) -> tuple[str, ...] | None:
        """Each spelling's longest word, lower-cased: a block without any cannot match (None: no pre-check)."""
        keys = {max(spelling.split(), key=len).lower() for t in self.terms for spelling in (t.accept, *t.variants)}
        return tuple(sorted(keys)) if all(k.isascii() for k in keys) else None

    @cached_property
    def _first_words(self) -> Any:
        """Every spelling's first word, lower-cased, in one Aho-Corasick automaton (None: no
        shortcut, as for :attr:`_keys`): the pattern is tried only where one of them starts."""
        if self._keys is None:
            return None
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for word in {s.split()[0].lower() for t in self.terms for s in (t.accept, *t.variants)}:
            automaton.add_word(word, len(word))
        automaton.make_automaton()
        return automaton

    def _finditer(self, regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        """``regex.finditer(text)``, trying the pattern only where a spelling's first word starts.

        Every match starts with one (the pattern is case-insensitive; ``lower_case_is_exact``
        keeps the lower-cased text's offsets and letters), after no letter or digit (``_BEFORE``).
        Matching at those positions in order, each from the end of the last match, finds what
        a scan of every position finds.
        """
        first_words = self._first_words
        if first_words is None or not lower_case_is_exact(text):
            yield from regex.finditer(text)
            return
        lowered = text.lower()
        starts = sorted({end - n + 1 for end, n in first_words.iter(lowered) if end < n or not lowered[end - n].isalnum()})
        resume = 0
        for start in starts:
            if start < resume:
                continue
            m = regex.match(text, start)
            if m is not None:
                yield m
                resume = m.end()

    @cached_property
    def _exceptions(self) -> re.Pattern[str] | None:
        words = [e for t in self.terms for e in t.exceptions]
        if not words:
            return None
        return re.compile("|".join(rf"(?<!\w){_spelling(w)}(?!\w)" for w in words), re.IGNORECASE)

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        regex = self._regex
        if regex is None:
            return
        names = None
        blocks = scope_blocks(posting, self.scope)
        if self._keys is not None:
            blocks = blocks_with(posting, blocks, self._keys)  # the pattern is slow; most blocks hold no name
        for block in blocks:
            text = block.text
            for m in self._finditer(regex, text):
                term = self.terms[int(next(k for k, v in m.groupdict().items() if v is not None)[1:])]
                found = m.group(0)
                s, e = m.span()
                if " ".join(found.split()) == term.accept or (found.isupper() and len(found) > 1 and " " not in found):
                    continue  # the right spelling, wrapped or not ("move their users to Power\n    BI", blind set S31)
                if not term.case and " ".join(found.split()).lower() == term.accept.lower():
                    continue
                if self.skip_quotes and in_quotes(text, s, e):
                    continue
                if self._exceptions is not None and any(
                    x.start() <= s and e <= x.end() for x in self._exceptions.finditer(text)
                ):
                    continue
                if term.unless_near and term.other_sense(text, s, e):
                    continue  # another sense, by the words around it
                if names is None:
                    names = declared_names_regex(posting) or False
                if names and any(x.start() <= s < x.end() for x in names.finditer(text)):
                    continue
                message = self.message.format(accept=term.accept, match=found)
                if term.note:
                    message = f"{message} {term.note}"
                fix = exact_fix(posting, block, s, e, term.accept)
                yield self.at_block(posting, block, s, e, message, fix=fix)
