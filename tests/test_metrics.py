"""Readability metrics: formulas against hand-computed values and against textstat 0.7.8."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postlint.language import metrics
from postlint.language.passive import is_passive_words
from postlint.readers import parse

PROSE = (
    "The team builds tools that help shops sell more. Each week we look at the numbers and decide what to fix next. "
    "Our work is calm, careful and open. We write down what we learn, and we share it with everyone in the company. "
    "New people get a buddy for their first month. You will learn our tools quickly and start shipping changes in your second week."
)

PLAIN_POSTING = """\
# Data Analyst

## About the job

You will join a small team that helps our shops understand their sales. Each week you will pull the numbers, check them, and share what they mean. You will work with people from sales and support, and you will help them make better choices. Most of your work is in Python and SQL. We meet in person on Tuesdays, and you can work from home on other days. Your manager has led the team for four years, and she likes to hear new ideas.

## What you will do

- Build and keep up our weekly sales reports.
- Check that the data is complete and correct.
- Answer questions from the sales team.
- Write short notes that explain what changed and why.
- Help us choose which numbers to track next year.

## What you bring

- Two or more years of work with data.
- Good Python and SQL skills.
- Clear writing in plain English.
- Care for detail and a wish to learn.

## Pay and benefits

The pay for this role is $70,000 to $85,000 a year. You get 25 days of paid leave, a yearly budget for books and courses, and a pension plan. We pay for your travel to the office on Tuesdays.

## How we work

Our team is kind and calm. We plan our work together at the start of each month, and then each person owns a few tasks. When something goes wrong, we talk about it openly and fix it. For example, last spring a report broke, so we wrote down what happened and added a test. You will have a buddy in your first month who will show you our tools and answer your questions.

## How to apply

