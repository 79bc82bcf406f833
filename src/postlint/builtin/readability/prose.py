"""READ rules: readability scores and sentences, from :mod:`postlint.language.metrics`.

Thresholds are those proposed in research §1.4 (Yoast, Vale Microsoft, Textio,
Hemingway); each rule says where its numbers come from. Share rules point at the
first sentence concerned and list the others' lines; posting-level scores sit
on the title line. Length, layout and style rules are in
:mod:`postlint.builtin.readability.style`, acronyms in :mod:`postlint.builtin.readability.acronyms`;
they share the helpers below.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import ClassVar

from postlint.engine.rule import Context, Rule
from postlint.language import metrics
from postlint.language.lead_ins import field_line
from postlint.language.prefilter import lower_case_is_exact
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting

YOAST = "https://github.com/Yoast/wordpress-seo/tree/trunk/packages/yoastseo/src/scoring/assessments/readability"


def percent(x: float, beside: float | None = None) -> str:
    """``x`` as a whole percentage; with one decimal when the whole number would equal ``beside``
    (the threshold it is compared with) though ``x`` differs: "10.4%", not "10% … aim for at most 10%"."""
    whole = f"{100 * x:.0f}%"
    if beside is not None and x != beside and whole == f"{100 * beside:.0f}%":
        return f"{100 * x:.1f}%"
    return whole


def _lines(posting: Posting, infos: Sequence[metrics.SentenceInfo], limit: int = 6) -> str:
    """'lines 3, 8 and 2 more', or 'line 6' for one."""
    lines = sorted({posting.locate(i.sentence.source_start)[0] for i in infos})
    more = f" and {len(lines) - limit} more" if len(lines) > limit else ""
    return ("line " if len(lines) == 1 else "lines ") + ", ".join(map(str, lines[:limit])) + more


def _at_sentence(rule: Rule, posting: Posting, info: metrics.SentenceInfo, message: str, **kw: object) -> Diagnostic:
    s = info.sentence
    return rule.at_block(posting, s.block, s.start, s.end, message, **kw)  # type: ignore[arg-type]


class ReadRule(Rule):
    needs_nlp: ClassVar[bool] = True


def figure(x: float, beside: float) -> str:
    """``x`` with one decimal, or more when one would show the threshold ``beside`` itself
    ("59.96 … aim for 60", not "60.0 … aim for 60")."""
    for places in (1, 2, 3):
        shown = f"{x:.{places}f}"
        if float(shown) != beside:
            break
    return shown


def band_of(value: float, warn: float | None, error: float | None, *, below: bool) -> str | None:
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
        band = band_of(st.flesch_reading_ease, self.min, self.error_below, below=True)
        if band:
            yield self.at_document(
                posting,
                f"Flesch reading ease is {figure(st.flesch_reading_ease, self.min)} ({_ease_label(st.flesch_reading_ease)}; aim for {self.min:g} or more): "
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
                f"Reading grade is {figure(st.flesch_kincaid_grade, self.max)} (Flesch–Kincaid; ARI {st.ari:.1f}); aim for grade {self.max:g} or lower.",
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
        band = band_of(share, self.max_share, self.error_share, below=False)
        if band:
            yield _at_sentence(
                self, posting, long[0],
                f"{percent(share, self.max_share)} of sentences are over {self.max_words} words ({len(long)} of {len(infos)}; aim for at most "
                f"{percent(self.max_share)}), on {_lines(posting, long)}.",
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
    notes: str = (
        "In plain text, a chat's lines written one thought a line without full stops (a Discord or Slack post)"
        " are sentences of their own; hard-wrapped prose still runs on over its lines. An emoji between a word and one"
        " in Title Case ends a sentence, as captions write them ('…in your first week 🙌 Guy and the team…'), but not"
        " after an article, preposition or conjunction ('at ☕ Bluegum')."
    )
    max_words: int = 30

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for info in metrics.sentence_info(posting):
            if info.words > self.max_words:
                yield _at_sentence(self, posting, info, f"This sentence has {info.words} words; split it (at most {self.max_words}).")


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
        band = band_of(share, self.max_share, self.error_share, below=False)
        if band:
            yield _at_sentence(
                self, posting, passive[0],
                f"{percent(share, self.max_share)} of sentences are passive ({len(passive)} of {len(infos)}; aim for at most {percent(self.max_share)}), "
                f"on {_lines(posting, passive)}.",
                severity="error" if band == "error" else None,
            )


def _caption(info: metrics.SentenceInfo) -> bool:
    """A paragraph of a few words and no full stop, such as a link's text left on its own line
    ("Assessment accommodation"): a caption, not a sentence of prose."""
    text = info.sentence.text.strip()
    return info.words <= 3 and text[-1:] not in ".!?" and text == info.sentence.block.text.strip()


def _prose_runs(posting: Posting) -> list[list[metrics.SentenceInfo]]:
    """Paragraph sentences grouped by section (a heading breaks a run; list items and
    "Label: value" fields such as "Work schedule: Full time" are not prose).

    Cached on the posting: READ008 and READ009 both read them."""
    cached = posting._cache.get("readability.prose_runs")
    if cached is not None:
        return cached
    groups: dict[int, list[metrics.SentenceInfo]] = {}
    owner: dict[int, int] = {}
    for gid, blocks in enumerate([posting.preamble] + [s.blocks for s in posting.walk()]):
        for b in blocks:
            owner[id(b)] = gid
    for info in metrics.sentence_info(posting):
        if info.sentence.block.kind == "paragraph" and not field_line(info.sentence.text) and not _caption(info):
            groups.setdefault(owner.get(id(info.sentence.block), -1), []).append(info)
    runs = list(groups.values())
    posting._cache["readability.prose_runs"] = runs
    return runs


_TRANSITION_WORDS = (
    # Ordinals only as Yoast counts them, opening a point ("First, …", "at first"): not "your first project",
    # "the first month" (blind set S65).
    "also|however|therefore|because|so|but|then|next|first(?=,)|second(?=,)|third(?=,)|at first|first of all|"
    "in the first place|finally|instead|although|though|while|"
    "meanwhile|moreover|furthermore|besides|similarly|likewise|thus|hence|consequently|otherwise|still|yet|since|"
    "until|once|after|before|when|overall|specifically|for example|for instance|in addition|as a result|in short|"
    "in particular|above all|at the same time|on top of that|that means|in other words|"
    # More of the connectives Yoast's list counts (precision sample 2525 found them missing).
    "additionally|generally|in general|as such|for this reason|for that reason|to that end|to this end|in turn|"
    "that said|previously|prior to|as well as|in order to|so that|as long as|even though|even so|indeed|in fact|"
    "of course|in contrast|on the other hand|nevertheless|nonetheless|accordingly|subsequently|eventually|lastly|"
    "firstly|secondly|thirdly|later|earlier|afterwards|unless|whereas|regardless|namely|such as|especially|"
    "particularly|in summary|to sum up|ultimately"
)
_TRANSITIONS = re.compile(rf"\b(?:{_TRANSITION_WORDS})\b", re.IGNORECASE)
# The same search on lower-cased text (see prefilter.lower_case_is_exact), and only where a word
# starts with a letter that some transition starts with.
_FIRST_LETTERS = "".join(sorted({w[0] for w in _TRANSITION_WORDS.split("|")}))
_TRANSITIONS_LOWER = re.compile(rf"\b(?=[{_FIRST_LETTERS}])(?:{_TRANSITION_WORDS})\b")

class TransitionWords(ReadRule):
    code: str = "READ008"
    name: str = "transition-words"
    summary: str = "Few prose sentences use transition words (because, for example, then)."
    why: str = "Transition words show how ideas connect; Yoast wants them in 30% of sentences of texts over 200 words. Job ads are mostly lists, so this is informational and prose-only."
    source: str = f"{YOAST}/TransitionWordsAssessment.js"
    notes: str = "Ordinals count as Yoast's list counts them, opening a point ('First, …', 'at first', 'firstly'): not 'your first project' nor 'third-party'."
    example: str = "# Role\n\n" + "We build tools for data teams in many cities. " * 24
    passing: str = "# Role\n\n" + "We build tools for data teams in many cities. Because of that we travel. " * 14
    severity: str = "info"
    min_share: float = 0.20
    min_words: int = 200

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        prose = [i for run in _prose_runs(posting) for i in run]
        if sum(i.words for i in prose) < self.min_words:
            return
        texts = [i.sentence.text for i in prose]
        if lower_case_is_exact("\n".join(texts)):
            hits = sum(1 for text in texts if _TRANSITIONS_LOWER.search(text.lower()))
        else:
            hits = sum(1 for text in texts if _TRANSITIONS.search(text))
        share = hits / len(prose)
        if share < self.min_share:
            yield self.at_document(
                posting, f"{percent(share, self.min_share)} of prose sentences use a transition word; aim for {percent(self.min_share)} or more ('because', 'for example', 'then')."
            )


class ConsecutiveStarts(ReadRule):
    code: str = "READ009"
    name: str = "consecutive-starts"
    summary: str = "Three or more prose sentences in a row start with the same word."
    why: str = "Repeated openings read as monotonous (Yoast); list items are exempt because bullets legitimately start with verbs."
    source: str = "https://github.com/Yoast/wordpress-seo/blob/trunk/packages/yoastseo/README.md"
    notes: str = "As Yoast does, an opening article or demonstrative ('The', 'A', 'This') is skipped: 'The company… The account… The training…' start with different words."
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
                    opening = " ".join(run[i].sentence.words[: len(first.split())])
                    yield _at_sentence(self, posting, run[i], f"{j - i} sentences in a row start with '{opening}'; vary the openings.")
                i = j


# Yoast's firstWordExceptions for English: after an article, a demonstrative or a number the
# opening is its first two words ("The Director…", "The role…" are different openings).
_FIRST_WORD_EXCEPTIONS = frozenset("the a an this that these those one two three four five six seven eight nine ten".split())


def _first_word(info: metrics.SentenceInfo) -> str:
    words = info.sentence.words
    if not words:
        return ""
    first = words[0].lower()
    if first in _FIRST_WORD_EXCEPTIONS and len(words) > 1:
        return f"{first} {words[1].lower()}"
    return first


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
                posting, f"{percent(st.complex_word_share, self.max_share)} of words are complex ({st.complex_words} of {st.words}: three or more syllables, "
                f"not counting names, hyphenated words and -ed, -es or -ing endings); aim for under {percent(self.max_share)}."
            )


RULES: list[Rule] = [
    FleschReadingEase.default(),
    GradeLevel.default(),
    LongSentenceShare.default(),
    VeryLongSentence.default(),
    PassiveVoice.default(),
    TransitionWords.default(),
    ConsecutiveStarts.default(),
    ComplexWords.default(),
]
