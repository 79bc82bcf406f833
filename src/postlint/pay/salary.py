"""Find and parse the pay a job posting states.

:func:`parse_salary` reads one string; :func:`find_salary` searches a posting
(front matter, then the compensation section, the preamble, every block) and
reports source offsets; :func:`find_pay_mentions` lists every pay figure and
every vague pay phrase ("competitive", "DOE") for the PAY rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from postlint.language.prefilter import may_contain
from postlint.model.salary import OpenEnded, PayPeriod, Salary
from postlint.pay import patterns as P

if TYPE_CHECKING:  # pragma: no cover
    from postlint.model.posting import Block, Posting, Section

# How much to trust a number with no currency: "strict" needs a pay word and a
# stated period, "section" (inside a Compensation section) only the period,
# "meta" (a front-matter pay key) nothing more.
Context = Literal["strict", "section", "meta"]


@dataclass(frozen=True, slots=True)
class PayMention:
    """A pay figure (``salary``) or pay talk without numbers (``vague``), in source offsets."""

    start: int
    end: int
    text: str
    kind: Literal["salary", "vague"]


def infer_period(value: float) -> PayPeriod:
    """Guess the period from the amount: hourly rates are small, salaries large."""
    if value <= 200:
        return "HOUR"
    if value <= 1500:
        return "DAY"
    if value < 20000:
        return "MONTH"
    return "YEAR"


# -- one string ------------------------------------------------------------
def parse_salary(text: str) -> Salary | None:
    """The first pay expression in ``text`` (offsets relative to ``text``), or ``None``."""
    return next(_scan(text, "strict"), None)


def iter_salaries(text: str) -> Iterator[Salary]:
    """Every pay expression in ``text``, in order."""
    return _scan(text, "strict")


# Every amount PAY matches holds a decimal digit (``\d``, as the pattern reads it): text
# without one is ruled out by this scan, far cheaper than PAY's try at every position.
_ANY_DIGIT = re.compile(r"\d")


def _scan(text: str, context: Context) -> Iterator[Salary]:
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
            yield found
        elif match.group("c2"):
            pos = match.start("c2")  # "SOC 2 - $50k": the first number was not pay but the second may be
        else:
            pos = match.end()


# Between the two ends of a range whose ends each carry the period: "$22/hr - $29/hr".
_RANGE_DASH = re.compile(r"[ \t\u00a0]{0,3}(?:-{1,2}|[–—]|to)[ \t\u00a0]{0,3}")


def _with_second_end(text: str, found: Salary, context: Context, end: int) -> tuple[Salary, int]:
    """``found`` made a range when another amount of the same currency and period follows a dash
    ("$22/hr - $29/hr", "£550/day – £650/day"), and where the scan goes on."""
    if found.min is None or found.min != found.max or found.period is None or found.period_inferred:
        return found, end
    dash = _RANGE_DASH.match(text, end)
    if dash is None or dash.end() == end:
        return found, end
    second = P.PAY.match(text, dash.end())
    other = _build(text, second, context) if second is not None else None
    # A lower second end is kept: "$22/hr - $20/hr" is the reversed range PAY005 reports.
    if (
        other is None or other.min is None or other.min != other.max or other.period != found.period
        or other.period_inferred or other.currency != found.currency or other.min == found.min
    ):
        return found, end
    return found.model_copy(update={"max": other.max, "end": other.end, "raw": text[found.start : other.end]}), other.end


def _has_hint(text: str) -> bool:
    if P.HINT_SYMBOLS.search(text):
        return True
    lower = text.lower()
    return any(word in lower for word in P.HINT_WORDS)


def _before(text: str, start: int) -> str:
    """Up to 80 characters before ``start``, cut after the last digit, stop or currency sign."""
    window = text[max(0, start - 80) : start]
    stop = P.BEFORE_STOP.match(window)
    return window[stop.end() :] if stop else window


def _year_span(first: str | None, second: str | None) -> bool:
    """``2026-27`` or ``2026-2027``: a year and the next, as school and fiscal years are written."""
    if not first or not second or len(first) != 4 or not first.isdigit() or not second.isdigit() or first[:2] not in ("19", "20"):
        return False
    year = int(first)
    return (len(second) == 2 and int(second) == (year + 1) % 100) or (len(second) == 4 and int(second) == year + 1)


def _build(text: str, m: re.Match[str], context: Context) -> Salary | None:
    g = m.groupdict()
    if g["c2"] and not (g["c1"] or g["d1"]):
        return None  # "SOC 2 - $50k": a currency written on the second number only starts a new amount
    bare = not (g["c1"] or g["d1"] or g["d2"])
    unit = g["pu1"] or g["pu2"] or g["pu3"]
    if not unit and "lpa" in ((g["m1"] or "") + (g["m2"] or "")).lower():
        unit = "annum"  # "6.5 LPA": lakhs per annum
    before = _before(text, m.start())
    if P.SYSTEM_CAP_BEFORE.search(before) or P.PERK_BEFORE.search(before):
        return None
    if bare and context != "meta":
        # A bare number is pay only beside a pay word and with a stated period.
        if context == "strict" and not P.PAY_WORD_BEFORE.search(before):
            return None
        if not unit and not P.PERIOD_BEFORE.search(before):
            return None
    if bare and _year_span(g["n1"], g["n2"]):
        return None  # "the 2026-27 salary schedule": a school or fiscal year
    low = P.amount(g["n1"], g["m1"])
    high = P.amount(g["n2"], g["m2"]) if g["n2"] else None
    if low is None or (g["n2"] and high is None):
        return None
    end = m.end()
    if high is not None:
        # "$100-120k", "₹ 3.5-6.5 Lacs": a multiplier written once applies to both ends.
        times = P.factor(g["m2"] or g["m1"]) or 1
        if g["m2"] and not g["m1"] and low < 1000 and low * times <= high:
            low *= times
        elif g["m1"] and not g["m2"] and high < 1000:
            high *= times
        if not g["sep"].strip(" \t\r\n|\u00a0") and high <= low:
            # Two amounts side by side ("$100k $20k bonus") are a range only when rising.
            high, end = None, max(m.end(k) for k in ("n1", "m1", "d1") if g[k])
            g.update(n2=None, m2=None, c2=None, d2=None, plus=None, plusw=None)
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
    elif lead in P.FROM or (not lead and not g["plus"] and not g["plusw"] and P.MIN_BEFORE.search(before)):
        open_ended = "from"
    elif g["plus"] or g["plusw"]:
        open_ended = "plus"
    else:
        high = low

    per = None
    if period is None and (piece := P.PIECE_AFTER.match(text, end)):
        per, end = piece.group("piece").lower(), piece.end()  # "$0.68 per mile": no period to infer
    period_inferred = period is None and per is None
    if period is None and per is None:
        period = infer_period(high if high is not None else low or 0.0)
    if text[m.start() : end].count("(") > text[m.start() : end].count(")") and text[end : end + 1] == ")":
        end += 1
    return Salary(
        min=low, max=high, currency=currency, period=period, period_inferred=period_inferred,
        currency_inferred=currency_inferred, open_ended=open_ended, start=m.start(), end=end,
        raw=text[m.start() : end], grade=P.grade_of(g["grade"]), per=per,
    )


# -- a posting -------------------------------------------------------------
def find_salary(posting: Posting) -> Salary | None:
    """The posting's pay, best source first; spans are source offsets."""
    found = _from_meta(posting)
    if found is not None:
        return found
    for blocks, context in _search_order(posting):
        for block in blocks:
            hit = next(_in_block(block, context), None)
            if hit is not None:
                return _with_structured_period(posting, _with_table_period(posting, hit) if block.kind == "table_row" else hit)
    return None


