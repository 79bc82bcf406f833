"""PAY: pay transparency — pay present, bounded, with a period and currency, sane ranges, benefits, commission and tips, no pay-history questions."""

from __future__ import annotations

from postlint.builtin.pay import benefits, commission, currency, disclosure, history, ranges
from postlint.engine.rule import Rule

RULES: list[Rule] = [*disclosure.RULES, *ranges.RULES, *currency.RULES, *benefits.RULES, *history.RULES, *commission.RULES]
