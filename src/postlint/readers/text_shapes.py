"""The shapes scraped and exported plain-text postings come in, one line at a time.

The plain-text reader asks these helpers what a line is before it guesses:
a banner (``=== JOB DETAILS ===``, ``#### Duties``, ``[Benefits]``), a rule
line (``-----``), an ALL-CAPS heading, or a ``Label: value`` line from an ATS
header block. Each answer is local to the line (or the line and its
neighbours), so the reader stays a single pass with positions intact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

# A bullet glyph, a "1." / "1)" / "a)" / "(a)" number, or an "o " used as a bullet, then the item.
BULLET = re.compile(
    r"[ \t]*(?:[•\-*–·▪◦●■□▸►➢➤‣⁃○]|\(?\d{1,3}[.)]|\(?[a-z][)]|\([a-z]\)|o(?=[ \t]+[A-Z0-9(]))[ \t]+(?=\S)"
)

# Decoration that frames a banner's words: "===", "---", "***", "~~~", "###", "___".
_FRAME = r"(?:={2,}|-{2,}|\*{2,}|~{2,}|_{2,}|#{2,}|\+{2,})"
_BANNER = re.compile(rf"^[ \t]*{_FRAME}[ \t]*(?P<text>[^=*~_#+\s].*?)[ \t]*{_FRAME}[ \t]*$")
_HASH_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(?P<text>\S.*?)[ \t]*#*[ \t]*$")
_BRACKETED = re.compile(r"^[ \t]*\[[ \t]*(?P<text>[^\[\]]{2,80}?)[ \t]*\][ \t]*:?[ \t]*$")
_RULE_LINE = re.compile(r"^[ \t]*(?:[=\-*_~#+•·.]{3,}|(?:[-*_=][ \t]){2,}[-*_=])[ \t]*$")

_NOT_WORDS = re.compile(r"[^\w']+")
# An amount of money: "$160,000", "90k", "EUR 60000", "60 000 GBP".
SALARY = re.compile(r"[$€£¥₹]\s?\d|\d\s?[kK]\b|\b(?:USD|EUR|GBP|CAD|AUD)\s?\d|\d\s?(?:USD|EUR|GBP|CAD|AUD)\b")

# Words a heading may hold: letters and a little punctuation, nothing that reads as a sentence.
_CAPS_OK = re.compile(r"^[A-Z0-9&/,'’()\-–—:.\s]+$")

# Headings that name a part of a posting page, never the job: not a title.
GENERIC_HEADINGS = frozenset(
    """job details|job detail|job description|job posting|job announcement|job information|job info|job summary|
    position details|position information|position description|posting details|vacancy announcement|vacancy details|
    announcement|overview|summary|description|details|general information|job opening|job opportunity|
    career opportunity|employment opportunity|now hiring|we are hiring|we're hiring|job bulletin|bulletin|
    recruitment|opportunity|position|job|career opportunities|current openings|open positions|print|apply|
    full job description""".replace(
        "\n", ""
    ).split("|")
)


def normalized(text: str) -> str:
    return " ".join(_NOT_WORDS.sub(" ", text.lower()).replace("_", " ").split())


def is_rule_line(line: str) -> bool:
    """A horizontal rule drawn in characters ("-----", "=====", "* * *")."""
    return _RULE_LINE.match(line) is not None


def banner(line: str) -> tuple[int, int] | None:
    """(start, end) within ``line`` of a banner's words: ``=== X ===``, ``#### X``, ``[X]``; else None."""
    for pattern in (_BANNER, _HASH_HEADING, _BRACKETED):
        m = pattern.match(line)
        if m and any(c.isalpha() for c in m.group("text")):
            text = m.group("text")
            if len(text.split()) > 14:
                return None
            start, end = m.span("text")
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
    description""".split()
)


def has_heading_word(text: str) -> bool:
    """A short line holds a word that names a part of a posting."""
    return any(w in _HEADING_WORDS for w in normalized(text).split())


# A job board's line under the title: "Acme Payments · London, England, United Kingdom (Hybrid)",
# "Acme | Berlin, Germany | Full-time". Its parts are metadata, not the posting's first paragraph.
_BYLINE_SEP = re.compile(r"[ \t]+[·•|][ \t]+")
_TYPES = r"full[- ]time|part[- ]time|contract|contractor|temporary|permanent|internship|freelance|fixed[- ]term|seasonal|casual"
_BYLINE_TYPE = re.compile(rf"(?i)^(?:{_TYPES})\b")
_BYLINE_PLACE = re.compile(r"(?i),|\b(?:remote|hybrid|on-?site|in[- ]office)\b")
# A job board's line of employment type alone, under the byline: "Contract", "Part-time or Full-time".
_TYPE_LINE = re.compile(
    rf"(?i)(?:{_TYPES})(?:\s*(?:or|/|,|&|and)\s*(?:full[- ]time|part[- ]time|contract|temporary|permanent|seasonal|casual|vacation))?"
)


def employment_type_line(line: str) -> bool:
    """A line that is only an employment type ("Contract", "Part-time or Full-time")."""
    return _TYPE_LINE.fullmatch(line.strip()) is not None


def byline(line: str) -> list[tuple[str, int, int]] | None:
    """(key, start, end) of each part of a byline ("company", "location", "employment-type"), or None.

    Two to four short parts between " · " or " | ", one of them a place (a comma, or
    remote/hybrid/on-site) or an employment type: "Sales · Marketing" is no byline."""
    if SALARY.search(line):
        return None  # "Full-time | $18 - $22 an hour": the pay line, which the body must keep
    spans: list[tuple[int, int]] = []
    start = len(line) - len(line.lstrip())
    for sep in _BYLINE_SEP.finditer(line):
        spans.append((start, sep.start()))
        start = sep.end()
    spans.append((start, len(line.rstrip())))
    parts = [line[s:e] for s, e in spans]
    if not 2 <= len(parts) <= 4 or any(not p or len(p.split()) > 8 or p[-1:] in ".!?:;" for p in parts):
        return None
    found: list[tuple[str, int, int]] = []
    for i, ((s, e), part) in enumerate(zip(spans, parts, strict=True)):
        if _BYLINE_TYPE.match(part):
            found.append(("employment-type", s, e))
        elif _BYLINE_PLACE.search(part):
            found.append(("location", s, e))
        elif i == 0:
            found.append(("company", s, e))
    if not any(key in ("location", "employment-type") for key, _, _ in found):
        return None
    return found


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


_EMPLOYER = re.compile(
    r"^(?:(?:the )?(?:city|county|state|town|village|township|borough|commonwealth|department|office|port|district)"
    r" of\b|.*\b(?:school district|county|city|university|college|hospital|health system|public schools|authority)$)",
    re.I,
)


_EMPLOYER_END = re.compile(r"\b(?:agency|commission|district|department|services|library|government|board|schools)$", re.I)
# Words of a job title: a line holding one names the job, not the employer ("Water District Engineer").
_ROLE_WORDS = re.compile(
    r"\b(?:manager|engineer|analyst|specialist|officer|assistant|director|technician|clerk|worker|coordinator|"
    r"supervisor|administrator|lead|operator|planner|accountant|nurse|teacher|designer|developer|advisor|"
    r"adviser|associate|representative|inspector|deputy|aide|intern|librarian|attorney|counsel|scientist)s?\b",
    re.I,
)


def is_employer_line(text: str) -> bool:
    """A line naming the employer above the job title ("CITY OF GRANITE BAY", "Sonoma County Water Agency")."""
    stripped = text.strip()
    if len(stripped.split()) > 8 or _ROLE_WORDS.search(stripped) or " - " in stripped:
        return False
    return _EMPLOYER.match(stripped) is not None or (_EMPLOYER_END.search(stripped) is not None and len(stripped.split()) >= 2)


# Question-word headings over a list without bullets ("What you need", "Who you are").
_QUESTION_HEADING = re.compile(r"^(?:what|who|how|why|where|when|your|our|about)\b", re.I)


def is_question_heading(text: str) -> bool:
    stripped = text.strip()
    return 2 <= len(stripped.split()) <= 6 and _QUESTION_HEADING.match(stripped) is not None and stripped[-1:] not in ".,;"


# How a shouted requirement or notice starts, not a heading ("MUST HAVE…", "PLEASE DO NOT CALL…").
_SHOUTED_STATEMENT = re.compile(r"(?:MUST|PLEASE|DO NOT|DON'T|ONLY|ALL APPLICANTS|APPLICANTS MUST|CANDIDATES MUST|YOU MUST)\b")


def is_shouted_statement(text: str) -> bool:
    """A requirement or notice in capitals, not a heading: "MUST HAVE OPEN AVAILABILITY INCLUDING
    FRIDAY AND SATURDAY NIGHTS" (five or more words, no colon)."""
    text = text.strip()
    return len(text.split()) >= 5 and not text.endswith(":") and text.upper() == text and _SHOUTED_STATEMENT.match(text) is not None


