"""Readability statistics of a posting and of each section, from postlint's own sentences.

Counts come from :func:`postlint.language.nlp.sentences` (a list item is a sentence even
without a full stop; headings are not sentences), and every formula is
computed from those counts, so nothing re-tokenizes the raw text. Formulas
are those documented by textstat (MIT) and their original authors:

- Flesch reading ease: 206.835 - 1.015 W/S - 84.6 Y/W (Flesch 1948)
- Flesch-Kincaid grade: 0.39 W/S + 11.8 Y/W - 15.59 (Kincaid et al. 1975)
- Gunning fog: 0.4 (W/S + 100 C/W), C = complex words (Gunning 1952)
- SMOG: 1.043 sqrt(30 P/S) + 3.1291, P = words of 3+ syllables (McLaughlin 1969)
- ARI: 4.71 L/W + 0.5 W/S - 21.43, L = letters and digits (Smith & Senter 1967)
- reading time: 14.69 ms per non-space character (Demberg & Keller 2008)

Syllables are textstat's (CMU dictionary, then Pyphen), cached per word.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from postlint.language.syllables import count as syllable_count
from postlint.model.posting import Block, Posting, Section

if TYPE_CHECKING:  # pragma: no cover
    from postlint.language.nlp import Sentence

LONG_SENTENCE = 20  # words; Yoast's recommendedLength for English
MS_PER_CHAR = 14.69

_GUNNING_SUFFIXES = ("es", "ed", "ing")


@dataclass(slots=True)
class Counts:
    """Raw counts; add them up over blocks, then derive the formulas."""

    words: int = 0
    sentences: int = 0
    syllables: int = 0
    letters: int = 0  # letters and digits inside words (ARI)
    characters: int = 0  # non-space characters of the text (reading time)
    polysyllables: int = 0  # words of 3+ syllables (SMOG)
    complex_words: int = 0  # Gunning's complex words (fog, complex-word share)
    long_sentences: int = 0
    passive_sentences: int = 0
    paragraphs: int = 0
    list_items: int = 0
    bullet_words: int = 0
    sentence_lengths: list[int] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        # Spelled out rather than a loop over the fields: called for every sentence.
        self.words += other.words
        self.sentences += other.sentences
        self.syllables += other.syllables
        self.letters += other.letters
        self.characters += other.characters
        self.polysyllables += other.polysyllables
        self.complex_words += other.complex_words
        self.long_sentences += other.long_sentences
        self.passive_sentences += other.passive_sentences
        self.paragraphs += other.paragraphs
        self.list_items += other.list_items
        self.bullet_words += other.bullet_words
        self.sentence_lengths.extend(other.sentence_lengths)


@dataclass(frozen=True, slots=True)
class Stats:
    """Readability of a span of text: counts and the formulas over them (snake_case keys in JSON)."""

    words: int
    sentences: int
    syllables: int
    paragraphs: int
    list_items: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog: float
    ari: float
    avg_sentence_length: float
    avg_syllables_per_word: float
    long_sentences: int
    long_sentence_share: float
    passive_sentences: int
    passive_share: float
    complex_words: int
    complex_word_share: float
    bullet_share: float
    reading_time_s: float

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


def _div(a: float, b: float) -> float:
    return a / b if b else 0.0


def from_counts(c: Counts) -> Stats:
    """Every formula from one set of counts (0 for empty text, as textstat does)."""
    wps = _div(c.words, c.sentences)
    spw = _div(c.syllables, c.words)
    empty = not c.words or not c.sentences
    return Stats(
        words=c.words,
        sentences=c.sentences,
        syllables=c.syllables,
        paragraphs=c.paragraphs,
        list_items=c.list_items,
        flesch_reading_ease=0.0 if empty else 206.835 - 1.015 * wps - 84.6 * spw,
        flesch_kincaid_grade=0.0 if empty else 0.39 * wps + 11.8 * spw - 15.59,
        gunning_fog=0.0 if empty else 0.4 * (wps + 100 * _div(c.complex_words, c.words)),
        smog=0.0 if empty else 1.043 * math.sqrt(30 * _div(c.polysyllables, c.sentences)) + 3.1291,
        ari=0.0 if empty else 4.71 * _div(c.letters, c.words) + 0.5 * wps - 21.43,
        avg_sentence_length=wps,
        avg_syllables_per_word=spw,
        long_sentences=c.long_sentences,
        long_sentence_share=_div(c.long_sentences, c.sentences),
        passive_sentences=c.passive_sentences,
        passive_share=_div(c.passive_sentences, c.sentences),
        complex_words=c.complex_words,
        complex_word_share=_div(c.complex_words, c.words),
        bullet_share=_div(c.bullet_words, c.words),
        reading_time_s=MS_PER_CHAR * c.characters / 1000,
    )


def is_complex(word: str, syllables: int, *, sentence_start: bool) -> bool:
    """Gunning's complex word: 3+ syllables, not a proper noun, not a hyphenated
    compound, and not made 3 syllables only by an -es, -ed or -ing ending."""
    if syllables < 3 or "-" in word:
        return False
    if word[:1].isupper() and not sentence_start:
        return False  # a name or product, or an acronym
    lower = word.lower()
    if syllables == 3:
        for suffix in _GUNNING_SUFFIXES:
            if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
                if syllable_count(lower[: -len(suffix)]) < 3:
                    return False
    return True


# word -> (syllables, letters, polysyllabic, complex elsewhere, complex at a sentence
# start). A plain dict rather than lru_cache: a lookup for every word of every
# sentence is the hot path, and an LRU's bookkeeping on each hit costs as much again.
# Emptied when full, so memory stays bounded.
_WORDS: dict[str, tuple[int, int, int, int, int]] = {}
_WORDS_LIMIT = 65536


def _word_counts(word: str) -> tuple[int, int, int, int, int]:
    counts = _WORDS.get(word)
    if counts is None:
        if len(_WORDS) >= _WORDS_LIMIT:
            _WORDS.clear()
        syl = syllable_count(word.lower())
        counts = _WORDS[word] = (
            syl,
            sum(ch.isalnum() for ch in word),
            int(syl >= 3),
            int(is_complex(word, syl, sentence_start=False)),
            int(is_complex(word, syl, sentence_start=True)),
        )
    return counts


def _add_words(c: Counts, words: list[str]) -> None:
    """Add one sentence's word counts to ``c``; its first word is judged as a sentence opener."""
    syllables = letters = polysyllables = complex_words = 0
    for word in words:
        syl, n, poly, complex_later, _ = _word_counts(word)
        syllables += syl
        letters += n
        polysyllables += poly
        complex_words += complex_later
    if words:
        first = _word_counts(words[0])
        complex_words += first[4] - first[3]  # a capital opening a sentence is no sign of a name
    c.syllables += syllables
    c.letters += letters
    c.polysyllables += polysyllables
    c.complex_words += complex_words


