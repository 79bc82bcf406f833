"""READ rules about length, layout and style: subheadings, posting length, bullets
and shouting (paragraphs are in :mod:`postlint.builtin.readability.paragraphs`, addressing the reader in
:mod:`postlint.builtin.readability.second_person`, acronyms in
:mod:`postlint.builtin.readability.acronyms`).

Scores and sentence rules, and the helpers shared with them, are in
:mod:`postlint.builtin.readability.prose`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.builtin.readability.capitals import (
    CAPS_RUN,
    allowed_acronyms,
    banner_heading,
    cried_run,
    cried_word,
    domain_names,
    english_word,
    spelled_out,
    spoken_run,
)
from postlint.builtin.readability.copied_text import copied_text
from postlint.builtin.readability.long_forms import defined
from postlint.builtin.readability.prose import YOAST, ReadRule, band_of, percent
from postlint.engine.rule import Context, Rule, counted
from postlint.engine.scope import in_quotes
from postlint.language import metrics
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting

TEXTIO = "https://textio.com/blog/three-quick-tips-for-a-well-written-job-description-based-on-todays-hiring-data"


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


_CAPS_WORD = re.compile(r"\b[A-Z]{6,}\b")
# With the words of obligation a sentence shouts: "Candidates MUST pass", "You NEED to", "You WILL be" (blind set S90).
_EMPHASIS_WORDS = (
    "BEST", "HUGE", "FREE", "VERY", "LOVE", "FAST", "GOOD", "MUST", "NEED", "HAVE", "WILL", "ONLY", "NEVER", "GREAT", "HOT", "NOT",
    # And of hurry: "close this vacancy EARLY" (blind set S100). Not NOW, a pension provider's name ("NOW: Pensions").
    "EARLY", "SOON", "TODAY",
)
_CRIED = re.compile(r"(?<![\w&/.'’-])[A-Z]{4,5}(?=!)")
_EMPHASIS = re.compile(rf"\b(?:{'|'.join(_EMPHASIS_WORDS)})\b")
# FAST as a name, not a shout: the US and Canada's "FAST card" for truck drivers at the border (blind set S33);
# Singapore's FAST transfers beside PayNow or GIRO ("payment schemes such as FAST and PayNow", blind set S41).
# Only after FAST: "Candidates MUST pass a drug screen" shouts (blind set S90).
# (Its blanks are taken from their first only: from inside a long run, each start would scan to its end.)
_FAST_NAMED = re.compile(r"(?<!\s)(?:\s+(?:card|cards|pass|passes|lane|program|programme|payments?|transfers?)\b|\s*(?:/|,|and)\s*(?:PayNow|GIRO)\b)")
# "PayNow and FAST": the scheme named after another (tested on the few matches, not by lookbehinds on every word).
_SCHEME_BEFORE = re.compile(r"(?:PayNow|GIRO)\s*(?:/|,|and)\s*$")
# Stars after a score, or five of them filled and empty, are a rating ("4.1 ★★★★☆"), not decoration.
# Sirens too: "🚨🚨 URGENT HIRING 🚨🚨" (blind set S42).
_PUNCT = re.compile(r"[!?]*!{2,}[!?]*|[!?]*\?!+[!?]*|\${2,}|(?<![\d.]\s)(?<![\d.★☆])(?![★☆]{5}(?![★☆]))[★☆✨🔥🚀🚨]{2,}")
# A capitals finding needs a shouted word, so four of [A-Z'’] starting with a capital, or
# one of the three-letter words of emphasis ("HOT JOB", "will NOT be accepted"), which
# check() looks for as substrings: one alternation here would slow every block's search.
_CAPS_HINT = re.compile(r"[A-Z][A-Z'’]{3}")
# Or short words in capitals cried: "NO AI ART!!!" (blind set S100) has no four capitals in a row.
_CRIED_HINT = re.compile(r"[A-Z]{2}!")
# Every match of _PUNCT holds one of these.
_PUNCT_HINTS = ("!!", "?!", "$$", "★", "☆", "✨", "🔥", "🚀", "🚨")


def _may_have_punct(text: str) -> bool:
    return any(hint in text for hint in _PUNCT_HINTS)


def _shouted(run: str, cried: bool = False) -> bool:
    """A run of capitals with a shouted word in it, or a phrase of dictionary words ("CALL OR TEXT NOW"),
    or of two such words cried with a "!" after them (``cried``: "CALL NOW!!", blind set S33), short ones too ("NO AI ART!!!")."""
    words = [w for w in re.split(r"[^A-Z'’]+", run) if w]
    if spoken_run(words) or (cried and (spoken_run(words, least=2) or cried_run(words))):
        return True
    loud = [w for w in words if _shouting(w)]
    return bool(loud) and (cried or not _lettered_name(loud, words))


def _lettered_name(loud: list[str], words: list[str]) -> bool:
    """One word-like run of letters outside the dictionary, of six or seven at most, among acronyms: a
    qualification's or body's name ("NEBOSH IGC", blind set S74), as such a word alone is; not "APLICA YA"."""
    from postlint.language.syllables import cmu_stress

    return (
        len(loud) == 1 and len(loud[0]) < 8
        and all(cmu_stress(w.lower().encode()) is None for w in words)
    )


def _shouting(word: str) -> bool:
    """A capitalised word rather than an acronym: not allowed-listed, and long or vowel-rich enough to be read as a word."""
    vowels = sum(c in "AEIOUY" for c in word) / max(1, len(word))
    return word not in allowed_acronyms() and len(word) >= 4 and (vowels >= 0.3 or len(word) >= 7)


def _code_label(text: str, m: re.Match[str]) -> bool:
    """A capitalised code in brackets or between slashes, like USAJOBS's '(INFOSEC)' or
    '(INET/DATAMGT)', or codes joined by a slash anywhere ('- DATAMGT/INET'): a name, not shouting."""
    before, after = text[max(0, m.start() - 16) : m.start()].rstrip()[-1:], text[m.end() : m.end() + 16].lstrip()[:1]
    if before in ("(", "/") and after in (")", "/"):
        return True
    parts = m.group(0).split("/")
    return len(parts) > 1 and all(p.isalpha() and p.isupper() and not english_word(p) for p in parts)


_NUMBER_AFTER = re.compile(r"[-/]\d")
_NAME_HYPHEN = re.compile(r"-[a-z]{3,}")
_FILE_EXTENSION = re.compile(r"\.(?:md|txt|rst|pdf|docx?|json|ya?ml|toml|csv|py|sh)\b")
_CAPS_TOKEN = re.compile(r"[A-Z0-9]*(?:-[A-Z0-9]+)*")


def _coded_name(run: str) -> bool:
    """A model's or product's name joined to a short code, no word of the dictionary: "LISFLOOD-FP" (blind set S55), not "URGENT-ASAP"."""
    parts = run.split("-")
    return len(parts) == 2 and min(map(len, parts)) <= 3 and not any(c.isspace() for c in run) and not any(english_word(p) for p in parts)


def capital_matches(text: str) -> list[re.Match[str]]:
    """Runs of capitals and long capitalised words that read as shouting."""
    caps = [
        m for m in CAPS_RUN.finditer(text)
        if _shouted(m.group(0), cried=text.startswith("!", m.end()))
        and not (_code_label(text, m) and not any(c.isspace() for c in m.group(0)))
        and not text.startswith("@", m.end())  # an e-mail address's mailbox: "VHATUCHR@va.gov"
        and not (_NUMBER_AFTER.match(text, m.end()) and not any(c.isspace() for c in m.group(0)))  # a reference code: "OLOL-SN-0425"
        and not _coded_name(m.group(0))
    ]
    # A lone word in capitals is shouting when it is a dictionary word ("URGENT") or too long for an
    # acronym ("CYBERSECURITY"); six or seven letters outside the dictionary are an acronym or a name
    # ("LYBUNT", "INFOSEC", "FITARA"), READ016's business.
    caps += [
        m for m in _CAPS_WORD.finditer(text)
        if _shouting(m.group(0)) and (len(m.group(0)) >= 8 or english_word(m.group(0))) and not _code_label(text, m)
        and not text.startswith("@", m.end())
        and not _NAME_HYPHEN.match(text, m.end())  # a programme's name joined to a word: "DREAMS-aligned" (blind set S34)
        and not _coded_name(_CAPS_TOKEN.match(text, m.start()).group(0))  # type: ignore[union-attr]
        and not _FILE_EXTENSION.match(text, m.end())  # a file's name: "CONTRIBUTING.md", "README.txt" (blind set S53)
        and not any(c.start() <= m.start() < c.end() for c in caps)
    ]
    # A short word of emphasis in capitals is shouting too ("the BEST crew", "You MUST have"); other
    # short capitals are acronyms and names (NIST, ARIA, JAWS), READ016's business.
    if any(word in text for word in _EMPHASIS_WORDS):  # substring tests first: most blocks have none
        caps += [
            m for m in _EMPHASIS.finditer(text)
            if not any(c.start() <= m.start() < c.end() for c in caps)
            and not (m.group(0) == "FAST" and (_FAST_NAMED.match(text, m.end()) or _SCHEME_BEFORE.search(text, max(0, m.start() - 12), m.start())))
        ]
    # A short dictionary word cried with "!": "Training is 100% PAID!!" (blind set S93).
    if "!" in text:
        caps += [
            m for m in _CRIED.finditer(text)
            if cried_word(m.group(0)) and not any(c.start() <= m.start() < c.end() for c in caps)
        ]
    # A registered name printed in capitals, as Singapore's and Malaysia's registries print them: "HUAXIN TRADING PTE. LTD."
    firms = [f.span() for f in _FIRM_IN_CAPS.finditer(text)] if "PTE" in text or "LTD" in text or "SDN" in text or "INC" in text or "LLC" in text else []
    if firms:
        caps = [m for m in caps if not any(s <= m.start() < e for s, e in firms)]
    if "(" in text:
        # An acronym spelled out right before it, in brackets: "A Free and Secure Trade (FAST) card" (blind set S70).
        caps = [m for m in caps if not (text[m.start() - 1 : m.start()] == "(" and defined(text, m.start(), m.end()))]
    return sorted(caps, key=lambda m: m.start())


def _sign_off_names(posting: Posting) -> list[Block]:
    """The employer's name in capitals on a line of its own, under another short line (an office, a person),
    among the posting's last two blocks: a notice's sign-off ("SECRETARY/CEO" over "NYANDARUA COUNTY PUBLIC
    SERVICE BOARD", blind set S80), a name, not a shout. After a sentence, such a line may be a slogan."""
    from postlint.readers.bylines import is_employer_line, is_named_employer

    def short_line(b: Block, words: int) -> bool:
        text = b.text.strip()
        return "\n" not in text and 0 < len(text.split()) <= words and text[-1:] not in ".!?:"

    tail = list(posting.blocks())[-3:]
    return [
        b for above, b in zip(tail, tail[1:], strict=False)
        if b.kind == "paragraph" and short_line(b, 8) and short_line(above, 6) and not any(c.islower() for c in b.text)
        and (is_employer_line(b.text) or is_named_employer(b.text))
    ]


def _letterhead(posting: Posting) -> tuple[Block, int] | None:
    """The employer's name in capitals on the posting's first line, as a letterhead prints it ("MACQUARIE PLAINS
    REGIONAL COUNCIL" over "POSITION DESCRIPTION", blind set S108): a name, not a shout. Not a line that cries ('!').
    Returns the first block and where that line ends in its text; the lines below it are read as ever."""
    from postlint.readers.bylines import is_employer_line, is_named_employer

    first = next(iter(posting.blocks()), None)
    if first is None or first.kind != "paragraph":
        return None
    lead = len(first.text) - len(first.text.lstrip())
    end = first.text.find("\n", lead)
    end = len(first.text) if end < 0 else end  # the block may go on with the address: "Skipton, North Yorkshire" (blind set S132)
    text = first.text[lead:end].strip()
    if not 0 < len(text.split()) <= 8 or text[-1:] in ".!?:" or any(c.islower() for c in text):
        return None
    return (first, end) if is_employer_line(text) or is_named_employer(text) else None


_FIRM_IN_CAPS = re.compile(r"\b[A-Z][A-Z0-9&'’.-]*(?:\s+[A-Z][A-Z0-9&'’.-]*){0,5}\s+(?:PTE\.?\s+LTD|SDN\.?\s+BHD|LTD|LIMITED|INC|LLC|LLP|PLC|CORP)\.?(?![A-Za-z])")


def _acronyms_side_by_side(text: str, m: re.Match[str], spelled: frozenset[str]) -> bool:
    """A run of capitals whose every word that reads as a word is an acronym the posting spells out, not cried:
    two acronyms in a row ("the ASAL WASH programme", blind set S87), as each alone is READ016's."""
    words = [w for w in re.split(r"[^A-Z'’]+", m.group(0)) if w]
    loud = [w for w in words if _shouting(w)]
    return (
        bool(loud) and all(w in spelled for w in loud) and not text.startswith("!", m.end())
        and not spoken_run(words) and not any(english_word(w) for w in words)
    )


class CapsAndPunctuation(ReadRule):
    code: str = "READ014"
    name: str = "caps-and-punctuation"
    summary: str = "Shouting: ALL-CAPS words, repeated '!!' or gimmicky symbols."
    why: str = "Google's content policy for job postings asks for basic grammar and proper capitalization; shouting reads as spam."
    source: str = "https://developers.google.com/search/docs/appearance/structured-data/job-posting#content-policies"
    example: str = "# Sales Lead\n\nAPPLY NOW and join the BEST TEAM in town!!"
    passing: str = "# Sales Lead\n\nApply now and join our CRM team in the USA!"
    notes: str = (
        "Acronyms and names in capitals are READ016's, not shouts: a word of six or seven letters outside the dictionary "
        "('LYBUNT'), alone or beside acronyms ('NEBOSH IGC'), is read as a name unless cried with '!'; so are acronyms side by side "
        "that the posting spells out ('arid and semi-arid lands (ASAL)', then 'the ASAL WASH programme'), and a word that "
        "spells the posting's own web or e-mail address ('UNICEF' beside '…@unicef.org'). Headings, and bold "
        "lines read as headings, may be in capitals, but not cry ('!!') nor shout words in a line otherwise in sentence case; "
        "so may a line of its own that names a part of a posting page ('NOW HIRING', 'OPEN POSITIONS'), but not hype ('URGENT', 'HOT JOB'). "
        "A notice's sign-off, the employer's name on its own line under the office that signs (a signature's 'Sd/-' above or not), "
        "may be in capitals too, and so may its letterhead, the employer's name alone on the first line ('MACQUARIE PLAINS REGIONAL COUNCIL'). "
        "Short words of emphasis or obligation alone in capitals are shouts ('the BEST team', 'Candidates MUST pass', "
        "'You NEED to', 'close this vacancy EARLY'), and so is a dictionary word of four or five letters cried with '!' ('100% PAID!!'), or shorter ones "
        "together, one no known acronym ('NO AI ART!!!'); 'FAST' before "
        "card, pass or payments is a name. Text a candidate is told to copy is no shout: a quoted subject line or reference "
        "(as READ016 reads it) and a code word after 'the word' or 'the code', quoted or not ('mention the word GLIMMER')."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        blocks = list(posting.body_blocks())
        # Cheap tests first: most postings have no '!!' or symbols at all, and most
        # blocks no four capitals in a row.
        any_punct = _may_have_punct("\n".join(b.text for b in blocks))
        signed = _sign_off_names(posting)
        letterhead = _letterhead(posting)
        spelled: frozenset[str] | None = None  # acronyms the posting spells out, once a run of capitals asks
        for block in blocks:
            text = block.text
            has_caps = (
                _CAPS_HINT.search(text) is not None or "HOT" in text or "NOT" in text
                or ("!" in text and _CRIED_HINT.search(text) is not None)
            ) and block not in signed and not banner_heading(text)
            has_punct = any_punct and _may_have_punct(text)
            if not has_caps and not has_punct:
                continue
            caps = capital_matches(text) if has_caps else []
            if caps:
                # A code word the candidate is told to copy: "mention the word GLIMMER when applying" (blind set S105).
                caps = [m for m in caps if not copied_text(text, m.start(), m.end())]
            if caps and letterhead is not None and block is letterhead[0]:
                caps = [m for m in caps if m.start() >= letterhead[1]]
            if caps and (domains := domain_names(posting)):
                caps = [m for m in caps if m.group(0).lower() not in domains]
            if caps and any(c.isspace() for m in caps for c in m.group(0)):
                if spelled is None:
                    spelled = spelled_out(posting)
                caps = [m for m in caps if not _acronyms_side_by_side(text, m, spelled)]
            found = [(m.start(), m.end(), f"'{m.group(0)}' is in capitals; write it in sentence case.") for m in caps]
            if has_punct:
                found += [
                    (m.start(), m.end(), f"'{m.group(0)}': use one punctuation mark and no decorative symbols.")
                    for m in _PUNCT.finditer(text)
                    if not in_quotes(text, m.start(), m.end())  # a quoted review's "nail my colour!!" is the customer's
                ]
            for s, e, message in sorted(found):
                yield self.at_block(posting, block, s, e, message)
        # Headings and the title may be in capitals (plain text's section headings are; STR002
        # reports a title in capitals), but not shout with punctuation: "NOW HIRING!!", "$19/hr!!".
        # So is a bold line read as a heading (a label): "**URGENT HIRING!! Immediate vacancy**" (blind set S75).
        for block in posting.blocks():
            if block.kind not in ("heading", "label"):
                continue
            for m in _PUNCT.finditer(block.text) if _may_have_punct(block.text) else ():
                yield self.at_block(posting, block, m.start(), m.end(), f"'{m.group(0)}': use one punctuation mark and no decorative symbols.")
            if (
                block is not posting.title_block and _CAPS_HINT.search(block.text)
                and any(c.islower() for c in re.sub(r"\([^()]*\)", "", block.text))
            ):
                # A heading in sentence case with words shouted in it: "APPLY TODAY and start before peak season!"
                # (blind set S34); not a name in capitals ("Why join ACME?"), one word alone, nor a heading in
                # capitals with a note in brackets ("MORNING BAKER (Wed–Sun, 4am–12pm)"); the title is STR002's.
                for m in CAPS_RUN.finditer(block.text):
                    if _shouted(m.group(0), cried=block.text.startswith("!", m.end())):
                        yield self.at_block(posting, block, m.start(), m.end(), f"'{m.group(0)}' is in capitals; write it in sentence case.")
            elif block.kind == "label" and len(block.text.split()) >= 4 and not any(c.islower() for c in block.text) and (
                ctx.schema.classify(block.text) == "other"
            ):
                # A bold line in capitals that names no part of the posting: "**IMMEDIATE START FOR FEBRUARY
                # TRAINING**" is the advert shouting (blind set S49); "**WHAT WE OFFER**" heads a part.
                for m in CAPS_RUN.finditer(block.text):
                    if _shouted(m.group(0)):
                        yield self.at_block(posting, block, m.start(), m.end(), f"'{m.group(0)}' is in capitals; write it in sentence case.")


RULES: list[Rule] = [
    SubheadingDistribution.default(),
    PostingLength.default(),
    BulletShare.default(),
    CapsAndPunctuation.default(),
    ]
