"""Build a schema.org JobPosting for a posting (``postlint jsonld``).

The title and the HTML description come from the posting, ``baseSalary`` from
its parsed pay; the rest comes from front matter, then config
(``hiring-organization``, ``location``, ``employment-type``, ``date-posted``,
``valid-through``). Nothing is guessed: what is missing is listed instead.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from postlint.language.declaration import find_declaration
from postlint.language.job_titles import normalise_title
from postlint.language.places import (
    AU_STATE_CODES,
    AU_STATE_NAMES,
    CA_PROVINCE_CODES,
    CA_PROVINCE_NAMES,
    CITY_COUNTRY,
    LOCAL_DOLLAR,
    US_STATE_CODES,
    WORLD_REGIONS,
)
from postlint.model.posting import Posting
from postlint.structured_data import jobposting as jp

# A ``postlint.engine.config.Config`` (or anything with its attributes): the
# facts are read by name, so this layer does not import the engine above it.
Config = Any

# Front matter spellings of each fact (kebab, snake and schema.org camel case).
_KEYS = {
    "hiring-organization": (
        "hiring-organization",
        "hiring_organization",
        "hiringOrganization",
        "company",
        "organization",
    ),
    "location": ("location", "job-location", "jobLocation"),
    "employment-type": ("employment-type", "employment_type", "employmentType"),
    "date-posted": ("date-posted", "date_posted", "datePosted", "date"),
    "valid-through": ("valid-through", "valid_through", "validThrough", "closing-date", "expires"),
}
_HOW = {
    "title": "start the posting with a `# Title` heading or set `title` in front matter",
    "description": "the posting has no body text",
    "datePosted": "set `date-posted: YYYY-MM-DD` in front matter or `date-posted` in [tool.postlint]",
    "hiringOrganization": "set `hiring-organization` in front matter or [tool.postlint]",
    "jobLocation": 'set `location: "City, Region, CC"` (or "Remote, CC") in front matter or [tool.postlint]',
}
_COUNTRIES = {
    "usa": "US",
    "us": "US",
    "united states": "US",
    "united states of america": "US",
    "uk": "GB",
    "united kingdom": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "canada": "CA",
    "germany": "DE",
    "france": "FR",
    "netherlands": "NL",
    "ireland": "IE",
    "spain": "ES",
    "italy": "IT",
    "australia": "AU",
    "india": "IN",
    "new zealand": "NZ",
    "singapore": "SG",
    "sweden": "SE",
    "poland": "PL",
    "portugal": "PT",
    "mexico": "MX",
    "brazil": "BR",
    "japan": "JP",
    "switzerland": "CH",
    # More of the countries places.COUNTRIES names (blind set S9: the Gulf's had no code).
    "united arab emirates": "AE", "uae": "AE", "saudi arabia": "SA", "qatar": "QA", "kuwait": "KW", "bahrain": "BH",
    "oman": "OM", "egypt": "EG", "nigeria": "NG", "kenya": "KE", "south africa": "ZA", "morocco": "MA",
    "pakistan": "PK", "bangladesh": "BD", "sri lanka": "LK", "malaysia": "MY", "indonesia": "ID", "philippines": "PH",
    "vietnam": "VN", "thailand": "TH", "china": "CN", "hong kong": "HK", "taiwan": "TW", "south korea": "KR",
    "korea": "KR", "israel": "IL", "turkey": "TR", "ukraine": "UA", "denmark": "DK", "norway": "NO", "finland": "FI",
    "iceland": "IS", "belgium": "BE", "luxembourg": "LU", "austria": "AT", "czechia": "CZ", "czech republic": "CZ",
    "slovakia": "SK", "hungary": "HU", "romania": "RO", "bulgaria": "BG", "greece": "GR", "croatia": "HR",
    "slovenia": "SI", "serbia": "RS", "estonia": "EE", "latvia": "LV", "lithuania": "LT", "argentina": "AR",
    "chile": "CL", "colombia": "CO", "peru": "PE",
}
_WORKPLACES = frozenset(("hybrid", "on-site", "onsite", "on site", "in-office", "in office"))


@dataclass
class Emitted:
    """The document, the required properties it lacks (with how to add them), and advice."""

    posting: jp.JobPosting
    missing: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def document(self) -> dict[str, Any]:
        return self.posting.document()


def _fact(posting: Posting, config: Config | None, key: str) -> str | None:
    for name in _KEYS[key]:
        value = posting.meta.get(name)
        if isinstance(value, dict) and key == "hiring-organization":
            value = value.get("name")
        if value not in (None, ""):
            return str(value).strip()
    if config is not None:
        value = getattr(config, key.replace("-", "_"), None)
        if value:
            return str(value).strip()
    return None


def _country(text: str, *, after_region: bool = False) -> str | None:
    """The ISO code a location part names. A two-letter code that is also a US state is a
    country only after a region ("Mississauga, ON, CA": Canada, not California); a province
    code is no country."""
    text = text.strip()
    if re.fullmatch(r"[A-Z]{2}", text) and (after_region or text not in US_STATE_CODES) and text not in CA_PROVINCE_CODES:
        return text
    return _COUNTRIES.get(text.lower())


def country_code(text: str) -> str | None:
    """The ISO code of a country as schema.org's addressCountry gives it: a code ("CA") or a name."""
    return _country(text, after_region=True)


