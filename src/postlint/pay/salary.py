"""Find and parse the pay a job posting states.

:func:`parse_salary` (from :mod:`postlint.pay.amounts`) reads one string; :func:`find_salary` searches a posting
(front matter, then the compensation section, the preamble, every block) and
reports source offsets; :func:`find_pay_mentions` lists every pay figure and
every vague pay phrase ("competitive", "DOE") for the PAY rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from postlint.language.prefilter import blocks_with, may_contain
from postlint.model.salary import PER_YEAR, Salary
from postlint.pay import patterns as P
from postlint.pay.amounts import Context, infer_period, iter_salaries, parse_salary
from postlint.pay.board import board_panel, in_block, marked_in_block, with_period_line, with_table_period
from postlint.pay.meta_pay import from_meta, meta_lines

__all__ = [
    "PayMention", "find_open_ended", "first_statement", "find_text_salary", "meta_salary", "find_pay_mentions", "find_ranges", "find_salaries", "find_salaries_in", "find_salary", "find_vague_pay", "infer_period", "iter_salaries", "parse_salary",
]

if TYPE_CHECKING:  # pragma: no cover
    from postlint.model.posting import Block, Posting, Section



@dataclass(frozen=True, slots=True)
class PayMention:
    """A pay figure (``salary``) or pay talk without numbers (``vague``), in source offsets."""

    start: int
    end: int
    text: str
    kind: Literal["salary", "vague"]


# -- a posting -------------------------------------------------------------
def find_salary(posting: Posting) -> Salary | None:
    """The posting's pay, best source first; spans are source offsets."""
    found = from_meta(posting)
    if found is not None and (found.currency is None or found.period_inferred):
        text = find_text_salary(posting)
        if text is not None and text.currency is not None and found.currency is None and _same_size(found, text):
            # Bare numbers in front matter ("salary_min: 120000") beside a figure in the text with its
            # currency ("$115,000 – $150,000 per year"): the text says what readers see (blind set S24).
            # Not a perk's money far from them: a council's "Salary" field of "37,938 - 41,511 per annum" beside
            # "A market supplement of £2,000 a year" (blind set S73); the field is the pay, PAY004 asks its currency.
            return text
        if text is not None and not text.period_inferred and text.period is not None and (
            (text.min, text.max) == (found.min, found.max) or _overlapping(found, text)
        ):
            # Front matter with no period, the same figures in the text with theirs ("€65–€85 per hour",
            # blind set S26), or figures that overlap them, one end changed ("VND 38,000,000 – 50,000,000
            # gross per month" beside 38000000–55000000, blind set S64; STR016 reports the gap): the period
            # is stated. (With figures apart, "20–25" beside "$45,000 a year", front matter's own gap stays reported.)
            return found.model_copy(update={"period": text.period, "period_inferred": False})
        if text is not None and not text.period_inferred and text.period is None and text.per is not None and (
            (text.min, text.max) == (found.min, found.max) or _overlapping(found, text)
        ):
            # ... or its price per piece ("£420 - £480 per session" beside 420–480, blind set S132): per what is stated.
            return found.model_copy(update={"period": None, "per": text.per, "period_inferred": False})
        if text is not None and text.period_inferred and text.per is None and found.period_inferred and (
            _same_pay(found, text) or _overlapping(found, text)
        ) and not _title_figure_of(posting, text, found):
            # Neither says per what: the text's figures are the ones readers see (blind set S55), in front matter's currency;
            # figures that overlap them too, one end changed ("22 000 – 28 000 PLN" beside 20000–28000, blind set S89;
            # STR016 reports the gap), as when the text says per what above.
            return text if text.currency else text.model_copy(update={"currency": found.currency, "currency_inferred": found.currency_inferred})
    if found is not None:
        # A page's header field ("Compensation" / "$165,000 – $205,000") is text it shows, as a paragraph is.
        return _with_structured_period(posting, found)
    return find_text_salary(posting)


def _title_figure_of(posting: Posting, text: Salary, found: Salary) -> bool:
    """The text's figure is one figure that ends the fields' range, in the title ("£29k" in "Field Sales Executive - £29k
    + Car" over "Salary: £26,000 - £29,000", blind set S104) or anywhere below a header field candidates read (a
    salary schedule's first cell, "$54,212", under "Salary: $54,212 - $101,847", blind set S113). The range is the
    pay, and its line the one to read; front matter, which no candidate reads, still gives way to the text's figure.
    So does the title's repeat of a header field's range ("Data Analyst | 14 000–18 000 PLN" over "Salary: 14 000 – 18 000
    PLN gross", blind set S119): the field's line is the pay's, and STR002 reports the title's figures."""
    title = posting.title_block
    in_title = title is not None and title.start <= text.start < title.end
    shown = any(start <= found.start < end for start, end in posting.meta_spans.values())
    if in_title and shown and text.min is not None and (text.min, text.max) == (found.min, found.max):
        return True
    if text.min is None or text.min != text.max:
        return False
    if not (found.min is not None and found.max is not None and found.min < found.max and text.min in (found.min, found.max)):
        return False
    return in_title or shown


