"""STR002 and the title's other checks: what the title holds besides the job's name."""

from __future__ import annotations

from postlint import Config, lint


def test_a_pay_figure_in_the_title_is_reported_whole():
    # Precision sample 3030: the span covered "$5" of "$500 Sign-On Bonus", and the message called a bonus a salary.
    found = lint("# Server / Bartender - $500 Sign-On Bonus!\n\nServe guests.\n", config=Config(select=["STR002"]))
    assert [(d.line, d.column, d.end_column, d.message) for d in found][0] == (
        1, 24, 28, "The title contains a pay figure: keep only the job title and state this elsewhere in the posting."
    )
    wide = lint("# Travel ICU RN - $2,850/week\n\nWork nights.\n", config=Config(select=["STR002"]))
    assert [(d.column, d.end_column) for d in wide] == [(19, 25)]


_GRILL = "Harbor Grill is a seafood restaurant in Portland, Maine. We are hiring a line cook for our busy kitchen.\n\nPay: $19 to $22 an hour.\n"


def test_the_employer_the_text_introduces_is_reported_after_at_in_the_title():
    # Left out last session: with no front matter, "Line Cook at Harbor Grill" went unreported in plain text and Markdown.
    for text, column in (("Line Cook at Harbor Grill\n\n" + _GRILL, 14), ("# Line Cook at Harbor Grill\n\n" + _GRILL, 16)):
        found = lint(text, config=Config(select=["STR002"]), path="posting.md" if text.startswith("#") else "posting.txt")
        assert [(d.line, d.column, d.end_column, d.message) for d in found] == [
            (1, column, column + 12, "The title contains the company name 'Harbor Grill': name the hiring organization in the body or metadata instead.")
        ]


def test_a_name_after_a_dash_or_one_the_text_does_not_introduce_is_not_the_employer():
    quiet = Config(select=["STR002"])
    # "Notify is a SaaS platform": after a dash, a product or team (the corpus's CDS posting).
    assert lint("# Software Developer - Notify\n\nNotify is a SaaS platform that sends e-mail.\n", config=quiet) == []
    # "at" a place the text does not introduce as the employer.
    assert lint("# Barista at Union Square\n\nOur cafe opens at seven. You will pull shots and greet guests.\n", config=quiet) == []
    # The employer named, but not in the title.
    assert lint("# Line Cook\n\n" + _GRILL, config=quiet) == []


def test_a_figure_after_a_pay_label_is_pay_and_a_pin_code_is_the_place():
    quiet = Config(select=["STR002"])
    found = lint("# Accountant - Salary 150000 - Negotiable\n\nKeep the books.\n", config=quiet)
    assert [(d.column, d.end_column, d.message.split(":")[0]) for d in found] == [(23, 29, "The title contains a pay figure")]
    found = lint("# Sales Executive - Mumbai 400001\n\nSell our products.\n", config=quiet)
    assert [(d.column, d.end_column, d.message.split(":")[0]) for d in found] == [(21, 34, "The title contains a location or work arrangement")]
