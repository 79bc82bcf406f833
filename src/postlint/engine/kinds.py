"""Data-rule kinds (after Vale's): existence, substitution, occurrence, metric (in :mod:`postlint.engine.metric_kind`).

A TOML file under ``rules/<family>/`` is an instance of one of these classes,
so data rules are ordinary :class:`~postlint.engine.rule.Rule` objects.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import cached_property
from itertools import groupby
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from postlint.engine.config import _kebab
from postlint.engine.metric_kind import MetricRule, bounds_text, evaluate  # noqa: F401 - evaluate: its old import path
from postlint.engine.rule import Context, Rule
from postlint.engine.safe_fix import doubled_pairs, exact_fix, repeats_a_neighbour
from postlint.engine.scope import SCOPE_PATTERN, in_quotes, match_spans, scope_blocks
from postlint.engine.vocabulary import VocabularyRule
from postlint.language.first_names import a_named_persons_first_name
from postlint.language.names import (
    declared_names_regex,
    in_capitalised_name,
    in_organisation_name,
    sentence_initial,
)
from postlint.model.diagnostic import Diagnostic, Severity
from postlint.model.posting import Block, Posting


def _safe_patterns(value: list[str]) -> list[str]:
    """The patterns, each checked by :func:`~postlint.engine.regex_safety.check_pattern` (raises on one that could hang)."""
    from postlint.engine.regex_safety import check_pattern

    for pattern in value:
        check_pattern(pattern)
    return value


class Term(BaseModel):
    """One entry of a term list: phrases to find, what to say instead, and when not to flag."""

    model_config = ConfigDict(frozen=True, extra="forbid", alias_generator=_kebab, populate_by_name=True)
    match: list[str] = Field(min_length=1)
    suggest: list[str] = []
    note: str = ""
    category: str = ""
    source: str = ""
    severity: Severity | None = None
    exceptions: list[str] = []
    # A single suggestion is offered as an automatic fix only when it is always right.
    fix: bool = False
    # Regular expressions: when one matches anywhere in the posting, the term is not reported there
    # ("citizenship is required" in a federal posting, where the law requires it).
    unless: list[str] = []
    # "posting": an `unless` match anywhere excuses every hit of the term; "match": only the hits inside
    # one ("Migrate our VB6 tools to Python" excuses that VB6, not the COBOL three paragraphs down).
    unless_scope: Literal["posting", "match"] = "posting"
    # Written with capitals in ordinary use ("Gen Z", "Millennials"): a capitalised hit is this
    # term, not a name to skip.
    capitalised: bool = False
    # Capitalised inside a sentence, the word is a name: "Worked through Manpower or Adecco before?" (the staffing
    # firm, blind set S42), where "manpower" is the wording to change.
    capitalised_is_name: bool = False
    # Also a first name ("Guy"): capitalised inside a sentence before a verb, and not after a determiner, it is a
    # person ("My cofounder Guy does all the product photos", blind set S78).
    given_name: bool = False
    # Regular expressions found as this term (its suggestions, note, `unless` and exceptions): a shape no phrase
    # list can spell, such as a board's "Nationality: Any Arab national" field.
    patterns: list[str] = []

    @field_validator("unless", "patterns")
    @classmethod
    def _safe(cls, value: list[str]) -> list[str]:
        return _safe_patterns(value)


class TermRule(Rule):
    """Shared matching for existence and substitution: PhraseMatcher terms and/or regex patterns."""

    scope: str = Field(default="prose", pattern=SCOPE_PATTERN)
    terms: list[Term] = []
    patterns: list[str] = []
    attr: Literal["lower", "lemma"] = "lower"
    exceptions: list[str] = []
    skip_quotes: bool = True
    skip_names: bool = Field(
        default=False, description="skip a capitalised hit in a multi-word name ('Manpower Group', 'Chairman Mao')"
    )
    message: str = "Avoid '{match}'."

    @field_validator("patterns")
    @classmethod
    def _compile(cls, value: list[str]) -> list[str]:
        return _safe_patterns(value)

    def uses_nlp(self) -> bool:
        return bool(self.terms)

    def prepare(self) -> None:
        self._regexes, self._term_regexes, self._groups, self._unless, self._exception_regex  # noqa: B018 - each built on first use

    @cached_property
    def _regexes(self) -> list[re.Pattern[str]]:
        return [re.compile(p, re.IGNORECASE) for p in self.patterns]

    @cached_property
    def _term_regexes(self) -> list[tuple[int, str, re.Pattern[str]]]:
        """Each term's own patterns, with the term's index."""
        return [(i, p, re.compile(p, re.IGNORECASE)) for i, t in enumerate(self.terms) for p in t.patterns]

    @cached_property
    def _groups(self) -> Any:
        """The terms' phrases as the phrase matcher's cache key (built once, not per posting)."""
        from postlint.language.phrases import PhraseGroups

        return PhraseGroups(tuple(t.match) for t in self.terms)

    @cached_property
    def _unless(self) -> list[re.Pattern[str] | None]:
        """Each term's `unless` patterns as one regex (None for a term without any)."""
        return [re.compile("|".join(f"(?:{p})" for p in t.unless), re.IGNORECASE) if t.unless else None for t in self.terms]

    @cached_property
    def _exception_regex(self) -> re.Pattern[str] | None:
        words = [w for w in list(self.exceptions) + [e for t in self.terms for e in t.exceptions] if w.strip()]
        if not words:
            return None
        # Any run of white space between an exception's words: a hard-wrapped "young\npeople" or
        # "Boys &\nGirls Club" is the exception still (blind set S17).
        # One boundary test and a look at the first letter before the alternation: tried branch by branch at
        # every position, a long list took 1.3 s on 50,000 blanks (INC010's); the matches are the same.
        first = "".join(sorted({re.escape(w.lstrip()[0]) for w in words}))
        return re.compile(rf"(?<!\w)(?=[{first}])(?:" + "|".join(_spaced(w) for w in words) + r")(?!\w)", re.IGNORECASE)

    def matches(self, posting: Posting) -> Iterator[tuple[Block, int, int, Term | None]]:
        """(block, start, end, term) for every hit in scope; exceptions, quotes and the posting's own names removed."""
        from postlint.language.phrases import match_phrases

        blocks = scope_blocks(posting, self.scope)
        hits: list[tuple[Block, int, int, Term | None]] = []
        excused_in_posting: dict[int, bool] = {}  # term index -> an `unless` pattern matches this posting

        def excused(gid: int, block: Block, s: int, e: int) -> bool:
            """Whether term ``gid``'s `unless` excuses the hit ``block.text[s:e]`` (around it, or anywhere in the posting)."""
            unless = self._unless[gid]
            if unless is None:
                return False
            if self.terms[gid].unless_scope == "match":
                return _overlaps(match_spans(unless, block.text), s, e)
            if gid not in excused_in_posting:
                excused_in_posting[gid] = unless.search(posting.text) is not None
            return excused_in_posting[gid]

        if self.terms:
            for block, gid, s, e in match_phrases(posting, self._groups, attr=self.attr.upper(), blocks=blocks):
                if not excused(gid, block, s, e):
                    hits.append((block, s, e, self.terms[gid]))
        phrase_hits = [(id(b), s, e) for b, s, e, _ in hits]
        for gid, pattern, regex in self._term_regexes:
            for block in self.blocks_to_scan(posting, pattern, blocks):
                for m in regex.finditer(block.text):
                    if m.end() <= m.start():
                        continue
                    if any(b == id(block) and s < m.end() and m.start() < e for b, s, e in phrase_hits):
                        continue  # a phrase inside says it already ("Nationality: Filipinos only")
                    if not excused(gid, block, m.start(), m.end()):
                        hits.append((block, m.start(), m.end(), self.terms[gid]))
        for pattern, regex in zip(self.patterns, self._regexes, strict=True):
            for block in self.blocks_to_scan(posting, pattern, blocks):
                for m in regex.finditer(block.text):
                    if m.end() > m.start():
                        hits.append((block, m.start(), m.end(), None))
        hits.sort(key=lambda h: (h[0].start, h[1], -h[2]))
        names = declared_names_regex(posting) if hits else None
        last: tuple[int, int] | None = None
        for block, s, e, term in hits:
            if last is not None and block.at(s) < last[1]:
                continue  # overlapping hit of a longer phrase already reported
            if self.skip_quotes and in_quotes(block.text, s, e):
                continue
            if self._exception_regex is not None and _overlaps(match_spans(self._exception_regex, block.text), s, e):
                continue
            # The company the posting declares is an exception for every term list: it is a name, not wording.
            if names is not None and _overlaps(match_spans(names, block.text), s, e):
                continue
            if (
                term is not None and term.capitalised_is_name
                and block.text[s : s + 1].isupper() and block.text[s + 1 : e].islower()
                and (_a_field_between_separators(block.text, s, e) or block.kind != "heading" and not sentence_initial(block.text, s))
            ):
                continue  # "through Manpower or Adecco"; not "MORE MANPOWER" nor a heading's "Workforce and Manpower Planning"
            may_name = self.skip_names and not (term is not None and term.capitalised)
            named = may_name and not title_cased_heading(block)
            if named and in_capitalised_name(block.text, s, e):
                continue
            if may_name and in_organisation_name(block.text, s, e):
                continue  # "International Brotherhood of Electrical Workers (IBEW)", even opening a line or in a Title Case heading
            if named and a_named_persons_first_name(posting, block.text, s, e, term is not None and term.given_name):
                continue  # "a call with Guy" where the posting introduced Guy Tremblay
            last = (block.at(s), block.end_at(e))
            yield block, s, e, term

    def blocks_to_scan(self, posting: Posting, pattern: str, blocks: list[Block]) -> list[Block]:
        """The blocks where ``pattern`` may match: all of them, unless a rule knows better."""
        return blocks

    def at_term(
        self, posting: Posting, block: Block, s: int, e: int, term: Term | None, message: str, **kw: Any
    ) -> Diagnostic:
        """A finding for one hit: ``message`` plus the term's note, at the term's severity if it sets one."""
        if term is not None and term.note:
            message = f"{message} {term.note}"
        severity = term.severity if term is not None and term.severity else None
        return self.at_block(posting, block, s, e, message, severity=severity, **kw)