def is_all_caps_heading(text: str) -> bool:
    """An ALL-CAPS line of a few words ("MINIMUM QUALIFICATIONS", "EXAMPLES OF DUTIES:")."""
    text = text.strip()
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


# -- ATS header block: "Label: value" -------------------------------------
# Each label an ATS or job board prints, normalised, and the meta key it fills.
_LABELS: dict[str, str] = {}
for _key, _names in {
    "title": "title|job title|position title|position|working title|role|job|vacancy|job role|role title|job name|posting title|opening",
    "class-title": "class title|classification|classification title|class|civil service title|official title|job classification",
    "salary": "salary|pay|compensation|salary range|pay range|wage|wages|hourly rate|pay rate|rate of pay|base salary|"
    "salary rate|hourly wage|hourly|annual salary|monthly salary|starting salary|hiring range|hiring salary|"
    "salary information|pay scale|remuneration|stipend|wage range|compensation range|pay band|salary band",
    "location": "location|work location|job location|locations|city|duty station|duty location|worksite|work site|"
    "office location|office|place of work|work address|address|county|region",
    "company": "employer|company|agency|organization|organisation|hiring organization|hiring agency|hiring organisation|"
    "company name|employer name|department name|institution|business|hiring company",
    "department": "department|division|unit|bureau|section|team|program|office of|group",
    "employment-type": "employment type|job type|type|position type|type of employment|employment|schedule|"
    "work schedule|appointment type|appointment|job status|status|hours|full time part time|work type|time type|"
    "contract type|position status|employment status|shift|contract|working pattern|contract length|tenure",
    "date-posted": "date posted|posted|posting date|opening date|open date|posted on|published|date opened|"
    "posted date|publish date|release date|opens|open",
    "closes": "closing date|close date|closes|apply by|deadline|application deadline|filing deadline|"
    "final filing date|closing|applications close|open until|posting end date|end date|expiration date|"
    "apply before|last day to apply|date closes|closing date time",
    "job-number": "job number|job id|job no|job #|requisition|requisition id|requisition number|req id|req|"
    "posting number|announcement number|recruitment number|job code|bulletin number|exam number|job requisition id|"
    "position number|vacancy number|reference|reference number|ref|job ref|job reference|control number|req number",
    "category": "category|job category|occupational category|field|job family|function|industry|occupation|"
    "job function|industries",
    "experience-level": "experience level|seniority|level|career level|grade|pay grade|salary grade|grade level|seniority level",
    "remote": "remote|telework|remote work|telework eligible|remote eligible|work arrangement|workplace type",
    "travel": "travel|travel required",
    "bargaining-unit": "bargaining unit|union|representation",
    "fte": "fte|full time equivalent",
    "contact": "contact|recruiter|hiring manager|contact person|questions",
}.items():
    for _name in _names.split("|"):
        _LABELS.setdefault(_name, _key)

