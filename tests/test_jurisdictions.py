from __future__ import annotations

from datetime import date

import pytest

from postlint.config import parse_config
from postlint.errors import ConfigError
from postlint.jurisdictions import all_jurisdictions
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


def test_unknown_jurisdiction_in_config_is_an_error():
    with pytest.raises(ConfigError, match=r"unknown jurisdiction 'US-XX'"):
        parse_config({"jurisdictions": ["US-XX"]}, origin="cfg.toml")
