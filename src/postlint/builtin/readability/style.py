"""READ rules about length, layout and style: paragraphs, subheadings, posting
length, bullets, addressing the reader, shouting and acronyms.

Scores and sentence rules, and the helpers shared with them, are in
:mod:`postlint.builtin.readability.prose`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from functools import lru_cache

from postlint.builtin.readability.prose import YOAST, ReadRule, band_of, percent
from postlint.engine.rule import Context, Rule, counted
from postlint.engine.scope import scope_blocks
from postlint.language import metrics
from postlint.language.names import initials
from postlint.language.prefilter import blocks_with
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting
from postlint.model.schema import QUALIFICATION_KINDS

TEXTIO = "https://textio.com/blog/three-quick-tips-for-a-well-written-job-description-based-on-todays-hiring-data"


@lru_cache(maxsize=1)
def allowed_acronyms() -> frozenset[str]:
    from postlint.resources import rules_dir

    data = tomllib.loads((rules_dir() / "readability" / "acronyms.toml").read_text(encoding="utf-8"))
    return frozenset(data["allow"])


def _words(block: Block) -> int:
    from postlint.language import nlp

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
            # n words take at least 2n - 1 characters: a shorter paragraph cannot be too long.
            if block.kind != "paragraph" or len(block.text) < 2 * self.max_words:
                continue
            n = _words(block)
            band = band_of(n, self.max_words, self.error_words, below=False)
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
            band = band_of(st.words, self.max_words, self.error_words, below=False)
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
            yield self.at_document(posting, f"The posting has {counted(n, 'word')}; {self.min_words}–{self.max_words} gives candidates what they need to decide.")
        elif n > self.max_words:
            yield self.at_document(posting, f"The posting has {counted(n, 'word')}; cut it below {self.max_words} (300–700 performs best).")
        elif self.info_above is not None and n > self.info_above:
            yield self.at_document(posting, f"The posting has {counted(n, 'word')}; 300–{self.info_above} performs best.", severity="info")


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
            yield self.at_document(posting, f"{percent(st.bullet_share, self.min if st.bullet_share < self.min else self.max)} of the words are in bullet lists; aim for {percent(self.min)}–{percent(self.max)} (about a third).")


_YOU = re.compile(r"\b(?:you|your|yours|yourself|you['’](?:re|ll|ve|d))\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(
    r"\b(?:the|our|an?)\s+(?:ideal|successful|right|perfect|chosen|selected|qualified)\s+(?:candidate|applicant|individual|person|hire)s?\b"
    r"|\b(?:the|a)\s+candidate\s+(?:will|must|should|shall)\b",
    re.IGNORECASE,
)
# Every match of _THIRD_PERSON holds one of these nouns: blocks without are not scanned.
_THIRD_PERSON_NOUNS = ("candidate", "applicant", "individual", "person", "hire")


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
        for block in blocks_with(posting, blocks, _THIRD_PERSON_NOUNS):
            for m in _THIRD_PERSON.finditer(block.text):
                yield self.at_block(posting, block, m.start(), m.end(), f"'{m.group(0)}' talks about the reader; say 'you'.")
        # Headings count: "Your day", "You'll be great here if" address the reader too.
        if (
            metrics.posting_stats(posting).words >= self.min_words
            and not any(_YOU.search(b.text) for b in blocks)
            and not any(_YOU.search(b.text) for b in posting.blocks() if b.kind == "heading")
        ):
            yield self.at_document(posting, "The posting never says 'you'; address the candidate directly.")


# Words joined by spaces, "&", "/" or "-": a comma-separated list of acronyms
# ("TOGAF, ITIL, COBIT") is a list, not a shouted phrase.
_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’]+(?:[ \t&/-]+[A-Z][A-Z'’]+)+\b")
_CAPS_WORD = re.compile(r"\b[A-Z]{6,}\b")
_PUNCT = re.compile(r"[!?]*!{2,}[!?]*|[!?]*\?!+[!?]*|\${2,}|[★☆✨🔥🚀]{2,}")
# A capitals finding needs a shouted word, so four of [A-Z'’] starting with a capital.
_CAPS_HINT = re.compile(r"[A-Z][A-Z'’]{3}")
# Every match of _PUNCT holds one of these.
_PUNCT_HINTS = ("!!", "?!", "$$", "★", "☆", "✨", "🔥", "🚀")


def _may_have_punct(text: str) -> bool:
    return any(hint in text for hint in _PUNCT_HINTS)


def _shouting(word: str) -> bool:
    """A capitalised word rather than an acronym: not allowed-listed, and long or vowel-rich enough to be read as a word."""
    vowels = sum(c in "AEIOUY" for c in word) / max(1, len(word))
    return word not in allowed_acronyms() and len(word) >= 4 and (vowels >= 0.3 or len(word) >= 7)


def _code_label(text: str, m: re.Match[str]) -> bool:
    """A capitalised code in brackets or between slashes, like USAJOBS's '(INFOSEC)' or
    '(INET/DATAMGT)': a name, not shouting."""
    before, after = text[max(0, m.start() - 16) : m.start()].rstrip()[-1:], text[m.end() : m.end() + 16].lstrip()[:1]
    return before in ("(", "/") and after in (")", "/")


def _capital_matches(text: str) -> list[re.Match[str]]:
    """Runs of capitals and long capitalised words that read as shouting."""
    caps = [
        m for m in _CAPS_RUN.finditer(text)
        if any(_shouting(w) for w in re.split(r"[^A-Z'’]+", m.group(0)) if w)
        and not (_code_label(text, m) and not any(c.isspace() for c in m.group(0)))
    ]
    # A lone word in capitals is shouting when it is a dictionary word ("URGENT") or too long for an
    # acronym ("CYBERSECURITY"); six or seven letters outside the dictionary are an acronym or a name
    # ("LYBUNT", "INFOSEC", "FITARA"), READ016's business.
    caps += [
        m for m in _CAPS_WORD.finditer(text)
        if _shouting(m.group(0)) and (len(m.group(0)) >= 8 or _english_word(m.group(0))) and not _code_label(text, m)
        and not any(c.start() <= m.start() < c.end() for c in caps)
    ]
    return caps


class CapsAndPunctuation(ReadRule):
    code: str = "READ014"
    name: str = "caps-and-punctuation"
    summary: str = "Shouting: ALL-CAPS words, repeated '!!' or gimmicky symbols."
    why: str = "Google's content policy for job postings asks for basic grammar and proper capitalization; shouting reads as spam."
    source: str = "https://developers.google.com/search/docs/appearance/structured-data/job-posting#content-policies"
    example: str = "# Sales Lead\n\nAPPLY NOW and join the BEST TEAM in town!!"
    passing: str = "# Sales Lead\n\nApply now and join our CRM team in the USA!"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        blocks = list(posting.body_blocks())
        # Cheap tests first: most postings have no '!!' or symbols at all, and most
        # blocks no four capitals in a row.
        any_punct = _may_have_punct("\n".join(b.text for b in blocks))
        for block in blocks:
            text = block.text
            has_caps = _CAPS_HINT.search(text) is not None
            has_punct = any_punct and _may_have_punct(text)
            if not has_caps and not has_punct:
                continue
            caps = _capital_matches(text) if has_caps else []
            found = [(m.start(), m.end(), f"'{m.group(0)}' is in capitals; write it in sentence case.") for m in caps]
            if has_punct:
                found += [(m.start(), m.end(), f"'{m.group(0)}': use one punctuation mark and no decorative symbols.") for m in _PUNCT.finditer(text)]
            for s, e, message in sorted(found):
                yield self.at_block(posting, block, s, e, message)
        # Headings may be in capitals (plain text's section headings are), but not shout with
        # punctuation: "NOW HIRING LINE COOKS!!".
        for block in posting.blocks():
            if block.kind == "heading" and block is not posting.title_block and _may_have_punct(block.text):
                for m in _PUNCT.finditer(block.text):
                    yield self.at_block(posting, block, m.start(), m.end(), f"'{m.group(0)}': use one punctuation mark and no decorative symbols.")


# Grade and level codes ("EX-05", "IT-03") are names, not acronyms to spell out.
# "Not after a word character, &, / or ." (".NET" is a name) is tested once the first capital is taken
# ((?<![\w&/].) looks back over it): a pattern that opens with a capital lets the
# regex engine skip ahead to capitals, twice as fast as opening with the lookbehind.
_ACRONYM = re.compile(r"([A-Z](?<![\w&/.].)[A-Z0-9&]*[A-Z])(s?)(?![\w&])(?!-\d)")


class AcronymFirstUse(ReadRule):
    code: str = "READ016"
    name: str = "acronym-first-use"
    summary: str = "An acronym is used without being spelled out the first time."
    why: str = "Candidates from other companies and industries may not know internal or niche acronyms; spell one out on first use, e.g. 'service-level agreement (SLA)'."
    source: str = "https://www.plainlanguage.gov/guidelines/words/minimize-abbreviations/"
    example: str = "# Engineer\n\nYou will own our SLAs."
    passing: str = "# Engineer\n\nYou will own our service-level agreements (SLAs) and talk to the CEO."
    severity: str = "info"
    notes: str = (
        "A capitalised long form met earlier in the posting counts as spelling out, brackets or not ('the Computer Systems group', "
        "then 'CS'); a lower-case one ('accounts payable', then 'AP') does not, since any two words would. Language levels "
        "('at a BBB level', 'bilingual imperative CBC/CBC') are grades; a legal citation ('5 CFR 213.3102') keeps its fixed form. A "
        "part of a name does not ('General Services Administration' spells GSA, not GS). Three or more tools or standards "
        "listed among the qualifications ('especially EKS, SES and SQS') are names a candidate knows, not jargon."
    )
    allow: list[str] = []

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        allowed = allowed_acronyms() | set(self.allow)
        # Prose only: the title and a "Keywords: SEO, LLM" declaration are not read as sentences.
        body = {id(b) for b in scope_blocks(posting, "prose")}
        seen: set[str] = set()
        long_forms = _LongForms()
        spelled_later: dict[str, int] | None = None  # acronym -> where a long form first spells it, once a finding asks
        for block in posting.blocks():
            long_forms.reach(block)
            text = block.text
            if text.isupper():
                continue  # a shouted line is READ014's business
            shouted: list[re.Match[str]] | None = None  # shouted phrases, found once a block needs them
            listed: set[str] = set()  # acronyms this block lists as names: judged once per block
            for m in _ACRONYM.finditer(text):
                word = m.group(1)
                if word in seen or word in listed or word in allowed or word + m.group(2) in allowed or sum(c.isupper() for c in word) < 2:
                    continue
                if word.isupper() is False and not word[:1].isupper():
                    continue
                if _english_word(word):
                    continue  # a word in capitals ("UPDATED"), READ014's business, not an acronym
                if _LEVEL_CODE.fullmatch(word) and _LEVEL_CONTEXT.search(text, max(0, m.start() - 60), m.end() + 60):
                    continue  # a language level ("at a BBB level", "bilingual imperative CBC/CBC"): a grade, not an acronym
                if _cited(text, m.start(), m.end()):
                    continue  # a legal citation ("5 CFR 213.3102"): its form is fixed, spelling it out is optional
                if shouted is None:
                    shouted = [r for r in _CAPS_RUN.finditer(text) if any(_english_word(w) for w in re.findall(r"[A-Z]+", r.group(0)))]
                if any(r.start() <= m.start() and m.end() <= r.end() for r in shouted):
                    continue  # part of a shouted phrase ("ENTER JOB ANNOUNCEMENT NUMBER")
                if _defined(text, m.start(), m.end()) or long_forms.spell(word, m.start()):
                    seen.add(word)
                elif id(block) in qualifications(posting) and _in_name_list(text, m.start(), m.end()):
                    listed.add(word)  # one of a list of tools or standards ("SAML, OIDC, LDAP"): a name to know, not jargon
                elif _in_code_list(text, m.start(), m.end()):
                    continue  # "IT Program Manager (PLCYPLN/INFOSEC)": a title's codes, not words to spell out
                elif id(block) in body:
                    seen.add(word)
                    if spelled_later is None:
                        spelled_later = _first_long_forms(posting)
                    later = spelled_later.get(word)
                    if later is not None and later > block.at(m.start()):
                        message = (f"'{m.group(0)}' is spelled out only later (line {posting.locate(later)[0]}): "
                                   f"write out what it stands for at its first use, with '{word}' in brackets.")
                    else:
                        message = (f"'{m.group(0)}' is not spelled out: on first use, write out what it stands for with '{word}' in brackets, "
                                   "as in 'service-level agreement (SLA)'.")
                    yield self.at_block(posting, block, m.start(1), m.end(), message)


# Brackets holding two or more capitalised codes between slashes: USAJOBS's "(PLCYPLN/INFOSEC)".
_CODE_LIST = re.compile(r"\((?:[A-Z][A-Z0-9]*/)+[A-Z][A-Z0-9]*\)")


def _in_code_list(text: str, start: int, end: int) -> bool:
    opening = text.rfind("(", max(0, start - 40), start + 1)
    found = _CODE_LIST.match(text, opening) if opening >= 0 else None
    return found is not None and found.end() >= end


def _first_long_forms(posting: Posting) -> dict[str, int]:
    """Acronym -> the source offset where a capitalised long form first spells it, anywhere in the posting."""
    found: dict[str, int] = {}
    for block in posting.blocks():
        for spelled, end in _runs(block.text).items():
            found.setdefault(spelled, block.at(end))
    return found


# Canada's second-language levels: three letters of A, B, C, E or X ("BBB/BBB", "CBC").
_LEVEL_CODE = re.compile(r"[ABCEX]{3}")
_LEVEL_CONTEXT = re.compile(r"(?i)level|bilingual|linguistic|second[- ]language|[ABCEX]{3}/[ABCEX]{3}")
_CITED_BEFORE = re.compile(r"\b\d{1,3}\s$")
_CITED_AFTER = re.compile(r"\s§?\s?\d")


def _cited(text: str, start: int, end: int) -> bool:
    """A title number before and a section number after: "5 CFR 213.3102", "29 USC 621"."""
    return _CITED_BEFORE.search(text, max(0, start - 5), start) is not None and _CITED_AFTER.match(text, end) is not None


def _english_word(word: str) -> bool:
    """A dictionary word of five or more letters (CMU dictionary): UPDATED, NUMBER; not FITARA or INFOSEC.

    Four-letter words are too often names to spell out (NIST, ARIA, JAWS): the
    common ones written in capitals are in the allow list instead (NOTE, EACH).
    """
    from postlint.language.syllables import cmu_stress

    return len(word) >= 5 and cmu_stress(word.lower().encode()) is not None


def _defined(text: str, start: int, end: int) -> bool:
    """'Long Form (ACR)' or 'ACR (long form)': the acronym is spelled out where it is first used."""
    # Only the characters around the acronym matter: slicing the whole text made a block full of
    # acronyms quadratic.
    before, after = text[max(0, start - 64) : start].rstrip(), text[end : end + 64].lstrip()
    return (before.endswith("(") and after.startswith(")")) or after.startswith("(") and len(after.split(")")[0]) > 3


# A run of capitalised words, small words allowed inside: "Computer Systems", "Office of Personnel Management".
# Words only, not codes: "GS-15 Step" spells no GS.
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z][\w’'-]*(?:\s+(?:(?:of|and|for|the|on|in|&)\s+)*[A-Z][a-z][\w’'-]*)+")


class _LongForms:
    """The long forms a reader has met, block by block in reading order: the initials of
    capitalised runs ("Computer Systems" -> CS, "Office of Personnel Management" -> OPM).
    Blocks are read only once an acronym asks, and each block once (linear in the posting)."""

    def __init__(self) -> None:
        self.met: set[str] = set()
        self.passed: list[Block] = []
        self.block: Block | None = None
        self.runs: dict[str, int] | None = None  # the current block's initials -> where its first run ends

    def reach(self, block: Block) -> None:
        if self.block is not None:
            self.passed.append(self.block)
        self.block, self.runs = block, None

    def spell(self, word: str, before: int) -> bool:
        """Whether ``word`` is the initials of a long form before offset ``before`` of the current block."""
        for b in self.passed:
            self.met.update(_runs(b.text))
        self.passed.clear()
        if word in self.met:
            return True
        if self.runs is None and self.block is not None:
            self.runs = _runs(self.block.text)
        end = (self.runs or {}).get(word)
        return end is not None and end <= before


def _runs(text: str) -> dict[str, int]:
    """Initials of each capitalised run in ``text`` -> the end of the first run that spells them
    (one look-up per acronym, however many a block holds)."""
    found: dict[str, int] = {}
    for m in _CAPITALISED_RUN.finditer(text):
        for spelled in _initials_of_run(m.group(0).split()):
            found.setdefault(spelled, m.end())
    return found


def _initials_of_run(words: list[str]) -> set[str]:
    """The initials of a whole run, with and without its small words, and without an opening
    "The" or "At": "The Office of Personnel Management" gives OPM and OOPM. Parts of a run
    are not taken: "General Services Administration" spells GSA, not GS (the General Schedule)."""
    if len(words) > 2 and words[0] in _OPENERS:
        words = words[1:]
    return {initials(words), "".join(w[0] for w in words).upper()}


_OPENERS = frozenset(("The", "A", "An", "At", "Our", "Join", "With", "In", "As", "For"))


_QUALIFICATIONS = frozenset((*QUALIFICATION_KINDS, "preferred-qualifications"))


def qualifications(posting: Posting) -> set[int]:
    """Ids of the blocks of the posting's qualification sections."""
    ids = posting._cache.get("qualification-blocks")
    if ids is None:
        ids = posting._cache["qualification-blocks"] = {
            id(b) for s in posting.walk() if s.kind in _QUALIFICATIONS for b in s.all_blocks()
        }
    return ids