def region_country(region: str) -> str | None:
    """The country whose state or province ``region`` is, by code or name: "CO" the US, "ON" or
    "Ontario" Canada, "QLD" or "Queensland" Australia ("Victoria" and "Washington" are cities too: codes only)."""
    region = region.strip()
    if region in US_STATE_CODES:
        return "US"
    if region in CA_PROVINCE_CODES or region in _CA_PROVINCE_NAMES:
        return "CA"
    return "AU" if region in AU_STATE_CODES or region in _AU_STATE_NAMES else None


_CA_PROVINCE_NAMES = frozenset(CA_PROVINCE_NAMES)
WORLD_REGION_NAMES = frozenset(WORLD_REGIONS.split("|"))
# Australia's state codes with the three that are also other countries' (WA, SA, NT): after an Australian city.
_AU_STATE_CODES_ALL = frozenset(AU_STATE_CODES | {"WA", "SA", "NT"})
_VICTORIAN_CITIES = frozenset({"Melbourne", "Geelong", "Ballarat", "Bendigo", "Shepparton", "Mildura", "Warrnambool", "Clayton", "Parkville"})
# New Zealand's regions, after a town no list holds ("Morrinsville, Waikato", blind set S67); a town first, so
# "Canterbury, Kent" and "Marlborough, Wiltshire" stay English.
_NZ_REGIONS = frozenset({"Waikato", "Otago", "Bay of Plenty", "Hawke's Bay", "Hawke’s Bay", "Taranaki", "Manawatu-Whanganui",
                         "Manawatū-Whanganui", "Southland", "Marlborough", "Canterbury", "Northland", "Gisborne", "Tasman",
                         "Auckland Region", "Wellington Region"})
# Victoria is a city too (in British Columbia), and the territories are written out rarely.
_AU_STATE_NAMES = frozenset(AU_STATE_NAMES) - {"Victoria", "Northern Territory", "Australian Capital Territory"}


def location_country(location: str) -> str | None:
    """The country of a "City, Region, Country" location, as :func:`place` reads it."""
    parts = _parts(location)
    if parts and parts[0].lower() in ("remote", "fully remote", "100% remote", "anywhere"):
        countries = [c for c in (_country(p) for p in parts[1:]) if c]
        return countries[0] if len(countries) == 1 else None
    parts, _, by_postcode = _postcode(parts)
    return by_postcode or _address(parts)[1]


# A postcode after the state's or province's code, in its country's shape: Australia's four digits ("Geelong West,
# VIC 3218", "Perth WA 6000", blind set S109), a US ZIP ("Austin, TX 78701"), a Canadian code ("Toronto, ON M5V 2T6").
_POSTCODE = re.compile(r"\d{4}|\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d")


def _postcode(parts: list[str]) -> tuple[list[str], str | None, str | None]:
    """(parts without the postcode ending the last, the postcode, the country its shape and its region's code say)."""
    words = parts[-1].split() if parts else []
    # The last word, or the last two for Canada's "M5V 2T6"; the region's code before it.
    size = 2 if len(words) >= 3 and _POSTCODE.fullmatch(" ".join(words[-2:])) else 1
    if len(words) <= size or not _POSTCODE.fullmatch(postcode := " ".join(words[-size:])):
        return parts, None, None
    code = words[-size - 1]
    if postcode.isdigit() and len(postcode) == 4 and code in _AU_STATE_CODES_ALL:
        country = "AU"  # WA, SA and NT too: a US ZIP has five digits
    elif postcode[:5].isdigit() and len(postcode) >= 5 and code in US_STATE_CODES:
        country = "US"
    elif postcode[0].isalpha() and code in CA_PROVINCE_CODES:
        country = "CA"
    else:
        return parts, None, None
    return [*parts[:-1], " ".join(words[:-size])], postcode, country