_SPLIT_PAIRS = re.compile(r"[ \t]+\|[ \t]+|\t+")


def label_key(label: str) -> str | None:
    """The meta key a header label fills ("Job Title" -> "title"), or None for an unknown label."""
    norm = normalized(label).replace("#", "").strip()
    return _LABELS.get(norm)


@dataclass(frozen=True)
class Pair:
    """One ``Label: value`` pair on a line: offsets are within the line."""

    label: str
    key: str | None  # the meta key of a known label
    value_start: int
    value_end: int

    def value(self, line: str) -> str:
        return line[self.value_start : self.value_end]


def pairs(line: str) -> list[Pair]:
    """The ``Label: value`` pairs of a line ("Salary: $50,000 | Location: Reno" gives two), or []."""
    stripped = line.rstrip()
    out: list[Pair] = []
    pos = 0
    pieces = []
    for m in _SPLIT_PAIRS.finditer(stripped):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(stripped)))
    if len(pieces) > 1:
        # "Salary\t$50,000" is one pair split by a tab; several "A: b" pieces are several pairs.
        found = [_pair_in(stripped, s, e, colon_only=True) for s, e in pieces]
        if all(found):
            return [p for p in found if p]
        tab = re.match(r"^[ \t]*(?P<label>[A-Z][\w/&'’().\- ]{0,40}?)\t+(?P<value>\S.*?)[ \t]*$", stripped)
        if tab and label_key(tab.group("label")):
            return [Pair(tab.group("label"), label_key(tab.group("label")), tab.start("value"), tab.end("value"))]
        return out
    found = _pair_in(stripped, 0, len(stripped), colon_only=True)
    return [found] if found else []