# Items of an enumeration: split at commas, "and", "or" and slashes, inside one clause.
_CLAUSE_END = re.compile(r"[;:()\n]|\.\s")
_NAME_LIST_REACH = 300
_ITEM_SEP = re.compile(r"\s*(?:,|/|\band\b|\bor\b)\s*")


def _in_name_list(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one of three or more short, capitalised items: "EKS, SES and SQS"."""
    # A list of names is short: look no further than _NAME_LIST_REACH either side (bounded work on a huge line).
    first, last = max(0, start - _NAME_LIST_REACH), min(len(text), end + _NAME_LIST_REACH)
    left = max((m.end() for m in _CLAUSE_END.finditer(text, first, start)), default=first)
    stop = _CLAUSE_END.search(text, end, last)
    clause = text[left : stop.start() if stop else last]
    items = [i for i in _ITEM_SEP.split(clause) if i.strip()]
    names = [i for i in items if _name_like(i)]
    own = next((i for i in items if text[start:end] in i), "")
    return len(names) >= 3 and own in names


def _name_like(item: str) -> bool:
    """A name, after any lower-case lead-in ("especially EKS", "e.g. OIDC"): up to three words,
    each capitalised or a number ("Amazon Web Services", "FIDO2"); not "Experience with SLAs"."""
    words = item.split()
    while words and not (words[0][:1].isupper() or words[0][:1].isdigit()):
        words.pop(0)
    return 0 < len(words) <= 3 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


RULES: list[Rule] = [
    ParagraphLength.default(),
    SubheadingDistribution.default(),
    PostingLength.default(),
    BulletShare.default(),
    SecondPerson.default(),
    CapsAndPunctuation.default(),
    AcronymFirstUse.default(),
]
