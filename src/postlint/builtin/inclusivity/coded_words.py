"""Gender-coded word stems (Gaucher, Friesen & Kay 2011) and how to find them in text.

The stems live in ``rules/inclusivity/gender-coded-words.toml``; this module
loads them once, finds coded words in prose (not headings, titles, quotes,
names or EEO statements) and holds the two rules built on them: INC001, the
posting-level balance per 100 words, and INC015, each coded word.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import Field

from postlint.builtin.inclusivity.context import in_statement, name_like
from postlint.engine.kinds import quote_or
from postlint.engine.rule import Context, Rule
from postlint.engine.scope import in_quotes, scope_blocks
from postlint.language.prefilter import lower_case_is_exact
from postlint.language.sentence_split import sentence_start
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting
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

GAUCHER = "https://doi.org/10.1037/a0022530"


# A sentence about a named person: "Professor Ruth Okafor leads…", "Dr. Amy Lin runs…", "Priya Shah, our CTO, leads…".
_NAMED_SUBJECT = re.compile(
    r"\s*(?:(?:Professor|Prof\.|Dr\.?|Mr\.?|Ms\.?|Mrs\.?|Mx\.?)\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    r"(?:,\s+[^,.;!?]{2,40},)?\s+(?!will\b|would\b|should\b)[a-z]+s\b"
)


# "our incident lead", "your team lead": someone already on the staff; "lead the team" is a verb.
_STAFF_BEFORE = re.compile(r"(?i)\b(?:our|your)\s+(?:[\w-]+\s+){0,2}$")
# "Lead techs report to you", "the lead technician": a senior hand named by the job, after a sentence's start or a
# determiner (blind set S86); "you will lead techs on site" is the verb.
# At a sentence's start only with a verb after the noun ("Lead techs earn…"): a duty item opens with the verb ("- Lead
# technicians through every install", review). "hands-on" is no hand.
_LEAD_JOB_AFTER = re.compile(r"(?i)[ \t]++(?:techs?|technicians?|hands?|carpenters?|electricians?|mechanics?|installers?|operators?)(?![\w-])")
_SUBJECTS_VERB = re.compile(
    r"(?i)[ \t]++(?:earn|earns|report|reports|are|is|will|can|must|get|gets|make|makes|have|has|work|works|run|runs|handle|handles)\b"
)
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|our|your|a|an|each|every|all|two|three|four|other)\s+$")
_OBJECT_AFTER = re.compile(r"(?i)\s+(?:the|a|an|our|your|their|this|these|teams?|projects?|people|others|by)\b")


def coded_in_posting(posting: Posting) -> tuple[list[tuple[Block, Coded]], int]:
    """Coded words in the posting's prose and the number of words they were counted over.

    Headings, the title, labels, code, quoted text, names ("Tech Lead" in mid
    sentence) and EEO or invitation sentences do not count.
    """
    cached = posting._cache.get("gender-coded")
    if cached is not None:
        return cached
    found: list[tuple[Block, Coded]] = []
    words = 0
    for block in scope_blocks(posting, "prose"):
        words += len(block.text.split())
        for coded in find_coded(block.text):
            s, e = coded.start, coded.end
            if name_like(block.text, s, e) or in_quotes(block.text, s, e) or in_statement(posting, block, s, e):
                continue
            if coded.stem.startswith("lead") and _STAFF_BEFORE.search(block.text, max(0, s - 40), s) and not _OBJECT_AFTER.match(block.text, e):
                continue  # "pair with our incident lead": a colleague, not a trait (blind set S22)
            if coded.stem.startswith("lead") and e - s == 4 and (job := _LEAD_JOB_AFTER.match(block.text, e)) and (
                _DETERMINER_BEFORE.search(block.text, max(0, s - 12), s)
                or not block.text[sentence_start(block.text, s) : s].strip() and _SUBJECTS_VERB.match(block.text, job.end())
            ):
                continue  # "Lead techs report to you": a senior hand named by the job, not the trait (blind set S86)
            if _NAMED_SUBJECT.match(block.text, sentence_start(block.text, s)):
                continue  # "Professor Ruth Okafor leads the group.": a colleague's trait, not the candidate's (blind set S18)
            found.append((block, coded))
    posting._cache["gender-coded"] = (found, words)
    return found, words


GENDER_DECODER_NOTES = (
    "Words are counted as gender-decoder (MIT) counts them: its published word list, every word a prefix "
    "('kind' counts 'kindness'), split at spaces, tabs, punctuation, & : ; / and dashes, and at hyphens unless the word "
    "starts with a hyphenated entry ('co-operative'). postlint agrees with all 13 of gender-decoder's own test strings. "
    "Deliberate differences, where a prefix would count something that is not a trait: 'kind of', 'kindergarten', "
    "'Kindle'; 'support' in 'technical support', 'customer support', 'support engineer'; 'lead' in 'lead paint', "
    "'lead time', 'lead generation', 'sales leads', 'Lead techs' and 'the equipment lead' (senior hands named by the job); 'analyst', 'analysis', 'analytics', 'analyzer' for 'analy' (also inside a compound: 'static-analysis'); 'individual "
    "contributor', 'individuals'; 'competitive salary/pay/benefits'; 'determine', 'determined by'; 'principles'; "
    "'agreement', 'feel free', 'dependents', 'committee', 'sensitive data', 'intellectual property', 'assertion', "
    "'autonomous vehicle', 'objectives', 'shares' and 'share options', 'tenders', 'Active Directory', 'trust and "
    "safety', 'zero trust', 'loyalty programme', 'Air Force', 'data-driven' and other things driven, 'battle-tested', "
    "'gentleman', 'confidential' (for 'confident'), 'public defender'; other people ('senior leaders', 'decision makers', "
    "'program leadership'); 'individual' itself (an adjective or a person; 'individualistic' counts); the US civil service's "
    "'competitive service' and 'competitive term'. Headings, the title, quotes, code, names ('Tech Lead', 'Challenge.gov'), "
    "EEO or invitation sentences and the employer's own sentences on diversity ('We … strive to be more reflective of the "
    "society we serve') are not counted. The full list is the 'exceptions' of rules/inclusivity/gender-coded-words.toml."
)
GENDER_DECODER_LICENCE = "word list: gender-decoder (github.com/lovedaybrooke/gender-decoder), MIT licence (c) Kat Matfield; stems from Gaucher, Friesen & Kay (2011)"


class GenderCodedBalance(Rule):
    code: str = "INC001"
    name: str = "gender-coded-balance"
    summary: str = "Masculine-coded wording outweighs feminine-coded wording, per 100 words of prose (Gaucher et al. 2011)."
    why: str = "Gaucher, Friesen & Kay (2011) found masculine-coded ads lowered the appeal of the job to women through a weaker sense of belonging, not of skill."
    source: str = GAUCHER
    example: str = (
        "# Engineer\n\nWe are an aggressive, competitive team that dominates its market. You are a decisive, "
        "assertive, self-reliant and independent leader who will challenge and outperform rivals."
    )
    passing: str = (
        "# Engineer\n\nWe are a collaborative team that supports each other. You are a thoughtful, "
        "dependable engineer who understands users and shares knowledge with the team."
    )
    licence: str = GENDER_DECODER_LICENCE
    notes: str = (
        "The message gives gender-decoder's verdict on the raw counts beside the rate per 100 words: neutral, "
        "(strongly) masculine-coded or (strongly) feminine-coded, 'strongly' from a difference of 4 words. "
    ) + GENDER_DECODER_NOTES
    severity: str = "warning"
    threshold: float = Field(default=0.5, ge=0, description="masculine minus feminine coded words per 100 words that is reported (info)")
    strong_threshold: float = Field(default=1.5, ge=0, description="the same gap reported as strongly masculine-coded (warning); 1.5 is about 1.5x the masculine share of ads for male-dominated jobs in the paper")
    min_difference: int = Field(default=2, ge=1, description="never report a gap of fewer coded words than this")
    min_words: int = Field(default=25, ge=1, description="postings with less prose than this are not judged")

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        found, words = coded_in_posting(posting)
        if words < self.min_words:
            return
        masculine = [c for _, c in found if c.gender == "masculine"]
        feminine = [c for _, c in found if c.gender == "feminine"]
        gap = len(masculine) - len(feminine)
        per_100 = gap * 100 / words
        if gap < self.min_difference or per_100 < self.threshold:
            return
        strong = per_100 >= self.strong_threshold and gap >= max(3, self.min_difference + 1)
        common = Counter(c.word.lower() for c in masculine).most_common(5)
        listed = ", ".join(f"'{w}'" + (f" ({n}x)" if n > 1 else "") for w, n in common)
        swaps = [f"'{w}' -> {' / '.join(alternatives(w))}" for w, _ in common if alternatives(w)]
        verdict = "strongly masculine-coded" if strong else "masculine-coded"
        message = (
            f"Wording is {verdict}: {len(masculine)} masculine- vs {len(feminine)} feminine-coded words "
            f"in {words} words of prose ({per_100:+.2f} per 100 words; gender-decoder's verdict: "
            f"{gender_decoder_verdict(len(masculine), len(feminine))}; ads for male-dominated jobs in "
            f"Gaucher et al. averaged 0.97 masculine-coded words per 100); most frequent: {listed}."
        )
        if swaps:
            message += " Common swaps: " + "; ".join(swaps) + "."
        yield self.at_document(posting, message, severity=None if strong else "info")


class GenderCodedWord(Rule):
    code: str = "INC015"
    name: str = "gender-coded-word"
    summary: str = "Each gender-coded word of the prose (Gaucher et al. 2011, as gender-decoder lists them), with a swap where a common one exists."
    why: str = "Shows which words make up the INC001 balance; off by default because most coded words ('lead', 'support') are fine on their own."
    source: str = GAUCHER
    example: str = "We want an aggressive engineer."
    passing: str = "We want a thoughtful engineer."
    licence: str = GENDER_DECODER_LICENCE
    notes: str = GENDER_DECODER_NOTES
    severity: str = "info"
    enabled: bool = False
    only_with_alternatives: bool = Field(default=False, description="report only words that have a listed swap")

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        found, _ = coded_in_posting(posting)
        for block, coded in found:
            swaps = alternatives(coded.word)
            if self.only_with_alternatives and not swaps:
                continue
            message = f"'{coded.word}' is {coded.gender}-coded (stem {coded.stem})."
            if swaps:
                message += f" Consider {quote_or(swaps)}."
            yield self.at_block(posting, block, coded.start, coded.end, message)
