"""The cheap pre-check never rules out text a case-insensitive pattern would match."""

from __future__ import annotations

import re

import pytest

from postlint.language.prefilter import lower_case_is_exact, may_contain


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


@pytest.mark.parametrize(
    "text",
    [
        "Full-time", "PART TIME", "contract-to-hire", "a 6-month contract", "on contract", "Contractor role",
        "temporary job", "Internship", "paid intern", "volunteer position", "per diem", "Permanent", "fixed-term",
        "seasonal role", "freelance basis", "term appointment", "co-op student", "coop term", "ſeasonal role",
    ],
)
def test_employment_type_words_keep_every_match(text):
    # STR011 searches only the blocks holding one of these words.
    from postlint.builtin.structure.employment_type import _EMPLOYMENT_TYPE, _EMPLOYMENT_TYPE_WORDS

    assert _EMPLOYMENT_TYPE.search(text)
    assert may_contain(text, _EMPLOYMENT_TYPE_WORDS)


@pytest.mark.parametrize("text", ["fully remote", "100% REMOTE", "entirely remote", "completely remote"])
def test_fully_remote_matches_hold_remote(text):
    # STR013 searches only the blocks holding "remote".
    from postlint.builtin.structure.remote_claims import _FULLY_REMOTE

    assert _FULLY_REMOTE.search(text)
    assert may_contain(text, ("remote",))


def test_blocks_with_finds_words_inside_words_and_words_learned_later():
    from postlint import parse
    from postlint.language.prefilter import blocks_with

    posting = parse("# Role\n\nTen YEARS in the field.\n\nWe hear you.\n\nFully Remote.\n\nPay yearly.\n")
    blocks = list(posting.blocks())
    texts = lambda found: [b.text for b in found]  # noqa: E731
    assert texts(blocks_with(posting, blocks, ("year",))) == ["Ten YEARS in the field.", "Pay yearly."]
    # A word that only occurs inside another one found at the same place ("ear" in "year").
    assert texts(blocks_with(posting, blocks, ("ear", "remote"))) == [
        "Ten YEARS in the field.", "We hear you.", "Fully Remote.", "Pay yearly."
    ]
    assert texts(blocks_with(posting, blocks, ("salary",))) == []
    # A block from elsewhere is judged on its own text.
    other = parse("Remote first.\n")
    assert texts(blocks_with(posting, [*blocks, *other.blocks()], ("remote",))) == ["Fully Remote.", "Remote first."]


def test_blocks_matching_finds_whole_words_only_and_judges_other_blocks_on_their_text():
    from postlint import parse
    from postlint.language.prefilter import blocks_matching

    posting = parse("# Manager\n\nMen only.\n\nProject management.\n\nWOMEN and MEN welcome.\n\nHumans.\n")
    blocks = list(posting.blocks())
    hint = re.compile(r"\bwom[ae]n\b|\bm[ae]n\b")
    assert [b.text for b in blocks_matching(posting, blocks, hint)] == ["Men only.", "WOMEN and MEN welcome."]
    other = parse("Men wanted.\n\nManagement.\n")
    assert [b.text for b in blocks_matching(posting, list(other.blocks()), hint)] == ["Men wanted."]


def test_blocks_with_keeps_blocks_whose_case_folding_is_unsure():
    from postlint import parse
    from postlint.language.prefilter import blocks_with

    posting = parse("# Role\n\nBaſed in İzmir.\n\nNothing here.\n")
    assert [b.text for b in blocks_with(posting, list(posting.blocks()), ("based",))] == ["Baſed in İzmir."]


@pytest.mark.parametrize(
    "text",
    [
        "We use github, GitHub, Git Hub and git-hub; digital teams use Git.",
        "Node JS and node.js.org and NodeJS (nodejs) at https://nodejs.org/x; @github #javascript",
        "Java Script\tand JAVASCRIPT and java-script, Javascripts, kubernates in Kubernetes.",
        "Power BI, POWER BI, power  bi, empowerment; Objective C and objective-c.",
        "ſcenarios in İstanbul with Github",  # case-fold traps: the plain scan runs
        "postgressql and Postgre SQL and postgres; Mac OS and macOS; iOS ratios",
    ],
)
def test_vocabulary_search_from_first_words_finds_what_a_full_scan_finds(text):
    # TECH001 tries its pattern only where a spelling's first word starts: the same matches.
    from postlint.engine.linter import Linter

    rule = next(r for r in Linter().rules if r.code == "TECH001")
    fast = [(m.span(), m.group()) for m in rule._finditer(rule._regex, text)]
    assert fast == [(m.span(), m.group()) for m in rule._regex.finditer(text)]
    assert fast  # every sample holds at least one spelling the rule knows
