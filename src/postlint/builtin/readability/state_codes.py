"""US state codes away from North America, for READ016: in a posting paid in pounds, "MI" is management
information, not Michigan (blind set S98), unless the code reads as a place ("Lansing, MI", "MI 48933"). A posting
with no currency is placed by its location or its "bank holidays"."""

from __future__ import annotations

import re

from postlint.model.posting import Posting

# The state codes the allow list holds that read as something else away from the US. Not those read another way
# everywhere: words in capitals (OR, IN, ME, HI, OH), a compass point (NE), Western Australia (WA), New York (NY),
# a memory card (SD); LA, MA, ID and OK are allowed for their other meanings. Nor those every reader of such a
# posting knows in their other sense: a chartered accountant (CA), a personal assistant (PA), a managing director (MD),
# a CT scan, a company (CO), augmented reality (AR) (review: "PA to the MD" in a posting paid in pounds).
# The District of Columbia's DC is one: away from the US it is a data centre (blind set S108, paid in yen), a
# distribution centre or a district council, unless it is Washington's or an electric current's.
_US_STATES = frozenset(
    "AL AK AZ DC DE FL GA IA IL KS KY MI MN MO MT NV NH NJ NM NC ND RI SC TN TX UT VT VA WV WI WY".split()
)
# Pay in North America's currencies: Canadian and Mexican readers know the states too ("runs to MI and OH" in a
# Canadian trucking posting), and Ontario's licence classes share their letters ("AZ drivers", blind set S60).
_NORTH_AMERICAN = frozenset({"USD", "CAD", "MXN"})
# A town and its comma before the code ("Lansing, MI"); a ZIP code after it ("MI 48933").
# Each from a word's or a run's first character only, so a long run is tried once.
_TOWN_BEFORE = re.compile(r"(?<![\w.'’-])[A-Z][\w.'’-]*+,[ \t]*+$")
_ZIP_AFTER = re.compile(r"(?<![ \t])[ \t]++\d{5}(?:-\d{4})?(?!\d)")
# Washington's DC without its comma ("Washington DC"); direct current, beside alternating current or after a
# voltage ("AC/DC", "AC and DC drives", "24V DC", "48 V DC"), or before what it powers ("DC motors", "DC fast charging").
# And a converter's "DC/DC", "DC-DC" (review).
_DC_PLACE_OR_CURRENT_BEFORE = re.compile(r"(?:\bWashington|\b[AD]C[ \t]*+(?:/|-|and|or|&)|\d[ \t]?[Vv])[ \t]*+$")
_DC_CURRENT_AFTER = re.compile(
    r"(?<![ \t])(?:[ \t]*+[/-][ \t]*+[AD]C\b|[ \t]++(?:(?i:and|or|&)[ \t]++AC\b|(?i:power|voltage|current|motors?|drives?"
    r"|supply|supplies|circuits?|fast[ \t]++charg\w*|charg\w*|converters?|bus|busbars?|microgrids?|links?|distribution|systems?"
    r"|side|input|output|grids?|networks?|electrical|electronics|equipment|cables?|switchgear|traction)\b))"
)
# With no currency, leave counted as only British and Irish postings count it places the job away from North
# America ("25 days holiday plus bank holidays", blind set S98: pay "45,000 - 55,000 per annum").
# Leave counted "plus bank holidays", as British and Irish postings give it; a US bank's "Paid bank holidays" is not (review).
_BRITISH_OR_IRISH = re.compile(r"(?:plus|\+|and|inc\.?|including)[ \t]++(?:all[ \t]++|the[ \t]++|paid[ \t]++)?bank[ \t]++holidays?\b", re.IGNORECASE)


def foreign_state_code(posting: Posting, text: str, start: int, end: int) -> bool:
    """Whether the US state code at ``text[start:end]`` is letters to spell out: the posting is from outside
    North America, and the code is not a place's (after a town and comma, before a ZIP code)."""
    if text[start:end] not in _US_STATES:
        return False
    if not _away_from_north_america(posting):
        return False
    if text[start:end] == "DC" and (
        _DC_PLACE_OR_CURRENT_BEFORE.search(text, max(0, start - 16), start) or _DC_CURRENT_AFTER.match(text, end)
    ):
        return False
    return not (_TOWN_BEFORE.search(text, max(0, start - 40), start) or _ZIP_AFTER.match(text, end))


def _away_from_north_america(posting: Posting) -> bool:
    """Whether the pay's currency is from outside North America or, with no currency, the posting's location or
    its holidays place it there."""
    salary = posting.salary
    if salary is not None and salary.currency:
        return salary.currency not in _NORTH_AMERICAN
    if "read016-away-from-na" not in posting._cache:
        from postlint.structured_data.emit import location_country

        location = posting.meta.get("location")
        country = location_country(location) if isinstance(location, str) else None
        posting._cache["read016-away-from-na"] = (
            country not in (None, "US", "CA", "MX") or country is None and _BRITISH_OR_IRISH.search(posting.text) is not None
        )
    return bool(posting._cache["read016-away-from-na"])
