"""STR010: where the work happens, as postings say it: a place ("Portland, OR", "Kraków, Poland",
"four stores across coastal Maine", "our Toronto office"), a `Location:` label, or remote work
with the countries or regions people may live in (no "fully remote" that office days contradict is
STR013, in :mod:`postlint.builtin.structure.remote_claims`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.builtin.structure.content import search_blocks
from postlint.builtin.structure.sources import GOOGLE_JOBPOSTING
from postlint.engine.rule import Context, Rule
from postlint.language.places import (
    BARE_PROVINCE_CODES,
    BARE_STATE_CODES,
    CITIES,
    CITY_NAMES,
    COUNTRIES,
    PROVINCE_CODES,
    PROVINCES,
    REGION_CODES,
    STATE_CODES,
    STATES,
    UK_COUNTIES,
    UK_INWARD,
    UK_OUTWARD,
    WORLD_REGIONS,
    title_place,
)
from postlint.language.prefilter import blocks_with
from postlint.model.diagnostic import Diagnostic
from postlint.model.jsonld import states_location
from postlint.model.posting import Posting

_LOCATION = re.compile(
    r"(?i)\b(?:(?:fully|100\s?%|entirely) remote|remote[- ](?:first|friendly|position|role|job|work(?:ing)?|option|eligible)|"
    r"(?:this|the) (?:role|position|job) is (?:remote|hybrid|on-?site|in-office|based)|work(?:ing)? (?:from home|remotely)|"
    r"hybrid (?:role|position|schedule|work|model|arrangement)|on-?site|in[- ]office|based in|located in|office in|"
    r"anywhere in (?:the )?[A-Z]|\(remote\)|remote \((?:[^()\n]{0,30})\)|remote\s*[-–—:|]\s*(?-i:[A-Z])|remote (?:within|across|from) (?-i:(?:the )?[A-Z])|"
    r"(?-i:hiring\b[^.\n]{0,60}\bin [A-Z][a-z]+)|(?-i:\b(?:in|at|from|for|to) our [A-Z][\w.]+(?: [A-Z][\w.]+)? (?:office|offices|HQ|headquarters|studio|store|shop|branch|clinic|hospital|restaurant|hotel|distribution center|warehouse|plant|site|campus))"
    # "our dairy farm near Leominster", "the shop is just outside Ballymena": a workplace, then the town it is in or by.
    r"|(?-i:\b(?:farm|ranch|vineyard|orchard|nursery|yard|depot|shop|salon|bakery|caf[eé]|restaurant|pub|bar|hotel|clinic|practice|"
    r"surgery|pharmacy|garage|workshop|factory|mill|warehouse|kitchen)s? (?:is |are |located |based )?"
    r"(?:in|near|outside|just outside) (?!(?:[A-Z][a-z]+ )?(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter)\b)[A-Z][a-z]{2,}))"
    # "based at our learning centre on Camp Street, Ballarat", "based at the depot in Ballarat" (blind set S93): any workplace,
    # then the town it is in or whose street it is on.
    # "to join our crew in Esbjerg", "join the kitchen team in Queenstown": the team joined, then the town it works in, whatever
    # its size (blind set S104); not a month, a season or a department ("join our team in Sales").
    # The team's size between may come too: "join the team of seven in Thornbury" (blind set S130).
    r"|(?-i:\bjoin(?:ing)? (?:our|the) (?:[\w'’-]+ ){0,2}(?:team|crew|staff|office|workshop|depot|site|kitchen|store|shop) "
    r"(?:of (?:about |around |over |some )?(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty) )?in "
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Sales|Marketing|Finance|Engineering|Operations|Product|Design"
    r"|Support|Research|Legal|Accounts|Accounting|Procurement|Logistics|Customer|Technology|Data|Security|Development|Production"
    r"|Maintenance|Quality|Human|People|Services?|Compliance|Risk|Treasury|Tax|Audit|Analytics|Infrastructure|Platform|Growth"
    r"|Partnerships|Recruitment|Talent|Communications|Education|Learning|Training|Facilities|Housekeeping|Catering|Retail"
    r"|Manufacturing|Purchasing|Planning|Strategy|Delivery|Content|Editorial|Creative|Software|Nursing|Pharmacy|Surgery"
    r"|Radiology|Cardiology|Oncology|Paediatrics|Pediatrics|Theatres?|Admissions|Our|Their|This|That)\b)[A-Z][a-z]{2,})"
    r"|based at (?:our|the) [^.;:\n]{0,60}?(?:\b(?:in|near)|,) (?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]{2,})"
)
# "four stores across coastal Maine", "clinics throughout Ohio", "a team spread across the US":
# a state or country as the place of work.
# A country only after "across" or "throughout": "services to people in Canada" is not where the job is.
_ACROSS_STATE = re.compile(
    rf"\b(?:in|across|throughout|around)\s+(?:(?:coastal|northern|southern|eastern|western|central|rural|upstate|downstate|greater)\s+)?"
    rf"(?:{STATES})\b(?!\s+(?:law|laws|statute|statutes|code|regulations?|rules?|requirements?)\b)"
    rf"|\b(?:across|throughout)\s+(?:{COUNTRIES}|the\s+(?:US|U\.S\.))(?!\w)"
)
# A district in brackets between the town and its state, county or country: "Leeds (Headingley), West Yorkshire",
# "Berlin (Mitte), Germany" (blind set S123).
_DISTRICT = r"(?: \([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}\))?"
# "Portland, OR", "Reno, NV", "Columbus OH", "Cleveland, Ohio": a US city and state.
# Codes that are also English words (IN, OR, ME, OK, HI) need the comma.
_CITY_STATE = re.compile(
    rf"\b[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}(?:{_DISTRICT},\s?(?:{STATES}|{STATE_CODES}|IN|OR|ME|OK|HI|{PROVINCES}|{WORLD_REGIONS}|{PROVINCE_CODES})"
    rf"|\s(?:{BARE_STATE_CODES}|{BARE_PROVINCE_CODES})"
    # Canada's public service: "Gatineau (Québec)", "Ottawa (Ontario)" (blind set S21).
    rf"|\s\((?:{PROVINCES}|Québec)\))(?![\w-])"
)
# "London, England, United Kingdom", "Berlin, Germany", "Toronto, ON, Canada": a place and its country,
# as job boards print them.
_PLACE_COUNTRY = re.compile(
    rf"\b[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ -][A-ZÀ-ÖØ-Þ][^\W\d_]+){{0,2}}{_DISTRICT},\s(?:[A-Z][\w.]*(?: [A-Z][\w.]*){{0,2}},\s)?(?:{COUNTRIES})\b"
    r"|(?i:\((?:hybrid|on-?site|in[- ]office)\))"
)
# A place named with its country or state, in one pass over the blocks that hold such a name
# (or a workplace word): the look-up skips most blocks before the slower pattern runs.
# Taleo's "Primary Location" as Country-State-City: "United States-Ohio-Columbus", "Canada-Ontario-Toronto",
# "India-Karnataka-Bangalore" (blind set S90). Not countries joined ("Canada-Mexico-United States trade").
_HYPHENED_PLACE = re.compile(
    rf"\b(?:{COUNTRIES})-(?!(?:{COUNTRIES})\b)[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){{0,2}}-(?!(?:{COUNTRIES})\b)[A-Z][^\W\d_]{{2,}}"
)
_NAMED_PLACE = re.compile(f"{_PLACE_COUNTRY.pattern}|{_ACROSS_STATE.pattern}|{_HYPHENED_PLACE.pattern}")
# iCIMS's "Job Locations" as country, state and city codes: "US-TX-Dallas", "CA-ON-Toronto", "AU-NSW-Sydney" (blind
# set S101); another country's only with a large city ("IN-KA-Bangalore"). Case-sensitive, so "us-east-1" is none.
_CODED_PLACE = re.compile(
    rf"\b(?:(?:US|CA|AU)-(?:{REGION_CODES})-[A-Z][a-z]+|[A-Z]{{2}}-[A-Z]{{2,3}}-(?:{CITIES}))\b"
)
# Counties named as where the work is: "across Dallas, Collin and Denton counties", "throughout Orange County".
_COUNTIES = re.compile(
    r"\b(?:in|across|throughout|covering)\s+(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s)*[A-Z][a-z]+(?: [A-Z][a-z]+)?"
    r"(?:,?\s(?:and|or)\s[A-Z][a-z]+(?: [A-Z][a-z]+)?\s(?i:counties)|\sCounty)\b"
)
_NAMED_PLACE_WORDS = tuple(sorted({w.lower() for w in f"{COUNTRIES}|{STATES}".split("|")} | {"hybrid", "site", "office", "the us", "the u.s."}))
# "in Ottawa, Toronto, Waterloo, and Montreal": three or more capitalised names listed
# after "in" are places, unless skills, languages or parts of a business come before
# ("experience in Python, Java and Go", "fluent in English, French and Spanish", "teams in
# Sales, Marketing, and Finance").
_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_PLACE_LIST = re.compile(rf"\bin ({_NAME}, {_NAME},? (?:and |or )?{_NAME})\b")
_NOT_PLACES = re.compile(
    r"(?i)\b(?:experience|experienced|skills?|skilled|proficien\w*|fluen\w*|expert\w*|knowledge|background|degrees?|"
    r"ph\.?d|bachelor\w*|master\w*|mba|diploma|"
    r"languages?|frameworks?|tools?|programming|written|certifi\w*|courses?|training|versed|working|"
    r"teams?|departments?|functions?|roles?|areas?|industries|industry|sectors?|fields?|domains?|projects?|products?|"
    r"disciplines?|majors?|studies|subjects?|markets?|counterparts?|colleagues?|partners?|units?|groups?|divisions?|"
    r"branch(?:es)?|services?)\b[^.;:\n]{0,40}$"
)


# Programming languages and tools, which a list names with "in" as a list of towns is named: "Build demo clients
# in Go, Python and Javascript" (blind set S86), "dashboards in Excel, Tableau and Looker".
_TOOLS = frozenset(
    "go golang python java javascript typescript rust ruby kotlin swift scala elixir erlang haskell clojure dart lua perl "
    "julia matlab fortran cobol pascal delphi groovy solidity zig ocaml react angular vue svelte django flask rails "
    "laravel spring node express terraform kubernetes docker ansible kafka spark airflow snowflake postgres mongo redis "
    "excel word powerpoint outlook figma sketch jira confluence salesforce tableau looker unity unreal blender maya "
    "houdini photoshop illustrator premiere webflow wordpress shopify".split()
)
_LISTED = re.compile(r",|\b(?:and|or)\b")


def _place_list(posting: Posting) -> bool:
    for block in posting.body_blocks():
        for m in _PLACE_LIST.finditer(block.text):
            if any(name.strip().lower() in _TOOLS for name in _LISTED.split(m.group(1))):
                continue  # "in Go, Python and Javascript": languages and tools, no towns
            if not _NOT_PLACES.search(block.text, max(0, m.start() - 60), m.start()):
                return True
    return False


# [^\w\n], not \W: \W runs across newlines, quadratic over mostly blank prose.
_LOCATION_LABEL = re.compile(r"(?im)(?:^[^\w\n]*|[.·|]\s+)(?:location|work location|duty station|where)\s*:")


class LocationPresent(Rule):
    code: str = "STR010"
    name: str = "location-present"
    summary: str = "State where the work happens: a place, or remote with the countries or regions people may live in."
    why: str = (
        "Google requires jobLocation with addressCountry, or TELECOMMUTE with applicantLocationRequirements for fully "
        "remote roles; candidates filter by location before anything else."
    )
    source: str = GOOGLE_JOBPOSTING
    example: str = "# Data Engineer\n\nYou will build our data platform."
    passing: str = "# Data Engineer\n\nThis role is remote within Canada. You will build our data platform."

    notes: str = (
        "A `Location:` field (or front matter's `location`) that says only 'Remote' is remote work with no place, "
        "as the sentence 'This role is remote.' is: it passes when the text names a region, a country or a place. "
        "Three or more names listed after 'in' count as places unless skills or teams come before them or one is a programming "
        "language or tool ('in Go, Python and Javascript'). Taleo's Country-State-City ('United States-Ohio-Columbus') "
        "is a place, as is iCIMS's coded form ('US-TX-Dallas', 'CA-ON-Toronto'), and counties named as where the work is "
        "('across Dallas, Collin and Denton counties', 'throughout Orange County'). A town after the team or crew joined counts "
        "whatever its size ('to join our crew in Esbjerg', 'the team of seven in Thornbury'), not a month or a department ('join our team in Sales'). "
        "A district in brackets after the town keeps it a place ('Leeds (Headingley), West Yorkshire'), as does a large "
        "city in brackets, as Craigslist heads an ad with its area ('(SE Portland)'), though not a time zone's ('Eastern "
        "Time (New York)'). One small town after 'in' ('in Milwaukie') is not known as a place. A currency's "
        "country is not where remote people may live ('paid in US dollars', 'in Singapore dollars')."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        given = [k for k in _LOCATION_KEYS if posting.meta.get(k)]
        # Fields that say only "Remote" are read as the text would read "This role is remote." (blind set S78).
        remote_only = bool(given) and all(isinstance(v := posting.meta[k], str) and _REMOTE_FIELD.fullmatch(v.strip()) for k in given)
        if given and not remote_only:
            return
        if ctx.config.location or posting.find("location") is not None:
            return
        # One search over the posting's text (blocks joined by blank lines, which none of these
        # patterns crosses) instead of one per block.
        text = posting.text
        stated = _LOCATION.search(text)
        # A `Location:` line of the text no reader took as a field, saying only "Remote" (blind set S111).
        labels = [] if given else _labels(posting)
        remote_label = labels[0] if labels and all(_REMOTE_FIELD.fullmatch(value) for _, value in labels) else None
        if remote_only or remote_label:
            if _REGION.search(text) or any(not _REMOTE.fullmatch(m.group(0)) for m in _LOCATION.finditer(text)) or _place_named(posting, labels=False):
                return
            if remote_label:
                at, value = remote_label
                yield self.diagnostic(posting, at, at + len(value), _no_region(value))
                return
            yield self._remote_field(posting, given[0])
            return
        if stated and _REMOTE.fullmatch(stated.group(0)) and not _REGION.search(text) and all(
            _REMOTE.fullmatch(m.group(0)) for m in _LOCATION.finditer(text, stated.end())
        ):
            # "This is a fully remote role." and no country: Google needs applicantLocationRequirements.
            if not _place_named(posting):
                yield self.at_document(
                    posting, f"'{_whole_words(text, stated)}' does not say from which countries or regions people may work: name them (for example 'remote within Canada')."
                )
            return
        if stated and all(_HOW.fullmatch(m.group(0)) for m in _LOCATION.finditer(text)) and not _REGION.search(text):
            # "a hybrid working arrangement" and no place: how the work is done, not where the office is.
            if not _place_named(posting):
                yield self.at_document(
                    posting, f"'{_whole_words(text, stated)}' says how the work is done, not where: name the city and country of the office or site."
                )
            return
        if stated or _place_named(posting):
            return
        yield self.at_document(posting, "No work location: say where the job is (city and country) or that it is remote, and from which countries or regions.")


    def _remote_field(self, posting: Posting, key: str) -> Diagnostic:
        value = posting.meta[key].strip()
        message = _no_region(value)
        span = posting.meta_spans.get(key)
        if span is None:
            return self.at_document(posting, message)
        start = span[0] + posting.source[span[0] : span[1]].find(value)
        return self.diagnostic(posting, start, start + len(value), message)


_LOCATION_KEYS = ("location", "locations", "city", "remote", "job-location", "jobLocation")
# A location field that says only that the work is remote: "Remote", "Remote.", "100% remote", "Work from home".
_REMOTE_FIELD = re.compile(
    r"(?i)(?:(?:fully|100\s?%|entirely|completely)\s+)?remote(?:\s+(?:only|first|position|role|job|work(?:ing)?))?\.?"
    r"|work(?:ing)?\s+from\s+home\.?|wfh|telecommute|telework(?:ing)?"
)


def _no_region(value: str) -> str:
    return f"'{value.rstrip('.!')}' does not say from which countries or regions people may work: name them (for example 'remote within Canada')."


def _labels(posting: Posting) -> list[tuple[int, str]]:
    """(source offset, value) of each `Location:` label's value on its own line ("Location: Remote"); a label whose
    value is on the next line gives an empty one, which names a place as before."""
    found = []
    for m in _LOCATION_LABEL.finditer(posting.prose):
        line_end = posting.prose.find("\n", m.end())
        raw = posting.prose[m.end() : line_end if line_end >= 0 else len(posting.prose)]
        value = raw.strip()
        found.append((m.end() + len(raw) - len(raw.lstrip()), value))
    return found


def _whole_words(text: str, m: re.Match[str]) -> str:
    """The match with its last word whole: 'hybrid working', not 'hybrid work'."""
    return text[m.start() : _WORD_END.match(text, m.end()).end()]  # type: ignore[union-attr]


_WORD_END = re.compile(r"\w*")


def _place_named(posting: Posting, *, labels: bool = True) -> bool:
    """A place the posting names besides remote work: a `Location:` label (unless ``labels`` is false: those
    that say only 'Remote' are asked by the caller), a city and state, a place with its country or state, a
    large city as the place of work, a list of places, or the page's JobPosting JSON-LD (whose jobLocation the
    structured-data rules check)."""
    return bool(
        (posting.title is not None and title_place(posting.title) is not None)  # "Line Cook - Toronto" (blind set S22)
        or (labels and _LOCATION_LABEL.search(posting.prose)) or _CITY_STATE.search(posting.text) or _named_place(posting)
        or _city_place(posting) or _place_list(posting) or states_location(posting) or _POSTCODE.search(posting.text)
        or _IRISH_COUNTY.search(posting.source) or ("📍" in posting.source and _PIN.search(posting.source))
        or _CITY_LINE.search(posting.text) is not None or _CODED_PLACE.search(posting.text) is not None
        or _COUNTIES.search(posting.text) is not None
        or search_blocks(posting, _UK_COUNTY, blocks_with(posting, posting.blocks(), _UK_COUNTY_WORDS)) is not None
    )


# A British town and its county: "Daventry, Northamptonshire NN11", "Bishop's Stortford, Hertfordshire".
# ("Kent, Essex and Surrey" is a list of counties, not a town in one.)
_UK_COUNTY_WORDS = tuple(sorted({county.lower() for county in UK_COUNTIES.split("|")}))
_UK_COUNTY = re.compile(rf"\b(?!(?:{UK_COUNTIES})\b)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}}{_DISTRICT},\s(?:{UK_COUNTIES})\b")


# A line that is a large city and its region, as job boards print it under the title: "London, South
# East England" (Reed, blind set S29).
# Or a street address that opens with the city, as Russia's and its neighbours' do: "Moscow, Nizhnyaya Krasnoselskaya st.,
# 35, bldg. 59" (blind set S98).
_CITY_LINE = re.compile(
    rf"(?m)^[ \t]*+(?:{CITIES}),[ \t]+(?:[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){{0,3}}[ \t]*$"
    r"|[^\W\d][^\n,]{1,60}?(?:\b(?i:st|str|ul|ave|rd|pr|blvd)\.|\b(?i:street|ulitsa|avenue|road|prospekt|boulevard|strasse|straße|ulica|calle|avenida|rua)\b),?[ \t]*\d)"
)


# A social post's location line: "📍 Berlin, Germany (Hybrid)", "📍 bean & bramble, 41 clanbrassil st, dublin 8".
_PIN = re.compile(r"(?m)^[ \t>*-]*📍\ufe0f?[ \t]*\w")


# Ireland's towns by their county: "Drogheda, Co. Louth", "Bantry, County Cork" (the 32 counties of the island).
_IRISH_COUNTY = re.compile(
    r"\b[A-Z][a-z]+,\s+(?:Co\.|County)\s+(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|"
    r"Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|"
    r"Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)\b"
)


# A UK or Canadian postcode ends a street address: "Scunthorpe, North Lincolnshire DN16 2AB", "Toronto, ON M5V 3L9".
_POSTCODE = re.compile(rf"\b(?:{UK_OUTWARD} {UK_INWARD}|[A-Z]\d[A-Z] \d[A-Z]\d)\b")


def _city_place(posting: Posting) -> bool:
    # Only the blocks that name a large city are searched: the pattern tries every city at each word.
    if search_blocks(posting, _CITY_PLACE, blocks_with(posting, posting.blocks(), _CITY_WORDS)) is not None:
        return True
    # "in downtown Walla Walla": downtown names a town, whatever its size (blind set S44).
    return search_blocks(posting, _DOWNTOWN, blocks_with(posting, posting.blocks(), ("downtown",))) is not None


_DOWNTOWN = re.compile(r"\b(?:in|at|near)\s+downtown\s+(?-i:[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\b(?!\s+(?:clients?|customers?|markets?)\b)")


# "at Vancouver International Airport", "on the Wellington waterfront", "in downtown Denver", "a Boston-based team":
# a large city as where the work is. "Toronto clients" or "the London market" name no workplace.
_CITY_PLACE = re.compile(
    rf"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:downtown\s+|central\s+|greater\s+|metro\s+|(?i:(?:north|south)?(?:east|west)|north|south)\s+)?(?:{CITIES})\b"
    # (Not a rulebook named after its city: "Experience in Basel III", "in Basel 3.1"; review.)
    rf"(?!\s+(?:clients?|customers?|markets?|time|style|accounts?|office of|I{{1,3}}|IV|\d|Committee|Accords?|framework|dollars?)\b)"
    # "Bishopston, Bristol", "Box Hill, Melbourne": a district, then its city.
    rf"|\b[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s(?:{CITIES})\b(?!\s+(?:clients?|customers?|markets?|time|style|accounts?)\b)"
    # A Craigslist header's area in brackets: "Moving help - $30/hr (SE Portland)", "(Seattle)" (blind set S120); not a
    # time zone's city ("Eastern Time (New York)").
    rf"|(?<![Tt]ime )(?<![Zz]one )\((?:(?:[NS][EW]?|[EW]|(?i:downtown|central|greater|inner|(?:north|south)?(?:east|west)|north|south))\s)?"
    rf"(?:{CITIES})\)"
    rf"|\b(?:{CITIES})(?:-based\b|\s+(?:area|office|offices|headquarters|HQ|airport|International Airport|waterfront|campus|"
    r"metro area|region|CBD|city centre|city center|downtown|location|site|studio|store|clinic|hospital|restaurant|hotel)\b)"
)
_CITY_WORDS = tuple(sorted(CITY_NAMES))


def _named_place(posting: Posting) -> bool:
    return search_blocks(posting, _NAMED_PLACE, blocks_with(posting, posting.blocks(), _NAMED_PLACE_WORDS)) is not None


# Remote work named without a place: what _LOCATION found, when it is only this.
_REMOTE = re.compile(
    r"(?i)(?:fully|100\s?%|entirely) remote|remote[- ](?:first|friendly|position|role|job|work(?:ing)?|option|eligible)"
    r"|(?:this|the) (?:role|position|job) is remote|work(?:ing)? (?:from home|remotely)|\(remote\)"
)
# Hybrid or on-site work named without a place, or remote work: what _LOCATION found, when it is only this.
_HOW = re.compile(
    rf"{_REMOTE.pattern}|(?i:hybrid (?:role|position|schedule|work|model|arrangement)|on-?site|in[- ]office"
    r"|(?:this|the) (?:role|position|job) is (?:hybrid|on-?site|in-office))"
)
# Whom a business sells to or serves, after a country: "US manufacturers", "UK retailers", "EU customers".
_CUSTOMERS = (
    r"(?i:customers?|clients?|manufacturers?|retailers?|merchants?|brands?|businesses|companies|firms|enterprises|"
    r"SMBs|SMEs|banks|insurers|lenders|hospitals|clinics|schools|universities|farmers|growers|shippers|carriers|"
    r"consumers|shoppers|users|patients|employers|distributors|suppliers|markets?)"
)
# Where remote people may live: a country, region or time zone, or "within/anywhere in" a named place
# ("support from Maria" names no region).
_REGION = re.compile(
    rf"(?:\bU\.S\.|\b(?:{COUNTRIES}|{STATES}|US|EU|EMEA|APAC|LATAM|North America|South America|Europe|Asia|Africa|Oceania|Americas"
    r"|[ECMP][SD]T|UTC|GMT|CET|(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|European|American|Canadian|Australian)"
    r"\s+time(?: ?zones?)?)\b)"
    # Not the customers' or the market's country: "software for mid-sized US manufacturers" (blind set S97).
    rf"(?!\s{{1,3}}(?:[\w-]+\s{{1,3}})?(?:{_CUSTOMERS})\b)"
    # Nor the currency's: "paid in US dollars", "in Singapore dollars" (blind set S121).
    r"(?!\s{1,3}(?i:dollars?|cents?|currency)\b)|\b(?i:anywhere in|within|across|throughout) (?:the )?[A-Z]"
)


RULES: list[Rule] = [LocationPresent.default()]