def _address(parts: list[str]) -> tuple[list[str], str | None]:
    """(locality and region parts, country code) of "City, Region, Country" parts."""
    if parts and "AU" in (CITY_COUNTRY.get(p.split(" ")[0]) for p in parts[:1] + parts[-2:-1]) and parts[-1].split()[-1] in _AU_STATE_CODES_ALL:
        return parts, "AU"  # "Perth WA", "Kings Park, Perth, WA": an Australian city and its state, not Washington (blind set S43)
    last = _country(parts[-1], after_region=len(parts) > 2) if len(parts) > 1 else None
    if last:
        return parts[:-1], last
    if len(parts) >= 2 and (country := region_country(parts[-1])) in ("US", "CA", "AU"):
        # "Pilbara, Western Australia" (blind set S37), "Hamilton, ON"; a site before the city: "Charlton Campus, Hamilton, ON" (S85)
        return parts, country
    if len(parts) >= 2 and parts[-1] == "Victoria" and parts[-2] in _VICTORIAN_CITIES:
        return parts, "AU"  # "Melbourne, Victoria": the state, where the city is Victoria's (blind set S22)
    if len(parts) == 2 and parts[1] in _NZ_REGIONS:
        return parts, "NZ"
    if parts and parts[0] in CITY_COUNTRY and (len(parts) == 1 or parts[-1] in WORLD_REGION_NAMES):
        return parts, CITY_COUNTRY[parts[0]]  # "Christchurch, Canterbury" (blind set S23)
    if len(parts) == 3 and parts[1] in CITY_COUNTRY and parts[2] in WORLD_REGION_NAMES:
        return parts[1:], CITY_COUNTRY[parts[1]]  # a site before the city: "Treatment Plant, Christchurch, Canterbury" (blind set S93)
    # "Paddington, Brisbane QLD", "Sydney NSW": an Australian state code after the city.
    return parts, "AU" if parts and parts[-1].split()[-1] in AU_STATE_CODES else None


def _parts(location: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"[,;]|\(|\)", location) if p.strip()]
    # "London, England, United Kingdom (Hybrid)": how the work is done is no part of the place.
    return [p for p in parts if p.lower() not in _WORKPLACES] or parts


def place(location: str) -> tuple[dict[str, Any], list[str]]:
    """JobPosting location properties for "City, Region, Country" or "Remote (Country)", and what is missing."""
    parts = _parts(location)
    if parts and parts[0].lower() in ("remote", "fully remote", "100% remote", "anywhere"):
        countries = [c for c in (_country(p) for p in parts[1:]) if c]
        if not countries:
            return {"jobLocationType": jp.TELECOMMUTE}, [
                "applicantLocationRequirements: name the country, e.g. `location: Remote, US`"
            ]
        areas = [jp.AdministrativeArea(name=c) for c in countries]
        return {
            "jobLocationType": jp.TELECOMMUTE,
            "applicantLocationRequirements": areas[0] if len(areas) == 1 else areas,
        }, []
    parts, postcode, by_postcode = _postcode(parts)
    rest, country = _address(parts)
    country = by_postcode or country  # "Bunbury, WA 6230": four digits make WA Western Australia
    address = jp.PostalAddress(
        address_locality=rest[0] if rest else None,
        address_region=rest[1] if len(rest) > 1 else None,
        postal_code=postcode,
        address_country=country,
    )
    missing = [] if country else [f"addressCountry: add the country to `location` ({location!r} names none)"]
    return {"jobLocation": jp.Place(address=address)}, missing


