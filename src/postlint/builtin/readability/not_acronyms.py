"""Capitals that are no acronym to spell out (READ016): a currency or a unit beside its amount, a time zone
after its time, an address, a reference or legal citation, a maker's product, a level code, letters before
the noun that says what they name. Each guard cites the blind set or sample that showed it."""

from __future__ import annotations

import re
from functools import lru_cache

from postlint.builtin.readability.capitals import acronym_data, cried_word, english_word
from postlint.builtin.readability.copied_text import copied_text
from postlint.builtin.readability.direct_messages import direct_message
from postlint.model.posting import Block, Posting
from postlint.pay.patterns import CODES as CURRENCY_CODES
from postlint.pay.patterns import WORD_CURRENCY_CODES


def not_jargon(posting: Posting, block: Block, m: re.Match[str]) -> str | None:
    """Why the capitals ``m`` (READ016's match in ``block``) need no spelling out: "product" for a maker's product
    named after its maker, which names the same product at its later bare uses too; "known" for the other
    kinds; None when they may be jargon."""
    text = block.text
    word = m.group(1)
    if word.isupper() is False and not word[:1].isupper():
        return "known"
    if english_word(word):
        return "known"  # a word in capitals ("UPDATED"), READ014's business, not an acronym
    if text.startswith("!", m.end()) and cried_word(m.group(0)):
        return "known"  # a short word cried ("100% PAID!!"), READ014's shout
    if not word.isalpha() and _CHEMICAL_FORMULA.fullmatch(word):
        return "known"  # a formula ("H2S", "SO2"): written so in every safety sheet, nothing to spell out
    if text.startswith("$", m.end()) and len(word) <= 3:
        return "known"  # a currency's country: "NZ$26", "HK$100"
    if len(word) == 2 and word in _dollar_places(posting):
        return "known"  # that country elsewhere in a posting paid in its dollars: "HK permanent residents" beside "HK$28,000" (blind set S93)
    if word == "RM" and _AMOUNT_AFTER.match(text, m.end()):
        return "known"  # Malaysia's ringgit before its amount: "RM 500 monthly" (blind set S36)
    if word in _WORD_CURRENCIES and (
        _AMOUNT_AFTER.match(text, m.end()) or _NUMBER_BEFORE.search(text, max(0, m.start() - 16), m.start())
    ):
        return "known"  # a currency whose code is a word too, beside its amount: "MAD 12,000", "2.800.000 COP" (review)
    if (word in CURRENCY_CODES and word not in _CODES_ALSO_LETTERS) or word in _PAY_PERIODS:  # beside its amount or not ("paid in USD, or AED if you prefer", blind set S28)
        return "known"  # an ISO 4217 code ("SEK 32 000", "paid in AED"): what PAY004 asks for; a period, "$28.75 HOUR"
    if word in _UNITS and _NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return "known"  # a unit after its number: "2 GB firmware images", "a 40 TB cluster"
    if word in _TIME_ZONES and (_TIME_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _ZONE_AFTER.match(text, m.end())
                                or text[max(0, m.start() - 4) : m.start()].rstrip().endswith("/")):
        return "known"  # a clock's zone after its time: "11:55 pm AEDT", "9am BST" (precision sample 2424)
    if _MAILBOX_REST.match(text, m.end()) or (_POSTAL_CODE.fullmatch(word) and _POSTAL_REST.match(text, m.end())):
        return "known"  # an e-mail address ("VHATUCHR@va.gov", "STATCAN.datascience@…") or a Canadian postal code ("L5B 1M2")
    if _REFERENCE_REST.match(text, m.end()):
        return "known"  # the head of a reference number: "Advertisement No. DGPCL/HR/REC/03/2026" (blind set S59)
    if _DOTTED_NAME.match(text, m.end()) or _EIRCODE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
        return "known"  # part of a dotted name ("ASP.NET") or the second half of an Irish Eircode ("W91 X77F")
    if word in _PAY_PLANS and _GRADE_AFTER.match(text, m.end()):
        return "known"  # a US federal pay plan and its grade with a blank, as "GS-11" with a hyphen: "GS 11 - 12" (blind set S117)
    if _LEVEL_CODE.fullmatch(word) and _LEVEL_CONTEXT.search(text, max(0, m.start() - 60), m.end() + 60):
        return "known"  # a language level ("at a BBB level", "bilingual imperative CBC/CBC"): a grade, not an acronym
    if word == "DM" and direct_message(posting, text, m.start(), m.end()):
        return "known"  # "DM me", "send us a DM": a direct message, everyday words (a Deputy Minister is no such thing)
    if _NAME_PREFIX.search(text, max(0, m.start() - 20), m.start()) and not _LOWER_PREFIXES.search(text, max(0, m.start() - 20), m.start()):
        return "known"  # the second half of a hyphenated name: "Pag-IBIG" (blind set S20)
    if _TEXT_KEYWORD_BEFORE.search(text, max(0, m.start() - 12), m.start()) and _TEXT_NUMBER_AFTER.match(text, m.end()):
        return "known"  # a keyword to text: "text JOBS to 614-555-0132" (blind set S20)
    if (bracket := _LONGER_IN_BRACKETS.match(text, m.end())) and bracket.group(1).startswith(word):
        return "known"  # the start of a name spelled out before its acronym: "HM Revenue & Customs (HMRC)" (blind set S25)
    if _KIND_AFTER.match(text, m.end()) or (word not in _PENSION_KINDS and _PENSION_AFTER.match(text, m.end())):
        return "known"  # the thing named says what it is: "Tanjong Pagar MRT station", "an RF gun", "the IFAT trade fair" (blind set S27)
    if _NAMED_SIBLING_AFTER.match(text, m.end()) or _NAMED_SIBLING_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return "known"  # one of a pair with a named project or place: "giga-projects such as NEOM and the Red Sea Project" (blind set S86)
    if product_code(text, m.start(), word):
        # A maker's product or module after its name: "SAP GUI", "SAP FICO" (precision sample 1217), "Cisco IOS"
        # (blind set S108); named so once, its later bare uses are the same product ("IOS upgrades").
        return "product"
    if _maker_before().search(text, max(0, m.start() - 24), m.start()):
        return "known"  # a model after its maker: "Freightliner Cascadias and Volvo VNLs" (blind set S77)
    if (line := _brand_lines().get(word)) and line.match(text, m.end()):
        return "known"  # a maker known by its capitals before its product line: "ARM Cortex-M parts" (blind set S88); "GP surgeries" (S97)
    if len(word) <= 4 and (m.start() == 0 or text[m.start() - 1] == "\n") and _DEGREE_VALUE.match(text, m.end()):
        return "known"  # a board's field for a level of degree: Naukri's "UG: B.Tech/B.E. in Any Specialization" (blind set S85)
    if _COPYRIGHT_BEFORE.search(posting.source, max(0, (at := block.at(m.start())) - 24), at):
        # The holder of a copyright, a name: "© 2026 WUZZUF. All rights reserved." (blind set S87). Read in
        # the source: a reader may take the "©" for a line's bullet.
        return "known"
    if copied_text(text, m.start(), m.end()):
        return "known"  # a quoted subject line or code to copy: 'with the subject line "Mainframe - BLR"' (blind set S96)
    if cited(text, m.start(), m.end()):
        return "known"  # a legal citation ("5 CFR 213.3102"): its form is fixed, spelling it out is optional
    return None


