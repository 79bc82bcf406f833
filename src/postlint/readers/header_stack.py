"""A job board's header stacked one part a line under the title, as SEEK, Indeed and LinkedIn
pages copy: "Healthscope" / "Melbourne VIC" / "Full time", or "Harbor Grill" / "Portland, ME 04101".
The employer, the place and the employment type are metadata, as the parts of a one-line byline
are (:func:`postlint.readers.bylines.byline`); the pay line stays text, which the pay rules read.
"""

from __future__ import annotations

import re

from postlint.language.job_titles import has_role_word
from postlint.language.places import (
    COUNTRIES,
    PLACE_NAMES,
    PROVINCES,
    REGION_CODES,
    STATES,
    UK_COUNTIES,
    UK_INWARD,
    UK_OUTWARD,
    WORLD_REGIONS,
)
from postlint.readers.bylines import employment_type_line, is_employer_line, is_named_employer, split_parts
from postlint.readers.text_shapes import SALARY

_NAME = r"[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*| of| upon| on){0,3}"
# "Portland, ME 04101", "Melbourne VIC 3000", "Box Hill, Melbourne VIC", "Dublin, County Dublin, Ireland",
# "Hybrid remote in Reno, NV", "Toronto, ON (Hybrid)". On a line of its own a state code needs no comma.
_PLACE_LINE = re.compile(
    rf"(?:(?i:hybrid|remote|hybrid remote|fully remote|temporarily remote) in )?(?:{_NAME},\s?)*{_NAME}"
    rf"(?:,?\s(?:{REGION_CODES})(?:\s\d{{4,5}}(?:-\d{{4}})?)?|,\s(?:{STATES}|{PROVINCES}|{WORLD_REGIONS}|{COUNTRIES})"
    # Canada's public service: "Ottawa (Ontario)", "Gatineau (Québec)"
    rf"|\s\((?:{PROVINCES}|Québec|{STATES})\)"
    # A UK postcode after the town: "Bristol, BS8", "Leeds LS1 4AP" (blind set S86). Its outward part alone needs the comma.
    rf"|,\s{UK_OUTWARD}(?:\s{UK_INWARD})?|\s{UK_OUTWARD}\s{UK_INWARD})"
    r"(?:\s*\((?i:remote|hybrid|on-?site)\))?"
)
# "Worldwide": a freelance board's line for work done from anywhere (Upwork's header, blind set S84).
_WORKPLACE_LINE = re.compile(r"(?i)(?:fully |100% )?remote|hybrid|on-?site|in[- ]office|in person|work from home|(?:remote,? )?worldwide")


def workplace_line(line: str) -> bool:
    """A line that is only where the work is done: "Hybrid", "Remote", "On-site"."""
    return _WORKPLACE_LINE.fullmatch(line.strip()) is not None


# A postal code closing an address: India's PIN ("Bengaluru - 560001"), a US ZIP after its state, a UK or Canadian postcode.
_POSTAL_END = re.compile(
    rf"(?:[A-Za-z)]\s*[-–,]?\s*\d{{3}}\s?\d{{3}}|\b[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?|\b{UK_OUTWARD}\s+{UK_INWARD}|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d)\W*$"
)


def address_field(line: str) -> bool:
    """A letterhead's address under a label: "Corporate Centre: Urja Soudha, Race Course Road, Bengaluru - 560001"
    (blind set S71). Where the employer sits, never the job's title."""
    label, colon, value = line.partition(":")
    if not colon or len(label.split()) > 4 or "," not in value or SALARY.search(value):
        return False
    return _POSTAL_END.search(value.rstrip()[-24:]) is not None  # the tail only: linear on any line


def address_line(line: str) -> bool:
    """A letterhead's address with no label, its parts between commas, closed by a postal code: "Krishi Sankhyiki
    Bhawan, Pusa Road, New Delhi - 110012" (blind set S111). No role, no pay: not a title with its place."""
    text = line.strip()
    if len(text) > 160 or text.count(",") < 2 or SALARY.search(text) or has_role_word(text):
        return False
    return _POSTAL_END.search(text[-24:]) is not None


