"""STR001-STR003: the job title is there, holds only the title, and is short."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from postlint.builtin.structure.company import company_name, employer_in_text
from postlint.builtin.structure.sources import GOOGLE_JOBPOSTING
from postlint.engine.rule import Context, Rule
from postlint.language.job_titles import has_role_word
from postlint.language.places import COUNTRIES, PLACE_NAMES, PROVINCES, REGION_CODES, STATES, WORLD_REGIONS, title_place
from postlint.language.syllables import cmu_stress
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting
from postlint.pay.currencies import CODES


class TitlePresent(Rule):
    code: str = "STR001"
    name: str = "title-present"
    summary: str = "A posting needs a job title."
    why: str = "Google for Jobs requires `title`; candidates and job boards search by it first."
    source: str = GOOGLE_JOBPOSTING
    example: str = "## About the role\n\nYou will build our data platform."
    passing: str = "# Data Engineer\n\n## About the role\n\nYou will build our data platform."
    notes: str = (
        "In plain text the title is the first short line over the text; a recruiter's mail pasted with its header and "
        "no such line takes the job its 'Subject:' names ('Senior Data Analyst role (exclusive)' gives 'Senior Data Analyst')."
    )
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if not posting.title:
            yield self.at_document(
                posting,
                "No job title: start the posting with a `# Title` heading or set `title` in front matter.",
            )


# Pay written with its currency's code after or before it, a range too: "14 000–18 000 PLN", "18k EUR", "PLN 14 000–18 000"
# (blind set S119). Only a figure of two digits or more, or a grouped one, takes a code after it ("Level 3 SAR Technician").
# Groups of digits are bounded, so a long run of them stays linear.
_AMOUNT = r"(?:\d{1,3}(?:[ \u00a0\u202f,.]\d{3}){1,4}(?!\d)|\d{2,9}(?:[.,]\d{1,2})?)(?:\s?[kK]\b)?"
_CODE = r"(?=[A-Z]{3}\b)(?:" + "|".join(CODES) + ")"  # the look-ahead spares trying every code
_CODED_PAY = (
    rf"(?<![\w.,]){_AMOUNT}(?:\s*(?:[-–—]|to)\s*{_AMOUNT})?\s?(?:{_CODE})\b"
    # One digit after a code is no pay without a "k" or a range: "TRY 2 Weeks Paid Trial" (a word in capitals; the session's review).
    rf"|\b(?:{_CODE})\s?(?:\d{{1,3}}(?:[ \u00a0\u202f,.]\d{{3}}){{1,4}}(?!\d)|\d[\d,.]*\d|\d(?=\s?[kK]\b|\s*(?:[-–—]|to)\s*\d))(?:\s?[kK]\b)?(?:\s*(?:[-–—]|to)\s*{_AMOUNT})?"
)
_LOCATION_LABEL = "a location or work arrangement"
_LOCATED = f"The title contains {_LOCATION_LABEL}: keep only the job title and state this elsewhere in the posting."
# After a dash or "in", a team, field or shift rather than a place ("Product Designer - Growth",
# "Research Fellow in Robotics", "Nurse - Night"): business and academic words, and the suffixes
# of fields (-ics, -ology, -ment, -ance, -ions), which place names rarely end in.
_AREA = re.compile(
    r"(?i)\b(?:\w+(?:ics|ology|ography|istry|ment|ance|ence|ity|ism|ship|ions)|growth|enterprise|platform|payments?|"
    r"infrastructure|mobile|backend|back-end|frontend|front-end|sales|data|product|design|engineering|research|support|core|"
    r"identity|search|ads|commerce|strategy|legal|people|talent|recruiting|brand|content|commercial|healthcare|fintech|"
    r"cloud|consumer|creator|trust|safety|risk|billing|web|ios|android|night|nights|day|days|weekend|weekends|evening|"
    r"evenings|marketing|consulting|accounting|banking|nursing|teaching|manufacturing|retail|hospitality|finance|"
    r"tax|audit|payroll|benefits|services|smb|midmarket|mid-market|api|devops|ai|ml|games|gaming|hardware|software)\b"
)
# A call to apply closing the title: "- NOW HIRING!", "| Hiring Now", "(Urgent)", "– Immediate Start".
_CRY_TAIL = re.compile(
    r"(?i)\s*[-–—|(]\s*((?:now hiring|hiring now|we(?:'|’)?re hiring|we are hiring|urgent(?:ly hiring)?|urgently required"
    r"|immediate start|start immediately|immediate join(?:ers?|ing)(?: only)?|apply (?:now|today))[!.]*)\s*\)?\s*$"
)
# A part of the title that names a branch: "Server - Pearl Street Location", "Barista - Harbour Store".
_BRANCH = re.compile(r"\s[-–—|]\s*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?:Location|Branch|Store|Site|Campus|Clinic))\s*$")
_TITLE_PROBLEMS: list[tuple[str, re.Pattern[str]]] = [
    # "Req ID 12345", "Req 26-0418" (blind set S41), "(Req. 4471)" (S63), "#4521", "(RN-20931)"; a reference or vacancy number: "(Ref AWDA/2025/118)", "Vacancy No. 2025-118".
    ("a requisition or job code", re.compile(r"(?i)(?:\b(?:ref(?:erence)?|vacancy)\.?\s*(?:id|no\.?|number|#)?\s*[:#]?\s*(?=[\w/-]*\d)[A-Z0-9][\w/-]*[A-Z0-9]|"
                                             r"\b(?:req\.?|requisition|job)\s*(?:id|no\.?|number|#)?\s*[:#]?\s*[A-Z]*-?(?:\d{3,}|\d{2}-\d{3,})\b|#\s?\d{3,}\b|\b[A-Z]{1,4}-\d{3,}\b|\(\s*\d{4,}\s*\)|\(\s*[A-Z]{1,4}\d{1,4}-\d{3,}\s*\))")),
    # The whole amount: "$500" in "$500 Sign-On Bonus", "$2,850" in "$2,850/week".
    # A figure after a pay label: "Accountant - Salary 150000 - Negotiable".
    ("a pay figure", re.compile(rf"(?=[$£€¥\d]|[A-Z]{{3}})(?:[$£€¥]\s?\d(?:[\d,.]*\d)?(?:\s?[kK]\b)?|\b\d{{2,3}}\s?[kK]\b|{_CODED_PAY}"
                                r"|(?i:(?<=\bsalary\s)|(?<=\bsalary:\s)|(?<=\bctc\s)|(?<=\bctc:\s)|(?<=\bstipend\s)|(?<=\bstipend:\s))\d[\d,.]{2,}\d)")),
    ("a date", re.compile(r"(?i)\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b")),
    # A place after a dash may have a bracketed shift or term after it: "Care Assistant - Leeds (Nights)" (blind set S92).
    (_LOCATION_LABEL, re.compile(r"(?i)(?:[-–—|(,]\s*(?:remote|hybrid|on-?site)\b|\b(?:remote|hybrid|on-?site)\s*[)\]]|\s[-–—|]\s*[A-Z][a-z]+(?:,\s*[A-Z]{2})?\s*$|\s[-–—|]\s*(?-i:[A-Z][a-z]+)(?=\s*\([^()]{1,40}\)\s*$)|\bin\s+(?-i:[A-Z][a-z]+)(?:,\s*[A-Z]{2})?(?=\s*(?:\([^()]{1,40}\)\s*)?$))"
                                 # "… - Cherry Creek North Shopping District, Denver, CO": a part ending in a state or province code.
                                 rf"|\s[-–—|]\s*(?-i:[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*)*),\s*(?-i:{REGION_CODES})\s*$"
                                 # "Forklift Operator (Joliet, IL)"; "Legal Secretary, London, UK": a town and its region or country.
                                 rf"|\(\s*(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*),\s*(?-i:{REGION_CODES}|{COUNTRIES})(?=\s*\))"
                                 rf"|,\s*(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?),\s*(?-i:{COUNTRIES})\s*$"
                                 # "Warehouse Associate - Joliet IL - Weekly Pay": a town and its state's code between dashes (blind set S36).
                                 rf"|\s[-–—|]\s*(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?-i:{REGION_CODES})(?=\s[-–—|]\s)")),
    # How often or how soon it pays, as a board's title sells it: "Weekly Pay", "Same Day Pay" (blind set S36).
    ("the pay's terms", re.compile(r"(?i)\b(?:weekly|daily|same[- ]day|next[- ]day|instant)\s+pay(?:outs?)?\b"
                                   # A piece rate or pay basis: "(Per Drop)", "Commission Only", "(Hourly)" (blind set S127); not after its
                                   # figure ("$0.60 Per Mile" is the pay), nor "Per Diem Nurse", "Hourly Supervisor", "Commission Analyst".
                                   r"|(?<![\d.,]\s)(?<![\d.,][kK]\s)\bper\s+(?:drop|mile|delivery|stop|load|piece|parcel|package|hour|shift|visit)\b"
                                   r"|\bcommission[- ](?:only|based)\b|(?<=[(\-–—|,])\s*hourly(?=\s*(?:\)|$))")),
    ("'!' or '*'", re.compile(r"[!*]")),
]
# A city's name in a firm's ("Washington Post", "Boston Consulting Group"), not a place.
_FIRM_WORD = re.compile(r"\b(?:Post|Times|Group|Bank|Partners|Capital|Health|Energy|Media|Labs|Inc|LLC|Ltd|University|College|Hospital|Airlines|Airways|Foods|Bulls|Giants)\b")
# A known place alone in brackets or with its postal district or code after a dash: "Bar Manager (Dublin)", "Bar Manager
# - Dublin 8", "Sales Executive - Mumbai 400001".
# Its blanks are taken once, from their first: 50,000 blanks took 4 s before.
_PLACE_TAIL = re.compile(r"(?:\s[-–—|]\s*|(?<!\s)\s*\(\s*)([A-Z][a-z]+)(\s+(?:\d{1,2}|\d{5,6}))?\s*\)?\s*$")
# The district's name may be hyphenated or accented: "Client Advisor - Paris Saint-Honoré" (blind set S90).
_CITY_DISTRICT = re.compile(r"\s[-–—|]\s*([A-Z][a-z]+)((?: [A-ZÀ-Þ][^\W\d_]+(?:[-'’][A-Za-zÀ-þ][^\W\d_]*)*){1,2})(?:\s*\([^()]{1,40}\))?\s*$")
# A part between two separators that is a known place alone: "Site Safety Officer - Riyadh - Immediate
# Joining", "Nurse | Dubai | Night Shift" (blind set S74).
_MIDDLE_PLACE = re.compile(r"(?<=\s)[-–—|]\s*([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=\s[-–—|]\s)")
# Places joined by slashes closing the title, in brackets or after a dash: "(Sellwood / Portland)", "- Leeds/Bradford";
# or listed with "or", "and", "&" or commas: "– Warsaw, Kraków or Remote" (blind set S119).
# Or after a sign or emoji, or where a job in capitals ends: "🚧 PROJECT MANAGER 🚧 Auckland / Wellington" (blind set S119).
_PLACE_NAME = r"[A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ]+(?: [A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ]+)?"
_PLACE_JOIN = r"(?:\s*[/&]\s*|,?\s+(?:or|and)\s+|,\s*)"
_SLASHED_PLACES = re.compile(
    rf"(?:\(|\s[-–—|]|[^\w\s\x00-\x7f]\s|(?<=[A-Z]{{2}})\s)\s*({_PLACE_NAME}(?:{_PLACE_JOIN}{_PLACE_NAME})+)\s*\)?\s*$"
)
_TRAILING_PAY = re.compile(
    rf"\s[-–—|]\s*(?:[^-–—|]*[$£€¥]\s?\d[^-–—|]*|[^-–—|\d]{{0,30}}(?:{_CODED_PAY}|[$£€¥]\s?{_AMOUNT}\s*[-–—]\s*[$£€¥]?\s?{_AMOUNT})[^-–—|\d]{{0,30}})$"
)
_SHOUT = re.compile(r"\b[A-Z]{4,}\b")
# In lower case too: Job Bank writes its titles so, "retail salesperson - furniture" (blind set S108).
_ONE_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]{2,}|[a-z]+")
_IN_ONE_WORD = re.compile(r"in\s+([A-Z][a-z]+)")


# A number with no label, glued to the title's end by a hyphen ("Retail Banking-2600417", Taleo's way,
# blind set S72) or standing alone there with six digits or more ("Branch Manager 2600417"); not a
# standard ("ISO 27001"), a model ("Boeing 787") or a range of pay ("600000 - 800000").
_BARE_CODE = re.compile(r"(?:(?<=[A-Za-z][-_])\d{5,}|(?<=\s)\d{6,})(?=\s*(?:$|[|(]|[-–—]\s*[^\d\s]))")

# A number after a known place or a pay label is a postcode or the pay, not a code: India's PIN code in "Sales
# Executive - Mumbai 400001" and "Delivery Associate 560001 (Bangalore)", "Accountant - Salary 150000 - Negotiable".
# The second figure of a range ("600000 - 800000") is no code either.
_POSTCODE_OR_PAY = re.compile(r"(?:\b(?i:salary|pay|ctc|stipend|wage|package)\s*:?|\d\s*(?:-|–|—|to)|(?P<place>[A-Z][a-z]+))\s+$")
_PLACE_AFTER = re.compile(r"\s*\(\s*([A-Z][a-z]+)\s*\)")


def _bare_code(posting: Posting, text: str) -> re.Match[str] | None:
    """An unlabelled number in the title that is a code: by its shape (``_BARE_CODE``), or because the
    posting gives it as its job number ("Req ID: 4471" below "Branch Manager 4471")."""
    if m := _BARE_CODE.search(text):
        before = _POSTCODE_OR_PAY.search(text[max(0, m.start() - 30) : m.start()])
        after = _PLACE_AFTER.match(text, m.end())
        postcode = len(m.group()) <= 6  # India's PIN codes have six digits, a US ZIP code five
        if before is not None and (before.group("place") is None or (postcode and _known_place(before.group("place")))):
            return None
        if postcode and after is not None and _known_place(after.group(1)):
            return None
        return m
    number = posting.meta.get("job-number")
    if not isinstance(number, str) or len(number := number.strip()) < 3 or not any(c.isdigit() for c in number):
        return None
    return re.search(rf"(?<![\w-]){re.escape(number)}(?![\w-])", text)


def _slashed_places(names: str) -> bool:
    """Places joined by slashes ("Sellwood / Portland"): one of them a known place and none a team, field or
    firm ("Python / Django", "Sales / Marketing", "Days / Nights" are not). Listed otherwise ("Warsaw, Kraków
    or Remote"), every one is a known place: "Research and Development", "Bath and Body" are no places."""
    parts = [part.strip() for part in re.split(_PLACE_JOIN, names)]
    if any(has_role_word(part) or _AREA.search(part) or _FIRM_WORD.search(part) for part in parts):
        return False
    known = [_known_place(part) for part in parts]
    return all(known) if re.search(r"[,&]|\s(?:or|and)\s", names) else any(known)


def _known_place(word: str) -> bool:
    """A US state, a country, a large city ("Texas", "Germany", "Berlin") or a way of working ("Remote"):
    a lone word after a dash names where or how the job is only then."""

    return word.lower() in PLACE_NAMES or word.lower() in ("remote", "hybrid", "onsite", "nyc", "sf", "la", "dc", "us", "usa", "uk", "eu", "emea", "apac", "latam")


class TitleClean(Rule):
    code: str = "STR002"
    name: str = "title-clean"
    summary: str = "The title holds only the job title: no codes, salary or pay terms, dates, locations, company name, '!' or shouting."
    why: str = (
        "Google's job-posting guidance: don't include job codes, addresses, dates, salaries or company names in the "
        "title, and use proper capitalization. Those facts belong in their own fields."
    )
    source: str = GOOGLE_JOBPOSTING
    example: str = "# SENIOR ENGINEER - Remote (Req 48213)\n\nText."
    passing: str = "# Senior Engineer\n\nText."
    notes: str = (
        "The company is the one front matter or config names; without them, the one the opening text introduces "
        "('Harbor Grill is a seafood restaurant…') when the title names it after 'at' ('Line Cook at Harbor Grill'). "
        "A name after a dash is as often a team or a product ('Software Developer - Notify') and is left alone, unless "
        "it is a known place, whatever bracket follows it ('Care Assistant - Leeds (Nights)'), or a town the text names as where the work is ('Automation Engineer – Heilbronn' over "
        "'our Heilbronn site', 'Electrician – Wagga Wagga' over 'based in Wagga Wagga', 'Shift Manager - Northampton (Nights)' over 'our distribution centre "
        "… in Northampton'; a name all of dictionary words, "
        "like 'Digital Transformation Office', is taken as a unit, unless the text gives it with its region: 'Forklift Operator – Stoney Creek' over "
        "'a distribution centre in Stoney Creek, Ontario'). A branch ('Barista - Harbour Store') is reported unless the text writes it in lower case, as a kind of workplace ('Storeperson - Cold Store' over 'a busy cold-store'). Places joined by a slash ('(Sellwood / Portland)') count when one is a known place, after a dash, a bracket, an emoji or a job in capitals ('🚧 PROJECT MANAGER 🚧 Auckland / Wellington'). Capitals are judged on the title less its place. Places listed with 'or', 'and' or commas ('– Warsaw, Kraków or Remote') count when every one is a known place or way of working. Pay counts with its sign or its currency's code before or after it ('14 000–18 000 PLN', 'PLN 14 000'), and so do its terms: 'Weekly Pay', a piece rate or basis ('(Per Drop)', 'Commission Only', '(Hourly)'), not a job they name ('Hourly Supervisor', 'Commission Analyst', 'Per Diem Nurse'). A number with no label is a code when glued on by a hyphen ('Retail Banking-2600417'), "
        "when it has six digits or more at the title's end, or when the posting gives it as its job number ('Req ID: 4471'); "
        "not a postcode beside a known place ('Sales Executive - Mumbai 400001', reported as the place), a figure after a "
        "pay label ('Salary 150000', reported as pay) or the second figure of a range."
    )
    allowed_caps: list[str] = Field(default_factory=lambda: ["CTO", "CEO", "CFO", "COO", "CPO", "CISO", "HR", "IT", "UX", "UI", "QA", "SRE", "AI", "ML", "API", "AWS", "GCP", "SAAS", "DEVOPS", "VP", "SVP", "EVP", "GS", "ISSO", "USDS", "TTS"])

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        block = posting.title_block
        if block is None and posting.title_value_start() is None:
            return  # no title, or one in front matter this cannot point at
        text = block.text if block is not None else posting.title or ""
        located = False
        placed: list[tuple[int, int]] = []  # the parts reported as a place
        # A place ends the title but for a pay part after it: "Travel ICU RN – Tucson, AZ – $2,850/week".
        unpaid = text[: m.start()] if (m := _TRAILING_PAY.search(text)) else text
        if cry := _CRY_TAIL.search(unpaid, max(0, len(unpaid) - 60)):
            # "Server - Boulder, CO - NOW HIRING!": the board's call, then the place before it (blind set S19).
            yield self.at_title(posting, cry.start(1), cry.end(1), f"The title contains a call to apply ('{cry.group(1)}'): keep only the job title and say it in the posting.")
            unpaid = unpaid[: cry.start()]
        code: tuple[int, int] | None = None
        for label, pattern in _TITLE_PROBLEMS:
            m = pattern.search(unpaid if label == _LOCATION_LABEL else text)
            if m is None and label == "a requisition or job code":
                m = _bare_code(posting, text)
            if m and label == "a date" and code and code[0] <= m.start() < code[1]:
                continue  # the year in "Ref AWDA/2025/118" is part of the code
            if m:
                s, e = m.start(), m.end()
                if label == "a requisition or job code":
                    code = (s, e)
                while s < e and text[s] in " -–—|(,":
                    s += 1
                if label == _LOCATION_LABEL and (has_role_word(text[s:e]) or _AREA.search(text[s:e])):
                    continue  # "18F - Recruiter", "Designer - Growth", "Lecturer in Economics": not places
                if label == _LOCATION_LABEL and text[s:e].lower() == "in charge":
                    continue  # "Nurse in Charge", "Teacher in Charge (TLR 2b)": a rank, not a place (review)
                if label == _LOCATION_LABEL and _ONE_WORD.fullmatch(text[s:e]) and not _known_place(text[s:e]):
                    continue  # "Software Developer - Notify", "IT Specialist - PERM": a team, product or term; "Engineer - Texas" is a place
                if label == _LOCATION_LABEL and (after_in := _IN_ONE_WORD.fullmatch(text[s:e])) and not _known_place(after_in.group(1)):
                    continue  # "Lecturer in Law", "Fellow in History": a subject; "Engineer in Zurich" is a place (the posting's own town: below)
                if label == _LOCATION_LABEL:
                    located, placed = True, [*placed, (s, e)]
                yield self.at_title(posting, s, e, f"The title contains {label}: keep only the job title and state this elsewhere in the posting.")
        district = _CITY_DISTRICT.search(unpaid) if not located else None
        if district and _known_place(district.group(1)) and not (has_role_word(district.group(0)) or _AREA.search(district.group(0)) or _FIRM_WORD.search(district.group(0))):
            located, placed = True, [(district.start(1), district.end(2))]  # "Security Supervisor - Dubai Marina": a known city and its district
            yield self.at_title(posting, district.start(1), district.end(2), _LOCATED)
        # Only the title's end can hold it: a bounded search, whatever a hostile title's length.
        tail = _PLACE_TAIL.search(unpaid, max(0, len(unpaid) - 80)) if not located else None
        if tail and _known_place(tail.group(1)) and (tail.group(2) or "(" in tail.group(0)):
            located, placed = True, [tail.span()]  # a lone place after a dash is found above; in brackets or with a district number, here
            yield self.at_title(posting, tail.start(1), tail.end(2) if tail.group(2) else tail.end(1), _LOCATED)
        slashed = _SLASHED_PLACES.search(unpaid, max(0, len(unpaid) - 80)) if not located else None
        if slashed and _slashed_places(slashed.group(1)):
            located, placed = True, [slashed.span(1)]  # "Movers needed (Sellwood / Portland)": a neighbourhood and its city, as Craigslist titles them
            yield self.at_title(posting, slashed.start(1), slashed.end(1), _LOCATED)
        middle = next((m for m in _MIDDLE_PLACE.finditer(text) if _known_place(m.group(1))), None) if not located else None
        if middle is not None:
            located, placed = True, [middle.span(1)]
            yield self.at_title(posting, middle.start(1), middle.end(1), _LOCATED)
        branch = _BRANCH.search(unpaid) if not located else None
        if branch and _common_noun(posting.prose, branch.group(1)):
            branch = None  # "Storeperson - Cold Store" over "a busy cold-store": a kind of workplace, not a branch (blind set S95)
        if branch:
            located, placed = True, [branch.span(1)]
            yield self.at_title(posting, branch.start(1), branch.end(1), _LOCATED)
        place = title_place(unpaid) if not located else None
        if place is not None:
            city = place.rsplit(",", 1)[-1].strip()
            at = unpaid.rindex(city)
            located, placed = True, [(at, at + len(city))]  # "Line Cook - Queen St W, Toronto": a street or firm, then a known city (blind set S22)
            yield self.at_title(posting, at, at + len(city), _LOCATED)
        town = _own_town(posting, text) if not located else None
        if town is not None:  # "Electrician, Penrith" where the posting's location is Penrith
            placed = [town]
            yield self.at_title(posting, town[0], town[1], _LOCATED)
        company = company_name(posting, ctx)
        if company and len(company) > 2:
            i = text.lower().find(company.lower())
            if i >= 0:
                yield self.at_title(posting, i, i + len(company), f"The title contains the company name '{company}': name the hiring organization in the body or metadata instead.")
        elif not located and (named := _employer_after_role(posting, text)):
            # "Line Cook at Harbor Grill" where the text opens "Harbor Grill is a seafood restaurant…" (a
            # name the posting declares nowhere else). Not a prefix: "18F - Designer" is a site's way of titling.
            yield self.at_title(posting, *named, f"The title contains the company name '{text[named[0] : named[1]]}': name the hiring organization in the body or metadata instead.")
        allowed = {a.upper() for a in self.allowed_caps}
        # The job's words, less a place reported above: "🚧 PROJECT MANAGER 🚧 Auckland / Wellington" shouts the job.
        chars = list(text)
        for s, e in placed:
            chars[s:e] = " " * (e - s)
        job = "".join(chars)
        letters = [c for c in job if c.isalpha()]
        shouting = [m for m in _SHOUT.finditer(job) if m.group(0) not in allowed]
        if letters and sum(c.isupper() for c in letters) / len(letters) > 0.7 and len(letters) > 6 and shouting:
            yield self.at_title(posting, 0, len(text), "The title is in capitals: write it in title case (Google asks for proper capitalization).")


class TitleLength(Rule):
    code: str = "STR003"
    name: str = "title-length"
    summary: str = "Keep the title short: at most 60 characters (warning) and about 6 words (info)."
    why: str = (
        "Short titles get more clicks and applications (Appcast 2018: 1–3-word titles had about twice the apply rate "
        "of 12+-word titles; Glassdoor: titles over 60 characters were clicked about half as often)."
    )
    source: str = "https://blog.ongig.com/writing-job-descriptions/how-long-should-a-job-title-be"
    example: str = "# Senior Principal Staff Software Engineer for Platform Infrastructure Reliability Team\n\nText."
    passing: str = "# Senior Platform Engineer\n\nText."
    max_chars: int | None = Field(default=None, ge=1, description="defaults to the schema's title max-chars")
    max_words: int | None = Field(default=None, ge=1, description="defaults to the schema's title max-words")

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        block = posting.title_block
        if block is None and posting.title_value_start() is None:
            return  # no title, or one in front matter this cannot point at
        spec = ctx.schema.fields.get("title")
        max_chars = self.max_chars or (spec.max_chars if spec else None) or 60
        max_words = self.max_words or (spec.max_words if spec else None) or 6
        title = block.clean if block is not None else posting.title or ""
        whole = len(block.text) if block is not None else len(title)
        if len(title) > max_chars:
            yield self.at_title(posting, 0, whole, f"The title is {len(title)} characters long; keep it to {max_chars} or fewer so it is not cut off in search results.")
        elif (words := _word_count(title)) > max_words:
            yield self.at_title(posting, 0, whole, f"The title has {words} words; titles of {max_words} words or fewer get more applications.", severity="info")


def _own_town(posting: Posting, title: str) -> tuple[int, int] | None:
    """Where the title names the posting's own town after a separator ("Electrician, Penrith" with
    the location "Penrith, NSW, Australia"), whichever place list knows it or not; or, after a dash,
    a town the text names as where the work is ("Automation Engineer – Heilbronn" over "the team at
    our Heilbronn site", "Shift Supervisor – Querétaro Plant" over "Our Querétaro plant runs…")."""
    location = posting.meta.get("location")
    if isinstance(location, str):
        town = location.split(",")[0].strip()
        if len(town) >= 3 and town in title and town[:1].isupper() and not has_role_word(town):
            m = re.search(rf"(?:[,|(–—-]|\bin)\s*({re.escape(town)})\b", title)
            if m:
                return m.span(1)
    tail = _DASH_TOWN.search(title, max(0, len(title) - 100))
    if tail is None or has_role_word(tail.group("place")) or _AREA.search(tail.group("place")):
        return None
    words = tail.group("town").lower().split()
    # Words of the dictionary name a unit as often ("Policy Advisor – Digital Transformation Office"); one word the
    # text never writes in lower case is a name ("Northampton", which the dictionary holds too: blind set S111).
    common = len(words) > 1 or re.search(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])", posting.prose) is not None
    if not _known_place(tail.group("town")) and common and all(cmu_stress(w.encode()) is not None for w in words):
        # Unless the text gives it with its region, as only a town is: "… in Stoney Creek, (Hamilton,) Ontario" (blind set S126).
        if not re.search(rf"(?<![\w-]){re.escape(tail.group('town'))},\s*(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,\s*)?(?:{_REGIONS})\b", posting.prose):
            return None
    # The town keeps its capital in the text: "the concentrator plant" is a plant area, not a town (blind set S63).
    town = f"(?-i:{re.escape(tail.group('town'))})"
    if re.search(
        rf"\b(?:our|the)\s+{town}\s+(?:{_WORKPLACES})\b|\b(?:based|located)\s+(?:in|at)\s+{town}\b"
        # A workplace in the town: "our chilled distribution centre on Moulton Park in Northampton".
        rf"|\b(?:{_WORKPLACES}|{_MORE_WORKPLACES})\b[^.!?\n]{{0,60}}?\bin\s+{town}\b",
        posting.prose,
        re.IGNORECASE,
    ):
        return tail.span("place")
    return None