def _same_size(meta: Salary, text: Salary) -> bool:
    """Two figures of about one size for a year (within a factor of two), or one that says per what only by
    the piece ("$4,800 fixed price"): the same pay, written twice."""
    if meta.period is None or text.period is None:
        return True
    sizes = [
        (s.max if s.max is not None else s.min or 0.0) * PER_YEAR.get(s.period or "YEAR", 1) for s in (meta, text)
    ]
    return min(sizes) > 0 and max(sizes) <= 2 * min(sizes)


def _overlapping(meta: Salary, text: Salary) -> bool:
    """Front matter's and the text's ranges overlap, in one currency where both name one: the same pay."""
    if meta.currency is not None and text.currency is not None and meta.currency != text.currency:
        return False
    if meta.min is None or meta.max is None or text.min is None or text.max is None:
        return False
    return max(meta.min, text.min) <= min(meta.max, text.max)


def _same_pay(meta: Salary, text: Salary) -> bool:
    """Front matter's and the text's pay with the same figures, in one currency where both name one."""
    if meta.currency is not None and text.currency is not None and meta.currency != text.currency:
        return False
    return (meta.min, meta.max) == (text.min, text.max)


def meta_salary(posting: Posting) -> Salary | None:
    """The pay its front matter or header fields state, if any."""
    return from_meta(posting)


def find_text_salary(posting: Posting) -> Salary | None:
    """The pay the posting's text states (its metadata aside), best place first. Another rate (a night
    differential, a figure under "Per diem rate:") gives way to the pay in the pay section or the header;
    found nowhere else, it is the pay. A bonus or a per diem allowance is never the pay."""
    passed: tuple[Salary, Block, Context] | None = None
    for blocks, context in _search_order(posting):
        if passed is not None and blocks is not posting.preamble:
            break  # past the pay section and the header: the rate passed over is the pay after all
        for block in blocks:
            for hit, other in marked_in_block(block, context):
                if other == "perk":
                    continue
                if not other:
                    return _finish(posting, *(_past_title(posting, hit, block) or (hit, block, context)))
                passed = passed or (hit, block, context)
    return _finish(posting, *passed) if passed is not None else None


def _full(hit: Salary) -> bool:
    """A range with its period stated."""
    return hit.min is not None and hit.max is not None and hit.min < hit.max and not hit.period_inferred


def _past_title(posting: Posting, hit: Salary, block: Block) -> tuple[Salary, Block, Context] | None:
    """A figure in the title line that is no full range with its period ("Sales Agent – COP 2.800.000 +
    Commissions") gives way to one in the body that is ("Base salary: COP 2.800.000 – 3.200.000 per month",
    blind set S75)."""
    if block is not posting.title_block or _full(hit):
        return None
    comp = _compensation_blocks(posting)
    for other_block in posting.blocks():
        context: Context = "section" if id(other_block) in comp else "strict"
        if other_block is not block:
            for found, other in marked_in_block(other_block, context):
                if not other and _full(found):
                    return found, other_block, context
    return None


def _finish(posting: Posting, hit: Salary, block: Block, context: Context) -> Salary:
    # A board's pay panel outranks a figure in the prose, unless that is a full range with its period.
    full = _full(hit)
    if context == "strict" and not full and (panel := board_panel(posting)) is not None:
        hit, block = panel
    hit = with_table_period(posting, hit) if block.kind == "table_row" else with_period_line(posting, hit)
    return _header_range_over(posting, _with_structured_period(posting, _with_period_below(posting, hit)), context)


# A later line that pays the figure above by a period: "Salary: the band above, paid yearly" (blind set S124).
_PERIOD_BELOW = re.compile(
    r"(?i)\b(?:the|this|that)\s+(?:band|range|salary|figure|rate|pay|amount)\s+(?:(?:shown|listed|stated)\s+)?above\b"
    r"[^.;!?\n\d]{0,40}?\b(?:paid|is|are)\s+(?P<p>(?:per|an?)\s+(?:hour|day|week|month|year|annum)|hourly|daily|weekly|monthly|yearly|annually)\b"
)


def _with_period_below(posting: Posting, salary: Salary) -> Salary:
    """A figure with no period takes the one a later line gives "the band above", no other pay figure between."""
    if not salary.period_inferred or salary.per is not None or "above" not in posting.source:
        return salary
    found = _PERIOD_BELOW.search(posting.source, salary.end)
    if found is None:
        return salary
    comp = _compensation_blocks(posting)
    if any(
        salary.end <= s.start < found.start()
        for b in posting.blocks() if b.end > salary.end and b.start < found.start()
        for s in in_block(b, "section" if id(b) in comp else "strict")
    ):
        return salary
    period = P.period_of(found.group("p"))
    return salary.model_copy(update={"period": period, "period_inferred": False}) if period else salary


