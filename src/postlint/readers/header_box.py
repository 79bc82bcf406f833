"""A plain-text posting's metadata lines: an ATS header block of ``Label: value`` lines, and
a job board's box of label lines each over its value ("Salary" / "$22.57 - $28.75 Hourly"), in
the header or after the last paragraph (LinkedIn's "Seniority level" / "Entry level").

:func:`header_lines` finds them; :func:`label_key` names the metadata key a label fills and
:func:`iso_date` reads a date value. Each line's shape otherwise is :mod:`postlint.readers.text_shapes`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from postlint.language.declaration import DECLARATION
from postlint.pay.amounts import parse_salary
from postlint.readers.bylines import pay_per_contract, split_parts
from postlint.readers.text_lines import is_title_case, line_groups
from postlint.readers.text_shapes import is_cry, normalized

# -- ATS header block: "Label: value" -------------------------------------
# Each label an ATS or job board prints, normalised, and the meta key it fills.
_LABELS: dict[str, str] = {}
for _key, _names in {
    "title": "title|job title|position title|position|working title|role|job|vacancy|job role|role title|job name|posting title|opening",
    "class-title": "class title|classification|classification title|class|civil service title|official title|job classification",
    "salary": "salary|pay|compensation|salary range|pay range|wage|wages|hourly rate|pay rate|rate of pay|rate|day rate|base salary|basic salary|basic pay|gross salary|"
    "salary rate|hourly wage|hourly|annual salary|monthly salary|starting salary|hiring range|hiring salary|"
    "salary information|pay scale|remuneration|stipend|wage range|compensation range|pay band|salary band|"
    # India's cost to company (Naukri, blind set S24) and packages.
    "ctc|annual ctc|ctc range|offered ctc|salary package|remuneration package|compensation package|"
    # In the languages whose location labels are read below, so a field box they open keeps its pay (blind set S98:
    # Trabajando's "Renta: CLP 2.400.000 – 2.900.000 brutos" under "Ubicación:").
    "renta|sueldo|salario|remuneración|remuneracion|salário|remuneração|remuneracao|gehalt|vergütung|verguetung|"
    "salaire|rémunération|remuneration brute|retribuzione|stipendio|salaris|wynagrodzenie|lön|lønn|løn|palkka|gaji",
    "location": "location|work location|job location|locations|city|duty station|duty location|worksite|work site|"
    "office location|office|place of work|work address|address|county|region|"
    # Boards in other languages (blind set S98: Trabajando's "Ubicación: Antofagasta, Chile"): Spanish, Portuguese,
    # German, French, Italian, Dutch, Polish, the Nordic languages', Indonesian and Malay.
    "ubicación|ubicacion|ubicación del puesto|localidad|lugar de trabajo|ciudad|localização|localizacao|"
    "local de trabalho|cidade|localidade|ort|arbeitsort|standort|einsatzort|dienstort|lieu|lieu de travail|localisation|"
    "ville|sede di lavoro|luogo di lavoro|località|locatie|werklocatie|standplaats|lokalizacja|miejsce pracy|arbetsort|"
    "arbeidssted|arbejdssted|sijainti|lokasi|lokasi kerja",
    "company": "employer|company|agency|organization|organisation|hiring organization|hiring agency|hiring organisation|"
    "company name|employer name|department name|institution|business|hiring company",
    "department": "department|division|unit|bureau|section|team|program|office of|group|business area|directorate",
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
    "job function|industries|type of role|profession",
    "openings": "number of jobs available|number of posts|number of vacancies|vacancies|openings|number of openings",
    "experience-level": "experience level|seniority|level|career level|grade|pay grade|salary grade|grade level|seniority level|job grade",
    "remote": "remote|telework|remote work|telework eligible|remote eligible|work arrangement|workplace type|location type",
    "travel": "travel|travel required",
    "bargaining-unit": "bargaining unit|union|representation",
    "fte": "fte|full time equivalent",
    "contact": "contact|recruiter|hiring manager|contact person|questions",
}.items():
    for _name in _names.split("|"):
        _LABELS.setdefault(_name, _key)

# Pairs side by side: "Salary: $50,000 | Location: Reno", tabs, or a PDF's two columns ("FLSA Status: Exempt
# ···· Bargaining Unit: AFSCME Local 2209"), three or more spaces before a capitalised label and its colon.
_SPLIT_PAIRS = re.compile(r"(?<![ \t])[ \t]+\|[ \t]+|\t+|(?<![ \t]) {3,}(?=[A-Z][\w/&'’().\- ]{0,40}?:[ \t])")  # from a run of blanks' start only: linear on long runs


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


# A value runs to the line's end and the blanks after it are cut in Python (_value_end): a lazy value
# before "[ \t]*$" tried every split of a long run of blanks inside it.
# "Salary\t$50,000", and a Word table's "Position:\tService Plumber" (blind set S26).
_TAB_PAIR = re.compile(r"[ \t]*(?P<label>[A-Z][\w/&'’().\- ]{0,40}?):?\t+(?P<value>\S.*)")
# An emoji may stand before the label, as chat posts write it: "📍 Location: Whitefield, Bangalore" (blind set S29).
# A colon between digits is a ratio or a time, no label's ("Paraprofessional - 1:1 Support", blind set S78).
_COLON_PAIR = re.compile(
    r"^[ \t]*(?:[^\w\s#*(\[][\ufe0f\u200d]?[ \t]*){0,2}(?P<label>[A-Za-z#](?:[\w#/&'’().\- ]|(?<=\d):(?=\d)){0,40}?)[ \t]*(?!(?<=\d):\d):[ \t]*(?P<value>\S.*)"
)


def _value_end(m: re.Match[str]) -> int:
    return m.start("value") + len(m.group("value").rstrip(" \t"))


def pairs(line: str) -> list[Pair]:
    """The ``Label: value`` pairs of a line ("Salary: $50,000 | Location: Reno" gives two), or []."""
    stripped = line.rstrip()
    out: list[Pair] = []
    pieces = split_parts(stripped, _SPLIT_PAIRS)
    if len(pieces) > 1:
        # "Salary\t$50,000" is one pair split by a tab; several "A: b" pieces are several pairs.
        found = [_pair_in(stripped, s, e, colon_only=True) for s, e in pieces]
        if all(found):
            return [p for p in found if p]
        tab = _TAB_PAIR.match(stripped)
        if tab and label_key(tab.group("label")):
            key = _counted(label_key(tab.group("label")), tab.group("value"))
            return [Pair(tab.group("label"), key, tab.start("value"), _value_end(tab))]
        return out
    found = _pair_in(stripped, 0, len(stripped), colon_only=True)
    return [found] if found else []


# Labels that open a sentence of the posting, not a field of its header.
_NOTE_LABELS = frozenset({"note", "nb", "n.b", "please note", "important", "important note", "disclaimer", "attention", "remark", "ps", "p.s"})


# A colon inside brackets is no label's colon for the line: "Countryside Ranger (Ref: ENV/2611)" is a title
# (blind set S83), while "Location (hybrid: 2 days): Leeds" labels by the colon after the brackets.
_BRACKETED_COLON = re.compile(r"\([^()\n:]*:[^()\n]*\)|\[[^\[\]\n:]*:[^\[\]\n]*\]")


def _hide_bracketed_colons(piece: str) -> str:
    """The piece with each bracket that holds a colon filled with letters, the same length."""
    return _BRACKETED_COLON.sub(lambda b: b.group()[0] + "x" * (len(b.group()) - 2) + b.group()[-1], piece)


def _pair_in(line: str, start: int, end: int, *, colon_only: bool) -> Pair | None:
    piece = line[start:end]
    m = _COLON_PAIR.match(_hide_bracketed_colons(piece) if "(" in piece or "[" in piece else piece)
    if not m:
        return None
    label, value = piece[m.start("label") : m.end("label")], piece[m.start("value") : _value_end(m)]
    if value.startswith("//") or len(label.split()) > 5:
        return None
    if label.rstrip().endswith(("http", "https")):
        return None
    if label[:1].islower() and label_key(label) is None:
        return None  # only a known label in lower case: Craigslist's "compensation: $25 per hour" (blind set S24)
    if label.strip().lower().rstrip(".") in _NOTE_LABELS:
        return None  # "NOTE: ONLY SHORTLISTED CANDIDATES WILL BE CONTACTED.": a sentence to read, no field (blind set S38)
    return Pair(label.strip(), _graded(label, _counted(label_key(label), value), value), start + m.start("value"), start + _value_end(m))


# A pay grade's label, its number or letters after it: "Grade 7", "Band 5", "Pay grade", "HEW Level 6", "Grade UE07".
_GRADE_LABEL = re.compile(
    r"(?:(?:pay|salary|job|hew|nhs|afc)\s+)?(?:grade|band|level|scale|grade level)(?:\s+[a-z]{0,3}\d{1,2}[a-z]?(?:(?:\s*[-/]\s*|\s+)[a-z]{0,3}\d{1,2}[a-z]?)?)?"
)


def _graded(label: str, key: str | None, value: str) -> str | None:
    """A pay grade's label over a figure with its currency is the pay: "Grade 7: £37,174 – £44,128", as a UK
    university prints its scale (blind set S120), is the salary, not a field named after the grade's number.
    "Grade: Senior" stays the level."""
    if key not in (None, "experience-level") or not _GRADE_LABEL.fullmatch(normalized(label)):
        return key
    hit = parse_salary(value)
    return "salary" if hit is not None and hit.currency is not None else key


def _counted(key: str | None, value: str) -> str | None:
    """A title label's value that is a number alone fills the openings: bdjobs' "Vacancy : 02" is how many
    are hired, not the job (blind set S74: "02" had been the title and the keyphrase)."""
    return "openings" if key == "title" and _COUNT.fullmatch(value.strip()) else key


# A number of openings alone: "02", "3 (three)", "2 posts", "Two", "05 nos.".
_COUNT = re.compile(
    r"(?i)(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many)(?:[ \t]*\([ \t]*\w+[ \t]*\))?"
    r"(?:[ \t]+(?:nos?\.?|numbers?|posts?|positions?|persons?|people|vacanc(?:y|ies)|openings?|seats?|roles?|candidates?))?"
)


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
    body_from: int | None = None  # the first line of text under the title that is no field
    first_content = next((n for n, b in enumerate(blank) if not b), 0)
    for n, text in enumerate(texts):
        if blank[n]:
            continue
        ps = [] if bullets[n] else pairs(text)
        if ps and all(len(p.value(text).split()) <= 20 for p in ps):
            if body_from is not None and DECLARATION.match(text.strip()):
                # "Keywords: house cleaner, housekeeper, …" under the posting's text is that text, which SEO010
                # reads, though a footer's "posted: …" follows it (Craigslist, blind set S71).
                continue
            candidates[n] = ps
        elif n > first_content and body_from is None:
            body_from = n
    # Runs of candidate lines, blank lines allowed between them.
    runs: list[list[int]] = []
    for n in sorted(candidates):
        prev = runs[-1][-1] if runs else None
        if prev is not None and all(blank[k] for k in range(prev + 1, n)):
            runs[-1].append(n)
        else:
            runs.append([n])
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
                    # A field's value in a block of them, not a sentence: "Duration: May 24, 2027 - August 13, 2027
                    # (12 weeks)" (Handshake, blind set S29). Not pay under another name: justjoin.it's pay per
                    # contract, "B2B: 18 000 - 25 000 PLN net/month", is the posting's pay (blind set S86).
                    ok = bool(block) and (words <= 8 or (words <= 14 and not p.value(text).rstrip().endswith("."))) and not pay_per_contract(p.label, p.value(text))
                    # A board's cry as the label, "URGENT: 12 welders needed …", is a shout READ014 reads, no field (blind set S133).
                    ok = ok and not is_cry(p.label)
                if ok:
                    keep.append(p)
            if keep and len(keep) == len(candidates[n]):
                found[n] = keep
    # "Salary:" on one line, "$50,000 - $60,000" on the next: in the header, before the body's prose starts.
    # The first line, or a Title Case line, is a title however long, unless it ends a sentence: NEOGOV's "Road
    # Maintenance Specialist II - Public Works Department Road Maintenance and Vegetation Crew" (blind set S76),
    # under the county's name and menu.
    prose_from = next(
        (
            n for n, t in enumerate(texts)
            if not blank[n] and len(t.split()) >= 12
            and (not (n == first_content or is_title_case(t.strip())) or t.rstrip()[-1:] in ".!?")
        ),
        len(texts),
    )
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
        found[m] = [Pair(text.strip().rstrip(":").strip(), _counted(key, value), start, start + len(value))]
    # A job board's details box copied without colons: "Salary" / "$22.57 - $28.75 Hourly" / "Location" / …,
    # in the header or, as LinkedIn prints its criteria ("Seniority level" / "Entry level"), after the last prose.
    prose_to = max((n for n, t in enumerate(texts) if not blank[n] and len(t.split()) >= 12), default=len(texts))
    for first, last in ((0, min(len(texts), prose_from)), (prose_to + 1, len(texts))):
        _bare_box(texts, blank, bullets, found, first, last)
    _grouped_box(texts, blank, bullets, found)
    for n in range(min(len(texts), prose_from + 1)):
        if blank[n] or n in found:
            continue
        for pattern, key in _DATE_LINES:
            m = pattern.fullmatch(texts[n].strip())
            if m:  # "Apply before 11:55 pm on Monday 11 January 2027" above the posting: its closing date
                start = texts[n].index(m.group("value"))
                found[n] = [Pair(m.group("label"), key, start, start + len(m.group("value")))]
                break
    return found


# A closing or posting date stated without a colon: a label, then a date with its year
# ("Apply before 11 January 2027"; MyCareersFuture's "Posted 23 Nov 2026" and "Closing on 23 Dec 2026").
# Craigslist's "Posted 2026-12-03 09:14": an ISO date, and a time after the date (blind set S87).
_DATE_VALUE = r"\s+(?P<value>[^.!?]{0,40}?\b(?:19|20)\d\d(?:-\d\d?-\d\d?)?(?:,?\s+(?:at\s+)?\d\d?:\d\d(?:\s?[ap]m)?)?)"
_DATE_LINES = (
    (re.compile(r"(?i)(?P<label>apply before|apply by|closing date|closing on|closes(?: on)?|applications close)" + _DATE_VALUE), "closes"),
    (re.compile(r"(?i)(?P<label>posted(?: on)?|date posted)" + _DATE_VALUE), "date-posted"),
)


def _grouped_box(texts: list[str], blank: list[bool], bullets: list[bool], found: dict[int, list[Pair]]) -> None:
    """UK Civil Service Jobs' details box: groups of lines between empty lines, each a known label
    over its value and perhaps a note ("Salary" / "£39,730 - £43,800" / "Existing civil servants
    … keep their current salary."; "Job grade" / "Senior Executive Officer" / "SEO"). Three or more
    groups in a row make a box, wherever it stands; the line naming it ("Details") goes with it."""
    groups = line_groups(texts)  # (first line, last line) of each run of lines between empty ones
    run: list[tuple[int, int, str | None]] = []
    # Fields no label list knows, between known ones (Handshake's "Duration" / "Jan 19 - May 14, 2027"),
    # or after them in the header before the prose starts (MyCareersFuture's "Job Categories" / "Design").
    unknown: list[tuple[int, int, str | None]] = []
    prose_from = next((n for n, t in enumerate(texts) if len(t.split()) >= 12), len(texts))

    def close() -> None:
        if sum(key is not None for _, _, key in run) >= 2 and unknown and unknown[-1][1] < prose_from:
            run.extend(unknown)
        unknown.clear()
        if len(run) >= 3 and sum(key is not None for _, _, key in run) >= 2:
            for first, last, key in run:
                for k in range(first, last + 1):
                    found[k] = []
                found[first + 1] = [_value_pair(texts[first], texts[first + 1], key)]
            before = run[0][0] - 1
            while before >= 0 and not texts[before].strip():
                before -= 1
            if before >= 0 and normalized(texts[before]) in ("details", "job details"):
                found[before] = []
        run.clear()

    for first, last in groups:
        key = None if blank[first] or bullets[first] or not 1 <= last - first <= 3 else _bare_label(texts[first])
        values = range(first + 1, last + 1)
        if key and not any(bullets[k] or _bare_label(texts[k]) for k in values) and len(texts[first + 1].split()) <= 15:
            run.extend(unknown)
            unknown.clear()
            run.append((first, last, key))
        elif run and last == first + 1 and not (bullets[first] or bullets[last]) and _field_label(texts[first]) and len(texts[last].split()) <= 12:
            unknown.append((first, last, None))
        else:
            close()
    close()


def _field_label(line: str) -> bool:
    """A line shaped like a field's label: one to three words, capitalised, no sentence mark or figure."""
    text = line.strip()
    words = text.split()
    return 1 <= len(words) <= 3 and text[0].isupper() and text[-1] not in ".!?,;:" and not any(c.isdigit() for c in text)


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
            for k in range(n, m):
                found[k] = []
            found[m] = [_value_pair(texts[n], texts[m], key)]
        _box_rest(texts, blank, bullets, found, bare)


def _box_rest(texts: list[str], blank: list[bool], bullets: list[bool], found: dict[int, list[Pair]], bare: list[tuple[int, int, str]]) -> None:
    """The box's other fields: a block that opens with two or more known labels over their values, every line of it
    a few words with no sentence's end, is the board's box to its last line, labels it does not know included
    (Wellfound's "Job type" / "Full Time" / "Role" / … / "Visa sponsorship" / "Not Available" / "Skills" / "React" /
    "AWS"). Those lines are no posting text: they were read as the skills' list items (STR008, blind set S102)."""
    starts = {n for n, _, _ in bare}
    for first, last in line_groups(texts):
        if first not in starts or sum(first <= n <= last for n in starts) < 2 or last - first > 40:
            continue
        lines = [texts[k].strip() for k in range(first, last + 1)]
        if any(bullets[k] for k in range(first, last + 1)) or not all(
            len(t.split()) <= 4 and t[-1:] not in ".!?:;," for t in lines
        ):
            continue
        for k in range(first, last + 1):
            if _BENEFITS_LABEL.fullmatch(texts[k].strip()):
                break  # Indeed's "Benefits" / "Company pension" / …: what the job gives, which PAY007 reads (review)
            if not blank[k]:
                found.setdefault(k, [])


_BENEFITS_LABEL = re.compile(r"(?i)(?:benefits|perks|perks\s+(?:and|&)\s+benefits|benefits\s+(?:and|&)\s+perks):?")


def _value_pair(label_line: str, value_line: str, key: str) -> Pair:
    """The pair of a label alone on its line and the value on a line of its own."""
    start = len(value_line) - len(value_line.lstrip())
    return Pair(label_line.strip(), _counted(key, value_line), start, start + len(value_line.strip()))


def _bare_label(line: str) -> str | None:
    """The meta key of a line that is a known header label alone, with or without a colon."""
    stripped = line.strip().rstrip(":").strip()
    if not stripped or len(stripped.split()) > 4 or not stripped[0].isalpha():
        return None  # lower case too: Workday prints "locations", "time type", "posted on"
    return label_key(stripped)


# The tabs of a job board's posting page ("Description", "Benefits", "Questions"), copied as lines.
