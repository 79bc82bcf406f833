"""Where a posting's layout says what a figure is: a job board's pay panel ("$350" over "Fixed-price"),
a period on the line under an amount or in a table's column heading, a figure under another rate's label,
and a block's figures in source offsets (for :mod:`postlint.pay.salary`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from postlint.language.prefilter import may_contain
from postlint.model.salary import Salary
from postlint.pay import patterns as P
from postlint.pay.amounts import Context, scan

if TYPE_CHECKING:  # pragma: no cover
    from postlint.model.posting import Block, Posting


def in_block(block: Block, context: Context) -> Iterator[Salary]:
    """The figures of one block, in source offsets."""
    for s, _ in marked_in_block(block, context):
        yield s


# What a figure is beside the job's pay: "" the pay, "rate" another rate of the job (the pay if nothing else
# is), "perk" money that is never the pay (a bonus, a per diem allowance).
Mark = Literal["", "rate", "perk"]


def marked_in_block(block: Block, context: Context) -> Iterator[tuple[Salary, Mark]]:
    """The figures of one block, in source offsets, each with what it is: another rate than the job's
    pay, a differential or premium ("Night shift differential of $4.00 per hour", "$2.50 an hour weekend
    differential"), or a figure under another rate's label ("Per diem rate: starting at $45.00 per hour");
    or a perk's money, a bonus or a per diem paid by the day ("Safety bonus of up to $600 per hitch", "Per
    diem: $75 per day on hitch"; blind set S79)."""
    text = block.text
    label = _OTHER_RATE_LABEL.match(text)
    for s in scan(text, context):
        mark: Mark = ""
        if _perk(text, s):
            mark = "perk"
        elif (
            (label is not None and label.end() <= s.start)
            or _differential_before(text, s.start)
            or _DIFFERENTIAL_AFTER.match(text, s.end) is not None
        ):
            mark = "rate"
        yield s.model_copy(update={"start": block.at(s.start), "end": block.end_at(s.end)}), mark


# A bonus named in the figure's clause before it ("Safety bonus of up to $600 per hitch", "Bonus: $500"),
# or a per diem right before or after it ("Per diem: $75 per day", "a per diem of up to $60 a day", "$75 per diem").
# (Not when the pay's own word stands between: "Sign-on bonus offered, and pay is $22 per hour", "bonus on top of a
# base of $60,000"; review.)
_BONUS_BEFORE = re.compile(
    r"(?i)\bbonus(?:es)?\b(?![^\d.;!?$€£\n]*\b(?:pay|salary|wages?|base|hourly|compensation)\b)[^\d.;!?$€£\n]{0,30}$"
)
# The pay the bonus is counted in: "OTE (base + bonus): $120,000", "Base plus bonus: …", "Total pay incl. bonus".
_PAY_WITH_BONUS = re.compile(
    r"(?i)\b(?:base|salary|pay|wages?|compensation|remuneration|earnings|OTE|on[- ]target|total|package)\b[^\S\n]*\(?[^\S\n]*"
    r"(?:\+|&|and|plus|/|with|incl\.?|including)[^\S\n]*(?:[a-z]+[^\S\n]+)?$"
)
_PER_DIEM_BEFORE = re.compile(
    r"(?i)\bper[- ]diems?(?:[^\S\n]{1,3}(?:rates?|allowances?|payments?))?[^\w\n]{0,3}"
    r"(?:(?:of|is|at|to|up|from|starting|paid|about|around)[^\S\n]{1,3}){0,3}$"
)
_PER_DIEM_AFTER = re.compile(r"(?i)[^\S\n]{0,3}(?:(?:an?|each|every)[^\S\n]{1,3}day[^\S\n]{1,3})?per[- ]diem\b")


def _perk(text: str, s: Salary) -> bool:
    """A bonus's or a per diem allowance's money, never the job's pay. A bonus word in the pay's own label is
    no bonus ("Salary + bonus: $90,000 – $110,000"); a per diem paid by the hour is a per diem worker's wage
    ("Per diem rate: starting at $45.00 per hour", blind set S70)."""
    lo = max(0, s.start - 60)
    bonus = _BONUS_BEFORE.search(text, lo, s.start)
    if bonus is not None and not _PAY_WITH_BONUS.search(text, lo, bonus.start()):
        return True
    if s.period == "HOUR" and not s.period_inferred:
        return False
    return _PER_DIEM_BEFORE.search(text, lo, s.start) is not None or _PER_DIEM_AFTER.match(text, s.end) is not None


# Another rate beside the job's pay (blind set S70: a hospital's night differential under "Pay and benefits",
# read as the pay over the "Pay: $31.50 – $42.75 per hour" above it): in the figure's clause before it, or right after it.
_DIFFERENTIAL = r"(?:differentials?|diffs?|premiums?)"
_DIFFERENTIAL_BEFORE = re.compile(rf"(?i)\b{_DIFFERENTIAL}\b[^\d.;!?$€£\n]{{0,30}}$")


def _differential_before(text: str, start: int) -> bool:
    """A differential or premium named just before the figure ("Night shift differential of $4.00 per hour"), not a
    word in the pay's own label ("Base pay range (before shift differentials): $38.00 – $52.00 per hour")."""
    found = _DIFFERENTIAL_BEFORE.search(text, max(0, start - 60), start)
    return found is not None and not P.in_pay_label(text, found.start())


_DIFFERENTIAL_AFTER = re.compile(
    rf"(?i)(?<![^\S\n])[^\S\n]{{0,3}}(?:(?:night|evening|weekend|holiday|overnight|shift|on-call|call|charge|bilingual|late|early|sunday|saturday)[^\S\n]{{1,3}}){{0,3}}{_DIFFERENTIAL}\b"
)
# A line's label naming another rate: "Per diem rate:", "Overtime rate:", "Weekend pay:", "Night differential:".
_OTHER_RATE_LABEL = re.compile(
    r"(?im)^[^\w\n]{0,3}(?:[a-z][\w'’-]{0,20}[^\S\n]{1,3}){0,3}?(?:overtime|per[- ]diem|prn|weekend|night|evening|overnight|holiday"
    r"|on[- ]call|call[- ]?back|stand[- ]?by|rush|extension|premium|differential)\b[^:\n\d$€£]{0,30}:"
)


# A job board's line of the period alone under the amount (MyCareersFuture: "$5,500 to $7,800", then "Monthly";
# Upwork: "$35.00-$55.00", then "Hourly range", blind set S30).
_PERIOD_LINE = re.compile(
    r"[ \t]*\n[ \t]*(?:per |an? |/[ \t]?)?(hourly|hour|daily|day|weekly|week|monthly|month|annually|annual|yearly|year|annum)"
    r"(?:[ \t]+(?:range|rate|pay|wage|salary))?[ \t]*(?:\n|$)",
    re.IGNORECASE,
)


def with_period_line(posting: Posting, salary: Salary) -> Salary:
    """An amount that ends its line takes its period from a next line that says only the period."""
    if not salary.period_inferred:
        return salary
    found = _PERIOD_LINE.match(posting.source, salary.end)
    period = P.period_of(found.group(1)) if found else None
    return salary.model_copy(update={"period": period, "period_inferred": False}) if period else salary


# A job board's pay panel: the figure alone on its line, the kind of pay alone on the next (Upwork: "$350",
# then "Fixed-price"; "$35.00-$55.00", then "Hourly range"; MyCareersFuture: "$5,500 to $7,800", then "Monthly").
_PANEL_KIND = re.compile(
    r"(?im)^[ \t]*(?:fixed[- ]price|(?:hourly|daily|weekly|monthly|annual|yearly)(?:[ \t]+(?:range|rate|pay|wage|salary))?)[ \t]*$"
)
_PANEL_WORDS = ("fixed", "hourly", "daily", "weekly", "monthly", "annual", "yearly")


def board_panel(posting: Posting) -> tuple[Salary, Block] | None:
    """The figure of a board's pay panel and its block: the job's pay, whatever the prose before it
    mentions ("Future emails pay up to $60 each" above Upwork's "$350 / Fixed-price", blind set S72)."""
    source = posting.source
    if not may_contain(source, _PANEL_WORDS):
        return None
    for kind in _PANEL_KIND.finditer(source):
        line_end = source.rfind("\n", 0, kind.start())
        if line_end <= 0:
            continue
        line_start = source.rfind("\n", 0, line_end) + 1
        line = source[line_start:line_end]
        first = line_start + len(line) - len(line.lstrip())
        last = line_start + len(line.rstrip())
        block = posting.block_at(first)
        if block is None or first >= last:
            continue
        hit = next((s for s in in_block(block, "strict") if s.start == first), None)
        if hit is None or hit.end < last:
            continue  # the figure does not fill its line
        if hit.per is None and hit.period_inferred:  # the panel's kind says per what
            word = kind.group().strip().lower()
            fixed = word.startswith("fixed")
            hit = hit.model_copy(update={"per": "project" if fixed else None, "period": None if fixed else P.period_of(word.split()[0]), "period_inferred": False})
        return hit, block
    return None


# A pay table's column heading that names the period: "| Step | Hourly rate |", "| Grade | Annual salary |".
_COLUMN_PERIOD = re.compile(r"(?i)\b(?:hourly|per hour|an hour|daily|per day|a day|weekly|per week|a week|monthly|per month|a month|annual|annually|yearly|per year|a year|per annum)\b")


# A column heading that makes its amount one end of a range.
_COLUMN_BOUND = re.compile(
    r"(?i)\b(?:min(?:imum)?|max(?:imum)?|low(?:est|er)?|high(?:est|er)?|from|to|start(?:ing)?|top|bottom|range|upper|entry|floor|ceiling|begin(?:ning)?|end)\b"
    r"|\bpay\b|\bsalary\b|\brate\b|\bwage\b"
)


def with_table_period(posting: Posting, salary: Salary) -> Salary:
    """A Markdown table's amount takes its period from its column's heading ("Hourly rate"); two
    amounts in columns of different periods ("| Hourly | Annual |") are one rate twice, not a range."""
    source = posting.source
    line_start = source.rfind("\n", 0, salary.start) + 1
    if not salary.period_inferred or not source[line_start : salary.start].lstrip().startswith("|"):
        return salary
    column = source.count("|", line_start, salary.start)
    cells, lead_in = _table_head(source, line_start)
    last = source.count("|", line_start, salary.end - 1)
    if last != column and last < len(cells) and column < len(cells):
        first, second = (_COLUMN_PERIOD.search(cells[k]) for k in (column, last))
        two_periods = bool(first and second and P.period_of(first.group().split()[-1]) != P.period_of(second.group().split()[-1]))
        # "| Step | BA | MA |": two lanes of a salary schedule, each a salary; "| Grade | Minimum | Maximum |" is a range.
        lanes = all(cells[k].strip() and not _COLUMN_BOUND.search(cells[k]) for k in (column, last))
        if two_periods or lanes:
            cell_end = source.find("|", salary.start)
            alone = next(scan(source[salary.start : cell_end], "section"), None)
            if alone is not None:
                salary = alone.model_copy(update={"start": salary.start + alone.start, "end": salary.start + alone.end})
    found = _COLUMN_PERIOD.search(cells[column]) if column < len(cells) else None
    # Or the line that leads into the table: "The bands for this role are per year:" (blind set S33).
    found = found or _COLUMN_PERIOD.search(lead_in)
    if found and (period := P.period_of(found.group().split()[-1])) is not None:
        return salary.model_copy(update={"period": period, "period_inferred": False})
    return salary


def _table_head(source: str, line_start: int) -> tuple[list[str], str]:
    """The cells of the header row of the Markdown table whose row starts at ``line_start``, and the
    line of text that leads into the table when it ends in a colon ("The bands for this role are per year:")."""
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
    lead_in = ""
    while end > 0:  # on up, past blank lines, to the line above
        start = source.rfind("\n", 0, end) + 1
        line = source[start:end].strip()
        if line and not line.startswith("|"):
            lead_in = line if line.endswith(":") else ""
            break
        end = start - 1
    return (header.split("|") if header else []), lead_in
