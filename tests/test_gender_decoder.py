"""gender-decoder compatibility: its own test strings, counted by INC015 and judged by INC001.

The strings and expectations are gender-decoder's (tests.py, MIT), written out
as data in tests/planted/gender-decoder.toml. The issue asks for at least 12 of
13 to agree; all 13 do. Where postlint differs from gender-decoder on purpose
(prefixes that would count "kindergarten" or "lead paint"), the difference is
in the word list's exceptions and documented by `postlint rule INC015`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postlint.builtin.inclusivity.coded_stems import gender_decoder_verdict
from postlint.testing import run_rule

CASES = tomllib.loads((Path(__file__).parent / "planted" / "gender-decoder.toml").read_text(encoding="utf-8"))["cases"]


def counts(text: str) -> tuple[int, int]:
    """Masculine and feminine coded words INC015 reports in ``text``."""
    found = run_rule("INC015", text + "\n")
    return (
        sum("is masculine-coded" in d.message for d in found),
        sum("is feminine-coded" in d.message for d in found),
    )


def test_there_are_thirteen_strings():
    assert len(CASES) == 13


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["test"])
def test_counts_and_verdict_agree_with_gender_decoder(case):
    masculine, feminine = counts(case["text"])
    assert (masculine, feminine) == (case["masculine"], case["feminine"])
    assert gender_decoder_verdict(masculine, feminine) == case["verdict"]


def test_inc001_reports_gender_decoders_verdict_beside_the_rate():
    text = "Ambition:competition–decisiveness&leadership, decisiveness, stubborness, sharing and empathy"
    found = run_rule("INC001", text + "\n", options={"min-words": 1})
    assert len(found) == 1
    # postlint counts words at spaces: "Ambition:competition–decisiveness&leadership," is one.
    assert "6 masculine- vs 2 feminine-coded words in 6 words of prose (+66.67 per 100 words" in found[0].message
    assert "gender-decoder's verdict: strongly masculine-coded" in found[0].message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gender-decoder would count each of these; postlint keeps them out on purpose.
        ("You will work in a kindergarten on a kind of mentoring scheme.", (0, 0)),
        ("You will give technical support to the lead paint survey team.", (0, 0)),
        ("You will hire an analyst and a data analyst.", (0, 0)),
        ("Feel free to ask about share options and our loyalty programme.", (0, 0)),
        ("We build data-driven, test-driven, battle-tested services.", (0, 0)),
        # ...and count these as it does.
        ("You are kind, and your kindness and honesty show.", (0, 3)),
        ("A decisive leader-supporter with self-confidence.", (3, 1)),
    ],
)
def test_deliberate_differences(text, expected):
    assert counts(text) == expected


def test_process_ad_distinct_words_agree():
    # gender-decoder's test_process_ad: tabs, &, brackets, @, ?, / and ; split words; a plain stem's
    # hyphenated word ("leader-supporter-follower") counts by its parts; "aggresive" is misspelt and not coded.
    text = "Sharing: ambition\tkindness&empathy(never more than frou) Who is Connect@HBS? leader-supporter-follower aggresive/responsible;understand? connect"
    found = run_rule("INC015", text + "\n")
    words = {
        gender: sorted({d.message.split("'")[1].lower() for d in found if f"is {gender}-coded" in d.message})
        for gender in ("masculine", "feminine")
    }
    assert words == {
        "masculine": ["ambition", "leader"],
        "feminine": ["connect", "empathy", "kindness", "responsible", "sharing", "supporter", "understand"],
    }


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["lead", "leader", "mis", "act", "ive", "nag", "mana", "ge", "kind", "’s", "'s", "-", " ", "\n", "é", "9", "support", "child", "warm", "x"]), max_size=20))
def test_stem_starts_are_where_the_stem_pattern_matches(pieces):
    # The Aho-Corasick scan stands for the pattern (?<![a-z])(?:stem|...) over lower-cased text.
    import re

    from postlint.builtin.inclusivity.coded_stems import _alternation, stems

    table = stems()
    spelled = sorted({s.replace("'", "’") for s in [*table.exact, *(p for p, _ in table.prefixes)]} | {*table.exact, *(p for p, _ in table.prefixes)})
    pattern = re.compile(rf"(?<![a-z])(?:{_alternation(spelled)})")
    text = "".join(pieces)
    assert table.candidates.starts(text) == [m.start() for m in _every_start(pattern, text)]


def _every_start(pattern, text):
    """Each position where ``pattern`` matches, searching on from the next position (not past the match)."""
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        yield m
        pos = m.start() + 1
