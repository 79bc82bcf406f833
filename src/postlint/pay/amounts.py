"""Pay expressions in one string: "$22/hr - $29/hr", "€65.000 – €80.000 brutto per year", "6.5 LPA".

:func:`scan` finds every one in a text with the trust its context allows; the
posting-level search is :mod:`postlint.pay.salary`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

from postlint.model.salary import PER_YEAR, OpenEnded, PayPeriod, Salary
from postlint.pay import patterns as P

# How much to trust a number with no currency: "strict" needs a pay word and a
# stated period, "section" (inside a Compensation section) only the period,
# "meta" (a front-matter pay key) nothing more.
Context = Literal["strict", "section", "meta"]


def infer_period(value: float, currency: str | None = None) -> PayPeriod:
    """Guess the period from the amount: hourly rates are small, salaries large.

    In a currency a few to a few dozen units to the dollar (złoty, krona, rand, peso), a month's
    pay reaches tens of thousands: "17 000 – 21 000 PLN" is a month's (blind set S25). Such an
    amount under about USD 15,000 is read as a month's. Currencies of hundreds of units to the
    dollar keep the plain reading: India's yearly CTC and Japan's yearly ¥ figures are the norm, unless
    the amount is less than any full-time year pays: "8,500,000 - 11,000,000 VND" (USD 440) is a
    month's factory wage (blind set S78)."""
    if value <= 200:
        return "HOUR"
    if value <= 1500:
        return "DAY"
    if value < 20000:
        return "MONTH"
    units = P.UNITS_PER_USD.get(currency or "", 1.0)
    if 2 <= units <= 45 and value / units < 15000:
        return "MONTH"
    if units > 45 and (usd := value / units) < _LEAST_YEAR_USD:
        return "HOUR" if usd < _MOST_HOUR_USD else "DAY" if usd < _MOST_DAY_USD else "MONTH"
    return "YEAR"


# The least a full-time year pays anywhere: Bangladesh's garment minimum, 12,500 taka a month (2023), is about
# USD 1,250 a year. Below it, in the poorest economies, a day's pay is a few dollars and an hour's under one.
_LEAST_YEAR_USD = 1200
_MOST_DAY_USD = 40
_MOST_HOUR_USD = 3


# -- one string ------------------------------------------------------------
def parse_salary(text: str) -> Salary | None:
    """The first pay expression in ``text`` (offsets relative to ``text``), or ``None``."""
    return next(scan(text, "strict"), None)


def iter_salaries(text: str) -> Iterator[Salary]:
    """Every pay expression in ``text``, in order."""
    return scan(text, "strict")


# Every amount PAY matches holds a decimal digit (``\d``, as the pattern reads it): text
# without one is ruled out by this scan, far cheaper than PAY's try at every position.
_ANY_DIGIT = re.compile(r"\d")


def scan(text: str, context: Context) -> Iterator[Salary]:
    if context == "strict" and not _has_hint(text):
        return
    if not _ANY_DIGIT.search(text):
        return
    pos = 0
    while True:
        match = P.PAY.search(text, pos)
        if match is None:
            return
        found = _build(text, match, context)
        if found is not None:
            found, pos = _with_second_end(text, found, context, match.end())
            found, pos = _with_scale_points(text, found, context, pos)
            yield found
        elif match.group("c2"):
            pos = match.start("c2")  # "SOC 2 - $50k": the first number was not pay but the second may be
        else:
            pos = match.end()


# Between the two ends of a range whose ends each carry the period: "$22/hr - $29/hr".
_RANGE_DASH = re.compile(r"[ \t\u00a0]{0,3}(?:-{1,2}|[–—]|to)[ \t\u00a0]{0,3}")


# Between a scale's points printed in columns: "€45,034  €46,421  €47,806", rows wrapped (blind set S19);
# or labelled steps: "Step 1 $24.87 | Step 2 $26.11" (blind set S20).
_STEP_GAP = re.compile(r"\s{0,3}[|,;]?\s{0,3}(?i:step|point)\s*\d{1,2}\s*[:\-–]?\s{0,3}(?=[$€£¥₹])")
_SCALE_GAP = re.compile(rf"[ \t\u00a0]{{2,40}}(?=[$€£¥₹])|[ \t\u00a0]*\n[ \t\u00a0]*(?=[$€£¥₹])|{_STEP_GAP.pattern}")