# Brazil's states by their codes, as its boards write a town: "São Paulo - SP", "Rio de Janeiro - RJ (Barra da Tijuca)".
_BR_STATES = "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
_BR_PLACE = re.compile(
    rf"(?<![\w'’.-])(?P<town>[A-ZÀ-Þ][\w'’.-]*(?: [A-ZÀ-Þ][\w'’.-]*| d[aeo]s?){{0,4}}) [-–] (?-i:(?P<state>{_BR_STATES}))(?: \([^()]{{1,40}}\))?"
)
# Codes North America uses too ("Sales - PA"): the town before them must be a known place.
_BR_SHARED = frozenset(_BR_STATES.split("|")) & frozenset(REGION_CODES.split("|"))


def place_line(line: str) -> bool:
    """A line that is only a place or a workplace: "Reno, NV 89502", "Hybrid", "Auckland"."""
    text = line.strip()
    if len(text) > 80:
        return False
    if _WORKPLACE_LINE.fullmatch(text) or text.lower() in PLACE_NAMES:
        return True
    if br := _BR_PLACE.fullmatch(text):
        # Catho's "São Paulo - SP (Vila Leopoldina)": a town, its state's code and its district (blind set S95).
        return _br_town(br.group("town"), shared=br.group("state") in _BR_SHARED)
    return _PLACE_LINE.fullmatch(text) is not None


def _br_town(town: str, *, shared: bool) -> bool:
    """A town before a Brazilian state's code: a known place; or, after a code no other country uses, a name not all
    of dictionary words nor capitals ("Campinas", not "Sales", "IT Support" or "Team"), naming no role."""
    if town.lower() in PLACE_NAMES:
        return True
    if shared or has_role_word(town) or any(w.isupper() for w in town.split()):
        return False
    from postlint.language.syllables import cmu_stress

    return not all(cmu_stress(w.lower().encode()) is not None for w in town.split())


# A line under the title that names a shift or a team refines the job ("Night Shift" over "Full time").
_NOT_EMPLOYER = re.compile(r"(?i)\b(?:shifts?|nights?|days|weekends?|schedule|department|team|unit|ward|division)\b")


_ASIDE = re.compile(r"\s*\([^()]{1,80}\)$")


def _name_line(line: str) -> bool:
    """A short name, as an employer's line is: "Healthscope", "Brennan & Walsh LLP", "Lone Star
    Hearth Pizza (Tristate Hospitality Group, franchisee)" (an aside in brackets aside)."""
    text = line.strip()
    words = _ASIDE.sub("", text).split()
    return (
        1 <= len(words) <= 6
        and _NOT_EMPLOYER.search(text) is None
        and (text[:1].isupper() or text[:1].isdigit())
        and (text[-1:] not in ".!?:;," or _LEGAL_FORM_DOT.search(text) is not None)
        and SALARY.search(text) is None
        and not employment_type_line(text)
    )


# A firm's legal form ends its name with a full stop: "Brabant Precision Parts B.V." (blind set S80), "Acme Inc.".
_LEGAL_FORM_DOT = re.compile(r"(?:\bB\.V|\bN\.V|\bInc|\bLtd|\bCo|\bCorp|\bS\.A|\bS\.L|\bS\.p\.A|\bPty|\bL\.L\.C|\bA\.G|\bS\.R\.L|\bS\.A\.S)\.$")


# "Kōwhai Gardens & Landscapes Ltd, Christchurch": a firm by its legal suffix, then where it is.
_FIRM_AND_PLACE = re.compile(
    r"(?P<firm>[A-ZÀ-Þ0-9][^,]{0,60}?\b(?:Ltd|Limited|Inc|LLC|LLP|PLC|Pty Ltd|Corp|GmbH|Co)\.?),\s+(?!(?:Ltd|Limited|Inc|LLC|LLP|PLC|Pty|Corp|GmbH|Co)\b)(?P<place>[A-ZÀ-Þ][^,]{0,40}(?:,\s[A-ZÀ-Þ][^,]{0,30})?)"
)


# "Willowbrook House Care Home, Harrogate, North Yorkshire": a workplace by what it is, then its town and
# its county, state or country (the region vouches for the place: "Harbour Hotel, Bar, Restaurant" is none).
_WORKPLACE_AND_PLACE = re.compile(
    r"(?P<firm>[A-ZÀ-Þ][^,]{0,60}?\b(?:Care Home|Nursing Home|Residential Home|Hospital|Hospice|Clinic|Surgery|Medical Cent(?:re|er)"
    r"|Health Cent(?:re|er)|Care Cent(?:re|er)|School|Academy|College|Nursery|Hotel|Restaurant))"
    rf",\s+(?P<place>[A-ZÀ-Þ][^,]{{0,40}},\s(?:{UK_COUNTIES}|{STATES}|{PROVINCES}|{COUNTRIES}))"
)


