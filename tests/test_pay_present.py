"""PAY001's messages: vague pay, no pay, and pay given only as a US federal grade."""

from __future__ import annotations

from postlint import Config, lint

ONLY = Config(select=["PAY001"])


def test_a_federal_grade_without_a_range_is_named_in_the_message():
    # Precision sample 3030: "No pay is stated" overstated a GS-15 posting that links OPM's pay tables.
    found = lint("# Product Manager GS15\n\nSee OPM's pay tables for your locality.\n", config=ONLY)
    assert [(d.line, d.column, d.message) for d in found] == [
        (1, 3, "Pay is given only as a grade (GS-15): add the salary range for the locality, with currency and period.")
    ]
    fronted = lint("---\ngs:\n- 14\n- 15\n---\n\n# Product Manager\n\nSee OPM's pay tables.\n", config=ONLY)
    assert fronted[0].message.startswith("Pay is given only as a grade (GS-14/GS-15): ")


def test_the_headers_grade_field_names_the_grade_not_the_experience_asked_for():
    # Blind set S95: USAJOBS's "Pay scale & grade: GS 12" over "experience equivalent to at least the GS-11 grade level".
    text = (
        "IT Specialist\nDepartment of Defense\n\nOverview\nOpen & closing dates: 04/07/2025 to 04/21/2025\n"
        "Pay scale & grade: GS 12\nLocation: Columbus, OH\n\nQualifications\n"
        "Applicants must have one year of specialized experience equivalent to at least the GS-11 grade level.\n"
    )
    found = lint(text, path="usajobs.txt", config=ONLY)
    assert [d.message for d in found] == [
        "Pay is given only as a grade (GS-12): add the salary range for the locality, with currency and period."
    ]


def test_no_grade_and_no_pay():
    found = lint("# Product Manager\n\nYou will own the roadmap.\n", config=ONLY)
    assert [d.message for d in found] == ["No pay is stated: add the salary or hourly range with currency and period."]


def test_a_grade_with_its_range_is_pay():
    assert lint("# Product Manager GS15\n\nSalary: $143,736 - $183,500 per year (GS-15).\n", config=ONLY) == []


def test_a_canadian_classification_without_a_range_is_named_in_the_message():
    # Precision sample 1207: the Canadian Digital Service's "classified as CS-04" read as no pay at all.
    text = "# Senior Developer\n\nSenior Developers are classified as CS-04 and Principal Developers as CS-05 in the Computer Systems group.\n"
    assert [(d.line, d.column, d.message) for d in lint(text, config=ONLY)] == [
        (1, 3, "Pay is given only as a grade (CS-04/CS-05): add the salary range, with currency and period.")
    ]
    labelled = lint("# Program Officer\n\nClassification: AS-02\n\nYou will run the grants programme.\n", config=ONLY)
    assert labelled[0].message.startswith("Pay is given only as a grade (AS-02): ")


def test_a_code_like_a_classification_without_the_word_is_no_grade():
    found = lint("# Support Agent\n\nYou will answer tickets about model XR-04 and its charger.\n", config=ONLY)
    assert [d.message for d in found] == ["No pay is stated: add the salary or hourly range with currency and period."]


def test_a_classification_with_a_space_and_a_range_of_levels():
    # Precision sample 1208: "classified as **EC 06-07**" read as no pay at all.
    found = lint("# Senior Policy Advisor\n\nThis role is classified as EC 06-07 in the Economics and Social Science Services group.\n", config=ONLY)
    assert [d.message for d in found] == ["Pay is given only as a grade (EC-06/EC-07): add the salary range, with currency and period."]
