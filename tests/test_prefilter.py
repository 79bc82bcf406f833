"""The cheap pre-check never rules out text a case-insensitive pattern would match."""

from __future__ import annotations

import re

import pytest

from postlint.builtin.prefilter import lower_case_is_exact, may_contain


@pytest.mark.parametrize(
    ("text", "exact"),
    [("Plain ASCII", True), ("café crème", True), ("İstanbul", False), ("dotless ı", False), ("ſalary", False), ("5 \u212a", False)],
)
def test_lower_case_is_exact_only_without_case_fold_traps(text, exact):
    assert lower_case_is_exact(text) is exact


@pytest.mark.parametrize("text", ["SALARY", "Salary range", "ſalary", "\u212aey skills"])
def test_may_contain_keeps_every_text_the_pattern_matches(text):
    pattern = re.compile(r"salary|key", re.IGNORECASE)
    assert pattern.search(text)
    assert may_contain(text, ("salary", "key"))


def test_may_contain_rules_out_text_without_the_words():
    assert not may_contain("Benefits and perks", ("salary", "key"))