# A pay table's column heading that names the period: "| Step | Hourly rate |", "| Grade | Annual salary |".
_COLUMN_PERIOD = re.compile(r"(?i)\b(?:hourly|per hour|an hour|daily|per day|a day|weekly|per week|a week|monthly|per month|a month|annual|annually|yearly|per year|a year|per annum)\b")


def _with_table_period(posting: Posting, salary: Salary) -> Salary:
    """A Markdown table's amount takes its period from its column's heading ("Hourly rate")."""
    source = posting.source
    line_start = source.rfind("\n", 0, salary.start) + 1
    if not salary.period_inferred or not source[line_start : salary.start].lstrip().startswith("|"):
        return salary
    column = source.count("|", line_start, salary.start)
    header = None
    end = line_start - 1
    while end > 0:  # up the table to its first row
        start = source.rfind("\n", 0, end) + 1
        line = source[start:end].strip()
        if not line.startswith("|"):
            break
        if not set(line) <= set("|-: "):
            header = line
        end = start - 1
    cells = header.split("|") if header else []
    if column < len(cells) and (found := _COLUMN_PERIOD.search(cells[column])):
        period = P.period_of(found.group().split()[-1])
        if period is not None:
            return salary.model_copy(update={"period": period, "period_inferred": False})
    return salary


def _with_structured_period(posting: Posting, salary: Salary) -> Salary:
    """A page's JobPosting JSON-LD states the period its visible text may leave out."""
    if not salary.period_inferred or not posting.meta.get("jsonld"):
        return salary
    from postlint.model.jsonld import each_posting

    for _, job in each_posting(posting):
        base = job.get("baseSalary")
        value = base.get("value") if isinstance(base, dict) else None
        unit = value.get("unitText") if isinstance(value, dict) else None
        if unit in ("HOUR", "DAY", "WEEK", "MONTH", "YEAR"):
            return salary.model_copy(update={"period": unit, "period_inferred": False})
    return salary


