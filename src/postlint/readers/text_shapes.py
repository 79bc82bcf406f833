"""The shapes scraped and exported plain-text postings come in, one line at a time.

The plain-text reader asks these helpers what a line is before it guesses:
a banner (``=== JOB DETAILS ===``, ``#### Duties``, ``[Benefits]``), a rule
line (``-----``), an ALL-CAPS heading (a job board's byline and the employer's lines are
:mod:`postlint.readers.bylines`'s, the ``Label: value`` lines of an ATS header block
:mod:`postlint.readers.header_box`'s). Each answer is local to the line (or the line and its
neighbours), so the reader stays a single pass with positions intact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from postlint.model.schema import normalize_heading

# A bullet glyph, a "1." / "1)" / "a)" / "(a)" number, or an "o " used as a bullet, then the item.
# Social posts bullet with ticks and arrows ("✅ Free staff meals", "👉 2 years' experience"),
# perhaps with the emoji variation selector; other emoji ("✨ About us") open headings, not items.
# A PDF's Symbol and Wingdings bullets come out of a copy as private-use characters (U+F0B7, U+F0A7, U+F076,
# U+F0D8, blind set S35).
BULLET = re.compile(
    r"[ \t]*(?:(?:[•\-*–·▪◦●■□▸►➢➤‣⁃○✅✔☑✓👉➡▶🔹🔸➔→⇒◆◇❖✦▫\uf0b7\uf0a7\uf076\uf0d8]\ufe0f?|\(?\d{1,3}[.)]|\(?[a-z][)]|\([a-z]\)|o(?=[ \t]+[A-Z0-9(])"
    # A lettered item of a pasted job description: "a. Designs roads." (a capital follows), and a
    # terms of reference's numbered one: "3.1 Plan monthly activities" (blind set S34).
    r"|[a-z]\.(?=[ \t]+[A-Z])|\d{1,2}\.(?!0[ \t])\d{1,2}(?=[ \t]+[A-Z]))[ \t]+"
    # Japanese pages' middle dot, written without a space: "・Native Japanese speaker".
    r"|・[ \t]*)(?=\S)"
)

# The glyphs above that social posts also put before a heading ("✅ What you bring"): one alone,
# with no bullet line beside it, is a heading's decoration, not a list of one.
SOCIAL_GLYPHS = frozenset("✅✔☑✓👉➡▶🔹🔸➔→⇒◆◇❖✦▫")


def lone_glyph_lines(texts: list[str], blank: list[bool], bullets: list[bool], aliases: set[str] | frozenset[str] = frozenset()) -> set[int]:
    """Lines bulleted by a social glyph with no bullet line right above or below them, or over a list of
    another glyph when they name a part ("✅ Requirements:" over "• 3-5 years …", blind set S80)."""
    lone = set()
    for n, text in enumerate(texts):
        glyph = text.lstrip(" \t")[:1]
        if bullets[n] and glyph in SOCIAL_GLYPHS:
            above = n > 0 and not blank[n - 1] and bullets[n - 1]
            below = n + 1 < len(texts) and not blank[n + 1] and bullets[n + 1]
            if not (above or below) or (not above and below and texts[n + 1].lstrip(" \t")[:1] != glyph and _names_a_part(texts[n], aliases)):
                lone.add(n)
    return lone


def _names_a_part(text: str, aliases: set[str] | frozenset[str]) -> bool:
    """The words after a glyph are a part's name: a short lead-in with a colon, or a heading the schema knows."""
    words = text.strip()[1:].lstrip("\ufe0f \t")
    if not words[:1].isupper() or len(words.split()) > 5:
        return False
    return words.endswith(":") or normalize_heading(words) in aliases