def _firm_and_place(text: str) -> re.Match[str] | None:
    return _FIRM_AND_PLACE.fullmatch(text) or _WORKPLACE_AND_PLACE.fullmatch(text)


def firm_and_place(text: str) -> bool:
    """A firm by its legal form, or a workplace by what it is, then its place: "Kettleby Transport Ltd.,
    Bolton, Ontario", "Willowbrook House Care Home, Harrogate, North Yorkshire" (blind set S36)."""
    return _firm_and_place(text.strip()) is not None


# An employer and its unit on one line: Canada's public service prints "Department - Sector".
_EMPLOYER_AND_UNIT = re.compile(r"(?P<employer>[A-ZÀ-Þ][^-–—|]{2,60}?)\s+[-–—]\s+(?P<unit>[A-ZÀ-Þ][^-–—|]{2,60})")


def employer_and_unit(text: str) -> re.Match[str] | None:
    """"Fisheries and Oceans Canada - Strategic Policy Sector": an employer (group "employer") and its unit, or None."""
    return _EMPLOYER_AND_UNIT.fullmatch(text)


def stacked_parts(texts: list[str], n: int, *, below_title: bool, skip: list[bool] | None = None) -> list[tuple[str, int, int]]:
    """The metadata parts of line ``n`` in a stacked header as (key, start, end) within the line:
    the line whole (:func:`stacked_part`), or a firm and its place on one line."""
    text = texts[n]
    first = len(text) - len(text.lstrip())
    m = _firm_and_place(text.strip()) if below_title else None
    if m is not None and len(m.group("place").split()) <= 5:
        return [("company", first + m.start("firm"), first + m.end("firm")), ("location", first + m.start("place"), first + m.end("place"))]
    unit = _EMPLOYER_AND_UNIT.fullmatch(text.strip()) if below_title else None
    if unit is not None and (
        (_name_line(unit.group("employer")) and n + 1 < len(texts) and place_line(texts[n + 1])) or is_named_employer(unit.group("employer"))
    ):
        # "Fisheries and Oceans Canada - Strategic Policy Sector" over "Ottawa (Ontario)": the department and its sector;
        # "University of Northmoor - School of Computing and Communications", whatever follows (blind set S30).
        company = ("company", first + unit.start("employer"), first + unit.end("employer"))
        if "," in unit.group("unit") and place_line(unit.group("unit")):
            # "Thuthuka Platinum (Pty) Ltd - Rustenburg, South Africa": the firm and its place (blind set S76).
            return [company, ("location", first + unit.start("unit"), first + unit.end("unit"))]
        return [company]
    key = stacked_part(texts, n, below_title=below_title, skip=skip)
    return [(key, first, len(text.rstrip()))] if key is not None else []


def stacked_part(texts: list[str], n: int, *, below_title: bool, skip: list[bool] | None = None) -> str | None:
    """The metadata key of line ``n`` in a stacked header ("company", "location",
    "employment-type"), or None. ``below_title``: line ``n`` is the title's next line,
    the one place an employer's name stands, and only when a place or type follows it
    (past lines ``skip`` marks, such as a job board's "3.4 out of 5 stars")."""
    text = texts[n]
    if place_line(text):
        return "location"
    if _EXPERIENCE_LINE.fullmatch(text.strip()) and not (n > 0 and _TERM_CONTRACT.search(texts[n - 1])):
        # Naukri's "2 - 5 Years" between the employer and the pay (blind set S85); under "Fixed-term contract"
        # the same span is the contract's length.
        return "experience"
    if employment_type_line(text):
        return "employment-type"
    if below_title and is_employer_line(text):
        return "company"  # "Department of Veterans Affairs" under a USAJOBS title
    if below_title and _name_line(text):
        m = n + 1
        while m < len(texts) and skip is not None and skip[m] and texts[m].strip():
            m += 1
        if m < len(texts) and texts[m].strip() and (place_line(texts[m]) or employment_type_line(texts[m])):
            return "company"
    return None


