"""Proper names term rules skip: the posting's declared company and capitalised multi-word names."""

from __future__ import annotations

import pytest

import postlint
from postlint.language.names import declared_names, in_capitalised_name


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Manpower Group is the staffing firm.", "Manpower", True),  # sentence-initial, then a capital
        ("Talk to Chairman Mao today.", "Chairman", True),
        ("Report to the Board Chairman.", "Chairman", True),
        ("Report to the Board\nChairman.", "Chairman", True),  # a wrapped line is not a sentence end
        ("Our Chairman leads.", "Chairman", False),  # "Our" only starts the sentence
        ("Grizzled C and C++ veterans welcome.", "Grizzled", False),  # a language, not a name's word (blind set S73)
        ("Talk to Chairman J. Smith today.", "Chairman", True),  # an initial is
        ("Done. Chairman leads.", "Chairman", False),
        ("Board: Chairman leads.", "Chairman", False),
        ("the Chairman. Then", "Chairman", False),  # the next capital starts a new sentence
        ("MANPOWER PLANNING", "MANPOWER", False),  # shouting, not a name
        ("more manpower Group", "manpower", False),  # not capitalised itself
        ("We met Bob. Manpower is short.", "Manpower", False),  # "Bob." ends another sentence
    ],
)
def test_in_capitalised_name(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    assert in_capitalised_name(text, start, start + len(word)) is expected


def test_declared_names_from_front_matter_and_jsonld() -> None:
    posting = postlint.parse("---\ncompany: Manpower Group\nemployer: {name: MG}\n---\n# Recruiter\n\nText.\n")
    assert declared_names(posting) == ["Manpower Group", "MG"]
    page = (
        '<script type="application/ld+json">[{"@type": "JobPosting", "hiringOrganization": {"name": "Acme"}},'
        ' {"@type": "JobPosting", "hiringOrganization": "Acme"}, {"@type": "JobPosting", "hiringOrganization": "A"}]'
        "</script><p>Text.</p>"
    )
    assert declared_names(postlint.parse(page, format="html")) == ["Acme"]  # once; one letter is no name


def test_the_declared_companys_short_form_is_a_name_and_the_word_is_not():
    text = "---\ncompany: Manpower Group\n---\n\n# Recruiter\n\nAt Manpower we value manpower.\n"
    found = [(d.line, d.column) for d in postlint.lint(text) if d.code == "INC002"]
    assert found == [(7, 22)]  # the word "manpower", not the company's short name


def test_an_enumeration_splits_the_same_from_a_run_of_blanks_start():
    # READ016's list separator takes the blanks before it only from their run's start, whole (a run of
    # blanks in an acronym's clause was tried from every blank): the same items as before.
    from postlint.builtin.readability.name_lists import _ITEM_SEP, in_name_list

    assert _ITEM_SEP.split("EKS, SES and SQS") == ["EKS", "SES", "SQS"]
    assert _ITEM_SEP.split("  , ACH /RTP   or  FedNow ,") == ["", "ACH", "RTP", "FedNow", ""]
    assert _ITEM_SEP.split("sandy or" + " " * 5000 + "x") == ["sandy", "x"]
    assert _ITEM_SEP.split("QXZJ" + " " * 5000 + "QXZK") == ["QXZJ" + " " * 5000 + "QXZK"]
    text = "Experience with " + (" " * 300).join(["QXZJ", "QXZK", "QXZV"]) + " tools."
    assert not in_name_list(text, 16, 20)
    assert in_name_list("Experience with EKS, SES and SQS.", 21, 24)
