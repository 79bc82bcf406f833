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