# A state, province or country written after a town: "Stoney Creek, Ontario", "Grand Rapids, MI".
_REGIONS = f"{STATES}|{PROVINCES}|{WORLD_REGIONS}|{REGION_CODES}|{COUNTRIES}"
# A workplace a posting names by its town: "our Heilbronn site", "the Querétaro plant".
_WORKPLACES = "site|office|offices|plant|factory|mill|warehouse|depot|branch|store|campus|studio|hub|headquarters|hq|works"
# Workplaces the text places in a town, not named by it: "a distribution centre … in Northampton".
_MORE_WORKPLACES = "cent(?:re|er)|distribution cent(?:re|er)|hospital|clinic|school|shop|restaurant|cafe|hotel|yard|facility|premises"
# A town of one to three words ("Heilbronn", "Wagga Wagga", "Port Macquarie"), and the workplace it names,
# ending the title after a dash, or a shift or term in brackets after it ("– Northampton (Nights)", blind set S111).
_DASH_TOWN = re.compile(
    rf"\s[-–—|]\s*(?P<place>(?P<town>[A-ZÀ-Þ][\w'’-]+(?: (?!(?i:{_WORKPLACES})\b)[A-ZÀ-Þ][\w'’-]+){{0,2}})(?:\s(?i:{_WORKPLACES}))?)"
    r"(?:\s*\([^()]{1,40}\))?\s*$"
)


