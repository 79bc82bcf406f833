"""Golden output for examples/cto.md (regenerate with POSTLINT_UPDATE_GOLDEN=1 after a reviewed change)."""

from __future__ import annotations

import os
from pathlib import Path

import postlint
from postlint.engine.config import Config
from postlint.engine.linter import Linter
from postlint.engine.plugins import all_rules
from postlint.engine.report import Report
from postlint.formats import render

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden" / "cto.concise.txt"


def test_cto_example_golden(cto_md):
    linter = Linter(Config())
    report = Report()
    report.results.append(linter.lint_file("examples/cto.md", text=cto_md))
    text = render("concise", report, all_rules())
    if os.environ.get("POSTLINT_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_cto_example_structure_and_salary(cto_md):
    posting = postlint.parse(cto_md, path="examples/cto.md")
    assert posting.title == "Chief Technology Officer (CTO)"
    salary = posting.salary
    assert (salary.min, salary.max, salary.currency, salary.period) == (160000, 350000, "USD", "YEAR")
    for kind in ("role-definition", "responsibilities", "skills", "education-experience"):
        assert posting.find(kind) is not None, kind
    assert len(posting.find("primary-functions").items) == 22
    assert len(posting.find("secondary-functions").items) == 10


def test_seed_text_parses_to_cto_sections_and_salary(seed_text):
    posting = postlint.parse(seed_text, format="text")
    salary = posting.salary
    assert (salary.min, salary.max, salary.currency, salary.period) == (160000, 350000, "USD", "YEAR")
    for kind in ("role-definition", "career-progression", "responsibilities", "primary-functions", "secondary-functions",
                 "skills", "hard-skills", "soft-skills", "education-experience", "educational-background",
                 "experience-requirements"):
        assert posting.find(kind) is not None, kind
    codes = {d.code for d in postlint.lint(seed_text, format="text")}
    assert {"STR005"}.isdisjoint(codes)  # every required CTO section is found


def test_lint_accepts_a_parsed_posting_with_the_same_result(cto_md):
    from_text = postlint.lint(cto_md, path="examples/cto.md")
    from_posting = postlint.lint(postlint.parse(cto_md, path="examples/cto.md"))
    assert [d.model_dump() for d in from_posting] == [d.model_dump() for d in from_text]
    assert len(from_text) > 10


def test_lint_refuses_other_types_with_a_plain_message():
    import pytest

    with pytest.raises(TypeError, match=r"^postlint.lint\(\) takes a str or a Posting, not bytes$"):
        postlint.lint(b"# Title")