def _amount_after_dash(text: str, end: int, context: Context, gap: re.Pattern[str] | None = None) -> Salary | None:
    """The pay expression right after a dash (or "to") at ``end``, if one follows (or after ``gap``)."""
    dash = _RANGE_DASH.match(text, end)
    if (dash is None or dash.end() == end) and gap is not None:
        dash = gap.match(text, end)
    if dash is None or dash.end() == end:
        return None
    after = P.PAY.match(text, dash.end())
    return _build(text, after, context) if after is not None else None


def _with_second_end(text: str, found: Salary, context: Context, end: int) -> tuple[Salary, int]:
    """``found`` made a range when another amount of the same currency and period follows a dash
    ("$22/hr - $29/hr", "£550/day – £650/day"), and where the scan goes on."""
    if found.min is None or found.min != found.max or found.period is None or found.period_inferred:
        return found, end
    other = _amount_after_dash(text, end, context)
    # A lower second end is kept: "$22/hr - $20/hr" is the reversed range PAY005 reports.
    if (
        other is None or other.min is None or other.min != other.max or other.period != found.period
        or other.period_inferred or other.currency != found.currency or other.min == found.min
    ):
        return found, end
    return found.model_copy(update={"max": other.max, "end": other.end, "raw": text[found.start : other.end]}), other.end


def _with_scale_points(text: str, found: Salary, context: Context, end: int) -> tuple[Salary, int]:
    """A pay scale's points in a row ("€35,919 – €37,136 – €38,354 – €53,434 per annum", as Ireland's
    HSE prints one): a range whose points rise to the last, which may carry the period."""
    if found.min is None or found.max is None or found.currency is None or found.min > found.max:
        return found, end
    if found.min == found.max and not _STEP_GAP.match(text, end):
        return found, end  # one figure starts a scale only when a labelled step follows ("Step 2 $26.11")
    last, points = found, 0
    while points < 40:  # a scale has a few dozen points at most
        other = _amount_after_dash(text, end, context, _SCALE_GAP)
        # The next points may read as a range of their own ("€38,354 – €53,434 per annum"): rising, they go on the scale.
        if other is None or other.currency != found.currency or other.min is None or other.max is None or other.min <= last.max:
            break
        last, end, points = other, other.end, points + 1
    if not points:
        return found, end
    update = {"max": last.max, "end": last.end, "raw": text[found.start : last.end]}
    if found.period_inferred and last.period is not None and not last.period_inferred:
        update.update(period=last.period, period_inferred=False)
    return found.model_copy(update=update), end


def _has_hint(text: str) -> bool:
    if P.HINT_SYMBOLS.search(text):
        return True
    lower = text.lower()
    return any(word in lower for word in P.HINT_WORDS)


def _before(text: str, start: int) -> str:
    """Up to 80 characters before ``start``, cut after the last digit, stop or currency sign
    (a schedule's step label, "Step 1 ", is read past: "Salary Steps (hourly): Step 1 $24.87")."""
    window = text[max(0, start - 80) : start]
    if (step := _STEP_LABEL.search(window)) is not None:
        window = window[: step.start()]
    stop = P.BEFORE_STOP.match(window)
    return window[stop.end() :] if stop else window


# The word that makes a bare number a grade: "Level 6", "Band 5", "HEW Level 6".
_GRADE_WORD = re.compile(r"(?i)\b(?:step|point|band|level|grade|scale|tier)\s*$")
_STEP_LABEL = re.compile(r"(?i)\b(?:step|point|band|level|grade)\s*\d{1,2}\s*[:\-–]?\s*$")


def _year_span(first: str | None, second: str | None) -> bool:
    """``2026-27`` or ``2026-2027``: a year and the next, as school and fiscal years are written."""
    if not first or not second or len(first) != 4 or not first.isdigit() or not second.isdigit() or first[:2] not in ("19", "20"):
        return False
    year = int(first)
    return (len(second) == 2 and int(second) == (year + 1) % 100) or (len(second) == 4 and int(second) == year + 1)


# "$38.446 - $49.982 Hourly" (Saskatchewan's rates to the tenth of a cent, blind set S56): a dot and three
# digits group thousands ("€65.000") unless the amount is an hour's in a currency written with a decimal
# dot, where thousands are implausible ("CLP 4.500 por hora" stays 4,500).
_DOT_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_DOT_DECIMAL_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "GBP", "SGD", "HKD", "INR", "PHP", "MYR", "JPY"})


