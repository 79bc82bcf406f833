"""The degrees a posting can name, by the common forms and the rarer ones (STR009's reading of them:
:mod:`postlint.builtin.structure.degree`)."""

from __future__ import annotations

import re

# "BS", "BA", "MS" (capitals: "a few ms" is time) are degrees only where a degree is named:
# "BS in Physics", "BS/MS", "a B.S. from…", "MS degree", "BSc Computer Science"; not "MS Excel",
# "MS (Microsoft) 365", "MS/Azure", "the BA and QA teams" or "100 ms or less".
_MS_PRODUCTS = (
    r"Excel|Office|Word|Teams|Project|Access|PowerPoint|Outlook|Azure|SQL|Dynamics|Visio|SharePoint|Windows|Exchange|"
    r"Intune|Power|Forms|Planner|Defender|Entra|Fabric|Edge|DOS|Paint|OneNote|OneDrive|Publisher|Copilot"
)
_DEGREE_ABBREVIATION = (
    r"(?<!\d )(?-i:B\.?S\.?c?|B\.?A\.?|M\.?S\.?c?|MCA|BCA)\b"
    r"(?=\.?\s*(?:degree|in|or|from|required)\b|\.?\s+(?-i:[A-Z][a-z]+)\s+degree\b|\.?\s*(?:\)|,|;|$)|\.?\s*/\s*(?-i:[BM]\.?[AS]|HND|HNC|OND)"
    rf"|\.?\s*\((?!Microsoft)|\.?\s+(?!(?:{_MS_PRODUCTS})\b)(?-i:[A-Z][a-z]+\s+[A-Z][a-z]+))"
)
# Degrees as India, the UK and Commonwealth countries abbreviate them, which are no English
# words: "B.Tech/B.E. in Computer Science", "BEng", "M.Tech", "B.Com", "LLB" (MCA and BCA, also
# other bodies' initials, only where a degree is named, above).
_DEGREE_NAMED = re.compile(r"(?<![\w.])(?:B\.?\s?Tech|M\.?\s?Tech|B\.?\s?Eng|M\.?\s?Eng|B\.\s?E\.|M\.\s?E\.|B\.?\s?Com|M\.?\s?Com|BBA|LLB|LL\.B\.)(?!\w)")
# The fields a Master of … names: "Master of Library Science", "Master of Social Work".
_MASTER_FIELD = (
    r"(?:Science|Arts|Studies|Administration|Education|Engineering|Work|Health|Policy|Laws?|Nursing|Architecture|Planning"
    r"|Accountancy|Accounting|Finance|Management|Technology|Divinity|Music)"
)
# The words that make a degree required, after it: "degree required", "(degree obligatory)" (the calque of Spanish
# "título obligatorio", blind set S117), "degree mandatory", "a degree is essential", "a degree is a must".
_REQUIRED = r"(?:required|obligatory|mandatory|compulsory|essential|a\s+must)\b"
_DEGREE = re.compile(
    r"(?i)\b(?:bachelor'?s?|bachelor’s|master'?s|master’s|ph\.?\s?d|doctorate|mba)\b(?:[^.;\n]{0,40}\bdegree\b)?"
    rf"|\b{_DEGREE_ABBREVIATION}(?:[^.;\n]{{0,40}}\bdegree\b)?|\b(?:university|college) degree\b|\bdegree in\b"
    # Not a measure: "to some degree required", "a high degree essential".
    rf"|(?<!some )(?<!certain )(?<!to a )(?<!high )(?<!great )(?<!large )\bdegree\s+{_REQUIRED}"
    # "Master of Library Science (MLS)", "Master of Social Work": the degree by its name, without "'s"
    # (blind set S68); not a "master electrician" or "Master Data". Capitalised as a degree's name is, or in lower
    # case with its initials or "degree" after: "a master of time management" and "Master of your own schedule" are idioms.
    rf"|(?-i:\b(?:Master\s+of|MASTER\s+OF)\s+(?:[A-Z][\w-]*\s+(?:and\s+|&\s+|AND\s+)?){{0,3}}?)(?i:{_MASTER_FIELD})\b"
    rf"|\bmaster\s+of\s+(?:[\w-]+\s+(?:and\s+|&\s+)?){{0,3}}?(?-i:{_MASTER_FIELD.lower()})\b"
    r"(?=\s*\((?-i:M[A-Z.]{1,6})\)|[^.;\n]{0,30}?\bdegree\b)"
    # The UK's "Degree educated in Quantity Surveying (2:1 or above)" (blind set S29).
    r"|\bdegree[- ]educated\b"
    # An associate degree, the US's two-year degree ("An associate degree or higher is required", blind set S78);
    # "associate" alone is a job title ("Sales Associate").
    r"|\bassociate(?:['’]?s)?\s+degree\b|\bassociate\s+of\s+(?:applied\s+)?(?:arts|science)\b",
    re.M,
)
# Rarer forms, tried only on a block that may hold one (most blocks name no degree at all):
# "A degree from a recognized university", "Graduation with a degree from…" (Canada's public service);
# a law degree by name: "Juris Doctor", "J.D. from an ABA-accredited law school", "JD from…";
# the UK's classes of honours degree: "a 2:1 degree or above", "a first-class honours degree".
_DEGREE_MORE = re.compile(
    # "A degree is essential for this role" (blind set S70): a degree of no level, still required.
    rf"(?i)\ban?\s+degree\s+from\b|\ban?\s+degree\s+(?:is\s+)?{_REQUIRED}|\bjuris\s+doctor(?:ate)?\b|(?<![\w.])(?-i:J\.D\.|JD)(?=\s+(?:from|degree|required|or)\b)"
    r"|(?<![\d:.])(?:2:1|2\.1|2:2|first[- ]class|upper[- ]second(?:[- ]class)?)\s+(?:honours\s+)?degree\b"
    # Ireland's National Framework of Qualifications: "a Level 7 degree", "a Level 8 honours degree" (blind set S19).
    r"|\blevel\s+[6-9]\s+(?:honours\s+|ordinary\s+)?(?:bachelor['’]?s\s+)?degree\b"
    # A degree by its kind: "Technical degree (Computer Science, Applied Mathematics or similar)" (blind set S46),
    # "a relevant degree", "a STEM degree".
    r"|\b(?:technical|engineering|stem|science|relevant|related|academic|tertiary|higher[- ]education)\s+degree\b"
    # The UK's "A good honours degree (2:1 or above) in microbiology", "A good honours degree." (blind set S105),
    # and a bare degree, its field or class in brackets after it: "A degree (any field)"; not "to a degree".
    r"|\bhonou?rs\s+degree\b|(?<!\bto )\ban?\s+degree(?=\s?\((?!of\b)|\.?\s*$)"
)


