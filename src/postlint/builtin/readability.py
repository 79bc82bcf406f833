"""READ rules: readability of the posting, from :mod:`postlint.metrics`.

Thresholds are those proposed in research §1.4 (Yoast, Vale Microsoft, Textio,
Hemingway); each rule says where its numbers come from. Share rules point at the
first sentence concerned and list the others' lines; posting-level scores sit
on the title line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import ClassVar

from postlint import metrics
from postlint.diagnostic import Diagnostic
from postlint.posting import Block, Posting
from postlint.rule import Context, Rule

YOAST = "https://github.com/Yoast/wordpress-seo/tree/trunk/packages/yoastseo/src/scoring/assessments/readability"
TEXTIO = "https://textio.com/blog/three-quick-tips-for-a-well-written-job-description-based-on-todays-hiring-data"


@lru_cache(maxsize=1)
def allowed_acronyms() -> frozenset[str]:
    from postlint.resources import rules_dir

    data = tomllib.loads((rules_dir() / "readability" / "acronyms.toml").read_text(encoding="utf-8"))
    return frozenset(data["allow"])


def _pct(x: float) -> str:
    return f"{100 * x:.0f}%"


def _lines(posting: Posting, infos: Sequence[metrics.SentenceInfo], limit: int = 6) -> str:
    lines = sorted({posting.locate(i.sentence.source_start)[0] for i in infos})
    more = f" and {len(lines) - limit} more" if len(lines) > limit else ""
    return ", ".join(map(str, lines[:limit])) + more


def _at_sentence(rule: Rule, posting: Posting, info: metrics.SentenceInfo, message: str, **kw: object) -> Diagnostic:
    s = info.sentence
    return rule.at_block(posting, s.block, s.start, s.end, message, **kw)  # type: ignore[arg-type]


class ReadRule(Rule):
    needs_nlp: ClassVar[bool] = True


def _band(value: float, warn: float | None, error: float | None, *, below: bool) -> str | None:
    """'error', 'warning' or None for a value against a warning and an error threshold."""
    if error is not None and (value < error if below else value > error):
        return "error"
    if warn is not None and (value < warn if below else value > warn):
        return "warning"
    return None


def _ease_label(score: float) -> str:
    for floor, label in ((90, "very easy"), (80, "easy"), (70, "fairly easy"), (60, "standard"), (50, "fairly difficult"), (30, "difficult")):
        if score >= floor:
            return label
    return "very confusing"


_HARD = "Our Chief Technology Officer orchestrates organizational transformation, institutionalizing comprehensive architectural governance. Responsibilities encompass infrastructure modernization and operational optimization. Candidates demonstrate extraordinary analytical capability."
_EASY = "# Data Engineer\n\nYou will build the tools our team uses each day. You will work with two other engineers. We ship small changes often, and we test them well."


class FleschReadingEase(ReadRule):
    code: str = "READ001"
    name: str = "flesch-reading-ease"
    summary: str = "The posting's Flesch reading ease is low: long sentences and long words."
    why: str = "Job seekers skim on phones; Yoast rates a score under 60 as hard and under 50 as very hard to read."
    source: str = f"{YOAST}/fleschReadingEaseAssessment.js"
    example: str = "# CTO\n\n" + _HARD
    passing: str = _EASY
    min: float = 60.0
    error_below: float | None = 50.0
    min_sentences: int = 3

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        st = metrics.posting_stats(posting)
        if st.sentences < self.min_sentences:
            return
        band = _band(st.flesch_reading_ease, self.min, self.error_below, below=True)
        if band:
            yield self.at_document(
                posting,
                f"Flesch reading ease is {st.flesch_reading_ease:.1f} ({_ease_label(st.flesch_reading_ease)}; aim for {self.min:g} or more): "
                f"{st.avg_sentence_length:.1f} words per sentence, {st.avg_syllables_per_word:.2f} syllables per word.",
                severity="error" if band == "error" else None,
            )


class GradeLevel(ReadRule):
    code: str = "READ002"
    name: str = "grade-level"
    summary: str = "The Flesch–Kincaid grade level is above 10."
    why: str = "The average US adult reads at about a tenth-grade level, Hemingway's stated target."
    source: str = "https://hemingwayapp.com/help/docs/readability"
    example: str = "# CTO\n\n" + _HARD
    passing: str = _EASY
    max: float = 10.0
    min_sentences: int = 3

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        st = metrics.posting_stats(posting)
        if st.sentences >= self.min_sentences and st.flesch_kincaid_grade > self.max:
            yield self.at_document(
                posting,
                f"Reading grade is {st.flesch_kincaid_grade:.1f} (Flesch–Kincaid; ARI {st.ari:.1f}); aim for grade {self.max:g} or lower.",
            )


class LongSentenceShare(ReadRule):
    code: str = "READ003"
    name: str = "long-sentence-share"
    summary: str = "Too many sentences are longer than 20 words."
    why: str = "Yoast flags text where more than 25% of sentences exceed 20 words (over 30% is red)."
    source: str = f"{YOAST}/SentenceLengthInTextAssessment.js"
    example: str = (
        "# Analyst\n\nYou will gather the weekly numbers from every regional office and turn them into one clear report for the leadership team. "
        "You will also meet the finance team each month to check that the forecasts still match what the offices actually spend. "
        "You will present.\n\nWe like tea."
    )
    passing: str = "# Analyst\n\nYou will gather the weekly numbers. You will write one clear report. You will meet finance each month. We like tea."
    max_words: int = 20
    max_share: float = 0.25
    error_share: float | None = 0.30
    min_sentences: int = 4

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        infos = metrics.sentence_info(posting)
        long = [i for i in infos if i.words > self.max_words]
        if len(infos) < self.min_sentences or not long:
            return
        share = len(long) / len(infos)
        band = _band(share, self.max_share, self.error_share, below=False)
        if band:
            yield _at_sentence(
                self, posting, long[0],
                f"{_pct(share)} of sentences are over {self.max_words} words ({len(long)} of {len(infos)}; aim for at most "
                f"{_pct(self.max_share)}), on lines {_lines(posting, long)}.",
                severity="error" if band == "error" else None,
            )


class VeryLongSentence(ReadRule):
    code: str = "READ004"
    name: str = "very-long-sentence"
    summary: str = "A sentence is longer than 30 words."
    why: str = "Very long sentences are hard to follow; the Microsoft style guide (Vale) caps sentences at 30 words."
    source: str = "https://github.com/errata-ai/Microsoft/blob/master/Microsoft/SentenceLength.yml"
    example: str = "# Analyst\n\n- Gather the weekly numbers from every regional office, check them against last month's figures and the budget, and turn them into one clear report that the leadership team can read in five minutes."
    passing: str = "# Analyst\n\n- Gather the weekly numbers from every regional office.\n- Turn them into one clear report that the leadership team can read in five minutes."
    max_words: int = 30

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for info in metrics.sentence_info(posting):
            if info.words > self.max_words:
                yield _at_sentence(self, posting, info, f"This sentence has {info.words} words; split it (at most {self.max_words}).")


def _words(block: Block) -> int:
    from postlint import nlp

    return len(nlp.words(block.text))


class ParagraphLength(ReadRule):
    code: str = "READ005"
    name: str = "paragraph-length"
    summary: str = "A paragraph is longer than 150 words."
    why: str = "Walls of text lose skimming readers; Yoast warns above 150 words and fails above 200."
    source: str = f"{YOAST}/ParagraphTooLongAssessment.js"
    example: str = "# Role\n\n" + " ".join(["We build tools for teams."] * 31)
    passing: str = "# Role\n\n" + " ".join(["We build tools for teams."] * 29)
    max_words: int = 150
    error_words: int | None = 200

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for block in posting.body_blocks():
            if block.kind != "paragraph":
                continue
            n = _words(block)
            band = _band(n, self.max_words, self.error_words, below=False)
            if band:
                yield self.at_block(
                    posting, block, 0, len(block.text),
                    f"Paragraph of {n} words; split it or use a list (at most {self.max_words}).",
                    severity="error" if band == "error" else None,
                )


class SubheadingDistribution(ReadRule):
    code: str = "READ006"
    name: str = "subheading-distribution"
    summary: str = "A long stretch of text has no subheading."
    why: str = "Subheadings let candidates jump to pay, duties and requirements; Yoast wants one at least every 300 words."
    source: str = f"{YOAST}/SubheadingDistributionTooLongAssessment.js"
    example: str = "# Role\n\n" + "\n\n".join(["We build tools for teams. " * 8] * 8)
    passing: str = "# Role\n\n" + "\n\n".join(("## Part\n\n" if i % 4 == 0 else "") + "We build tools for teams. " * 8 for i in range(8))
    max_words: int = 300
    error_words: int | None = 350

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        total = metrics.posting_stats(posting).words
        if not any(s.heading is not None for s in posting.walk()):
            if total > self.max_words:
                yield self.at_document(posting, f"{total} words and no subheadings; add headings such as Responsibilities and Pay.", severity="error")
            return
        for section, st in metrics.section_stats(posting):
            band = _band(st.words, self.max_words, self.error_words, below=False)
            if not band:
                continue
            severity = "error" if band == "error" else None
            if section is None or section.heading is None:
                blocks = posting.preamble if section is None else section.blocks
                first = next(b for b in blocks if b.kind != "heading")
                yield self.at_block(posting, first, 0, len(first.text), f"{st.words} words before the first subheading (at most {self.max_words}).", severity=severity)
            else:
                h = section.heading
                yield self.at_block(posting, h, 0, len(h.text), f"Section '{section.title}' runs {st.words} words without a subheading (at most {self.max_words}).", severity=severity)


class PassiveVoice(ReadRule):
    code: str = "READ007"
    name: str = "passive-voice"
    summary: str = "Too many sentences are in the passive voice."
    why: str = "Active sentences say who does what ('you will lead', not 'the team will be led'); Yoast warns above 10% passive sentences and fails above 15%."
    source: str = f"{YOAST}/PassiveVoiceAssessment.js"
    example: str = "# Analyst\n\nReports are written every week. The numbers are checked by finance. You will present them. We meet on Mondays. Lunch is provided."
    passing: str = "# Analyst\n\nYou write reports every week. Finance checks the numbers. You will present them. We meet on Mondays. We buy lunch."
    max_share: float = 0.10
    error_share: float | None = 0.15
    min_sentences: int = 5

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        infos = metrics.sentence_info(posting)
        passive = [i for i in infos if i.passive]
        if len(infos) < self.min_sentences or not passive:
            return
        share = len(passive) / len(infos)
        band = _band(share, self.max_share, self.error_share, below=False)
        if band:
            yield _at_sentence(
                self, posting, passive[0],
                f"{_pct(share)} of sentences are passive ({len(passive)} of {len(infos)}; aim for at most {_pct(self.max_share)}), "
                f"on lines {_lines(posting, passive)}.",
                severity="error" if band == "error" else None,
            )


def _prose_runs(posting: Posting) -> list[list[metrics.SentenceInfo]]:
    """Paragraph sentences grouped by section (a heading breaks a run; list items are not prose)."""
    groups: dict[int, list[metrics.SentenceInfo]] = {}
    owner: dict[int, int] = {}
    for gid, blocks in enumerate([posting.preamble] + [s.blocks for s in posting.walk()]):
        for b in blocks:
            owner[id(b)] = gid
    for info in metrics.sentence_info(posting):
        if info.sentence.block.kind == "paragraph":
            groups.setdefault(owner.get(id(info.sentence.block), -1), []).append(info)
    return list(groups.values())


_TRANSITIONS = re.compile(
    r"\b(?:also|however|therefore|because|so|but|then|next|first|second|third|finally|instead|although|though|while|"
    r"meanwhile|moreover|furthermore|besides|similarly|likewise|thus|hence|consequently|otherwise|still|yet|since|"
    r"until|once|after|before|when|overall|specifically|for example|for instance|in addition|as a result|in short|"
    r"in particular|above all|at the same time|on top of that|that means|in other words)\b",
    re.IGNORECASE,
)


class TransitionWords(ReadRule):
    code: str = "READ008"
    name: str = "transition-words"
    summary: str = "Few prose sentences use transition words (because, for example, then)."
    why: str = "Transition words show how ideas connect; Yoast wants them in 30% of sentences of texts over 200 words. Job ads are mostly lists, so this is informational and prose-only."
    source: str = f"{YOAST}/TransitionWordsAssessment.js"
    example: str = "# Role\n\n" + "We build tools for data teams in many cities. " * 24
    passing: str = "# Role\n\n" + "We build tools for data teams in many cities. Because of that we travel. " * 14
    severity: str = "info"
    min_share: float = 0.20
    min_words: int = 200

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        prose = [i for run in _prose_runs(posting) for i in run]
        if sum(i.words for i in prose) < self.min_words:
            return
        hits = sum(1 for i in prose if _TRANSITIONS.search(i.sentence.text))
        share = hits / len(prose)
        if share < self.min_share:
            yield self.at_document(
                posting, f"{_pct(share)} of prose sentences use a transition word; aim for {_pct(self.min_share)} or more ('because', 'for example', 'then')."
            )


class ConsecutiveStarts(ReadRule):
    code: str = "READ009"
    name: str = "consecutive-starts"
    summary: str = "Three or more prose sentences in a row start with the same word."
    why: str = "Repeated openings read as monotonous (Yoast); list items are exempt because bullets legitimately start with verbs."
    source: str = "https://github.com/Yoast/wordpress-seo/blob/trunk/packages/yoastseo/README.md"
    example: str = "# Role\n\nWe build tools. We ship often. We test everything."
    passing: str = "# Role\n\nWe build tools. Our team ships often. We test everything.\n\n- Build tools\n- Build tests\n- Build docs"
    severity: str = "info"
    min_run: int = 3

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for run in _prose_runs(posting):
            i = 0
            while i < len(run):
                first = _first_word(run[i])
                j = i + 1
                while j < len(run) and first and _first_word(run[j]) == first:
                    j += 1
                if j - i >= self.min_run:
                    yield _at_sentence(self, posting, run[i], f"{j - i} sentences in a row start with '{run[i].sentence.words[0]}'; vary the openings.")
                i = j


def _first_word(info: metrics.SentenceInfo) -> str:
    words = info.sentence.words
    return words[0].lower() if words else ""


class ComplexWords(ReadRule):
    code: str = "READ010"
    name: str = "complex-words"
    summary: str = "Many words are complex (three or more syllables, Gunning's definition)."
    why: str = "Long words slow readers down; Yoast considers a complex-word share under 10% good."
    source: str = f"{YOAST}/WordComplexityAssessment.js"
    example: str = "# Role\n\n" + _HARD
    passing: str = _EASY
    severity: str = "info"
    max_share: float = 0.10
    min_words: int = 20

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        st = metrics.posting_stats(posting)
        if st.words >= self.min_words and st.complex_word_share >= self.max_share:
            yield self.at_document(
                posting, f"{_pct(st.complex_word_share)} of words have three or more syllables ({st.complex_words} of {st.words}); aim for under {_pct(self.max_share)}."
            )


class PostingLength(ReadRule):
    code: str = "READ011"
    name: str = "posting-length"
    summary: str = "The posting is very short or very long."
    why: str = "Textio finds 300–700 words performs best; Appcast saw apply rates fall for very short and very long ads (evidence conflicts, so the bounds are options)."
    source: str = TEXTIO
    example: str = "# Data Engineer\n\nBuild pipelines. Apply by email."
    passing: str = "# Data Engineer\n\n" + "You will build and run the data pipelines our analysts use every day. " * 24
    min_words: int = 300
    info_above: int | None = 700
    max_words: int = 1000

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        n = metrics.posting_stats(posting).words
        if not n:
            return
        if n < self.min_words:
            yield self.at_document(posting, f"The posting has {n} words; {self.min_words}–{self.max_words} gives candidates what they need to decide.")
        elif n > self.max_words:
            yield self.at_document(posting, f"The posting has {n} words; cut it below {self.max_words} (300–700 performs best).")
        elif self.info_above is not None and n > self.info_above:
            yield self.at_document(posting, f"The posting has {n} words; 300–{self.info_above} performs best.", severity="info")


class BulletShare(ReadRule):
    code: str = "READ012"
    name: str = "bullet-share"
    summary: str = "The share of text in bullet lists is far from about a third."
    why: str = "Textio's best-performing listings have about one-third bulleted content; far more or far less turns some candidates away."
    source: str = TEXTIO
    example: str = "# Role\n\n" + "- You will build and run the data pipelines our analysts use every day.\n" * 24
    passing: str = "# Role\n\n" + "You will build and run the data pipelines our analysts use every day. " * 16 + "\n\n" + "- Build and run the pipelines our analysts use.\n" * 12
    severity: str = "info"
    min: float = 0.20
    max: float = 0.50
    min_words: int = 300

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        st = metrics.posting_stats(posting)
        if st.words >= self.min_words and not self.min <= st.bullet_share <= self.max:
            yield self.at_document(posting, f"{_pct(st.bullet_share)} of the words are in bullet lists; aim for {_pct(self.min)}–{_pct(self.max)} (about a third).")


_YOU = re.compile(r"\b(?:you|your|yours|yourself|you['’](?:re|ll|ve|d))\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(
    r"\b(?:the|our|an?)\s+(?:ideal|successful|right|perfect|chosen|selected|qualified)\s+(?:candidate|applicant|individual|person|hire)s?\b"
    r"|\b(?:the|a)\s+candidate\s+(?:will|must|should|shall)\b",
    re.IGNORECASE,
)


class SecondPerson(ReadRule):
    code: str = "READ013"
    name: str = "second-person"
    summary: str = "Address the reader as 'you', not 'the ideal candidate'."
    why: str = "Textio finds third-person wording ('the ideal candidate') slows time to fill; 'you' helps readers picture the job."
    source: str = TEXTIO
    example: str = "# Analyst\n\nThe ideal candidate has five years of experience."
    passing: str = "# Analyst\n\nYou have five years of experience."
    severity: str = "info"
    min_words: int = 50

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        blocks = list(posting.body_blocks())
        for block in blocks:
            for m in _THIRD_PERSON.finditer(block.text):
                yield self.at_block(posting, block, m.start(), m.end(), f"'{m.group(0)}' talks about the reader; say 'you'.")
        if metrics.posting_stats(posting).words >= self.min_words and not any(_YOU.search(b.text) for b in blocks):
            yield self.at_document(posting, "The posting never says 'you'; address the candidate directly.")


_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’]+(?:[ \t,&/-]+[A-Z][A-Z'’]+)+\b")
_CAPS_WORD = re.compile(r"\b[A-Z]{6,}\b")
_PUNCT = re.compile(r"[!?]*!{2,}[!?]*|[!?]*\?!+[!?]*|\${2,}|[★☆✨🔥🚀]{2,}")


def _shouting(word: str) -> bool:
    """A capitalised word rather than an acronym: not allowed-listed, and long or vowel-rich enough to be read as a word."""
    vowels = sum(c in "AEIOUY" for c in word) / max(1, len(word))
    return word not in allowed_acronyms() and len(word) >= 4 and (vowels >= 0.3 or len(word) >= 7)


class CapsAndPunctuation(ReadRule):
    code: str = "READ014"
    name: str = "caps-and-punctuation"
    summary: str = "Shouting: ALL-CAPS words, repeated '!!' or gimmicky symbols."
    why: str = "Google's content policy for job postings asks for basic grammar and proper capitalization; shouting reads as spam."
    source: str = "https://developers.google.com/search/docs/appearance/structured-data/job-posting#content-policies"
    example: str = "# Sales Lead\n\nAPPLY NOW and join the BEST TEAM in town!!"
    passing: str = "# Sales Lead\n\nApply now and join our CRM team in the USA!"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for block in posting.body_blocks():
            text = block.text
            caps = [m for m in _CAPS_RUN.finditer(text) if any(_shouting(w) for w in re.split(r"[^A-Z'’]+", m.group(0)) if w)]
            caps += [m for m in _CAPS_WORD.finditer(text) if _shouting(m.group(0)) and not any(c.start() <= m.start() < c.end() for c in caps)]
            found = [(m.start(), m.end(), f"'{m.group(0)}' is in capitals; write it in sentence case.") for m in caps]
            found += [(m.start(), m.end(), f"'{m.group(0)}': use one punctuation mark and no decorative symbols.") for m in _PUNCT.finditer(text)]
            for s, e, message in sorted(found):
                yield self.at_block(posting, block, s, e, message)


# Grade and level codes ("EX-05", "IT-03") are names, not acronyms to spell out.
_ACRONYM = re.compile(r"(?<![\w&/])([A-Z][A-Z0-9&]*[A-Z])(s?)(?![\w&])(?!-\d)")


class AcronymFirstUse(ReadRule):
    code: str = "READ016"
    name: str = "acronym-first-use"
    summary: str = "An acronym is used without being spelled out the first time."
    why: str = "Candidates from other companies and industries may not know internal or niche acronyms; spell one out on first use, e.g. 'service-level agreement (SLA)'."
    source: str = "https://www.plainlanguage.gov/guidelines/words/minimize-abbreviations/"
    example: str = "# Engineer\n\nYou will own our SLAs."
    passing: str = "# Engineer\n\nYou will own our service-level agreements (SLAs) and talk to the CEO."
    severity: str = "info"
    allow: list[str] = []

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        allowed = allowed_acronyms() | set(self.allow)
        body = {id(b) for b in posting.body_blocks()}
        seen: set[str] = set()
        for block in posting.blocks():
            text = block.text
            if text.isupper():
                continue  # a shouted line is READ014's business
            for m in _ACRONYM.finditer(text):
                word = m.group(1)
                if word in seen or word in allowed or word + m.group(2) in allowed or sum(c.isupper() for c in word) < 2:
                    continue
                if word.isupper() is False and not word[:1].isupper():
                    continue
                if _defined(text, m.start(), m.end()):
                    seen.add(word)
                elif id(block) in body:
                    seen.add(word)
                    yield self.at_block(posting, block, m.start(1), m.end(), f"'{m.group(0)}' is not spelled out; write it in full on first use, e.g. 'long form ({word})'.")


def _defined(text: str, start: int, end: int) -> bool:
    """'Long Form (ACR)' or 'ACR (long form)': the acronym is spelled out where it is first used."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    return (before.endswith("(") and after.startswith(")")) or after.startswith("(") and len(after.split(")")[0]) > 3


RULES: list[Rule] = [
    FleschReadingEase(),
    GradeLevel(),
    LongSentenceShare(),
    VeryLongSentence(),
    ParagraphLength(),
    SubheadingDistribution(),
    PassiveVoice(),
    TransitionWords(),
    ConsecutiveStarts(),
    ComplexWords(),
    PostingLength(),
    BulletShare(),
    SecondPerson(),
    CapsAndPunctuation(),
    AcronymFirstUse(),
]