def find_salaries(posting: Posting) -> list[Salary]:
    """Every pay figure in the posting's blocks (a compensation part read leniently), in source order:
    the main salary and the others ("Lead Associate (after 90 days): $23.50 - $25.00 per hour")."""
    found = posting._cache.get("pay.salaries")
    if found is None:  # once per posting: PAY005 and PAY008 both read them
        comp = _compensation_blocks(posting)
        found = [s for block in posting.blocks() for s in _in_block(block, "section" if id(block) in comp else "strict")]
        found = posting._cache["pay.salaries"] = sorted(found, key=lambda s: (s.start, s.end))
    return found


def find_pay_mentions(posting: Posting) -> list[PayMention]:
    """Every pay figure and vague pay phrase in the posting, in source order."""
    return _in_order(_salary_mentions(posting) | _vague_mentions(posting))


def find_vague_pay(posting: Posting) -> list[PayMention]:
    """The vague pay phrases alone ("competitive", "DOE"), in source order."""
    return _in_order(_vague_mentions(posting))


def _in_order(mentions: set[PayMention]) -> list[PayMention]:
    return sorted(mentions, key=lambda p: (p.start, p.end, p.kind))


def _compensation_blocks(posting: Posting) -> set[int]:
    return {id(b) for s in posting.find_all("compensation") for b in _section_blocks(s)}


def _salary_mentions(posting: Posting) -> set[PayMention]:
    out: set[PayMention] = set()
    meta_salary = _from_meta(posting)
    if meta_salary is not None and meta_salary.end > meta_salary.start:
        out.add(PayMention(meta_salary.start, meta_salary.end, posting.source[meta_salary.start : meta_salary.end], "salary"))
    for salary in find_salaries(posting):
        out.add(PayMention(salary.start, salary.end, salary.raw, "salary"))
    return out


def _vague_mentions(posting: Posting) -> set[PayMention]:
    source = posting.source
    out: set[PayMention] = set()
    for start, end in _meta_lines(posting).values():
        for i, j in _vague(source[start:end], on_topic=True):
            out.add(PayMention(start + i, start + j, source[start + i : start + j], "vague"))
    comp = _compensation_blocks(posting)
    for block in posting.blocks():
        for i, j in _vague(block.text, id(block) in comp):
            out.add(PayMention(block.at(i), block.end_at(j), block.text[i:j], "vague"))
    return out


def _vague(text: str, on_topic: bool = False) -> Iterator[tuple[int, int]]:
    words = P.VAGUE_WORDS + P.VAGUE_BARE_WORDS if on_topic else P.VAGUE_WORDS
    if not may_contain(text, words) and not P.DOE_HINT.search(text):
        return  # most blocks: none of the words the patterns need
    spans: list[tuple[int, int]] = []
    for m in P.VAGUE.finditer(text):
        if m.group().replace(".", "") == "DOE" and not (
            on_topic or P.DOE_CONTEXT.search(text[max(0, m.start() - 60) : m.start()])
        ):
            continue  # the Department of Energy, not "depending on experience"
        spans.append(m.span())
    if on_topic:
        spans += [m.span() for m in P.VAGUE_BARE.finditer(text) if not any(s <= m.start() < e for s, e in spans)]
    yield from sorted(spans)


def _section_blocks(section: Section) -> Iterator[Block]:
    if section.heading is not None:
        yield section.heading
    yield from section.all_blocks()


def _search_order(posting: Posting) -> Iterator[tuple[Iterable[Block], Context]]:
    for section in posting.find_all("compensation"):
        yield _section_blocks(section), "section"
    yield posting.preamble, "strict"
    yield posting.blocks(), "strict"


def _in_block(block: Block, context: Context) -> Iterator[Salary]:
    for s in _scan(block.text, context):
        start, end = block.at(s.start), block.end_at(s.end)
        yield s.model_copy(update={"start": start, "end": end})


