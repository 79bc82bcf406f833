"""STR004's reading of the employer the opening text introduces."""

from __future__ import annotations

import time

from postlint import Config, lint, parse
from postlint.builtin.structure.company import employer_in_text


def test_a_first_name_repeated_through_a_long_posting_is_read_in_linear_time():
    # Each "Rachel runs…" once searched the whole posting for the names paired with it: 16 s at 50,000 characters.
    text = "# Dairy Farm Assistant\n\n" + "Rachel runs the farm. " * 2300 + "Hemi and Rachel own it.\n"
    start = time.perf_counter()
    found = lint(text, config=Config(select=["STR004"]))
    assert time.perf_counter() - start < 3
    assert [d.code for d in found] == ["STR004"]


def test_an_appositive_names_the_employer_only_when_it_is_the_employers_unit():
    named = {
        "The King County Department of Local Services, Permitting Division, is recruiting inspectors.": "King County Department of Local Services",
        "Pine Ridge Public Schools, Independent School District 2187, is building its substitute pool.": "Pine Ridge Public Schools",
        "IBEW, Local 112, dispatches apprentices to contractors.": "IBEW",
        # A person and their post, a town and its county, a list of tools: no employer.
        "Maria Lopez, Director of Nursing, has built a team of forty nurses.": None,
        "Leeds, West Yorkshire, is a vibrant city with a lot going on.": None,
        "Kubernetes, Terraform and AWS, are the tools we use every day.": None,
        "Python, Django and Postgres, is our stack for everything.": None,
    }
    for text, name in named.items():
        assert employer_in_text(parse(f"# Nurse\n\n{text}\n")) == name, text


def test_the_opening_text_names_the_employer_by_its_unit_a_new_colleague_or_a_founders_byline():
    # Blind set S83: a council by its service's possessive, a firm a new colleague joined as "ours", a founder's byline.
    named = {
        "Glanrafon County Council's countryside service looks after three country parks.": "Glanrafon County Council",
        "Glanrafon County Council looks after three country parks.": "Glanrafon County Council",
        "Big news: Tomás Ibarra just joined Tallyfox as our first Head of Design!": "Tallyfox",
        # A tool's part, a colleague's past employer, a possessive without a unit: no employer.
        "Python's type system is strict, and we like it that way.": None,
        "Before this, Tomás joined Google as a designer in 2019.": None,
        "Glanrafon's hills are steep and the weather changes fast.": None,
    }
    for text, name in named.items():
        assert employer_in_text(parse(f"# Ranger\n\n{text}\n")) == name, text
    byline = parse("Backend Engineer\n\nMaya Lindqvist\nFounder & CEO at Tallyfox | Making invoicing boring again\n\nWe are hiring a founding backend engineer.\n", format="text")
    assert employer_in_text(byline) == "Tallyfox"
    report = parse("Backend Engineer\n\nYou will report to the Head of Design at Tallyfox.\n\nWe are hiring a founding backend engineer.\n", format="text")
    assert employer_in_text(report) is None
