"""A job board's byline under the title and the lines that name the employer.

"Acme Payments · London, England, United Kingdom (Hybrid)", "Acme | Berlin, Germany | Full-time":
the parts of a byline are metadata (company, location, employment type), not the posting's first
paragraph; "City of Granite Bay", "… NHS Foundation Trust", "Solaris Inc." name the employer above
or below the title. The plain-text reader (readers/text.py), the stacked header (readers/header_stack.py)
and the HTML reader's page titles (readers/tree.py) ask these questions of a line.
"""

from __future__ import annotations

import re

from postlint.language.places import PLACE_NAMES
from postlint.pay.amounts import parse_salary
from postlint.readers.text_shapes import SALARY

# A job board's line under the title: "Acme Payments · London, England, United Kingdom (Hybrid)",
# "Acme | Berlin, Germany | Full-time", Lever's "Nairobi, Kenya / Engineering / Full-time / Hybrid".
# Its parts are metadata, not the posting's first paragraph.
# Matches start only where a run of blanks starts: from inside a long run, each start would scan to its end.
_BYLINE_SEP = re.compile(r"(?<![ \t])[ \t]+[·•|/][ \t]+")
_TYPES = r"full[- ]time|part[- ]time|contract|contractor|temporary|permanent|internship|apprenticeship|freelance|fixed[- ]term|seasonal|casual"
# "Full-time", and a type glossed in brackets after another language's word: "Vollzeit (full-time)".
# A term before it too: "13-week travel contract" (blind set S34).
# Or glossed after another language's words: "Poste permanent (full-time, permanent)" (blind set S37).
_BYLINE_TYPE = re.compile(
    rf"(?i)^(?:\d{{1,2}}[- ](?:week|month|year)s?[- ](?:[a-z]+ )?)?(?:{_TYPES})\b|^\w+(?: \w+)?\s*\((?:{_TYPES})(?:,\s*(?:{_TYPES}))*\)$"
)
_BYLINE_PLACE = re.compile(r"(?i),|\b(?:remote|hybrid|on-?site|in[- ]office)\b")
# A labelled field: "Salary: 40,000,000 - 60,000,000 VND / month" is pay whose period follows a slash,
# not a place (its thousands' commas) and a part (blind set S49).
# An issue's or a post's labels are no place either: GitHub's "Opened by @ana · Labels: `governance`, `hiring`" (blind set S94).
_FIELD = re.compile(r"(?i)(?<!\s)\s*+(?:(?:salary|pay|compensation|wages?|rate|remuneration)[\w ]{0,20}|labels?|tags?|topics?|categories|keywords|skills):\s")
# A board's header in its own language, over a posting in English: StepStone's "Vollzeit, Unbefristet",
# "Feste Anstellung" (blind set S77), "Temps plein, CDI", "Tiempo completo, indefinido". Whole lines only:
# "CDD" alone is also customer due diligence, "temporal" a word of English.
_FOREIGN_TYPES = (
    r"vollzeit|teilzeit|unbefristet|befristet|feste anstellung|festanstellung|werkstudent(?:in)?|minijob|"
    r"(?:à )?temps (?:plein|partiel)|cdi|cdd|alternance|"
    r"tiempo (?:completo|parcial)|medio tiempo|jornada (?:completa|parcial)|media jornada|indefinido|contrato (?:indefinido|temporal)"
)
# A job board's line of employment type alone, under the byline: "Contract", "Part-time or Full-time".
_TYPE_LINE = re.compile(
    rf"(?i)(?:{_TYPES}|{_FOREIGN_TYPES})(?:\s*(?:or|/|,|&|and|und|oder|et|ou|y|o)\s*"
    rf"(?:full[- ]time|part[- ]time|contract|temporary|permanent|seasonal|casual|vacation|{_FOREIGN_TYPES}))?"
)


_TYPE_WORD = re.compile(
    rf"(?i)\b(?:{_TYPES}|{_FOREIGN_TYPES}|temp|regular|per[- ]diem|prn|locum|volunteer|apprenticeship|zero[- ]hours?|intern)\b"
)


def names_employment_type(value: str) -> bool:
    """Whether a header value states an employment type ("Full Time, Permanent", "Part-time / Casual"),
    not a category or a schedule ("High School Teaching/Mathematics", "33.75 hours per week")."""
    return _TYPE_WORD.search(value) is not None


def employment_type_line(line: str) -> bool:
    """A line that is only an employment type ("Contract", "Part-time or Full-time"), or LinkedIn's
    line of job insights with one ("On-site   Full-time   Mid-Senior level")."""
    text = line.strip()
    if _TYPE_LINE.fullmatch(text) is not None:
        return True
    parts = [p for p in _INSIGHT_SEP.split(text) if p]
    return (
        2 <= len(parts) <= 4
        and all(_TYPE_LINE.fullmatch(p) or _INSIGHT.fullmatch(p) for p in parts)
        and any(_TYPE_LINE.fullmatch(p) for p in parts)
    )