# -- front matter ----------------------------------------------------------
def _meta_lines(posting: Posting) -> dict[str, tuple[int, int]]:
    """Source span of the value of each front-matter pay key (first occurrence)."""
    # A reader that found metadata in the body says where; front matter is searched for the rest.
    found = {P.meta_key(k): span for k, span in posting.meta_spans.items() if P.meta_key(k) in P.META_KEYS}
    keys = {P.meta_key(k) for k in posting.meta} - found.keys()
    if not keys & (P.META_KEYS | set(P.META_CURRENCY_KEYS) | set(P.META_PERIOD_KEYS)):
        return found
    first = next(posting.blocks(), None)
    limit = first.start if first is not None else len(posting.source)
    spans: dict[str, tuple[int, int]] = {}
    for m in P.META_LINE.finditer(posting.source, 0, limit):
        key = P.meta_key(m.group("key"))
        if key in P.META_KEYS and key not in spans:  # a nested mapping has no value on its line
            spans[key] = m.span("value") if m.group("value") else m.span("key")
    return {**spans, **found}


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and (hit := P.PAY.search(value)) and hit.group("n1"):
        return P.amount(hit.group("n1"), hit.group("m1"))
    return None


def _from_meta(posting: Posting) -> Salary | None:
    meta = {P.meta_key(k): v for k, v in posting.meta.items()}
    if not meta:
        return None
    spans = _meta_lines(posting)
    source = posting.source
    currency = next((meta[k] for k in P.META_CURRENCY_KEYS if isinstance(meta.get(k), str)), None)
    period = next((P.period_of(meta[k]) for k in P.META_PERIOD_KEYS if isinstance(meta.get(k), str)), None)

    def finish(found: Salary) -> Salary:
        update: dict[str, Any] = {}
        if found.currency is None and currency and (code := P.currency_of(currency)):
            update.update(currency=code[0], currency_inferred=code[1])
        if found.period_inferred and period:
            update.update(period=period, period_inferred=False)
        return found.model_copy(update=update) if update else found

    for key in P.META_TEXT_KEYS:
        if key not in meta:
            continue
        value = meta[key]
        span = spans.get(key, (0, 0))
        if isinstance(value, str):
            hit = next(_scan(source[span[0] : span[1]], "meta"), None) if span[1] > span[0] else None
            if hit is not None:
                return finish(hit.model_copy(update={"start": hit.start + span[0], "end": hit.end + span[0]}))
            hit = next(_scan(value, "meta"), None)
            if hit is not None:
                return finish(hit.model_copy(update={"start": span[0], "end": span[1]}))
            continue
        built = _structured(value, span, source)
        if built is not None:
            return finish(built)
    low = _first_number(meta, P.META_MIN_KEYS)
    high = _first_number(meta, P.META_MAX_KEYS)
    if low is None and high is None:
        return None
    key = next(k for k in P.META_MIN_KEYS + P.META_MAX_KEYS if _number(meta.get(k)) is not None)
    return finish(_make(low, high, None, None, spans.get(key, (0, 0)), source))


def _structured(value: Any, span: tuple[int, int], source: str) -> Salary | None:
    """A number, [min, max], or a mapping such as schema.org's MonetaryAmount."""
    if (n := _number(value)) is not None and not isinstance(value, str):
        return _make(n, n, None, None, span, source)
    if isinstance(value, list | tuple) and 1 <= len(value) <= 2:
        nums = [_number(v) for v in value]
        if all(n is not None for n in nums):
            return _make(nums[0], nums[-1], None, None, span, source)
        return None
    if not isinstance(value, dict):
        return None
    d = {P.meta_key(k): v for k, v in value.items()}
    inner = d.get("value")
    if isinstance(inner, dict):  # MonetaryAmount.value is a QuantitativeValue
        d = {**{P.meta_key(k): v for k, v in inner.items()}, **{k: v for k, v in d.items() if k != "value"}}
    low = _first_number(d, ("min", "minimum", "minvalue", "min_value", "from", "low"))
    high = _first_number(d, ("max", "maximum", "maxvalue", "max_value", "to", "high"))
    if low is None and high is None:
        low = high = _first_number(d, ("value", "amount"))
    if low is None:
        return None if high is None else _make(None, high, None, None, span, source)
    currency = next((d[k] for k in ("currency", "salarycurrency", "salary_currency") if isinstance(d.get(k), str)), "")
    unit = next((d[k] for k in ("unittext", "unit_text", "unit", "period", "per") if isinstance(d.get(k), str)), "")
    return _make(low, high, currency, P.period_of(unit) if unit else None, span, source)


def _first_number(d: dict[str, Any], keys: tuple[str, ...]) -> float | None:
    return next((n for k in keys if (n := _number(d.get(k))) is not None), None)


def _make(low: float | None, high: float | None, currency: str | None, period: str | None,
          span: tuple[int, int], source: str) -> Salary:
    code = P.currency_of(currency) if currency else None
    return Salary(
        min=low, max=high, currency=code[0] if code else None, currency_inferred=bool(code and code[1]),
        period=period or infer_period(high if high is not None else low or 0.0), period_inferred=period is None,
        open_ended=None if low is not None and high is not None else ("up-to" if low is None else "from"),
        start=span[0], end=span[1], raw=source[span[0] : span[1]],
    )