# Decoration that frames a banner's words: "===", "---", "***", "~~~", "###", "___".
_FRAME = r"(?:={2,}|-{2,}|\*{2,}|~{2,}|_{2,}|#{2,}|\+{2,})"
# Only the opening is a pattern: the words run to the line's end, and the closing frame or hashes
# are cut off in Python. A lazy pattern with optional blanks and a closing run after it tried every
# split of a long run of blanks (cubic: a heading with 2,000 spaces took 6 s).
_BANNER_OPEN = re.compile(rf"[ \t]*{_FRAME}[ \t]*(?=[^=*~_#+\s])")
_HASH_OPEN = re.compile(r"[ \t]*#{1,6}[ \t]+(?=\S)")
_FRAME_CHARS = "=-*~_#+"
_BRACKETED = re.compile(r"^[ \t]*\[[ \t]*(?P<text>[^\[\]]{2,80}?)[ \t]*\][ \t]*:?[ \t]*$")
_RULE_LINE = re.compile(r"^[ \t]*(?:[=\-*_~#+•·.]{3,}|(?:[-*_=][ \t]){2,}[-*_=])[ \t]*$")

_NOT_WORDS = re.compile(r"[^\w']+")
# An amount of money: "$160,000", "90k", "EUR 60000", "60 000 GBP".
SALARY = re.compile(r"[$€£¥₹]\s?\d|\d\s?[kK]\b|\b(?:USD|EUR|GBP|CAD|AUD)\s?\d|\d\s?(?:USD|EUR|GBP|CAD|AUD)\b")

# Words a heading may hold: letters and a little punctuation, nothing that reads as a sentence.
_CAPS_OK = re.compile(r"^[A-Z0-9&/,'’()\-–—:.\s]+$")

# Headings that name a part of a posting page, never the job: not a title.
GENERIC_HEADINGS = frozenset(
    word.strip()  # each line's indent too: the first heading of each line had never matched
    for word in """job details|job detail|job description|job posting|job announcement|job information|job info|job summary|
    position details|position information|position description|posting details|vacancy announcement|vacancy details|
    announcement|overview|summary|description|details|general information|job opening|job opportunity|
    career opportunity|employment opportunity|now hiring|we are hiring|we're hiring|job bulletin|bulletin|
    recruitment|opportunity|position|job|career opportunities|current openings|open positions|print|apply|
    full job description|vacature omschrijving|vacatureomschrijving|functieomschrijving|functie omschrijving|
    stellenbeschreibung|description du poste|descripción del puesto|descripcion del puesto|descripción de la oferta|
    descripcion de la oferta|descripción del cargo|descripcion del cargo|descripción de la vacante|descripcion de la vacante|
    descrição da vaga|descricao da vaga|descrição do cargo|descricao do cargo""".split("|")
)


def normalized(text: str) -> str:
    return " ".join(_NOT_WORDS.sub(" ", text.lower()).replace("_", " ").split())


# A PDF's page number, with the dashes some put around it: "Page 2 of 3", "- page 2 -" (page chrome's too).
PAGE_NUMBER = re.compile(r"(?i)(?:-\s*)?\bpage\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\b(?:\s*-)?")


def running_headers(texts: list[str]) -> frozenset[str]:
    """Lines a pasted PDF repeats on every page: the same line of four or more words, with no
    closing full stop, two or more times, and either a figure in it ("Acme County Job Description -
    Engineer II  Rev. 03/2024") or a page number beside it ("Permian Pressure Services, LLC   Job
    Description" over "Rev. 03/2025 | HR-JD-114   Page 1 of 2"). Page numbers are no difference:
    "Page 1 of 2" and "Page 2 of 2" make one running line. The first page's header may open the
    paste far from any page number (its number is in the first page's footer). Nearness counts the lines
    of text only: the footer's rule and the blank between pages part them from the next page's header (blind set S93)."""
    near_page = {n for n, text in enumerate(texts) if PAGE_NUMBER.search(text)}
    for n in sorted(near_page):
        for step in (-1, 1):
            m, found = n + step, 0
            while 0 <= m < len(texts) and found < 2:
                if texts[m].strip() and not is_rule_line(texts[m]):
                    near_page.add(m)
                    found += 1
                m += step
    seen: dict[str, list[int]] = {}
    for n, text in enumerate(texts):
        line = text.strip()
        if line and line[-1] not in ".!?:" and len(line.split()) >= 4:
            seen.setdefault(PAGE_NUMBER.sub("Page", line), []).append(n)
    running = set()
    for key, lines in seen.items():
        later = lines[1:] if lines[0] <= _first_content(texts) + 2 else lines
        # A pay line said again ("From $22.50 an hour" in a board's header and its "Pay" box, blind set S113) is the
        # job's pay twice: its figure makes no running header, only a page number beside it does.
        figure = any(c.isdigit() for c in key) and not SALARY.search(key)
        if len(lines) >= 2 and (figure or all(n in near_page for n in later)):
            running.update(texts[n].strip() for n in lines)
    return frozenset(running)


