"""PAY008 commission-tips: severities, jurisdiction profiles, messages, and its word pre-check."""

from __future__ import annotations

import pytest

from postlint.language.prefilter import may_contain
from postlint.testing import run_rule

COMMISSION = "# Account Executive\n\nBase salary $60,000 a year plus uncapped commission.\n"
TIPS = "# Server\n\nGreat pay plus tips!\n"


def _found(text: str, jurisdictions: list[str] | None = None) -> list[tuple[str, int, int, str]]:
    config = {"jurisdictions": jurisdictions} if jurisdictions else None
    return [(d.code, d.line, d.column, d.severity) for d in run_rule("PAY008", text, config=config)]


def test_warning_without_a_profile():
    assert _found(COMMISSION) == [("PAY008", 3, 42, "warning")]
    assert _found(TIPS) == [("PAY008", 3, 16, "warning")]


def test_commission_basis_is_an_error_in_washington():
    found = run_rule("PAY008", COMMISSION, config={"jurisdictions": ["US-WA"]})
    assert [(d.code, d.line, d.column, d.severity) for d in found] == [("PAY008", 3, 42, "error")]
    assert "required in Washington since 2023-01-01" in found[0].message


def test_new_york_and_vermont_ask_only_that_commission_be_stated():
    # NY Labor Law 194-b and 21 V.S.A. 495p(a)(2)(A): a general statement that pay is
    # commission-based, which the posting makes; a missing rate stays a warning there.
    assert _found(COMMISSION, ["US-NY"]) == [("PAY008", 3, 42, "warning")]
    assert _found(COMMISSION, ["US-VT"]) == [("PAY008", 3, 42, "warning")]


def test_tipped_wage_is_an_error_only_in_vermont():
    assert _found(TIPS, ["US-VT"]) == [("PAY008", 3, 16, "error")]
    # New York and Washington say nothing about tips; Colorado nothing about a commission rate.
    assert _found(TIPS, ["US-NY", "US-WA"]) == [("PAY008", 3, 16, "warning")]
    assert _found(COMMISSION, ["US-CO", "US-CA"]) == [("PAY008", 3, 42, "warning")]


def test_front_matter_profile_and_posting_date():
    front = "---\njurisdictions: [US-VT]\n---\n\n" + TIPS
    assert _found(front) == [("PAY008", 7, 16, "error")]
    before_the_law = "---\njurisdictions: [US-VT]\ndate-posted: 2025-06-30\n---\n\n" + TIPS
    assert _found(before_the_law) == [("PAY008", 8, 16, "warning")]


def test_messages_quote_the_word_and_say_what_to_add():
    commission, tips = run_rule("PAY008", "# Salon Stylist\n\nEarn commission on services plus tips.\n")
    assert commission.message.startswith("'commission' is part of the pay but not how it is earned: state the commission rate or amount")
    assert tips.message.startswith("'tips' is part of the pay but no wage before tips is stated: give the hourly wage or range excluding tips")
    assert (commission.end_column - commission.column, tips.end_column - tips.column) == (len("commission"), len("tips"))


def test_on_by_default():
    import postlint

    codes = [d.code for d in postlint.lint(COMMISSION)]
    assert codes.count("PAY008") == 1
    assert "PAY008" not in [d.code for d in postlint.lint("# Data Engineer\n\nSalary $90,000 - $110,000 a year.\n")]


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("_COMMISSION", "plus uncapped Commission"), ("_COMMISSION", "COMMISSION-BASED"), ("_COMMISSION", "commiſſions"),
        ("_OTE", "OTE"), ("_OTE", "On-Target Earnings"), ("_OTE", "on target earnings"),
        ("_TIP_PHRASES", "$15 an hour plus TIPS"), ("_TIP_PHRASES", "Tipped position"), ("_TIP_PHRASES", "tip pool"),
        ("_TIP_PHRASES", "Tip-out"), ("_TIP_PHRASES", "tip credit"), ("_TIP_PHRASES", "plus gratuities"),
        ("_TIP_PHRASES", "plus Gratuity"), ("_TIP_PHRASES", "$200 in tips"), ("_TIP_WITH_MONEY", "including Tips"),
    ],
)
def test_word_precheck_keeps_every_mention(pattern, text):
    # PAY008 scans only blocks holding one of its words (or "OTE", case-sensitively).
    from postlint.builtin.pay import commission as pay_commission
    from postlint.builtin.pay import tips as pay_tips

    assert getattr(pay_tips if pattern.startswith("_TIP") else pay_commission, pattern).search(text)
    assert may_contain(text, pay_commission._WORDS) or "OTE" in text


def test_percent_is_found_from_a_run_of_digits_start():
    # _PERCENT is tried only where a run of digits starts and takes the run whole (a long run was quadratic):
    # the same matches as trying every digit.
    from postlint.builtin.pay.commission import _PERCENT, _is_rate

    spans = lambda text: [m.span() for m in _PERCENT.finditer(text)]  # noqa: E731
    # "1.234%": no match from the "1" (three decimals), so "234%" from the run after the point, as before.
    assert spans("10% of sales, 2.5 percent, 1.234%, 12 per cent, 5%5%") == [(0, 3), (14, 25), (29, 33), (35, 46), (48, 50), (50, 52)]
    assert spans("1" * 5000 + " units") == []
    assert spans("a " + "1" * 5000 + "% on sales") == [(2, 5003)]
    assert not _is_rate("We pay commission on every sale of " + "1" * 5000 + " units.")
    assert _is_rate("We pay commission of " + "1" * 5000 + "% on every sale.")


def test_a_bare_money_figure_starts_a_word_not_inside_a_run_of_digits() -> None:
    # The bare figure was tried again from every digit of a run (1 MB of digits after "commission": 37 s).
    import re

    from postlint.builtin.pay.pay_talk import MONEY

    money = re.compile(MONEY)
    assert money.search("OTE 95,000 USD").group(0) == "95,000 USD"
    assert money.search("a quota of 12,500 dollars").group(0) == "12,500 dollars"
    assert money.search("1" * 20 + " USD") is None  # twenty digits are no money, nor their last thirteen
    assert money.search("$1" + "1" * 20).group(0) == "$1" + "1" * 12  # after a currency sign, as before
