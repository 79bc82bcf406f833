"""Sentences split where a paragraph's line opens with a "Label: value" field (blind set S41)."""

from __future__ import annotations

from postlint.language import nlp
from postlint.language.lead_ins import field_breaks
from postlint.readers.outline import parse


def test_field_lines_run_into_one_markdown_paragraph_are_sentences_of_their_own() -> None:
    text = (
        "# Journeyman Electrician\n\n**Job site:** new acute care wing in Walla Walla, WA\n"
        "**Start date:** Monday, January 11, 2027\n**Positions:** 12\n"
    )
    posting = parse(text, "markdown")
    assert [s.text for s in nlp.sentences(posting)] == [
        "Job site:   new acute care wing in Walla Walla, WA",
        "Start date:   Monday, January 11, 2027",
        "Positions:   12",
    ]


def test_a_field_line_after_a_sentence_end_or_in_lower_case_is_no_break() -> None:
    assert field_breaks("We hire welders.\nStart date: Monday") == []  # the full stop already ends the sentence
    assert field_breaks("You will lead the crew and\nreport to: the site manager") == []  # no capital: the sentence goes on
    assert field_breaks("Job site: Walla Walla\nStart date: Monday") == [22]