def _first_content(texts: list[str]) -> int:
    return next((n for n, text in enumerate(texts) if text.strip()), 0)


def is_rule_line(line: str) -> bool:
    """A horizontal rule drawn in characters ("-----", "=====", "* * *")."""
    return _RULE_LINE.match(line) is not None


def _framed(line: str) -> tuple[int, int] | None:
    """The words of ``=== X ===``: a run of two or more of one frame character closes the line."""
    m = _BANNER_OPEN.match(line)
    if m is None:
        return None
    tail = len(line.rstrip(" \t"))
    close = line[tail - 1] if tail else ""
    if not close or close not in _FRAME_CHARS:
        return None
    frame_start = len(line[:tail].rstrip(close))
    if tail - frame_start < 2 or frame_start <= m.end():
        return None
    return m.end(), len(line[:frame_start].rstrip(" \t"))


def _hashed(line: str) -> tuple[int, int] | None:
    """The words of ``#### X`` (closing hashes and blanks not included)."""
    m = _HASH_OPEN.match(line)
    if m is None:
        return None
    end = len(line.rstrip(" \t"))
    end = len(line[:end].rstrip("#"))
    end = len(line[:end].rstrip(" \t"))
    return m.end(), max(end, m.end() + 1)  # the words' first character stays, even a "#"


def _bracketed(line: str) -> tuple[int, int] | None:
    m = _BRACKETED.match(line) or _LENTICULAR.match(line)
    return m.span("text") if m else None


def _numbered_caps(line: str) -> tuple[int, int] | None:
    """A numbered part of a pasted job description in capitals: "1. POSITION SUMMARY", "2. ESSENTIAL FUNCTIONS"."""
    m = _NUMBERED_CAPS.match(line)
    if m is None:
        return None
    words = m.group("text").split()
    if not (has_heading_word(m.group("text")) or (len(words) >= 2 and all(sum(c.isalpha() for c in w) >= 3 for w in words)) or _worded(words)):
        return None  # "1. SQL", "2. AWS EC2": items in capitals, not parts
    return m.span("text")


_JOINING = frozenset({"OF", "AND", "THE", "TO", "FOR", "IN", "ON", "AT", "BY"})


def _worded(words: list[str]) -> bool:
    """Two or more words joined by short ones, one of them a dictionary word: "NUMBER OF POSTS" (an Indian
    public notice, blind set S38), not "AWS OR GCP"."""
    from postlint.language.syllables import cmu_stress

    content = [w for w in words if w not in _JOINING]
    return (
        len(content) >= 2 and len(content) < len(words) and all(sum(c.isalpha() for c in w) >= 3 for w in content)
        and any(len(w) >= 4 and cmu_stress(w.lower().encode()) is not None for w in content)
    )


