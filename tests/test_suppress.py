"""Inline suppression: ignore (line / next block), disable … enable, selectors, reasons, unused ones."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from postlint.builtin.meta.unused_suppression import UnusedSuppression
from postlint.engine.config import parse_config
from postlint.engine.linter import Linter
from postlint.engine.rule import Context, Rule
from postlint.engine.suppress import parse_directives
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting


class Rockstar(Rule):
    code: str = "INC901"
    name: str = "test-rockstar"
    summary: str = "Test rule."

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for m in re.finditer("rockstar", posting.source):
            yield self.diagnostic(posting, m.start(), m.end(), "No rockstars.")


class Ninja(Rule):
    code: str = "READ901"
    name: str = "test-ninja"
    summary: str = "Test rule."

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        for m in re.finditer("ninja", posting.source):
            yield self.diagnostic(posting, m.start(), m.end(), "No ninjas.")


RULES = [Rockstar(), Ninja(), UnusedSuppression()]


def found(text: str, fmt: str = "markdown") -> list[str]:
    linter = Linter(parse_config({"select": ["INC901", "READ901", "META001"]}), rules=RULES)
    return [f"{d.line}:{d.column} {d.code}" for d in linter.lint_text(text, format=fmt)]


def test_end_of_line_ignore_covers_that_line_only():
    text = "# Lead\n\nA rockstar. <!-- postlint: ignore[INC901] -->\nAnother rockstar.\n"
    assert found(text) == ["4:9 INC901"]


def test_alone_on_a_line_covers_the_next_block():
    text = "# Lead\n\n<!-- postlint: ignore[INC901] -->\nA rockstar\nand a rockstar.\n\nA rockstar.\n"
    assert found(text) == ["7:3 INC901"]


def test_alone_before_a_list_item_covers_that_item_only():
    text = "# Lead\n\n<!-- postlint: ignore[INC901] -->\n- a rockstar\n- a rockstar\n"
    assert found(text) == ["5:5 INC901"]


@pytest.mark.parametrize("selector", ["INC901", "INC", "test-rockstar", "ALL", "INC901,READ901", " INC901 , READ "])
def test_selectors_as_in_config(selector):
    text = f"# Lead\n\nA rockstar ninja. <!-- postlint: ignore[{selector}] -->\n"
    got = found(text)
    assert "3:3 INC901" not in got


def test_family_selector_silences_that_family_only():
    # The README's example: ignore[readability] covers READ rules and leaves inclusivity ones.
    text = "# Lead\n\n<!-- postlint: ignore[readability] -->\nA rockstar ninja.\n"
    assert found(text) == ["4:3 INC901"]
    text = "# Lead\n\nA rockstar ninja. <!-- postlint: ignore[inclusivity] -->\n"
    assert found(text) == ["3:12 READ901"]


def test_selector_names_one_rule_only():
    text = "# Lead\n\nA rockstar ninja. <!-- postlint: ignore[INC901] -->\n"
    assert found(text) == ["3:12 READ901"]


def test_disable_enable_range_and_reason():
    text = (
        "# Lead\n\nA rockstar.\n\n<!-- postlint: disable[INC] -- quoted from the client's brief -->\n\n"
        "A rockstar ninja.\n\n<!-- postlint: enable[INC] -->\n\nA rockstar.\n"
    )
    assert found(text) == ["3:3 INC901", "7:12 READ901", "11:3 INC901"]
    reasons = [d.reason for d in parse_directives(Linter(parse_config({}), rules=RULES).parse(text)).directives]
    assert reasons == ["quoted from the client's brief", None]


def test_disable_without_enable_runs_to_the_end():
    text = "# Lead\n\n<!-- postlint: disable -->\n\nA rockstar ninja.\n"
    assert found(text) == []


def test_unused_and_unknown_selectors_are_reported_at_the_selector():
    text = "# Lead\n\nA rockstar. <!-- postlint: ignore[INC901, READ901, NOPE001] -->\n"
    assert found(text) == ["3:43 META001", "3:52 META001"]
    linter = Linter(parse_config({"select": ["ALL"]}), rules=RULES)
    messages = [d.message for d in linter.lint_text(text)]
    assert messages == [
        "Unused suppression `READ901`: it silences no finding here.",
        "Unknown rule selector `NOPE001` in a suppression comment.",
    ]


def test_nothing_reported_when_the_meta_rule_is_off():
    text = "# Lead\n\nA tidy text. <!-- postlint: ignore[INC901] -->\n"
    linter = Linter(parse_config({"select": ["INC901"]}), rules=RULES)
    assert linter.lint_text(text) == []


def test_directive_inside_code_fence_or_inline_code_is_ignored():
    text = "# Lead\n\n```\n<!-- postlint: disable -->\n```\n\nA rockstar.\n"
    assert found(text) == ["7:3 INC901"]


def test_html_comment_in_html_posting():
    text = "<h1>Lead</h1>\n<p>A rockstar. <!-- postlint: ignore[INC901] --></p>\n<p>A rockstar.</p>\n"
    assert found(text, "html") == ["3:6 INC901"]


def test_plain_text_trailing_marker():
    text = "Lead engineer\n\nA rockstar. postlint: ignore[INC901]\nA rockstar.\n"
    assert found(text, "text") == ["4:3 INC901"]


def test_crlf_line_endings():
    text = "# Lead\r\n\r\nA rockstar. <!-- postlint: ignore[INC901] -->\r\nA rockstar.\r\n"
    assert found(text) == ["4:3 INC901"]
