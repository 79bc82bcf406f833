"""Every rule's data-driven cases (tests/rules/<CODE>.toml), plus meta tests on the rule set."""

from __future__ import annotations

from pathlib import Path

import pytest

from postlint.engine.plugins import all_rules
from postlint.testing import check_case, load_cases, rule_triggers

CASES_DIR = Path(__file__).parent / "rules"
ALL_CASES = [case for path in sorted(CASES_DIR.glob("*.toml")) for case in load_cases(path)]
RULES = {r.code: r for r in all_rules()}


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.id)
def test_case(case):
    check_case(case)


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_has_failing_and_passing_cases(code):
    cases = [c for c in ALL_CASES if c.code == code]
    assert cases, f"{code} has no tests/rules/{code}.toml"
    assert any(c.expect for c in cases), f"{code} has no case that triggers it"
    assert any(not c.expect for c in cases), f"{code} has no near-miss case that must pass"


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_docs_examples(code):
    rule = RULES[code]
    assert rule.summary and rule.example and rule.passing, f"{code} lacks summary, example or passing example"
    assert rule_triggers(rule, rule.example), f"{code}: its documented example does not trigger it"
    assert not rule_triggers(rule, rule.passing), f"{code}: its documented passing example triggers it"


def test_case_files_name_real_rules():
    unknown = sorted({c.code for c in ALL_CASES} - set(RULES))
    assert not unknown, f"case files for unknown rules: {unknown}"