# Japanese pages' headings in lenticular brackets: "【Job Description】", "【募集要項】".
_LENTICULAR = re.compile(r"[ \t]*【[ \t]*(?P<text>[^【】]{1,40}?)[ \t]*】[ \t]*:?[ \t]*$")
_NUMBERED_CAPS = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+(?P<text>[A-Z][A-Z &/,'’-]{2,60}?)[ \t]*:?[ \t]*$")


def banner(line: str) -> tuple[int, int] | None:
    """(start, end) within ``line`` of a banner's words: ``=== X ===``, ``#### X``, ``[X]``; else None."""
    for shape in (_framed, _hashed, _bracketed, _numbered_caps):
        span = shape(line)
        if span and any(c.isalpha() for c in line[span[0] : span[1]]):
            start, end = span
            if len(line[start:end].split()) > 14:
                return None
            while end > start and line[end - 1] in ":":
                end -= 1
            return start, end
    return None


# Words that make a short line standing alone a heading ("Opportunity overview", "General process information").
_HEADING_WORDS = frozenset(
    """overview summary position role duties duty responsibilities responsibility functions tasks qualifications
    qualification requirements requirement skills skill competencies criteria benefits perks salary compensation pay
    process information team company mission values culture about why location schedule eligibility education
    experience knowledge abilities apply application contact notes details definition purpose opportunity offer
    description relationships accountabilities""".split()  # a position description's "Key relationships" (blind set S93)
)


def has_heading_word(text: str) -> bool:
    """A short line holds a word that names a part of a posting."""
    return any(w in _HEADING_WORDS for w in normalized(text).split())


# A qualification with its object reads as an item, not a heading: "Experience with SQL",
# "Knowledge of GAAP", "Strong skills in Excel"; "Experience", "Skills and Experience" are headings.
_QUALIFICATION_ITEM = re.compile(
    r"^(?:\w+\s+){0,2}?(?:experience|knowledge|familiarity|proficiency|expertise|skills?|background|fluency|understanding)"
    r"\s+(?:with|in|of|using|on)\s+(?!the following\b|these\b|this area\b)\S",
    re.IGNORECASE,
)


def reads_as_item(text: str) -> bool:
    """A line that names a qualification and its object ("Experience with SQL"): a list item that lost its bullet."""
    return _QUALIFICATION_ITEM.match(text.strip()) is not None


# Question-word headings over a list without bullets ("What you need", "Who you are").
_QUESTION_HEADING = re.compile(r"^(?:what|who|how|why|where|when|your|our|about)\b", re.I)


def is_question_heading(text: str) -> bool:
    stripped = text.strip()
    return 2 <= len(stripped.split()) <= 6 and _QUESTION_HEADING.match(stripped) is not None and stripped[-1:] not in ".,;"


# A question word and a pronoun, a heading's phrase over prose: "How we work", "Where you'll be", "What I offer" (blind set S64).
_WH_PHRASE = re.compile(r"(?i)(?:what|who|how|why|where|when)\s+(?:we|you|i|they|our|your)(?:['’](?:ll|re|d|ve|m))?\b")


def is_wh_phrase(text: str) -> bool:
    """A short line that is a question word and a pronoun and a few words more, no sentence: "How we work"."""
    stripped = text.strip()
    return 2 <= len(stripped.split()) <= 5 and _WH_PHRASE.match(stripped) is not None and stripped[-1:] not in ".,;:!"


# How a shouted requirement or notice starts, not a heading ("MUST HAVE…", "PLEASE DO NOT CALL…").
_SHOUTED_STATEMENT = re.compile(r"(?:MUST|PLEASE|DO NOT|DON'T|ONLY|ALL APPLICANTS|APPLICANTS MUST|CANDIDATES MUST|YOU MUST)\b")


# A board's cry opening a line ("URGENT", "NOW HIRING"); not "URGENT CARE", a clinic, nor "HIRING PROCESS", a part.
_CRY_START = re.compile(r"(?:URGENT(?:LY)?(?![ \t]+CARE\b)|NOW HIRING|HIRING NOW|WE['’]RE HIRING|WE ARE HIRING|IMMEDIATE (?:START|HIRING|REQUIREMENT))\b")


def is_shouted_statement(text: str) -> bool:
    """A requirement or notice in capitals, not a heading: "MUST HAVE OPEN AVAILABILITY INCLUDING
    FRIDAY AND SATURDAY NIGHTS" (five or more words, no colon), or a cry of four or more words
    ("DRIVERS NEEDED URGENTLY - START THIS WEEK!!"), or of three with "!!" ("WALK-IN APPLICANTS WELCOME!!!")."""
    text = text.strip()
    if text.upper() != text or text.endswith(":"):
        return False
    words = len(text.split())
    return (words >= 5 and _SHOUTED_STATEMENT.match(text) is not None) or (words >= 4 and text.endswith("!")) or (
        words >= 3 and text.endswith("!!")  # "WALK-IN APPLICANTS WELCOME!!!"
    ) or (
        # A banner that opens with a cry: "URGENT!! NIGHT CARERS NEEDED FOR JANUARY" (blind set S65).
        words >= 3 and ("!!" in text or _CRY_START.match(text) is not None)
    )


# A heading in the page's language and in English: "求めるスキル / Requirements", "待遇 / Salary and benefits".
_BILINGUAL = re.compile(r"\s*[^\x00-\x7f\s][^/／|｜]{0,30}?\s*[/／|｜]\s*(?P<en>[A-Za-z][A-Za-z0-9 '’&,-]{0,50}?)\s*:?\s*")


def bilingual_heading(text: str, aliases: set[str] | frozenset[str]) -> bool:
    """A heading written twice, first in a script other than Latin, then in English after a slash:
    the English half is a heading the schema knows or a short Title Case line."""
    m = _BILINGUAL.fullmatch(text)
    if m is None:
        return False
    english = m.group("en")
    words = english.split()
    # The shape itself says heading; the English half need only be short and not end a sentence ("How we do").
    return len(words) <= 6 and english[:1].isupper() and english.rstrip()[-1:] not in ".!?" and (
        normalize_heading(english) in aliases or has_heading_word(english) or len(words) <= 4
    )


_CRIES = frozenset({"urgent", "urgently hiring", "now hiring", "hiring", "hiring now", "we re hiring", "we're hiring", "we are hiring", "immediate start",
                    # A recruiter's broadcast banner: "🔴 *URGENT REQUIREMENT* 🔴" (blind set S58).
                    "urgent requirement", "urgent requirements", "urgent hiring", "urgent vacancy", "urgent opening", "immediate requirement",
                    "immediate hiring", "hiring alert", "job alert", "vacancy alert", "now recruiting", "we are recruiting",
                    # A job board's flag over an advert it promotes: ITviec's "🔥🔥 HOT JOB 🔥🔥" (blind set S91).
                    "hot job", "super hot job", "hot vacancy", "featured job", "top job", "new job", "job of the week"})


def _unwrapped(text: str) -> str:
    """``text`` without the marks and emoji around it (neither a word character nor "!"). A loop, not
    ``[^\\w!]+$``: that pattern tried every blank of a long run in turn (a heading of 20,000 blanks took 4 s)."""
    start, end = 0, len(text)
    while start < end and not (text[start].isalnum() or text[start] in "_!"):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in "_!"):
        end -= 1
    return text[start:end]


def is_cry(text: str) -> bool:
    """A board's shout in capitals ("URGENT!!", "NOW HIRING", "WE'RE HIRING!"), not a heading; bold marks
    and emoji around it too ("*URGENT REQUIREMENT!!!* 🚨🚨", blind set S29)."""
    text = _unwrapped(text.strip())
    return text.upper() == text and any(c.isalpha() for c in text) and (text.endswith("!") or normalized(text) in _CRIES)


# The mark of a signed order or notice, over its signing office: India's "Sd/-" ("signed"), "(Sd.)".
_SIGNED_MARK = re.compile(r"\(?[Ss][Dd](?:/-?|\.|-)\)?")


def is_signed_mark(text: str) -> bool:
    """The mark of a signature ("Sd/-"): a line of the sign-off under it, no heading (blind set S111)."""
    return _SIGNED_MARK.fullmatch(text.strip()) is not None


_PART_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?[ \t]+(?=[A-Z])")


def is_all_caps_heading(text: str) -> bool:
    """An ALL-CAPS line of a few words ("MINIMUM QUALIFICATIONS", "EXAMPLES OF DUTIES:"), in a chat's
    bold marks too ("*WALK-IN DRIVE*", WhatsApp's, blind set S33)."""
    text = text.strip()
    if len(text) > 2 and text[0] == text[-1] and text[0] in "*_":
        text = text[1:-1].strip()
    # A terms of reference's numbered part: "1.0 BACKGROUND", "4.0 QUALIFICATIONS AND EXPERIENCE" (blind set S34).
    text = _PART_NUMBER.sub("", text, count=1)
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3 or not _CAPS_OK.match(text):
        return False
    words = text.rstrip(":").split()
    if not 1 <= len(words) <= 12 or text.endswith((".", ",", ";")):
        return False
    if is_shouted_statement(text):
        return False
    # A line of acronyms and amounts ("USD 90,000 DOE") is no heading.
    return sum(1 for w in words if sum(c.isalpha() for c in w) >= 3) >= 1 and not any(c.isdigit() for c in text[:2])


PAGE_TABS = frozenset({"description", "benefits", "questions", "supplemental questions", "job description", "overview",
                       "details", "job details", "apply", "share", "print", "requirements"})


def _runs(texts: list[str], member: Callable[[int], bool], least: int = 3) -> Iterator[tuple[int, int]]:
    """Each run of ``least`` or more lines in a row that ``member`` accepts, as (first, past the last)."""
    n = 0
    while n < len(texts):
        m = n
        while m < len(texts) and member(m):
            m += 1
        if m - n >= least:
            yield n, m
        n = max(m, n + 1)


def page_tab_runs(texts: list[str], blank: list[bool]) -> set[int]:
    """Lines in a run of 3+ page tabs (one word or two each, no blank lines between)."""
    out: set[int] = set()
    for n, m in _runs(texts, lambda k: not blank[k] and normalized(texts[k]) in PAGE_TABS):
        # The open tab's name comes again as its heading: "Description / Benefits / Questions / Description".
        last = normalized(texts[m - 1])
        keep_last = any(normalized(texts[k]) == last for k in range(n, m - 1))
        out.update(range(n, m - 1 if keep_last else m))
    return out


# A site's top menu copied one link a line: LinkedIn's guest page "Articles / People / Learning / Jobs / Games".
_SITE_MENU = frozenset({"articles", "people", "learning", "jobs", "games", "join now", "sign in", "log in", "home", "companies", "salaries", "promotional jobs", "job interest card", "job alerts", "saved jobs", "my applications"})


def site_menu_runs(texts: list[str]) -> set[int]:
    """Lines in a run of 3+ links of a site's menu, one a line with no blank line between ("People" alone is a word of a posting)."""
    return {k for n, m in _runs(texts, lambda k: normalized(texts[k]) in _SITE_MENU) for k in range(n, m)}


def names_its_heading(line: str, heading: str) -> bool:
    """A line that ends in its heading's word: "Communication skills" under "Skills", an item of that list."""
    head, words = normalize_heading(heading), normalize_heading(line)
    if words.partition(" ")[0] in _SUBPART_WORDS:
        return False  # "Required qualifications" under "Qualifications": a part of it, a heading still
    return bool(head) and words != head and words.endswith(" " + head)


def names_a_subpart(line: str) -> bool:
    """A heading whose first word makes it a part of the one above: "Required qualifications", "Essential criteria"."""
    return normalize_heading(line).partition(" ")[0] in _SUBPART_WORDS


# The words that make a heading a part of the one above: "Required qualifications", "Technical requirements".
_SUBPART_WORDS = frozenset(
    "required preferred essential desirable minimum basic additional technical other key core mandatory optional general "
    "specific professional personal desired bonus must".split()
)


# A street address's first line: a unit or a house number, then a comma soon after ("Unit 4, Riverside Trade Park").
_ADDRESS_LINE = re.compile(r"(?i)(?:(?:unit|suite|flat|apt\.?|building|floor|block)\s+)?\d{1,5}[a-z]?,?\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,4},\s")


def is_address_line(line: str) -> bool:
    """A street address's first line ("Unit 4, Riverside Trade Park, Dartford, Kent"): text, never a heading."""
    return _ADDRESS_LINE.match(line) is not None


# Emoji and their joiners and variation selectors, as a chat puts them after a bold title.
_TRAILING_MARKS = "".join(chr(c) for c in (*range(0x2600, 0x27C0), *range(0x1F300, 0x1FAFF), 0xFE0F, 0x200D)) + " \t"


def unbolded_span(source: str, start: int, end: int) -> tuple[int, int]:
    """A title line's span without the bold marks a chat wraps it in: WhatsApp's "*Site Engineer (Civil)*" (blind set S58)."""
    text = source[start:end].rstrip()
    # An emoji after the closing mark is no part of the title: "*Telecallers / BPO Executives* 📞" (blind set S94).
    if (core := text.rstrip(_TRAILING_MARKS).rstrip()) != text and core[-1:] in ("*", "_"):
        text = core
    if len(text) > 2 and text[0] == text[-1] and text[0] in "*_" and text[1] not in "*_ " and text[-2] not in "*_ " and text.count(text[0]) == 2:
        return start + 1, start + len(text) - 1
    return start, end