def description_html(posting: Posting) -> str:
    """The posting as the HTML Google reads: <p>, <ul> and <li> (headings become paragraphs)."""
    decl = find_declaration(posting)
    skip = {id(posting.title_block), id(decl.block) if decl else None}
    out: list[str] = []
    in_list = False
    for block in posting.blocks():
        if id(block) in skip:
            continue
        text = html.escape(block.clean, quote=False)
        if block.kind == "list_item":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{text}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        out.append(f"<p><strong>{text}</strong></p>" if block.kind in ("heading", "label") else f"<p>{text}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _salary(posting: Posting, country: str | None = None) -> tuple[jp.MonetaryAmount | None, list[str]]:
    pay = posting.salary
    if pay is None:
        return None, ["baseSalary: state the pay in the posting, e.g. `$120,000 - $150,000 a year`"]
    if pay.per is not None:
        # unitText takes HOUR, DAY, WEEK, MONTH or YEAR only: a piece rate needs a time-based estimate beside it.
        return None, [f"baseSalary: {pay.raw!r} is paid per {pay.per}; add what it comes to per hour, week or year"]
    if not pay.currency or not pay.period or pay.min is None:
        return None, ["baseSalary: the pay in the posting lacks a currency or a period"]
    if pay.max is not None and pay.max != pay.min:
        value = jp.QuantitativeValue(min_value=_whole(pay.min), max_value=_whole(pay.max), unit_text=pay.period)
    else:
        value = jp.QuantitativeValue(value=_whole(pay.min), unit_text=pay.period)
    notes = []
    currency = pay.currency
    if pay.currency_inferred and currency == "USD" and country in LOCAL_DOLLAR:
        currency = LOCAL_DOLLAR[country][0]  # "$50,000" for a job in Mississauga, ON, CA is Canadian dollars
    guessed = [
        w for w, flag in (("currency", "currency_inferred"), ("period", "period_inferred")) if getattr(pay, flag, False)
    ]
    if guessed:
        notes.append(
            f"baseSalary: the {' and '.join(guessed)} ({currency}, {pay.period}) of {pay.raw!r} was inferred; check it"
        )
    return jp.MonetaryAmount(currency=currency, value=value), notes


def _whole(number: float | None) -> float | int | None:
    return int(number) if number is not None and float(number).is_integer() else number


def build(posting: Posting, config: Config | None = None) -> Emitted:
    """A JobPosting for ``posting``; ``missing`` lists required properties that could not be filled."""
    fields: dict[str, Any] = {}
    notes: list[str] = []
    title = posting.meta.get("job-title") or (normalise_title(posting.title) if posting.title else None)
    if title:
        fields["title"] = str(title)
    desc = description_html(posting)
    if desc:
        fields["description"] = desc
    posted = _fact(posting, config, "date-posted")
    if posted:
        fields["date_posted"] = posted
    until = _fact(posting, config, "valid-through")
    if until:
        fields["valid_through"] = until
    org = _fact(posting, config, "hiring-organization")
    if org:
        fields["hiring_organization"] = jp.Organization(name=org)
    location = _fact(posting, config, "location")
    if location:
        extra, missing_loc = place(location)
        fields.update({_snake(k): v for k, v in extra.items()})
        notes.extend(missing_loc)
    kind = _fact(posting, config, "employment-type")
    if kind:
        values = [jp.employment_type(k) or k for k in re.split(r"\s*[,/]\s*", kind) if k]
        fields["employment_type"] = values[0] if len(values) == 1 else values
    else:
        notes.append("employmentType: set `employment-type: FULL_TIME` (recommended)")
    salary, salary_notes = _salary(posting, location_country(location) if location else None)
    notes.extend(salary_notes)
    if salary is not None:
        fields["base_salary"] = salary
    invalid = _date_problems(fields.get("date_posted"), fields.get("valid_through"))
    for key in ("date_posted", "valid_through"):
        if any(p.startswith(_camel(key)) for p in invalid):
            fields.pop(key, None)  # never emit what the SD rules would reject
    doc = jp.JobPosting(**fields)
    missing = [f"{p}: {_HOW[p]}" for p in doc.missing() if not any(i.startswith(p) for i in invalid)] + invalid
    # A location without its country is a required gap too (Google: addressCountry is a must).
    missing.extend(n for n in notes if n.startswith(("addressCountry", "applicantLocationRequirements")))
    notes = [n for n in notes if n not in missing]
    return Emitted(doc, missing, notes)


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(w.title() for w in rest)


def _date_problems(posted: Any, until: Any) -> list[str]:
    """datePosted/validThrough that are not ISO 8601 dates, or a closing date before the posting date."""
    from datetime import date, datetime

    def parse(value: Any) -> date | None:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return datetime.fromisoformat(str(value).replace("Z", "+00:00")).date()
        except ValueError:
            return None

    problems = []
    for key, value in (("datePosted", posted), ("validThrough", until)):
        if value is not None and parse(value) is None:
            problems.append(f"{key}: {str(value)!r} is not an ISO 8601 date; write YYYY-MM-DD")
    p, u = parse(posted) if posted is not None else None, parse(until) if until is not None else None
    if p and u and u < p:
        problems.append(f"validThrough: {u.isoformat()} is before datePosted {p.isoformat()}")
    return problems


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()
