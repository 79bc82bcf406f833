"""Where a posting's layout says what a figure is: a job board's pay panel ("$350" over "Fixed-price"),
a period on the line under an amount, and a block's figures in source offsets (for :mod:`postlint.pay.salary`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from postlint.language.prefilter import may_contain
from postlint.model.salary import Salary
from postlint.pay import patterns as P
from postlint.pay.amounts import Context, scan

if TYPE_CHECKING:  # pragma: no cover
    from postlint.model.posting import Block, Posting


def in_block(block: Block, context: Context) -> Iterator[Salary]:
    """The figures of one block, in source offsets."""
    for s in scan(block.text, context):
        start, end = block.at(s.start), block.end_at(s.end)
        yield s.model_copy(update={"start": start, "end": end})


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
        block = next((b for b in posting.blocks() if b.start <= first < b.end), None)
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