def text_counts(words: list[str], *, sentences: int = 1) -> Counts:
    """Counts of one sentence's words (block counting adds them up the same way)."""
    c = Counts(words=len(words), sentences=sentences)
    _add_words(c, words)
    return c


@dataclass(frozen=True, slots=True)
class SentenceInfo:
    """One body sentence with what the rules ask about it."""

    sentence: Sentence
    words: int
    passive: bool


def sentence_info(posting: Posting) -> list[SentenceInfo]:
    """Every body sentence in document order, with its word count and passive flag."""
    block_counts(posting)
    return posting._cache["metrics.sentences"]


def block_counts(posting: Posting) -> dict[int, Counts]:
    """Counts per body block (keyed by ``id(block)``), computed once per posting."""
    cached = posting._cache.get("metrics.blocks")
    if cached is not None:
        return cached
    from postlint.language import nlp
    from postlint.language.passive import is_passive_span, is_passive_words

    tagged = nlp._MODEL is not None  # a trained pipeline has tags for passive detection
    docs = {id(b): d for b, d in nlp.docs(posting)} if tagged else {}
    out: dict[int, Counts] = {}
    for block in posting.body_blocks():
        # str.split() splits on exactly the characters str.isspace() accepts.
        c = Counts(characters=len("".join(block.text.split())))
        if block.kind == "list_item":
            c.list_items = 1
        elif block.kind == "paragraph":
            c.paragraphs = 1
        out[id(block)] = c
    infos: list[SentenceInfo] = []
    # Each sentence is added straight into its block's counts (no Counts per sentence).
    for sent in nlp.sentences(posting):
        c = out.get(id(sent.block))
        if c is None:
            continue
        words = sent.words
        n = len(words)
        _add_words(c, words)
        c.words += n
        c.sentences += 1
        c.sentence_lengths.append(n)
        if n > LONG_SENTENCE:
            c.long_sentences += 1
        if tagged:
            span = docs[id(sent.block)].char_span(sent.start, sent.end, alignment_mode="expand")
            passive = span is not None and is_passive_span(span)
        else:
            passive = is_passive_words(words)
        if passive:
            c.passive_sentences += 1
        if sent.block.kind == "list_item":
            c.bullet_words += n
        infos.append(SentenceInfo(sent, n, bool(passive)))
    posting._cache["metrics.sentences"] = infos
    posting._cache["metrics.blocks"] = out
    return out


def stats_of(posting: Posting, blocks: Iterable[Block]) -> Stats:
    """Stats over some of the posting's blocks (headings and labels contribute nothing)."""
    per_block = block_counts(posting)
    total = Counts()
    for block in blocks:
        c = per_block.get(id(block))
        if c is not None:
            total.add(c)
    return from_counts(total)


def posting_stats(posting: Posting) -> Stats:
    """The whole posting's stats (cached on the posting)."""
    cached = posting._cache.get("metrics.posting")
    if cached is None:
        cached = stats_of(posting, posting.body_blocks())
        posting._cache["metrics.posting"] = cached
    return cached


def section_stats(posting: Posting) -> list[tuple[Section | None, Stats]]:
    """Stats of the text before the first section (``None``) and of each section's own
    blocks (sub-sections are listed separately, so the rows add up to the posting)."""
    rows: list[tuple[Section | None, Stats]] = []
    if posting.preamble:
        rows.append((None, stats_of(posting, posting.preamble)))
    for section in posting.walk():
        rows.append((section, stats_of(posting, section.blocks)))
    return rows