# Years of experience as a board prints them in its header, a bare span: "2 - 5 Years", "5-8 yrs", "3 Years".
_EXPERIENCE_LINE = re.compile(r"(?i)\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:years?|yrs?\.?)")
_TERM_CONTRACT = re.compile(r"(?i)\b(?:fixed[- ]term|contract|temporary|temp|secondment|interim|duration|term)\b")


_URL_PART = re.compile(r"(?:https?://|www\.)\S+")
_PIPE = re.compile(r"(?<![ \t])[ \t]+\|[ \t]+")  # from a run of blanks' start only: linear on long runs
_WORKPLACE_WORD = re.compile(r"(?i)\b(?:remote|hybrid|on-?site|in[- ]office)\b")


def names_workplace(part: str) -> bool:
    """A part of a header that says where the work is done: "Berlin or Remote", "Hybrid (3 days)"."""
    return _WORKPLACE_WORD.search(part) is not None


def pipe_header(line: str) -> list[tuple[str, int, int]] | None:
    """(key, start, end) of the parts of a Hacker News "Who is hiring" header, or None:
    "Ferrolabs | Senior Rust Engineer | Berlin or Remote | REMOTE | €90k–€120k + equity".

    Three to eight short parts between " | ", one of them naming a role: the title; the
    first other part is the company, then the first place, employment type and pay."""
    spans = split_parts(line, _PIPE)
    parts = [line[s:e] for s, e in spans]
    if not 3 <= len(parts) <= 8 or any(not p.strip() or len(p.split()) > 12 for p in parts):
        return None
    roles = [i for i, p in enumerate(parts) if has_role_word(p) and not SALARY.search(p)]
    if not roles or roles == [0]:
        return None  # "Electrician - Commercial Maintenance | $45 - $55 p/h | Penrith": a title line, kept whole
    role = next(i for i in roles if i > 0)  # "Engineers Inc | Data Engineer |": the company comes first
    found = {"title": spans[role]}
    for i, ((s, e), part) in enumerate(zip(spans, parts, strict=True)):
        if i == role:
            continue
        if _URL_PART.fullmatch(part.strip()):
            key = "apply"  # "… | Full-time | https://ferrouslabs.io/jobs": where to read on and apply
        elif SALARY.search(part):
            key = "salary"
        elif employment_type_line(part):
            key = "employment-type"
        elif "," in part or names_workplace(part) or place_line(part):
            key = "location"
        elif i == 0:
            key = "company"
        else:
            continue
        found.setdefault(key, (s, e))
    if not found.keys() & {"location", "employment-type", "salary"}:
        return None  # "Home | Jobs | Engineer": a breadcrumb trail, not a header
    return [(key, s, e) for key, (s, e) in found.items()]


# A social profile's name and its place under the handle: "Nonna's Lab · Sydney Road, Brunswick VIC".
_NAMED_PLACE = re.compile(rf"{_NAME}(?:,\s?{_NAME}){{0,3}}(?:\s(?:{REGION_CODES}))?")
# A call or a job the role words miss ("Floor Staff", "Kitchen Hand", "Servers wanted"): no profile's name.
_JOB_WORD = re.compile(
    r"(?i)\b(?:hiring|wanted|needed|vacanc(?:y|ies)|jobs?|careers?|positions?|roles?|openings?"
    r"|staff|hands?|servers?|crew|workers?|members?|help|waitstaff|front of house)\b"
)


def profile_name_and_place(line: str) -> list[tuple[str, int, int]] | None:
    """The parts, (key, start, end) within the line, of a social profile's name and place as Instagram shows them
    under the handle, or None: the poster, never the job's title (blind set S98). The name names no role nor a call."""
    text = line.strip()
    if len(text) > 120 or text.count(" · ") != 1:
        return None
    name, _, place = text.partition(" · ")
    first = len(line) - len(line.lstrip())
    if not 1 <= len(name.split()) <= 6 or has_role_word(text) or _JOB_WORD.search(text) or SALARY.search(text):
        return None
    if not name[:1].isupper() or not (place_line(place) or _NAMED_PLACE.fullmatch(place)):
        return None
    at = first + len(name) + 3
    return [("company", first, first + len(name)), ("location", at, at + len(place))]