def _pair_in(line: str, start: int, end: int, *, colon_only: bool) -> Pair | None:
    piece = line[start:end]
    m = re.match(r"^[ \t]*(?P<label>[A-Z#][\w#/&'’().\- ]{0,40}?)[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*$", piece)
    if not m:
        return None
    label, value = m.group("label"), m.group("value")
    if value.startswith("//") or len(label.split()) > 5:
        return None
    if label.rstrip().endswith(("http", "https")):
        return None
    return Pair(label.strip(), label_key(label), start + m.start("value"), start + m.end("value"))


def label_only(line: str) -> str | None:
    """The meta key of a line that is a known header label alone ("Salary:", "Job Title"), else None."""
    stripped = line.strip()
    if not stripped or len(stripped.split()) > 5:
        return None
    return label_key(stripped.rstrip(":").strip()) if stripped.endswith(":") else None


# -- dates ------------------------------------------------------------------
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def iso_date(value: str) -> str | None:
    """"01/15/2025", "January 15, 2025", "15 Jan 2025", "2025-01-15" -> "2025-01-15"; else None."""
    value = value.strip()
    m = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", value)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b", value)
    if m:
        year = int(m.group(3))
        year += 2000 if year < 100 else 0
        return _iso(year, int(m.group(1)), int(m.group(2)))
    m = re.search(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", value)
    if m and m.group(1).lower() in _MONTHS:
        return _iso(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
    m = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b", value)
    if m and m.group(2).lower() in _MONTHS:
        return _iso(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# Keys whose label may stand on its own line with the value on the next ("Salary:" / "$50,000").
_SPLIT_KEYS = frozenset(
    {"title", "salary", "location", "company", "department", "employment-type", "date-posted", "closes", "job-number"}
)


def header_lines(texts: list[str], blank: list[bool], bullets: list[bool]) -> dict[int, list[Pair]]:
    """The lines that are posting metadata, each with its pairs (a lone label line maps to []).

    A known label with a short value is metadata anywhere; an unknown label only
    inside a run of such lines that holds a known one (an ATS header block).
    """
    found: dict[int, list[Pair]] = {}
    candidates: dict[int, list[Pair]] = {}
    for n, text in enumerate(texts):
        if blank[n] or bullets[n]:
            continue
        ps = pairs(text)
        if ps and all(len(p.value(text).split()) <= 20 for p in ps):
            candidates[n] = ps
    # Runs of candidate lines, blank lines allowed between them.
    runs: list[list[int]] = []
    for n in sorted(candidates):
        prev = runs[-1][-1] if runs else None
        if prev is not None and all(blank[k] for k in range(prev + 1, n)):
            runs[-1].append(n)
        else:
            runs.append([n])
    first_content = next((n for n, b in enumerate(blank) if not b), 0)
    for run in runs:
        known = [n for n in run if any(p.key for p in candidates[n])]
        block = len(run) >= 2 and known
        for n in run:
            text = texts[n]
            keep = []
            for p in candidates[n]:
                words = len(p.value(text).split())
                if p.key == "title":
                    ok = words <= 12 and (block or n - first_content <= 12) and not p.value(text).rstrip().endswith(".")
                elif p.key:
                    ok = words <= 15
                else:
                    ok = bool(block) and words <= 8
                if ok:
                    keep.append(p)
            if keep and len(keep) == len(candidates[n]):
                found[n] = keep
    # "Salary:" on one line, "$50,000 - $60,000" on the next: in the header, before the body's prose starts.
    prose_from = next((n for n, t in enumerate(texts) if not blank[n] and len(t.split()) >= 12), len(texts))
    for n, text in enumerate(texts):
        key = None if blank[n] or bullets[n] or n in found or n > prose_from else label_only(text)
        if key not in _SPLIT_KEYS:
            continue
        m = n + 1
        if m < len(texts) and blank[m] and m + 1 < len(texts) and not blank[m + 1]:
            m += 1
        if m >= len(texts) or blank[m] or bullets[m] or m in found:
            continue
        value = texts[m].strip()
        after = m + 1
        ends_block = after >= len(texts) or blank[after] or after in found or label_only(texts[after]) is not None
        if not value or len(value.split()) > 12 or value.endswith(":") or label_only(texts[m]) or not ends_block:
            continue
        start = len(texts[m]) - len(texts[m].lstrip())
        found[n] = []
        found[m] = [Pair(text.strip().rstrip(":").strip(), key, start, start + len(value))]
    # A job board's details box copied without colons: "Salary" / "$22.57 - $28.75 Hourly" / "Location" / …,
    # in the header or, as LinkedIn prints its criteria ("Seniority level" / "Entry level"), after the last prose.
    prose_to = max((n for n, t in enumerate(texts) if not blank[n] and len(t.split()) >= 12), default=len(texts))
    for first, last in ((0, min(len(texts), prose_from)), (prose_to + 1, len(texts))):
        _bare_box(texts, blank, bullets, found, first, last)
    return found


def _bare_box(texts: list[str], blank: list[bool], bullets: list[bool], found: dict[int, list[Pair]], first: int, last: int) -> None:
    """Label lines each over its value, between lines ``first`` and ``last``: two or more make a box."""
    bare: list[tuple[int, int, str]] = []
    n = first
    while n < last - 1:
        key = None if blank[n] or bullets[n] or n in found else _bare_label(texts[n])
        m = n + 1
        if key and not blank[m] and not bullets[m] and m not in found and _bare_label(texts[m]) is None:
            value = texts[m].strip()
            if value.endswith(":") and m + 1 < last and not blank[m + 1] and _bare_label(texts[m + 1]) is None:
                m += 1  # USAJOBS: "Location" / "1 vacancy in the following location:" / "Tucson, AZ"
                value = texts[m].strip()
            if 0 < len(value.split()) <= 12:
                bare.append((n, m, key))
                n = m + 1
                continue
        n += 1
    if len(bare) >= 2:
        for n, m, key in bare:
            value = texts[m].strip()
            start = len(texts[m]) - len(texts[m].lstrip())
            for k in range(n, m):
                found[k] = []
            found[m] = [Pair(texts[n].strip(), key, start, start + len(value))]


def _bare_label(line: str) -> str | None:
    """The meta key of a line that is a known header label alone, with or without a colon."""
    stripped = line.strip().rstrip(":").strip()
    if not stripped or len(stripped.split()) > 4 or not stripped[0].isalpha():
        return None  # lower case too: Workday prints "locations", "time type", "posted on"
    return label_key(stripped)


# The tabs of a job board's posting page ("Description", "Benefits", "Questions"), copied as lines.
PAGE_TABS = frozenset({"description", "benefits", "questions", "supplemental questions", "job description", "overview",
                       "details", "job details", "apply", "share", "print", "requirements"})


def page_tab_runs(texts: list[str], blank: list[bool]) -> set[int]:
    """Lines in a run of 3+ page tabs (one word or two each, no blank lines between)."""
    out: set[int] = set()
    n = 0
    while n < len(texts):
        m = n
        while m < len(texts) and not blank[m] and normalized(texts[m]) in PAGE_TABS:
            m += 1
        if m - n >= 3:
            # The open tab's name comes again as its heading: "Description / Benefits / Questions / Description".
            last = normalized(texts[m - 1])
            keep_last = any(normalized(texts[k]) == last for k in range(n, m - 1))
            out.update(range(n, m - 1 if keep_last else m))
        n = max(m, n + 1)
    return out
