from __future__ import annotations

from datetime import date

import pytest

from postlint.engine.config import parse_config
from postlint.errors import ConfigError
from postlint.pay.jurisdictions import all_jurisdictions
from postlint.testing import run_rule

NO_PAY = "# Data Engineer\n\nYou will build our data platform.\n"


def test_profiles_are_complete_data():
    profiles = all_jurisdictions()
    assert {"US-CO", "US-CA", "US-WA", "US-NYC", "US-IL", "CA-ON", "CA-BC", "EU"} <= set(profiles)
    for j in profiles.values():
        assert j.source.startswith("https://") and j.requires and j.employers
    assert profiles["US-CO"].effective == date(2021, 1, 1)


def test_severity_raised_by_config_or_front_matter():
    assert [d.severity for d in run_rule("PAY001", NO_PAY)] == ["warning"]
    found = run_rule("PAY001", NO_PAY, config={"jurisdictions": ["US-CO"]})
    assert [d.severity for d in found] == ["error"]
    assert "required in Colorado since 2021-01-01" in found[0].message
    front = "---\njurisdictions: [US-CO]\n---\n\n" + NO_PAY
    assert [d.severity for d in run_rule("PAY001", front)] == ["error"]


def test_law_not_yet_in_force_on_the_posting_date():
    dated = "---\ndate-posted: 2020-06-01\n---\n\n" + NO_PAY
    assert [d.severity for d in run_rule("PAY001", dated, config={"jurisdictions": ["US-CO"]})] == ["warning"]



def test_a_posting_date_with_a_time_is_judged_on_its_day():
    # Blind set S92: Hugo's TOML "date = 2026-11-24T09:00:00Z" is a datetime; comparing it with a law's date crashed.
    yaml_dated = "---\ndate: 2020-06-01T09:00:00Z\n---\n\n" + NO_PAY
    assert [d.severity for d in run_rule("PAY001", yaml_dated, config={"jurisdictions": ["US-CO"]})] == ["warning"]
    toml_dated = "+++\ndate = 2026-11-24T09:00:00Z\njurisdictions = [\"US-CO\"]\n+++\n\n" + NO_PAY
    assert [d.severity for d in run_rule("PAY001", toml_dated)] == ["error"]


COMMISSION_ONLY = "# Account Executive\n\nThis role is paid on commission: you earn 10% of every sale you close.\n"


def test_vermont_lets_a_commission_job_say_so_instead_of_stating_pay():
    # 21 V.S.A. 495p(a)(2)(A): a job paid on commission, in whole or in part, discloses that fact instead.
    vermont = run_rule("PAY001", COMMISSION_ONLY, config={"jurisdictions": ["US-VT"]})
    assert [(d.line, d.column, d.severity) for d in vermont] == [(1, 3, "warning")]
    assert "Vermont" not in vermont[0].message
    # Without the commission statement Vermont still requires pay; Colorado has no such exception.
    assert [d.severity for d in run_rule("PAY001", NO_PAY, config={"jurisdictions": ["US-VT"]})] == ["error"]
    both = run_rule("PAY001", COMMISSION_ONLY, config={"jurisdictions": ["US-VT", "US-CO"]})
    assert [d.severity for d in both] == ["error"]
    assert "Colorado" in both[0].message and "Vermont" not in both[0].message
    # "the European Commission" is not commission pay.
    agency = "# Policy Analyst\n\nYou will brief the European Commission on our research.\n"
    assert [d.severity for d in run_rule("PAY001", agency, config={"jurisdictions": ["US-VT"]})] == ["error"]


def test_colorado_apply_and_deadline_rules_follow_the_posting_date():
    # SB 23-105 (in force 2024-01-01) added the deadline; a 2023 posting is judged by the law of 2023.
    dated = "---\njurisdictions: [US-CO]\ndate-posted: {}\n---\n\n" + NO_PAY
    before = run_rule("STR012", dated.format("2023-12-31"))
    assert [(d.line, d.severity) for d in before] == [(6, "warning")]
    after = run_rule("STR012", dated.format("2024-01-01"))
    assert [(d.line, d.severity) for d in after] == [(6, "error"), (6, "error")]
    assert "required in Colorado since 2024-01-01" in after[0].message
    assert after[1].message.startswith("No application deadline: required in Colorado since 2024-01-01")


def test_unknown_jurisdiction_in_config_is_an_error():
    with pytest.raises(ConfigError, match=r"unknown jurisdiction 'US-XX'"):
        parse_config({"jurisdictions": ["US-XX"]}, origin="cfg.toml")


def test_unknown_jurisdiction_message_has_no_pydantic_prefix():
    with pytest.raises(ConfigError) as exc:
        parse_config({"jurisdictions": ["US-XX"]}, origin="cfg.toml")
    assert str(exc.value).startswith("cfg.toml: invalid value for 'jurisdictions': unknown jurisdiction 'US-XX' (known: ")
