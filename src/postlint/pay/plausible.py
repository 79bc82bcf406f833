"""How much pay is plausible for its period: PAY005 reports the main salary above it, PAY002 reads no
open-ended figure above it as a rate of pay."""

from __future__ import annotations

import re

from postlint.model.posting import Posting
from postlint.model.salary import Salary
from postlint.pay.patterns import UNITS_PER_USD

# Plausible amounts per period; outside them the period is probably wrong. The ceilings are US dollars (PAY005
# scales them by UNITS_PER_USD), about twice the best-paid real rates of each period:
# - HOUR: locum anesthesiologists, the best-paid hourly workers, earn up to about $500 an hour (90th percentile);
# - DAY, WEEK: a locum's 24-hour call pays up to about $5,000; a week of them, under $40,000;
# - MONTH: $80,000 is nearly $1M a year, above the best-paid specialty's average pay (neurosurgery, $763,908:
#   Doximity Physician Compensation Report 2024); '£95,000 – £115,000 per month' is a year's pay (blind set S70);
# - YEAR: executives' base pay; a posting's year is seldom above $1M.
PLAUSIBLE = {"HOUR": (3, 1000), "DAY": (20, 10000), "WEEK": (100, 40000), "MONTH": (300, 80000), "YEAR": (3000, 5000000)}
# With no currency, or a '$' that may be a peso or a Hong Kong or Taiwan dollar, a figure may be in a currency
# of many units per US dollar ("35,000 - 42,000 monthly" in Mexico, "35000 - 45000 (Monthly)" in Bangladesh): wider ceilings.
_ANY_CURRENCY_HIGH = {"HOUR": 2000, "DAY": 10000, "WEEK": 40000, "MONTH": 200000, "YEAR": 5000000}
_WEAK_DOLLAR_PLACE = re.compile(
    r"\b(?:(?:(?<!New )(?<!of )Mexico|México|Colombia|Chile|Argentina|Uruguay|Rep[úu]blica Dominicana|Dominican Republic|Hong Kong"
    r"|Taiwan|Jamaica|Trinidad|(?i:pesos?|mensual(?:es)?|(?:al|por) mes)|MXN|COP|CLP|ARS|UYU|DOP|HKD|TWD|JMD|TTD)\b|(?:HK|NT|TT|J)\$)"
)


def plausible_ceiling(posting: Posting, salary: Salary) -> float:
    """The most a figure can be for its period (which must be set), in its own currency."""
    assert salary.period is not None
    if salary.currency is None or (salary.currency_inferred and salary.currency == "USD" and _WEAK_DOLLAR_PLACE.search(posting.text)):
        return _ANY_CURRENCY_HIGH[salary.period]
    return PLAUSIBLE[salary.period][1] * UNITS_PER_USD.get(salary.currency, 1)  # "KES 650,000 a month" is a salary