def find_degree(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The first degree named in ``text[start:end]`` by the common forms, else by the rarer ones."""
    end = len(text) if end is None else end
    part = text[start:end]
    found = _DEGREE.search(text, start, end)
    if found is None and ("egree" in part or "octor" in part or "J" in part):
        found = _DEGREE_MORE.search(text, start, end)
    if found is None and ("Tech" in part or "Eng" in part or "Com" in part or "E." in part or "BBA" in part or "LL" in part):
        found = _DEGREE_NAMED.search(text, start, end)  # "B.Tech/B.E. in Computer Science": tried only where one may be
    return found


def degree_patterns(text: str) -> list[re.Pattern[str]]:
    """The degree patterns worth trying on ``text``: as find_degree, the rarer forms only where one may be."""
    patterns = [_DEGREE]
    if "egree" in text or "octor" in text or "J" in text:
        patterns.append(_DEGREE_MORE)
    if any(k in text for k in ("Tech", "Eng", "Com", "E.", "BBA", "LL")):
        patterns.append(_DEGREE_NAMED)
    return patterns


def degree_starts(text: str) -> list[int]:
    """Where each degree named in ``text`` starts, in order (found at once: a sentence at a time was slow on many)."""
    return sorted({m.start() for p in degree_patterns(text) for m in p.finditer(text)})