# Polish boards' contract types, which head the pay for each: "B2B", "UoP" (umowa o pracę), "UZ" (umowa zlecenie).
_CONTRACT_LABEL = re.compile(
    r"(?i)b2b|uop|uz|uod|umowa o pracę|umowa zlecenie|umowa o dzieło|contract of employment|"
    r"(?:employment|mandate|b2b|permanent|fixed[- ]term|freelance) contract"
)


def pay_per_contract(label: str, value: str) -> bool:
    """Pay under its contract type ("B2B: 18 000 - 25 000 PLN net/month", "Permanent: …"): the posting's pay,
    no field of its own. A rate under another name ("Weekend rate: up to $14/hr") stays a field."""
    label = label.strip()
    return bool(_CONTRACT_LABEL.fullmatch(label) or employment_type_line(label)) and parse_salary(value) is not None


# LinkedIn's job insights between wide gaps or dots: the workplace and the seniority level.
_INSIGHT_SEP = re.compile(r"[ \t]{2,}|[ \t]+[·•|][ \t]+")
_INSIGHT = re.compile(
    r"(?i)on-?site|remote|hybrid|internship|entry[- ]level|associate|mid-senior level|director|executive|not applicable"
)


_POSTED_BY = re.compile(r"(?i)(?:posted|listed|advertised) by:?\s+")
_POSTED_AGO = re.compile(r"(?i)(?:posted|listed|reposted)\s+(?:\d+|an?|one)\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\b|(?:posted|listed)\s+(?:today|yesterday)\b")