def _hourly_decimals(first: str, second: str | None, low: float | None, high: float | None) -> bool:
    """Whether every figure of an hourly amount, read as thousands from "38.446", is the decimal it
    is: each written so, each implausible as thousands, each a wage (5 or more) as a decimal."""
    numbers = [n for n in (first, second) if n]
    values = [v for v in (low, high) if v is not None]
    return all(_DOT_THOUSANDS.fullmatch(n) and float(n) >= 5 for n in numbers) and all(v >= 1000 for v in values)


def _millions_as_pay(g: dict[str, str | None], bare: bool, unit: str | None, before: str, context: Context) -> bool:
    """An amount in millions is pay only with its currency, and after a pay word ("Annual salary: from KRW 62
    million"), in the pay section or a header pay field, or alone at its clause's start with its period ("VND 25
    million per month"; blind set S72). "a USD 40 million Series B", "2 million customers" and "a marketing budget
    of KRW 50 million per month" stay what they are."""
    if bare or not any(g[k] and g[k].lower() in P.MILLIONS for k in ("m1", "m2")):
        return False
    work = [w.end() for w in P.MILLIONS_WORK_BEFORE.finditer(before)]
    pay = [w.end() for w in P.MILLIONS_PAY_WORD.finditer(before)]
    if work and (not pay or pay[-1] < work[-1]):
        return False
    alone = unit is not None and not before.strip(_LEAD_IN)
    return alone or context != "strict" or (bool(pay) and len(before) - pay[-1] <= 30)


# What may stand before an amount that starts its clause: a list's bullet, a dash, a bracket, a colon.
_LEAD_IN = " \t\n-–—*•·|>#(:"


# The most a year's pay in millions may come to in US dollars: a
# million won or dong is little, half a million dollars a year no wage a posting states.
_MILLIONS_CAP_USD = 500_000


def _plausible_millions(value: float, period: str, currency: str | None) -> bool:
    return value * PER_YEAR.get(period, 1) / P.UNITS_PER_USD.get(currency or "", 1.0) < _MILLIONS_CAP_USD


# The most a price per piece ("$60 each") comes to; more is a salary each ("$85,000 each").
_MOST_EACH = 5000