@lru_cache(maxsize=1)
def _maker_before() -> re.Pattern[str]:
    """A maker of trucks, plant or aircraft right before: its model follows ("Volvo VNLs")."""
    makers = sorted(acronym_data().get("makers", []), key=lambda n: (-len(n), n))
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in makers) + r")\s+$")


@lru_cache(maxsize=1)
def _product_codes() -> dict[str, frozenset[str]]:
    return {maker: frozenset(codes) for maker, codes in acronym_data().get("product_codes", {}).items()}


def product_code(text: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` is one of the products a maker right before it names by capitals."""
    before = text[max(0, start - 16) : start].rstrip(" \t").rsplit(None, 1)[-1:] or [""]
    codes = _product_codes().get(before[0])
    return codes is not None and word in codes


@lru_cache(maxsize=1)
def _brand_lines() -> dict[str, re.Pattern[str]]:
    """A maker known by its capitals -> one of its product lines or the part it makes, right after ("ARM Cortex-M");
    letters known before the noun they name -> those nouns ("GP surgeries")."""
    lines = {**acronym_data().get("known_before", {}), **acronym_data().get("brands", {})}
    return {
        brand: re.compile(r"(?:(?<![ \t])[ \t]++|-)(?i:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))
                          + r")(?i:s)?(?![^\W\d_])")
        for brand, words in lines.items()
    }


# A head noun that says what a name is, so its letters need no spelling out.
_KIND_AFTER = re.compile(
    # The blanks are taken once, from their first (a run of blanks is not retried from each of its places).
    r"(?<!\s)\s++(?:"
    # A transit operator's bus or train: "the RTC bus" (blind set S42), "an MTA train".
    r"(?:station|stations|gun|guns|scanner|scanners|trade\s+fair|fair|expo|exhibition|airport|bus|buses|train|trains|tram|trams)\b"
    # The terminal a shop's worker rings sales on: "the POS terminal" (blind set S99); not "till", also "until".
    r"|(?:terminal|terminals)\b"
    # A clearance an authority issues, by its letters: "NBI clearance" (S99), a Filipino's standard pre-employment paper, as
    # "police clearance". Not a check, card, certificate or licence, where the letters name the scheme to know ("a DBS
    # check", "an RSA certificate": blind sets' planted findings).
    r"|(?:clearance|clearances)\b"
    # A place named by a brand's letters: "SM City Cebu", "IBM Plaza" (S30 re-score).
    r"|(?:City|Plaza|Mall|Tower|Towers|Centre|Center|Square|Building|Campus|Park|Market|Markets)\b"
    # or by one word that ends in such a place ("SM Megamall", "SM Southmall", "Technopark", blind set S99): a name,
    # where "SLA Reports" is not. Bounded, so a long word is scanned once.
    r"|[A-Z][a-z]{1,12}(?:mall|malls|plaza|park|market|center|centre|tower|towers|city)\b"
    # A product by its edition: "IDA Pro" (blind set S62), "XYZ Studio"; a carrier's trading name: "J&T Express"
    # beside Ninja Van (blind set S75), "XPO Logistics".
    r"|(?:Pro|Studio|Suite|Express|Logistics|Airlines|Airways)\b(?![-'’]\w))"
)
# A pension fund by its letters: "the ABP pension fund" (blind set S71), "the LGPS Pension Scheme"; not a kind of
# pension, defined benefit or contribution or additional contributions ("a DB pension scheme").
_PENSION_AFTER = re.compile(r"(?<!\s)\s++(?i:pension)\s++(?i:funds?|schemes?|plans?)\b")
_PENSION_KINDS = frozenset({"DB", "DC", "AVC"})


# A chemical formula of common elements with a digit in it: "H2S", "H2SO4", "SO2" (blind set S15).
_CHEMICAL_FORMULA = re.compile(r"(?:(?:H|He|Li|B|C|N|O|F|Na|Mg|Al|Si|P|S|Cl|K|Ca|Fe|Cu|Zn|Br|Ag|I|Pb|Hg|Mn|Cr|Ni|Co|Sn|Ba)\d{0,2}){2,}")


# A country's two letters before its dollar: "HK$28,000", "NZ$26", "US$".
_DOLLAR_PLACE = re.compile(r"(?<![\w&/.-])([A-Z]{2})\$")


# Dollars by their ISO codes, whose first two letters are the country's: "AUD 95,000" pays in Australia's ("AU").
# Only dollars: another currency's letters may be a role's too (AED and an account executive's "AE").
_DOLLAR_CODES = frozenset("USD CAD AUD NZD HKD SGD TWD JMD TTD BSD BBD BZD FJD".split())


def _dollar_places(posting: Posting) -> frozenset[str]:
    """The countries whose dollars the posting pays in, by their letters ("HK$", or the pay's code "AUD"): known to
    its readers wherever they stand ("Geelong, VIC, AU", blind set S122)."""
    places = posting._cache.get("dollar-places")
    if places is None:
        found = {m.group(1) for m in _DOLLAR_PLACE.finditer(posting.source)}
        currency = posting.salary.currency if posting.salary is not None else None
        if currency in _DOLLAR_CODES:
            found.add(currency[:2])
        places = posting._cache["dollar-places"] = frozenset(found)
    return places


# Brackets holding two or more capitalised codes between slashes: USAJOBS's "(PLCYPLN/INFOSEC)".
_CODE_LIST = re.compile(r"\((?:[A-Z][A-Z0-9]*/)+[A-Z][A-Z0-9]*\)")
# USAJOBS's specialty code in brackets after an official title's role noun.
_ONE_CODE = re.compile(r"\([A-Z][A-Z0-9]{3,}\)")
_TITLE_BEFORE_CODE = re.compile(r"(?:Specialist|Scientist|Analyst|Manager|Officer|Engineer)\s*$")


_NAME_PREFIX = re.compile(r"\b[A-Z][a-z]+-$")
# Prefixes that make "Non-GSA", "Pre-IPO", "Anti-CSRF" one acronym still, at a sentence's start.
_LOWER_PREFIXES = re.compile(r"\b(?:Non|Pre|Post|Anti|Pro|Sub|Multi|Co|Ex|Re|Un|Over|Under|Semi|Mid|Cross|Inter|Intra)-$")
_TEXT_KEYWORD_BEFORE = re.compile(r"(?i)\b(?:text|txt|sms|message|reply)\s+(?:the\s+word\s+)?[\"“']?$")
# "text JOBS to 614-555-0132"; "Reply STOP to opt out" (blind set S36)
_TEXT_NUMBER_AFTER = re.compile(r"(?i)[\"”']?\s+to\s+(?:\+?\(?\d|opt[- ]out\b|unsubscribe\b|cancel\b|stop\b)")
_REFERENCE_REST = re.compile(r"(?:/[A-Z0-9]+){2,}")
_DOTTED_NAME = re.compile(r"\.(?:NET|js|io|com)\b|\.[A-Z]{2,}\b")
_EIRCODE_BEFORE = re.compile(r"\b[A-Z]\d[\dW] $")
_POSTAL_CODE = re.compile(r"[A-Z]\d[A-Z]")
_POSTAL_REST = re.compile(r" ?\d[A-Z]\d\b")
# The rest of an e-mail address's mailbox after the capitals: "@va.gov", ".datascience@statcan.gc.ca" (blind set S42).
_MAILBOX_REST = re.compile(r"[\w.+-]{0,40}@[\w-]+\.")
def in_code_list(text: str, start: int, end: int) -> bool:
    opening = text.rfind("(", max(0, start - 40), start + 1)
    found = _CODE_LIST.match(text, opening) if opening >= 0 else None
    if found is None and opening >= 0 and _TITLE_BEFORE_CODE.search(text, max(0, opening - 20), opening):
        found = _ONE_CODE.match(text, opening)  # "IT Specialist (INFOSEC)", "Data Scientist (CYBERSECURITY)"
    return found is not None and found.end() >= end


# US federal pay plans (OPM's General Schedule, Federal Wage System grades), written with their grade: "GS 11",
# "WG 10", "GS 13/14"; "GS-11" is a grade code to READ016's pattern already.
_PAY_PLANS = frozenset({"GS", "GG", "GL", "WG", "WL", "WS"})
_GRADE_AFTER = re.compile(r"[ \u00a0](?:0?[1-9]|1[0-5])\b(?![.,]\d)")
# Canada's second-language levels: three letters of A, B, C, E or X ("BBB/BBB", "CBC").
_LEVEL_CODE = re.compile(r"[ABCEX]{3}")
_LEVEL_CONTEXT = re.compile(
    r"(?i)level|bilingual|linguistic|second[- ]language|official languages|french and english|english and french|[ABCEX]{3}/[ABCEX]{3}"
)
_CITED_BEFORE = re.compile(r"\b\d{1,3}\s$")
_CITED_AFTER = re.compile(r"\s§?\s?\d")


# US states' codes of law, cited by their letters and a section ("RCW 73.16", "ORS 659A.030",
# "WAC 296-126-092"): Washington, Oregon, Colorado, Nevada, Arizona, Michigan, New Hampshire,
# California's regulations, Texas's and Florida's administrative codes.
_STATE_CODES = frozenset({"RCW", "WAC", "ORS", "OAR", "CRS", "NRS", "ARS", "MCL", "RSA", "CCR", "NYCRR", "NJSA", "NJAC", "TAC", "FAC"})
_SECTION_AFTER = re.compile(r"\s§?\s?\d+[A-Z]?(?:[.-]\d+[A-Z]?)+\b")


# Standards bodies, cited by a standard's number: "DIN 3990", "IEC 61508", "ASTM A36" (blind set S32; ISO is allowed anywhere).
_STANDARD_BODIES = frozenset({"DIN", "EN", "IEC", "ASTM", "ANSI", "IEEE", "NFPA", "ASME", "SAE", "JIS", "BS", "AS", "CSA", "UL", "API", "VDI"})
_STANDARD_NUMBER = re.compile(r"[ \u00a0]?[A-Z]?\d{2,6}\b")
_MODEL_NUMBER = re.compile(r"[ \u00a0]\d{2,5}[A-Z]?\b")
# Makers of plant known by their letters, with a model's number: Caterpillar's CAT, JCB.
_MAKERS = frozenset({"CAT", "JCB"})


def cited(text: str, start: int, end: int) -> bool:
    """A title number before and a section number after ("5 CFR 213.3102", "29 USC 621"), a state's
    code of law and its dotted section ("RCW 73.16", blind set S23), or a standard by its number ("DIN 3990")."""
    if text[start:end] in _STATE_CODES and _SECTION_AFTER.match(text, end):
        return True
    if text[start:end] in _STANDARD_BODIES and _STANDARD_NUMBER.match(text, end):
        return True
    if text[start:end] in _MAKERS and _MODEL_NUMBER.match(text, end):
        return True  # a plant maker's model by its number: "CAT 793 haul trucks" (blind set S37)
    return _CITED_BEFORE.search(text, max(0, start - 5), start) is not None and _CITED_AFTER.match(text, end) is not None


# A name ending in the kind of thing it names, a project or a place, after "the" and two or more capitalised
# words: "the Red Sea Project", "the King Salman Park"; not "Business Development", "the Graduate Programme".
_KIND_OF_NAME = r"(?:Project|Programme|City|Resort|Island|Islands|Airport|Park|Initiative)\b"
# Capitals coordinated with such a name are a name of the same kind, right after or right before it.
# The blanks are taken whole and from their first (possessive, after no blank): a long run is tried once.
_NAMED_SIBLING_AFTER = re.compile(r"(?:,[ \t]*+|(?<![ \t])[ \t]++)(?:(?:and|or)[ \t]++)?the[ \t]++(?:[A-Z][\w'’-]*+[ \t]++){2,4}" + _KIND_OF_NAME)
_NAMED_SIBLING_BEFORE = re.compile(
    r"\b[Tt]he[ \t]++(?:[A-Z][\w'’-]*+[ \t]++){2,4}" + _KIND_OF_NAME + r"(?:,[ \t]*+|[ \t]++)(?:(?:and|or)[ \t]++)?$"
)
# A field's colon, then a degree or the board's word for any or none: "UG: B.Tech/B.E. in …", "PG: MBA/PGDM in …",
# "Doctorate: Not Required", "UG: Any Graduate".
_DEGREE_VALUE = re.compile(
    r":[ \t]*(?:(?:B|M)\.?[ \t]?(?:Tech|E\.|Sc|A\b|Com|Eng|S\b|Des|Arch|Pharm)|MBA|MCA|BCA|BBA|PGDM|LLB|LLM|MBBS|Ph\.?[ \t]?D"
    r"|Doctorate|Any[ \t]+(?:Graduate|Postgraduate|Doctorate)|Not[ \t]+Required|(?:Post[ \t]?)?Graduat(?:e|ion)\b)"
)
# A copyright notice's mark and year, right before its holder's name: "© 2026 ", "Copyright (c) 2024-2026 ".
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\([cC]\)|\b[Cc]opyright)[ \t]*(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t]*)?$")
# A longer acronym in brackets a few words on: "HM Revenue & Customs (HMRC)".
_LONGER_IN_BRACKETS = re.compile(r"[^()\n]{1,40}?\(([A-Z][A-Z0-9&]{2,})\)")
# A pay's period in capitals, as a state's ATS prints it ("Salary: $22.57 - $28.75 HOUR"): a word, not letters.
_PAY_PERIODS = frozenset({"HOUR", "HOURS", "DAY", "DAYS", "WEEK", "WEEKS", "YEAR", "YEARS"})
# Units written in capitals, read as units after a number.
_UNITS = frozenset({"KB", "MB", "GB", "TB", "PB", "KW", "MW", "GW", "KWH", "MWH", "MPH", "RPM", "PSI", "BTU", "DPI", "FPS"})
_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s?$")
# Currencies whose codes are words or acronyms too ("COP", "PEN", "MAD"): known only beside an amount.
# Currency codes that are as often another trade's letters, known as money only beside an amount like the word
# codes: Israel's shekel is Immediate Life Support in a UK nurse's posting ("a current ILS certificate", blind set S115).
_CODES_ALSO_LETTERS = frozenset({"ILS"})
_WORD_CURRENCIES = frozenset(WORD_CURRENCY_CODES) | _CODES_ALSO_LETTERS
_AMOUNT_AFTER = re.compile(r"\s?\d")
# Time zones by their letters, beyond the North American and European ones allowed anywhere: Australia's,
# New Zealand's, Britain's summer time, India's, and East Asia's, Africa's and Alaska's and Hawaii's.
# North America's daylight and central zones and Central Europe's are here too, not allowed anywhere: "CDT" is
# as often a Centre for Doctoral Training (blind set S35). EST, PST, ET, PT, GMT and UTC are allowed anywhere.
_TIME_ZONES = frozenset(
    "AEST AEDT ACST ACDT AWST NZST NZDT BST IST SGT HKT JST KST PHT WIB SAST CAT EAT WAT AKST AKDT HST AST ADT NST NDT WET WEST EET EEST MSK"
    " EDT CST CDT MST MDT PDT CET CEST".split()
)
# A zone named as one: "CET hours", "CST time", "EST/EDT", "CET+1", "(CET)".
_ZONE_AFTER = re.compile(r"\s*(?:/\s*[A-Z]{2,4}\b|[+-]\d|\s(?:time|hours|timezone|time zone|business hours|working hours)\b)")
# A time just before: "11:55 pm", "9am", "17:00 (", "noon", a placeholder "tbd" (USAJOBS's "tbd EDT to tbd EDT").
_TIME_BEFORE = re.compile(r"(?i)(?:\d(?::\d\d)?\s?(?:[ap]\.?m\.?)?|\b(?:tbd|tba|noon|midnight))\s*\(?$")