def _header_range_over(posting: Posting, hit: Salary, context: Context) -> Salary:
    """The header's range when the pay section's first figure is one of its ends: "$33.19 – $35.02 per hour"
    under the title, then "Monday to Friday: $33.19 per hour" among the day rates (blind set S51)."""
    if context != "section" or hit.min is None or hit.min != hit.max:
        return hit
    header = next((s for b in posting.preamble for s in in_block(b, "strict")), None)
    if (
        header is not None and header.min is not None and header.max is not None and header.min < header.max
        and header.currency == hit.currency and header.period == hit.period and hit.min in (header.min, header.max)
    ):
        return header
    return hit


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
            return salary.model_copy(update={"period": unit, "period_inferred": False, "period_structured": True})
    return salary


def find_salaries(posting: Posting) -> list[Salary]:
    """Every pay figure in the posting's blocks (a compensation part read leniently), in source order:
    the main salary and the others ("Lead Associate (after 90 days): $23.50 - $25.00 per hour")."""
    found = posting._cache.get("pay.salaries")
    if found is None:  # once per posting: every pay mention the PAY rules list
        found = posting._cache["pay.salaries"] = _salaries_in(posting, posting.blocks())
    return found


# Two amounts around a dash or "to": "$19 - $21", "24.50 – 21.00", "$120k to $95k".
_RANGE_HINT = re.compile(r"\d\s{0,3}(?:[kKmM]\b|[^\s\d]{0,4})\s{0,3}(?:-{1,2}|[–—]|to)\s{0,3}\D{0,4}\d")


def find_ranges(posting: Posting) -> list[Salary]:
    """The pay ranges in the posting's blocks (what PAY005 checks beside the main salary): the
    salaries of the blocks that hold two amounts around a dash, without scanning every block."""
    hinted = [b for b in posting.blocks() if _RANGE_HINT.search(b.text)]
    return [s for s in _salaries_in(posting, hinted) if s.min != s.max]


# The words an open-ended figure opens or closes with ("up to $400", "from $70/hour", "$27 and up", "$25+").
_OPEN_WORDS = ("up to", "upto", "from", "start", "and up", "and above", "or more", "+", "minimum", "at least", "upward", "excess", "max")


def find_open_ended(posting: Posting) -> list[Salary]:
    """The one-ended pay figures of the posting ("earn from $70/hour", "up to $400"), in source order,
    read only in the blocks that hold an open-ended word."""
    blocks = blocks_with(posting, list(posting.blocks()), _OPEN_WORDS)
    return [s for s in _salaries_in(posting, blocks) if s.open_ended is not None or s.min is None or s.max is None]


def find_salaries_in(posting: Posting, block: Block) -> list[Salary]:
    """The pay figures of one block, read as :func:`find_salaries` reads it."""
    return _salaries_in(posting, [block])


def _salaries_in(posting: Posting, blocks: Iterable[Block]) -> list[Salary]:
    """The pay figures of ``blocks`` in source order, a compensation part's read leniently."""
    comp = _compensation_blocks(posting)
    found = [s for block in blocks for s in in_block(block, "section" if id(block) in comp else "strict")]
    return sorted(found, key=lambda s: (s.start, s.end))


def first_statement(posting: Posting, salary: Salary) -> Salary:
    """The main salary where the text first states it, written the same way (currency and period given or left
    out alike) and as the job's pay, not another rate or a perk: a header's "$140K - $190K" over the Compensation
    section's repeat, which the search for the pay prefers (blind sets S124, S127); not the title line's, which STR002
    reports. Else ``salary``. Found once per posting: PAY003 and PAY004 both report there."""
    cache: dict[tuple[object, ...], Salary] = posting._cache.setdefault("pay.first-statement", {})
    key = (salary.start, *_written(salary))
    if key not in cache:
        cache[key] = _first_statement(posting, salary)
    return cache[key]


def _first_statement(posting: Posting, salary: Salary) -> Salary:
    key = _written(salary)
    comp = _compensation_blocks(posting)
    for hit in find_salaries(posting):
        if hit.start >= salary.start:
            break
        block = posting.block_at(hit.start)
        if _written(hit) == key and block is not None and block is not posting.title_block and any(
            (s.start, s.end) == (hit.start, hit.end) and not mark
            for s, mark in marked_in_block(block, "section" if id(block) in comp else "strict")
        ):
            return hit
    return salary


def _written(salary: Salary) -> tuple[object, ...]:
    return (salary.open_ended, salary.min, salary.max, salary.currency, salary.currency_inferred, salary.period, salary.period_inferred, salary.per)


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
    meta_salary = from_meta(posting)
    if meta_salary is not None and meta_salary.end > meta_salary.start:
        out.add(PayMention(meta_salary.start, meta_salary.end, posting.source[meta_salary.start : meta_salary.end], "salary"))
    for salary in find_salaries(posting):
        out.add(PayMention(salary.start, salary.end, salary.raw, "salary"))
    return out


def _vague_mentions(posting: Posting) -> set[PayMention]:
    source = posting.source
    out: set[PayMention] = set()
    for start, end in meta_lines(posting).values():
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