def split_parts(line: str, separator: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each part of ``line`` between ``separator`` matches, its outer spaces left out."""
    spans: list[tuple[int, int]] = []
    start = len(line) - len(line.lstrip())
    for sep in separator.finditer(line):
        spans.append((start, sep.start()))
        start = sep.end()
    spans.append((start, len(line.rstrip())))
    return spans


_DEPARTMENT_WORD = (
    r"(?:product|design|engineering|sales|marketing|operations|finance|people|hr|legal|support|customer success|"
    r"customer support|data|research|it|security|platform|growth|infrastructure|analytics|ux|ui|content|communications|"
    # A trade's or a site's departments: BambooHR's "Service · Boise, Idaho" over an HVAC firm's posting (blind set S107).
    r"(?:field |customer |technical )?services?|installation|maintenance|warehouse|logistics|manufacturing|production|"
    r"construction|facilities|dispatch|purchasing|procurement|accounting|administration|supply chain|"
    # The second word of a team's name: "Product Design", "Data Science", "Customer Experience" (blind set S108).
    r"management|development|science|experience|success|software|brand|creative|partnerships|talent|quality|"
    r"compliance|strategy|business (?:development|operations|intelligence)|human resources|hardware|mobile|devops|qa|"
    r"machine learning|editorial|policy|delivery|insights)"
)
# Department words joined by "&", "and", a comma, a slash or only a space ("Product Design" in TeamTailor's job-meta
# row, blind set S108).
_DEPARTMENT = re.compile(rf"(?i)\b{_DEPARTMENT_WORD}(?:(?:\s*(?:&|and|,|/)\s*|\s+){_DEPARTMENT_WORD})*")


def _starts_with_a_place(part: str) -> bool:
    """A byline part that starts with a known city, state or country ("Berlin-Kreuzberg", "Stockholm")."""
    first = re.split(r"[-\s/]", part.strip(), maxsplit=1)[0].lower()
    return part.strip().lower() in PLACE_NAMES or first in PLACE_NAMES


def byline(line: str) -> list[tuple[str, int, int]] | None:
    """(key, start, end) of each part of a byline ("company", "location", "employment-type"), or None.

    Two to four short parts between " · " or " | ", one of them a place (a comma, or
    remote/hybrid/on-site) or an employment type: "Sales · Marketing" is no byline."""
    if SALARY.search(line):
        return None  # "Full-time | $18 - $22 an hour": the pay line, which the body must keep
    spans = split_parts(line, _BYLINE_SEP)
    parts = [line[s:e] for s, e in spans]
    # A firm's legal form may end its part with a stop: "Ridgeline Electric, Inc. | Tacoma, WA | Full-time" (blind set S73).
    if not 2 <= len(parts) <= 4 or any(not p or len(p.split()) > 8 or (p[-1:] in ".!?:;" and not _LEGAL_FORM_END.search(p)) for p in parts):
        return None
    found: list[tuple[str, int, int]] = []
    for i, ((s, e), part) in enumerate(zip(spans, parts, strict=True)):
        if _BYLINE_TYPE.match(part):
            found.append(("employment-type", s, e))
        elif i == 0 and len(part.split()) >= 2 and part[:1].isupper() and _LEGAL_FORM_END.search(part):
            found.append(("company", s, e))  # "Ridgeline Electric, Inc.": its comma is the firm's, not a place's
        elif (
            _BYLINE_PLACE.search(part) or (i > 0 and _starts_with_a_place(part)) or (i == 0 and part.strip().lower() in PLACE_NAMES)
        ) and not _FIELD.match(part) and any(c.isalpha() for c in part.split(":", 1)[-1]):  # a place has a name: "Labels:  ," none
            # "Berlin-Kreuzberg": a city and its district; a line that opens with its place: Lever's "London / Sales / Full-time"
            # (blind set S42: "London" was the company)
            found.append(("location", s, e))
        elif i == 0 and _POSTED_AGO.match(part):
            continue  # Upwork's "Posted 3 hours ago · Worldwide · Fully remote": the listing's age, no employer (blind set S44)
        elif i == 0 and part[:1].isalpha():  # "13 weeks · Nights (3x12) · Contract": a term, not an employer
            lead = _POSTED_BY.match(part)  # "Posted by: Keystone Staffing Solutions"
            if lead is None and ":" in part:
                continue  # "Reference: NUR-2026-114 · Riyadh, Saudi Arabia": a field, not an employer
            # "Product & Design · Stockholm · Hybrid": a team's name, not the employer's (blind set S16).
            key = "department" if lead is None and _DEPARTMENT.fullmatch(part.strip()) else "company"
            found.append((key, s + (lead.end() if lead else 0), e))
    if not any(key in ("location", "employment-type") for key, _, _ in found):
        # "School of Informatics · University of Northmoor": a unit and its institution (blind set S20).
        if len(parts) == 2 and _ACADEMIC_UNIT.match(parts[0].strip()) and INSTITUTION.search(parts[1]):
            return [("department", *spans[0]), ("company", *spans[1])]
        return None
    return found


_ACADEMIC_UNIT = re.compile(r"(?:School|Department|Faculty|Division|Institute|Centre|Center|College) (?:of|for)\b")
# A university or college by name (the HTML reader's page titles name them too: readers/tree.py).
INSTITUTION = re.compile(r"\b(?:University|College|Institute|Polytechnic)\b")


_EMPLOYER = re.compile(
    r"^(?:(?:the )?(?:city|county|state|town|village|township|borough|commonwealth|department|office|port|district|university|college"
    # A government's letterhead: "GOVERNMENT OF INDIA", "Republic of Kenya", "Province of British Columbia" (blind set S111).
    r"|government|republic|province|kingdom)"
    # UK government: "Department for Energy Security and Net Zero", "Ministry of Defence", "HM Revenue & Customs".
    r" of\b|(?:department|ministry) (?:of|for)\b|hm [a-z]|(?:the )?(?:county|city|state|provincial|national|federal) government of\b|.*\b(?:school district|county|city|university|college|hospital|health system|public schools|authority"
    # The UK's NHS and councils: "Northfield and Vale Teaching Hospitals NHS Foundation Trust", "Leeds City Council".
    r"|nhs (?:foundation )?trust|health board|integrated care board|city council|county council|borough council|district council"
    # Australia's and New Zealand's: "Macquarie Plains Regional Council", "Shire of …"'s "… Shire Council" (blind set S108).
    r"|regional council|shire council|town council|municipal council|parish council)$"
    # "Lower Silesian University of Technology", "Massachusetts Institute of Technology" (blind set S48).
    r"|(?:(?-i:[A-ZÀ-Þ])[\w'’-]*\s+){1,4}(?:university|institute) of [\w ]+$)",
    re.I,
)


# A non-profit's name by its kind, on a vacancy notice's letterhead: "MWANGAZA COMMUNITY HEALTH INITIATIVE" (blind set S77);
# after a name, not a small word ("BUILT ON TRUST", "Join our Society" are no employers).
_EMPLOYER_END = re.compile(
    r"(?<!\bon )(?<!\bof )(?<!\bin )(?<!\bour )(?<!\byour )(?<!\bthe )(?<!\ba )(?<!\bwith )"
    r"\b(?:agency|commission|district|department|services|library|government|board|schools"
    r"|initiative|foundation|trust|society|association|alliance|organi[sz]ation|coalition|federation"
    # A school by its kind: "Our Lady of the Dales Catholic Primary School" (blind set S132); not "our primary school".
    r"|(?:primary|secondary|elementary|middle|high|junior|infant|nursery|grammar|catholic|charter) school)$",
    re.I,
)
# Words of a job title: a line holding one names the job, not the employer ("Water District Engineer").
_ROLE_WORDS = re.compile(
    r"\b(?:manager|engineer|analyst|specialist|officer|assistant|director|technician|clerk|worker|coordinator|"
    r"supervisor|administrator|lead|operator|planner|accountant|nurse|teacher|designer|developer|advisor|"
    r"adviser|associate|representative|inspector|deputy|aide|intern|librarian|attorney|counsel|scientist)s?\b",
    re.I,
)


def is_named_employer(text: str) -> bool:
    """A line that can only name an employer: "City of …", "… NHS Foundation Trust", "… County Council"."""
    stripped = text.strip()
    if len(stripped.split()) > 10 or _ROLE_WORDS.search(stripped):
        return False
    # A firm by its legal form: "TeleAsia Contact Solutions Inc." (blind set S20).
    return _EMPLOYER.match(stripped) is not None or (len(stripped.split()) >= 2 and _LEGAL_FORM_END.search(stripped) is not None)


def is_employer_line(text: str) -> bool:
    """A line naming the employer above the job title ("CITY OF GRANITE BAY", "Sonoma County Water Agency")."""
    stripped = _STATE_AFTER.sub("", text.strip())  # "Linwood County, OR": the county and its state (blind set S20)
    if len(stripped.split()) > 8 or _ROLE_WORDS.search(stripped) or " - " in stripped:
        return False
    return _EMPLOYER.match(stripped) is not None or (
        (_EMPLOYER_END.search(stripped) is not None or _LEGAL_FORM_END.search(stripped) is not None) and len(stripped.split()) >= 2
    ) or "株式会社" in stripped


_STATE_AFTER = re.compile(r",\s*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)$")
# A firm by its legal form at the end of the line: "Solaris Inc.", "Kōwhai Landscapes Ltd", "Nordwerk GmbH".
# In capitals on a letterhead too: "DECCAN PETROCHEMICALS LIMITED" (blind set S38).
_LEGAL_FORM_END = re.compile(
    r"\b(?:Inc|Ltd|Limited|LLC|LLP|PLC|GmbH|Corp|Co|Co\.,? Ltd|K\.K|S\.A|SAS|AG|BV|ApS|INC|LTD|LIMITED|GMBH|CORP|CORPORATION"
    # The Nordic and other European forms: "Norðurfang hf." (Iceland, blind set S48), "Equinor ASA", "Nokia Oyj".
    # (Not AB, NV or KG: Alberta's, Nevada's codes after a town; "Calgary, AB" is a place.)
    r"|hf|ehf|ASA|A/S|Oy|Oyj|SARL|SpA|S\.p\.A|Srl|S\.r\.l|Pty Ltd)\.?$"
)


# A board's line of the employer with its rating, then the reviews and a badge: hh.ru's "Sever Napitki LLC   ★ 4.3
# Verified employer" (blind set S98), Computrabajo's "Andes Contact Partners S.A.S.  ★ 4,2  (318 evaluaciones)
# Empresa verificada", Indeed's "Harbor Grill 4.1★". A rating is a figure beside a star.
_RATING_MARK = re.compile(r"(?<![ \t])[ \t]+(?:[★☆⭐][ \t]*\d(?:[.,]\d)?|\d(?:[.,]\d)?[ \t]*[★☆⭐])(?![\d.,])")
_RATED_REST = re.compile(
    r"(?i)[ \t]*(?:\(?[ \t]*\d[\d,. ]{0,9}[ \t]*[^\W\d_]{2,20}[ \t]*\)?)?[ \t]*"  # "(318 evaluaciones)", "212 reviews"
    r"(?:(?:verified|trusted|top)(?: employer| company)?|empresa verificada|empresa confiable|verifizierter arbeitgeber|"
    r"employeur vérifié)?[ \t]*"
)


def rated_employer(line: str) -> tuple[int, int] | None:
    """The span of the employer's name on a board's line of it with its rating ("Sever Napitki LLC   ★ 4.3   Verified
    employer"), or None. The name is short, names no role and ends no sentence; after the rating, only its reviews and
    a badge: "Great team ★ 5 stars from us!" is no such line."""
    stripped = line.strip()
    if len(stripped) > 160 or (m := _RATING_MARK.search(stripped)) is None or not _RATED_REST.fullmatch(stripped, m.end()):
        return None
    name = stripped[: m.start()]
    if len(name.split()) > 6 or not name[:1].isupper() or name[-1:] in ":;!?" or _ROLE_WORDS.search(name):
        return None
    start = line.index(stripped)
    return start, start + len(name)