def _spaced(phrase: str) -> str:
    """``phrase`` as a pattern whose spaces match any run of white space."""
    return r"\s+".join(re.escape(word) for word in phrase.split())


def _overlaps(spans: tuple[list[int], list[int]], s: int, e: int) -> bool:
    """Whether an exception span (from :func:`~postlint.engine.scope.match_spans`) contains or overlaps the hit ``[s, e)``."""
    starts, ends = spans
    first, stop = bisect.bisect_left(ends, s), bisect.bisect_right(starts, e)
    return any(starts[i] <= s and e <= ends[i] or (starts[i] < e and s < ends[i]) for i in range(first, stop))


class ExistenceRule(TermRule):
    """Flags every occurrence of its terms or patterns."""

    kind: Literal["existence"] = "existence"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for block, s, e, term in self.matches(posting):
            yield self.at_term(posting, block, s, e, term, self.message.format(match=block.text[s:e]))


def _match_case(replacement: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# A listing line's fields: "Inside Sales Associate - Manpower - Columbus, OH" (blind set S65), the firm between the
# title and the place; not a bullet's "- Manpower planning", with nothing before its dash.
_FIELD_BEFORE = re.compile(r"\S[ \t]+[-–—|·][ \t]+$")
_FIELD_AFTER = re.compile(r"[ \t]+[-–—|·][ \t]+\S")


def _a_field_between_separators(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _FIELD_BEFORE.search(text, line_start, start) is not None and _FIELD_AFTER.match(text, end) is not None


def quote_or(words: Iterable[str]) -> str:
    """Alternatives as messages list them: 'a' or 'b'."""
    return " or ".join(f"'{w}'" for w in words)


class SubstitutionRule(TermRule):
    """Flags terms that have better alternatives; a single always-right alternative is a fix."""

    kind: Literal["substitution"] = "substitution"
    message: str = "Use {suggest} instead of '{match}'."

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        hits = list(self.matches(posting))
        doubled = self._doubled(hits)
        for i, (block, s, e, term) in enumerate(hits):
            yield self.substitution(posting, block, s, e, term, fixable=i not in doubled)

    def _doubled(self, hits: list[tuple[Block, int, int, Term | None]]) -> set[int]:
        """Hits whose swaps would together read "chairs and chairs": their findings stand, unfixed."""
        doubled: set[int] = set()
        for _, group in groupby(range(len(hits)), key=lambda i: id(hits[i][0])):  # hits come block by block
            found = list(group)
            text = hits[found[0]][0].text
            swaps = [(s, e, self._replacement(text, term, s, e)) for _, s, e, term in (hits[i] for i in found)]
            doubled.update(found[k] for k in doubled_pairs(text, swaps))
        return doubled

    @staticmethod
    def _replacement(text: str, term: Term | None, s: int, e: int) -> str:
        """The always-right replacement of ``text[s:e]``, in its case, or "" when there is none."""
        if term is None or not term.fix or len(term.suggest) != 1:
            return ""
        return _match_case(term.suggest[0], text[s:e])

    def substitution(
        self, posting: Posting, block: Block, s: int, e: int, term: Term | None, *, fixable: bool = True
    ) -> Diagnostic:
        """The finding for one hit: ``message`` with the suggestions, and a fix when one is always right."""
        found = block.text[s:e]
        suggestions = term.suggest if term is not None else []
        message = self.message.format(match=found, suggest=quote_or(suggestions) or "another word")
        fix = None
        replacement = self._replacement(block.text, term, s, e)
        if replacement and repeats_a_neighbour(block.text, s, e, replacement):
            # "workforce manpower": the swap would read "workforce workforce", so the sentence needs rewording.
            message = f"Reword '{found}': {quote_or(suggestions)} would repeat the word beside it."
        elif fixable and replacement:
            fix = exact_fix(posting, block, s, e, replacement)
        return self.at_term(posting, block, s, e, term, message, fix=fix)


class OccurrenceRule(TermRule):
    """Counts hits in its scope and reports when the count is below ``min`` or above ``max``."""

    kind: Literal["occurrence"] = "occurrence"
    min: int | None = Field(default=None, ge=0)
    max: int | None = Field(default=None, ge=0)
    message: str = "Found {count} occurrence(s); expected {bounds}."

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        hits = list(self.matches(posting))
        count = len(hits)
        bounds = bounds_text(self.min, self.max)
        if self.max is not None and count > self.max:
            block, s, e, _ = hits[self.max]
            yield self.at_block(posting, block, s, e, self.message.format(count=count, bounds=bounds))
        elif self.min is not None and count < self.min:
            yield self.at_document(posting, self.message.format(count=count, bounds=bounds))


KINDS: dict[str, type[Rule]] = {
    "existence": ExistenceRule,
    "substitution": SubstitutionRule,
    "occurrence": OccurrenceRule,
    "metric": MetricRule,
    "vocabulary": VocabularyRule,
}


_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


_BRACKETED = re.compile(r"\([^()]*\)")


def title_cased_heading(block: Block) -> bool:
    """A heading or title in Title Case ("Salesman Wanted", "Strong Young Guys Wanted!!! ($25/hr cash)"):
    it capitalises every word outside brackets, so a capital there is no sign of a name."""
    return block.kind in ("heading", "label") and _LOWER_WORD.search(_BRACKETED.sub("", block.text)) is None
