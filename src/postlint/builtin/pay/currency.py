"""PAY004: a currency no one can misread; '$' is the US dollar to job boards, so a Canadian,
Australian or New Zealand job's '$' needs its code (from the job's place: jurisdictions, location,
JSON-LD address, the place ending its title line, its prose)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.builtin.pay.disclosure import GOOGLE_SALARY, salary_span
from postlint.builtin.pay.pay_talk import sentence_bounds
from postlint.engine.rule import Context, Rule
from postlint.language.places import (
    AU_STATE_NAMES,
    CA_PROVINCE_NAMES,
    CITY_COUNTRY,
    COUNTRIES,
    LOCAL_DOLLAR,
    LOCAL_DOLLAR_COUNTRIES,
    PROVINCE_CODES,
    PROVINCES,
    REGION_CODES,
    STATE_CODES,
    STATES,
    WORLD_REGIONS,
    title_place,
)
from postlint.language.prefilter import blocks_with
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting
from postlint.pay.jurisdictions import applicable
from postlint.pay.salary import Salary, find_salaries_in, first_statement


class PayCurrency(Rule):
    code: str = "PAY004"
    name: str = "pay-currency"
    summary: str = "Make the currency unambiguous (an ISO code like USD or CAD, or an unambiguous symbol)."
    why: str = "schema.org salaryCurrency is an ISO 4217 code; '$' is read as US dollars, which is wrong for Canadian or Australian roles."
    source: str = GOOGLE_SALARY
    example: str = "# Data Engineer\n\nSalary: 90,000 - 110,000 per year"
    passing: str = "# Data Engineer\n\nSalary: USD 90,000 - 110,000 per year"
    notes: str = (
        "A '$' figure is reported where the job is in a country whose dollar is not the US one (its jurisdictions, "
        "location, JSON-LD address, the place ending its title line or its prose), unless the posting says USD; and a band in '$' on a line that names such a "
        "country or province ('- Canada: $160,000 – $195,000 per year'). The prose places the job by a town and its "
        "region or country ('Christchurch, Canterbury') or a large city with the team, office or business in it "
        "('a rural supply business in Christchurch', its street between too: 'a cafe on Cuba Street in Wellington'); "
        "clients or a meetup there do not. A location's postcode after its state's code says the country by its shape "
        "('Geelong West, VIC 3218' and 'Bunbury, WA 6230' are Australian, 'Seattle, WA 98101' is not). The main salary "
        "stated twice the same way below the title (a board's header line, then the pay section) is reported where the "
        "text first states it."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        salary = posting.salary
        if salary is None:
            return
        start = salary_span(posting, salary)[0]
        # Reported where the text first states the same figure (blind set S127); read at the main salary.
        first = first_statement(posting, salary)
        at = salary_span(posting, first)
        if salary.currency is None:
            yield self.diagnostic(posting, *at, f"'{first.raw}' has no currency: add a symbol or code such as USD, EUR or CAD.")
        elif salary.currency_inferred and salary.currency == "USD" and not _SAYS_US_DOLLARS.search(posting.text) and not _us_line(posting, start):
            # Where the job is, or else a dollar country its own line names ("… for US and Canadian hires", blind set S40).
            local = _local_dollar(posting, ctx) or _line_dollar(posting, start)
            if local is not None:
                code, country = local
                yield self.diagnostic(posting, *at, f"'{first.raw}' uses '$', which job boards and search engines read as US dollars: write {code} for pay in {country}.")
        yield from self._regional_bands(posting, salary, first)

    def _regional_bands(self, posting: Posting, salary: Salary, first: Salary) -> Iterator[Diagnostic]:
        """A band for another country in '$' ("- Canada: $160,000 – $195,000 per year" beside a US range):
        its line names the country, and the '$' reads as US dollars there too (blind set S19)."""
        if "$" not in posting.text or not _NON_US_HINT.search(posting.text):
            return
        for block in blocks_with(posting, list(posting.body_blocks()), ("$",)):
            place = _BAND_PLACE.search(block.text)
            if place is None or _SAYS_US_DOLLARS.search(block.text):
                continue
            code, country = _BAND_DOLLAR[place.group(0)]
            found = find_salaries_in(posting, block)
            # The place's sentence states its band in its own code ("For Canada, … CAD 265,000"): a '$' band outside
            # that sentence is not the place's (blind set S129).
            left, right = (block.at(i) for i in sentence_bounds(block.text, place.start(), place.end()))
            coded = any(left <= s.start < right and s.currency == code and not s.currency_inferred for s in found)
            for other in found:
                if coded and not left <= other.start < right:
                    continue
                if other.start not in (salary.start, first.start) and other.currency_inferred and other.currency == "USD":
                    yield self.diagnostic(
                        posting, other.start, max(other.end, other.start + 1),
                        f"'{other.raw}' uses '$', which job boards and search engines read as US dollars: write {code} for pay in {country}.",
                    )


def _us_line(posting: Posting, offset: int) -> bool:
    """The pay's own line names the United States and no other dollar's country ("- United States: $150,000 –
    $175,000 per year"): its '$' is the US dollar ("… for US and Canadian hires" is still ambiguous)."""
    line = posting.line_text(posting.locate(offset)[0])
    return _US_NAMED.search(line) is not None and not _BAND_PLACE.search(line) and not _OTHER_DOLLAR_NAMED.search(line)


def _line_dollar(posting: Posting, offset: int) -> tuple[str, str] | None:
    """(code, country) of a country whose '$' is not the US one that the pay's own line names."""
    line = posting.line_text(posting.locate(offset)[0])
    # A band's label ("- Canada: $160,000 – $195,000"), or the people it pays ("for US and Canadian hires"); not a
    # market named in a sentence ("clients in Hong Kong and Tokyo").
    if (place := _BAND_PLACE.search(line)) is not None and re.match(r"\s*[:–—-]", line[place.end() :]):
        return _BAND_DOLLAR[place.group(0)]
    adjective = _HIRES.search(line)
    return _ADJECTIVE_DOLLAR.get(adjective.group(1)) if adjective is not None else None


# "United States:", "U.S.:", "USA"; "US" alone but not after another word in capitals ("JOIN US").
_US_NAMED = re.compile(r"\b(?:United States|USA|U\.S\.(?:A\.)?(?!\w)|(?<![A-Z] )US\b)")
# The people of a country whose '$' is not the US one, by its adjective: "… for US and Canadian hires".
_ADJECTIVE_DOLLAR = {"Canadian": LOCAL_DOLLAR["CA"], "Australian": LOCAL_DOLLAR["AU"], "New Zealand": LOCAL_DOLLAR["NZ"]}
_ADJECTIVES = "|".join(_ADJECTIVE_DOLLAR)
_OTHER_DOLLAR_NAMED = re.compile(rf"\b(?:{_ADJECTIVES}|Singaporean|Hong Kong)\b")
_HIRES = re.compile(rf"\b({_ADJECTIVES})\s+(?:hires|employees|staff|candidates|applicants|residents|workers|team members)\b")
# A posting that names its dollars as US ones ("Base salary (USD per year)"): '$' is the US dollar
# wherever it hires (blind set S15: a remote role open in the US, Canada and the UK).
_SAYS_US_DOLLARS = re.compile(r"\bUSD\b|\bUS\$|\bU\.?S\.? dollars?\b")


def _local_dollar(posting: Posting, ctx: Context) -> tuple[str, str] | None:
    """(code, country) of the local dollar when the posting's jurisdictions ("CA-ON"), its
    location ("Hamilton, ON, Canada") or its JSON-LD's address (addressCountry "CA", or with no
    country a region "BC") name a country whose '$' is not the US dollar."""
    from postlint.model.jsonld import each_posting
    from postlint.structured_data import jobposting as jp
    from postlint.structured_data.emit import country_code, location_country, region_country

    # A jurisdiction names its country first ("CA-ON"); Canada's and Australia's are the dollar ones it may name.
    countries = [c for c in (code.split("-")[0] for code in applicable(posting, ctx)) if c in ("CA", "AU")]
    location = posting.meta.get("location")
    if isinstance(location, str) and (country := location_country(location)) is not None:
        countries.append(country)  # a location of no known country leaves the prose to say (blind set S43: "Perth WA")
    addresses = [a for _, obj in each_posting(posting) for _, _, place in jp.places(obj) if (a := jp.address(place))]
    for address in addresses:
        country, region = address.get("addressCountry"), address.get("addressRegion")
        if isinstance(country, dict):
            country = country.get("name")
        if isinstance(country, str) and country.strip():
            countries.append(country_code(country))
        elif isinstance(region, str):
            countries.append(region_country(region))  # no country, but a province ("BC") names one
    if not countries:
        countries = _prose_countries(posting)
    return next((LOCAL_DOLLAR[c] for c in countries if c in LOCAL_DOLLAR), None)


def _prose_countries(posting: Posting) -> list[str]:
    """The one country the posting's text places the job in ("This job is in Toronto, Ontario, Canada"),
    or nothing when it names places in more than one, or in the US."""
    from postlint.language.names import unaccented
    from postlint.structured_data.emit import country_code, location_country

    # A title line's place ("Line cook - Queen St W, Toronto"), or its last piece alone (blind set S22).
    place = title_place(posting.title) if posting.title else None
    titled = {location_country(place) or location_country(place.split(",")[-1])} if place else set()
    if not titled - {None} and not _NON_US_HINT.search(posting.text):
        return []  # most postings: no country whose dollar is not the US one
    found = set(titled)
    for b in posting.blocks():
        if b.kind == "label":
            continue
        # Headings too: a board's address line under the title reads as one (blind set S28).
        if "," in b.text or "(" in b.text or _AU_STATE.search(b.text):
            found.update(
                location_country(m.group(0))
                for m in _PLACE_IN_PROSE.finditer(b.text)
                # A list of countries ("Our team comes from Canada, Australia and the UK") places no job (blind set S43).
                if "," not in m.group(0) or m.group(0).split(",")[0].strip() not in _COUNTRY_NAMES
            )
        if _DOLLAR_CITY.search(b.text):
            found.update(
                location_country(m.group("city") or m.group("city2")) for m in _CITY_OF_WORK.finditer(b.text)
                if not _SOMEONE_ELSES.search(b.text, max(0, m.start() - 30), m.start())
            )
            found.update(location_country(m.group("city") or m.group("city2")) for m in _CITY_WORKPLACE.finditer(b.text))
        # "open to New Zealand citizens only", "citizens or permanent residents of Australia" (blind set S46).
        found.update(
            country_code(unaccented(m.group("a") or m.group("b"))) for m in _CITIZENS_OF.finditer(b.text)
            if not _EXCLUDED_BEFORE.search(b.text, max(0, m.start() - 40), m.start())
        )
    found.discard(None)
    return list(found) if len(found) == 1 else []


# Large cities whose country's dollar is not the US one, named alone.
_DOLLAR_CITIES = "|".join(city for city, code in CITY_COUNTRY.items() if code in LOCAL_DOLLAR)
# The states whose code Australians write after a city without a comma ("Melbourne VIC"); WA, SA
# and NT are also other words and codes.
_AU_STATE_CODES = "NSW|VIC|QLD|TAS"
# "Toronto, Ontario, Canada", "Hamilton, ON", "Sydney, Australia", "Nuevo León, Mexico", "Kowloon, Hong Kong",
# "Denver, CO": a city, then its region or country. Another country's region too ("Christchurch, Canterbury",
# blind set S90): location_country says whose it is, or nothing ("Pune, Maharashtra").
_PLACE_IN_PROSE = re.compile(
    rf"\b[A-ZÀ-Þ][a-zß-ÿ]+(?: [A-ZÀ-Þ][a-zß-ÿ]+)?,\s(?:(?:{PROVINCES}|{STATES})(?:,\s(?:Canada|Australia|United States|USA))?|"
    rf"(?:{WORLD_REGIONS})(?:,\s(?:{COUNTRIES}))?(?![\w-])|"
    rf"{LOCAL_DOLLAR_COUNTRIES}|United States|USA|(?-i:{REGION_CODES})\b)"
    # An Australian city and its state's code, as Australians write it: "Melbourne VIC", "Brunswick, Melbourne VIC".
    rf"|\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:{_AU_STATE_CODES})\b"
    # Canada's public service: "Gatineau (Québec)" (blind set S21).
    rf"|\b[A-ZÀ-Þ][a-zß-ÿ]+ \((?:{PROVINCES}|Québec)\)"
    # An address's city-state and its postcode: "Tampines Industrial Avenue 5, Singapore 528757" (blind set S28).
    r"|(?<=, )Singapore(?= \d{6}\b)"

)
# A large city alone where the work is: "Join our team in Toronto." (blind set S38), "a rural supply business in
# Christchurch" (blind set S90); not "in Vancouver, WA", nor a meetup or clients "in Toronto" (blind set S39 re-score).
# A pattern of its own: lookbehinds opening an alternative of _PLACE_IN_PROSE made the engine try them at every character.
_CITY_OF_WORK = re.compile(
    r"\b(?:team|based|located|office|offices|work|working|job|role|position|headquartered|hiring|join\s+us"
    r"|business|company|firm|store|stores|shop|branch|clinic|practice|agency|studio|restaurant|caf[eé]|hotel|site|plant"
    r"|warehouse|depot|factory|workshop)\s+"
    # Its street between: "our little cafe on Cuba Street in Wellington" (blind set S104), "the office at Lambton Quay in …".
    # "Our office is in Sydney." (blind set S121).
    r"(?:(?:is|are)\s+)?(?:(?:on|at|off)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3},?\s+)?in\s+"
    rf"(?:(?P<city>{_DOLLAR_CITIES})\b(?!,?\s+(?:{STATES}|{STATE_CODES}|IN|OR|ME|OK|HI)\b)"
    # Or its suburb first, as Australians write it: "our cafe in Collingwood, Melbourne" (blind set S117); not a
    # list of cities ("in Seattle, Vancouver and Toronto"), whose first may be another country's.
    rf"|[A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?,[ \t](?P<city2>{_DOLLAR_CITIES})\b(?![ \t]*(?:[,/&]|and\b|or\b)))"
)

# The city's own workplace, or a location label: "Sydney city office · Reports to …", "You will work in our Sydney
# office", "Location: Sydney" (blind set S121); not "Partner with our Sydney office" (no place of work before it).
_WORKPLACES = r"(?:office|offices|headquarters|HQ|studio|branch|clinic|store|site|depot|warehouse|plant|factory)"
_CITY_WORKPLACE = re.compile(
    rf"(?:^[ \t]*|\b(?:in|at|from|out\s+of)\s+(?:our|the)\s+)(?P<city>{_DOLLAR_CITIES})\s+(?:city\s+|CBD\s+|head\s+)?{_WORKPLACES}\b"
    rf"|^[ \t]*(?i:(?:work\s+|job\s+|office\s+)?location|place\s+of\s+work|based\s+in)[ \t]*:[ \t]*(?P<city2>{_DOLLAR_CITIES})\b"
    rf"(?!,?\s+(?:{STATES}|{STATE_CODES}|IN|OR|ME|OK|HI)\b)",
    re.M,
)

# A client's business, not the employer's: "every business in Vancouver", "each client's store in Toronto",
# "Our biggest customer is a company in Sydney" (review).
_SOMEONE_ELSES = re.compile(r"(?i)\b(?:every|any|each|all|clients?|customers?|client['’]s|customer['’]s|partners?|suppliers?|vendors?)\b[\w'’ ]{0,24}$")


_AU_STATE = re.compile(rf" (?:{_AU_STATE_CODES})\b")
_COUNTRY_NAMES = frozenset(COUNTRIES.split("|"))
# Whose citizens or residents may apply: the country the job is in; not whom it turns away ("we are not
# able to hire residents of Canada", "except citizens of Australia").
_EXCLUDED_BEFORE = re.compile(r"(?i)\b(?:not|no|cannot|can['’]t|unable|except|excluding|outside)\b[^.;!?]*$")
_CITIZENS_OF = re.compile(
    rf"\b(?P<a>{LOCAL_DOLLAR_COUNTRIES}) (?:citizens?|residents?|citizenship|permanent residen(?:ts?|cy)|work rights)\b"
    rf"|\b(?:citizens?|residents?|citizenship|permanent residen(?:ts?|cy)) (?:or permanent residents? )?(?:of|in) (?P<b>{LOCAL_DOLLAR_COUNTRIES})\b"
)
_DOLLAR_CITY = re.compile(rf"\b(?:{_DOLLAR_CITIES})\b")
# A country or province whose '$' is its own dollar, named on a pay band's line.
_BAND_DOLLAR = {
    **{name: LOCAL_DOLLAR[code] for code, (_, name) in LOCAL_DOLLAR.items()},
    **{name: LOCAL_DOLLAR["CA"] for name in CA_PROVINCE_NAMES},
    **{name: LOCAL_DOLLAR["AU"] for name in AU_STATE_NAMES},
}
_BAND_PLACE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _BAND_DOLLAR), key=lambda n: (-len(n), n))) + r")\b")
# A place whose dollar is not the US one, by name or by code: a cheap test before the prose is read.
_NON_US_HINT = re.compile(rf"{LOCAL_DOLLAR_COUNTRIES}|{PROVINCES}|, (?:{PROVINCE_CODES}|{WORLD_REGIONS})\b| (?:{_AU_STATE_CODES})\b|{_DOLLAR_CITIES}")


RULES: list[Rule] = [PayCurrency.default()]
