"""Properties that hold for any text in any format (hypothesis).

For any input: lint does not raise; every diagnostic lies inside the text and
its line/column agree with its offsets; fix touches nothing outside the fixed
spans and a second fix changes nothing; parsing is deterministic.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from postlint.engine.fixer import apply_fixes
from postlint.engine.linter import Linter
from postlint.readers import parse

FORMATS = ["markdown", "text", "html", "jsonld"]
# Posting-like fragments (markup, entities, line endings, fixable words) mixed with any characters.
FRAGMENTS = [
    "# ", "## ", "- ", "* ", "1. ", "> ", "\n", "\r\n", "\r", "\n\n", "  ", "\t", "**", "_", "`", "```\n",
    "[a](http://x)", "<h1>", "</h1>", "<p>", "</p>", "<ul><li>", "</li>", "<script>", "</script>", "<!--", "-->",
    "&amp;", "&#x41;", "&#", "&", "<", ">", "---\n", "+++\n", "title: x\n", '{"@type": "JobPosting", "title": "',
    '"description": "', '"}', "\\u00e9", "\\ud800", "Responsibilities", "Requirements:", "• ", "🚀 ",
    "salesman", "chairman", "rockstar", "He will", "$100,000 - $120,000 per year", "lift 50 lbs", "café", "\u00a0",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


@pytest.mark.parametrize("fmt", FORMATS)
def test_lint_never_raises_and_spans_agree_with_positions(linter, fmt):
    @SETTINGS
    @given(texts.filter(str.strip))  # empty input is refused before lint ("empty file")
    def check(text: str) -> None:
        posting = linter.parse(text, format=fmt)
        for d in linter.check(posting):
            assert 0 <= d.start <= d.end <= len(text), d
            assert posting.locate(d.start) == (d.line, d.column), d
            if d.end > d.start:
                assert posting.locate(d.end) == (d.end_line, d.end_column), d
            else:  # an empty span is shown one character wide (rule.py), never before its start
                assert (d.end_line, d.end_column) in (posting.locate(d.start + 1), (d.line, d.column + 1)), d
            if d.fix is not None:
                assert 0 <= d.fix.start <= d.fix.end <= len(text), d

    check()


@pytest.mark.parametrize("fmt", FORMATS)
def test_parsing_is_deterministic(fmt):
    @SETTINGS
    @given(texts)
    def check(text: str) -> None:
        a, b = parse(text, fmt), parse(text, fmt)
        assert a.prose == b.prose and len(a.prose) == len(text)
        assert [(x.kind, x.start, x.end, x.text, x.level) for x in a.blocks()] == [
            (x.kind, x.start, x.end, x.text, x.level) for x in b.blocks()
        ]
        assert [s.kind for s in a.walk()] == [s.kind for s in b.walk()]

    check()


@pytest.mark.parametrize("fmt", ["markdown", "text", "html"])
def test_fix_touches_only_fixed_spans_and_is_idempotent(linter, fmt):
    @SETTINGS
    @given(texts)
    def check(text: str) -> None:
        found = linter.lint_text(text, format=fmt)
        fixed, applied = apply_fixes(text, found)
        spans = sorted({(d.fix.start, d.fix.end, d.fix.replacement) for d in found if d.fix is not None})
        # Rebuild the text from the untouched gaps and the replacements: nothing else may differ.
        rebuilt, pos = [], 0
        for start, end, replacement in spans:
            if start < pos:
                continue  # an overlapping fix waits for the next pass
            rebuilt += [text[pos:start], replacement]
            pos = end
        rebuilt.append(text[pos:])
        assert fixed == "".join(rebuilt)
        once = linter_fix(linter, text, fmt)
        assert linter_fix(linter, once, fmt) == once

    check()


def linter_fix(linter: Linter, text: str, fmt: str) -> str:
    from postlint.engine.fixer import fix_to_fixpoint

    return fix_to_fixpoint(linter, text, path="-", format=fmt)[0]