Send us your CV and a short note about a report you are proud of. We read every note, and then we reply within two weeks. If you need any changes to the process, tell us and we will help.
"""


def _read_findings(text: str, fmt: str) -> list:
    from postlint.engine.config import parse_config
    from postlint.engine.linter import Linter

    return Linter(parse_config({"select": ["READ"]})).lint_text(text, format=fmt)


def test_formulas_from_counts_by_hand():
    c = metrics.Counts(words=100, sentences=5, syllables=150, complex_words=10, polysyllables=12, letters=450, characters=550)
    st = metrics.from_counts(c)
    # 206.835 - 1.015*20 - 84.6*1.5
    assert st.flesch_reading_ease == pytest.approx(59.635)
    # 0.39*20 + 11.8*1.5 - 15.59
    assert st.flesch_kincaid_grade == pytest.approx(9.91)
    # 0.4*(20 + 100*10/100)
    assert st.gunning_fog == pytest.approx(12.0)
    # 1.043*sqrt(30*12/5) + 3.1291
    assert st.smog == pytest.approx(11.979248, abs=1e-6)
    # 4.71*4.5 + 0.5*20 - 21.43
    assert st.ari == pytest.approx(9.765)
    assert st.reading_time_s == pytest.approx(8.0795)
    assert st.avg_sentence_length == 20 and st.complex_word_share == pytest.approx(0.1)


def test_empty_text_scores_zero():
    st = metrics.from_counts(metrics.Counts())
    assert (st.flesch_reading_ease, st.flesch_kincaid_grade, st.smog, st.ari, st.passive_share) == (0, 0, 0, 0, 0)


def test_small_posting_counts_list_items_as_sentences():
    posting = parse("# T\n\nThe cat sat on the mat. The dog ran.\n\n- Feed the dog\n")
    st = metrics.posting_stats(posting)
    assert (st.words, st.sentences, st.syllables, st.paragraphs, st.list_items) == (12, 3, 12, 1, 1)
    # 206.835 - 1.015*4 - 84.6*1; the title is not a sentence
    assert st.flesch_reading_ease == pytest.approx(118.175)
    assert st.bullet_share == pytest.approx(0.25)
    assert st.reading_time_s == pytest.approx(14.69 * 38 / 1000)


def test_matches_textstat_on_plain_prose():
    textstat = pytest.importorskip("textstat")
    st = metrics.posting_stats(parse("# Analyst\n\n" + PROSE + "\n"))
    assert (st.words, st.sentences, st.syllables) == (
        textstat.lexicon_count(PROSE),
        textstat.sentence_count(PROSE),
        textstat.syllable_count(PROSE),
    )
    assert st.flesch_reading_ease == pytest.approx(textstat.flesch_reading_ease(PROSE), abs=0.01)
    assert st.flesch_kincaid_grade == pytest.approx(textstat.flesch_kincaid_grade(PROSE), abs=0.01)
    assert st.smog == pytest.approx(textstat.smog_index(PROSE), abs=0.01)
    assert st.reading_time_s == pytest.approx(textstat.reading_time(PROSE), abs=0.01)
    # ARI counts letters and digits (Smith & Senter), textstat every non-space
    # character; fog uses Gunning's complex words, textstat Dale-Chall's list.
    assert st.ari == pytest.approx(4.71 * 274 / 67 + 0.5 * 67 / 6 - 21.43)


def test_section_rows_add_up_to_the_posting():
    posting = parse("# T\n\nIntro line here.\n\n## A\n\nOne two three.\n\n### B\n\n- Four five\n")
    rows = metrics.section_stats(posting)
    assert [(s.title if s else None, st.words) for s, st in rows] == [(None, 3), ("A", 3), ("B", 2)]
    assert sum(st.words for _, st in rows) == metrics.posting_stats(posting).words


@pytest.mark.parametrize(
    ("sentence", "passive"),
    [
        ("The numbers are checked by finance", True),
        ("Reports are always written in plain English", True),
        ("Lunch is provided", True),
        ("Your code gets reviewed", True),
        ("The team is based in Leeds", False),
        ("We are excited to meet you", False),
        ("You check the numbers", False),
        ("Speed is what we need", False),
    ],
)
def test_passive_heuristic(sentence, passive):
    assert is_passive_words(sentence.split()) is passive


def test_complex_words_follow_gunning():
    assert metrics.is_complex("organization", 5, sentence_start=False)
    assert not metrics.is_complex("Philadelphia", 5, sentence_start=False)  # a name
    assert not metrics.is_complex("well-organized", 4, sentence_start=False)  # hyphenated
    assert not metrics.is_complex("releasing", 3, sentence_start=False)  # 3 only by -ing


def test_cto_seed_gets_read_findings_on_real_lines():
    seed = os.environ.get("POSTLINT_SEED", str(Path(__file__).resolve().parents[2] / "shared" / "seed" / "cto-posting.txt"))
    if not Path(seed).is_file():
        pytest.skip("seed posting not available")
    text = Path(seed).read_text(encoding="utf-8")
    found = _read_findings(text, "text")
    codes = {d.code for d in found}
    assert {"READ001", "READ003", "READ004", "READ006", "READ016"} <= codes
    lines = text.splitlines()
    for d in found:
        assert lines[d.line - 1].strip(), f"{d.code} points at an empty line {d.line}"
    ease = next(d for d in found if d.code == "READ001")
    assert ease.line == 3 and ease.severity == "error"  # the title line; the seed scores below 0


def test_short_plain_posting_gets_no_read_findings():
    assert _read_findings(PLAIN_POSTING, "markdown") == []


@pytest.mark.parametrize(
    ("share", "limit", "shown"),
    [(0.104, 0.10, "10.4%"), (0.254, 0.25, "25.4%"), (0.096, 0.10, "9.6%"), (0.18, 0.10, "18%"), (0.10, 0.10, "10%"), (0.104, None, "10%")],
)
def test_percent_shows_a_decimal_only_where_the_whole_number_would_hide_the_gap(share, limit, shown):
    from postlint.builtin.readability.prose import percent

    assert percent(share, limit) == shown


def test_acronym_spelled_out_only_later_says_where():
    from postlint import lint

    text = "# Deputy Director\n\nYou will join the GSA team and our SRE rota.\n\nThe General Services Administration runs federal buildings.\n"
    found = [(d.line, d.column, d.message) for d in lint(text, path="x.md") if d.code == "READ016"]
    assert found == [
        (3, 19, "'GSA' is spelled out only later (line 5): write out what it stands for at its first use, with 'GSA' in brackets."),
        (3, 36, "'SRE' is not spelled out: on first use, write out what it stands for with 'SRE' in brackets, as in 'service-level agreement (SLA)'."),
    ]


def test_a_long_form_lies_within_one_table_cell():
    # Blind set S117: the header cells "Grade | Step 1" were read as GS spelled out later; one cell still spells SLA.
    from postlint import lint

    html = ("<h1>IT Specialist</h1>\n<ul><li>Pay scale: GS, see the table</li></ul>\n<table>\n"
            "<tr><th>Grade</th><th>Step 1</th></tr>\n<tr><td>GS-11</td><td>$74,678</td></tr>\n</table>\n")
    found = [(d.line, d.message.split(":")[0]) for d in lint(html, path="x.html") if d.code == "READ016"]
    assert found == [(2, "'GS' is not spelled out")]
    text = "# IT\n\nThe SLA is ours.\n\n| Term | Meaning |\n|---|---|\n| Service Level | Agreement |\n| Service Level Agreement | the promise |\n"
    found = [(d.line, d.message.split(":")[0]) for d in lint(text, path="x.md") if d.code == "READ016"]
    assert found == [(3, "'SLA' is spelled out only later (line 8)")]


@pytest.mark.parametrize(("value", "limit", "shown"), [(59.96, 60.0, "59.96"), (59.5, 60.0, "59.5"), (10.04, 10.0, "10.04"), (12.34, 10.0, "12.3")])
def test_a_score_beside_its_threshold_never_shows_the_threshold(value, limit, shown):
    # READ001 had said "Flesch reading ease is 60.0 (… aim for 60 or more)" for 59.96.
    from postlint.builtin.readability.prose import figure

    assert figure(value, limit) == shown


def test_sentence_starts_answer_sentence_start_for_every_word() -> None:
    # PAY009 looks up thousands of items in one sentence: the starts are found once and bisected.
    import bisect
    import re

    from postlint.language.sentence_split import sentence_start, sentence_starts

    text = "Send your CV. Include: the current salary! Why? Because e.g. 3.5 years, and more.\nNext line"
    starts = sentence_starts(text)
    assert starts == [0, 13, 42, 47, 81]  # "e.g." ends no sentence
    for word in re.finditer(r"(?<!\S)\w+", text):  # each word after a blank (not "g" in "e.g.")
        assert starts[bisect.bisect_right(starts, word.start()) - 1] == sentence_start(text, word.start())
