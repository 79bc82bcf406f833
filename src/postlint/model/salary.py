"""A parsed pay expression, as data: amounts, currency, period and where it was written."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from postlint.model.span import Span

PayPeriod = Literal["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]
OpenEnded = Literal["up-to", "from", "plus"]
# Paid periods in a year, to compare pay stated per hour, day, week or month (2,080 hours: 52 weeks of 40).
PER_YEAR: dict[str, int] = {"HOUR": 2080, "DAY": 260, "WEEK": 52, "MONTH": 12, "YEAR": 1}


class Salary(BaseModel):
    """One pay expression. ``min == max`` is a fixed rate; ``None`` marks an open end."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    min: float | None = None
    max: float | None = None
    currency: str | None = None
    period: PayPeriod | None = None
    period_inferred: bool = False
    # The period came from the page's JobPosting JSON-LD (its unitText), not from the visible text.
    period_structured: bool = False
    currency_inferred: bool = False
    open_ended: OpenEnded | None = None
    start: int = 0
    end: int = 0
    raw: str = ""
    grade: str | None = None
    # A piece rate's unit of work ("mile" in "$0.68 per mile"), or a pay period schema.org has no unit for
    # ("two weeks" in "$2,612.50 Biweekly"): then ``period`` is None, not inferred.
    per: str | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)