def _employer_after_role(posting: Posting, title: str) -> tuple[int, int] | None:
    """Where the title names, after the job and "at" ("Line Cook at Harbor Grill", "Designer @ Acme"),
    the employer the opening text introduces. After a dash the same words are as often a team or a
    product ("Software Developer - Notify", whose text opens "Notify is a SaaS platform…")."""
    if " at " not in title and "@" not in title:
        return None  # most titles name no one after the job: the text need not be read
    name = employer_in_text(posting)
    if not name or len(name) < 3:
        return None
    m = re.search(rf"(?:\sat\s+|\s?@\s?)(?:the\s+)?({re.escape(name)})\s*$", title)
    return m.span(1) if m and has_role_word(title[: m.start()]) else None


def _common_noun(prose: str, name: str) -> bool:
    """The text writes ``name`` in lower case, as a common noun: "cold store", "cold-store"."""
    words = name.lower().split()
    return re.search(r"(?<![\w-])" + "[ -]".join(map(re.escape, words)) + r"(?![\w-])", prose) is not None


def _word_count(title: str) -> int:
    """Words of a title: a lone dash or bar between its parts ("18F - Designer") is no word."""
    return sum(1 for w in title.split() if any(ch.isalnum() for ch in w))


RULES: list[Rule] = [TitlePresent.default(), TitleClean.default(), TitleLength.default()]