def _build(text: str, m: re.Match[str], context: Context) -> Salary | None:
    g = m.groupdict()
    stated = g["pu1"] or g["pu2"] or g["pu3"]
    for code, number, mult in (("d1", "n1", "m1"), ("d2", "n2", "m2")):
        if g[code] and g[number] and not stated and not P.word_code_fits(g[code].strip()[:3], g[number], g[mult]):
            g[code] = None  # "5 PEN testers": a word after a small figure, not its currency ("500 PEN per month" is)
    if g["c2"] and not (g["c1"] or g["d1"]):
        return None  # "SOC 2 - $50k": a currency written on the second number only starts a new amount
    bare = not (g["c1"] or g["d1"] or g["d2"])
    unit = g["pu1"] or g["pu2"] or g["pu3"]
    if not unit and "lpa" in ((g["m1"] or "") + (g["m2"] or "")).lower():
        unit = "annum"  # "6.5 LPA": lakhs per annum
    if bare and _GRADE_WORD.search(text, max(0, m.start() - 12), m.start()):
        return None  # "Salary: Level 6, $98,012 - $105,871 per annum": a grade, the pay after it (blind set S47)
    before = _before(text, m.start())
    if P.SYSTEM_CAP_BEFORE.search(before) or P.PERK_BEFORE.search(before) or P.ORG_MONEY_BEFORE.search(before):
        return None
    if (added := P.SUPPLEMENT_BEFORE.search(before)) and not P.in_pay_label(text, text.rfind(before, 0, m.start()) + added.start()):
        return None  # "a market supplement of £2,000", not "Salary (inclusive of London weighting): £42,000"
    if bare and context != "meta":
        # A bare number is pay only beside a pay word and with a stated period.
        if context == "strict" and not P.PAY_WORD_BEFORE.search(before):
            return None
        # "Salary 18k in hand", "salary from 22k" (blind set S29): thousands after a pay word are pay,
        # period or not (a 401k is a retirement plan).
        thousands = (g["m1"] or "").lower() == "k" and g["n1"] != "401" and P.PAY_WORD_BEFORE.search(before)
        if not unit and not P.PERIOD_BEFORE.search(before) and not thousands:
            return None
    if "L" in (g["m1"], g["m2"]) and not any(g[k] and ("₹" in g[k] or "INR" in g[k]) for k in ("c1", "d1", "c2", "d2")):
        return None  # "a 5L tank": litres; only rupees take L for lakhs
    if bare and _year_span(g["n1"], g["n2"]):
        return None  # "the 2026-27 salary schedule": a school or fiscal year
    if any(g[k] and g[k].lower() == "won" for k in ("d1", "d2")) and not (g["s1"] or g["m1"] or g["s2"] or g["m2"]):
        return None  # "in 2019 won the award": the word is Korea's won only after "62 million" or "62,000,000"
    millions = _millions_as_pay(g, bare, unit, before, context)
    low = P.amount(g["n1"], g["m1"], millions)
    high = P.amount(g["n2"], g["m2"], millions) if g["n2"] else None
    if low is None or (g["n2"] and high is None):
        return None
    end = m.end()
    if high is not None:
        # "$100-120k", "₹ 3.5-6.5 Lacs": a multiplier written once applies to both ends.
        times = P.factor(g["m2"] or g["m1"], millions) or 1
        if g["m2"] and not g["m1"] and low < 1000 and low * times <= high:
            low *= times
        elif g["m1"] and not g["m2"] and high < 1000:
            high *= times
        if not g["sep"].strip(" \t\r\n|\u00a0") and high <= low:
            # Two amounts side by side ("$100k $20k bonus") are a range only when rising.
            high, end = None, max(m.end(k) for k in ("n1", "m1", "d1") if g[k])
            g.update(n2=None, m2=None, c2=None, d2=None, plus=None, plusw=None, plusw_after=None)
            unit = None
    amounts_end = max(m.end(k) for k in ("n1", "m1", "d1", "n2", "m2", "d2") if g[k])
    if P.NOT_PAY_AFTER.match(text, amounts_end) or P.NOT_PAY_AFTER.match(text, end):
        return None

    currency, currency_inferred = None, False
    for key in ("c1", "d1", "c2", "d2"):
        found = P.currency_of(g[key])
        if found and (currency is None or (currency_inferred and not found[1])):
            currency, currency_inferred = found

    if currency is None and P.factor(g["m1"] or g["m2"]) == P.LAKH:
        currency, currency_inferred = "INR", True  # "6.5 LPA": India's lakh names the rupee
    period = P.period_of(unit) if unit else None
    if period is None and (hit := P.PERIOD_BEFORE.search(before)):
        period = P.period_of(hit.group("pw"))

    lead = " ".join((g["lead"] or "").lower().split())
    open_ended: OpenEnded | None = None
    if high is not None:
        pass
    elif lead in P.UP_TO or (not lead and P.MAX_BEFORE.search(before)):
        low, high, open_ended = None, low, "up-to"
    elif lead in P.FROM or (not lead and not g["plus"] and not g["plusw"] and not g["plusw_after"] and P.MIN_BEFORE.search(before)):
        open_ended = "from"
    elif g["plus"] or g["plusw"] or (g["plusw_after"] and not g["n2"]):
        open_ended = "plus"
    else:
        high = low

    per = None
    piece = P.PIECE_AFTER.match(text, end) if period is None else None
    if piece is not None and piece.group("each") and (high if high is not None else low or 0.0) > _MOST_EACH:
        piece = None  # "two posts at $85,000 each": a salary each
    if piece is not None:
        # "$0.68 per mile", "$4,800 fixed price", "$60 each": no period to infer
        per, end = ("item" if piece.group("each") else (piece.group("piece") or "project").lower()), piece.end()
    elif period is None and (other := P.OTHER_PERIOD_AFTER.match(text, end)):
        per, end = ("two weeks" if other.group("two_weeks") else "half month"), other.end()  # "Biweekly": stated
    if millions and not _plausible_millions(high if high is not None else low or 0.0, period or "YEAR", currency):
        return None  # "USD 2 million a year": a budget's or a deal's, not a wage
    if period == "HOUR" and currency in _DOT_DECIMAL_CURRENCIES and _hourly_decimals(g["n1"], g["n2"], low, high):
        low = float(g["n1"]) if low is not None else None
        high = float(g["n2"] or g["n1"]) if high is not None else None
    period_inferred = period is None and per is None
    if period is None and per is None:
        period = infer_period(high if high is not None else low or 0.0, currency)
    if text[m.start() : end].count("(") > text[m.start() : end].count(")") and text[end : end + 1] == ")":
        end += 1
    return Salary(
        min=low, max=high, currency=currency, period=period, period_inferred=period_inferred,
        currency_inferred=currency_inferred, open_ended=open_ended, start=m.start(), end=end,
        raw=text[m.start() : end], grade=P.grade_of(g["grade"]), per=per,
    )
