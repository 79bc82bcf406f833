"""Front matter may hold any value its format allows; no value crashes a rule (each crash below was one)."""

from __future__ import annotations

import pytest

from postlint.engine.config import Config
from postlint.engine.linter import Linter

BODY = "\n# Engineer\n\nPay: $50,000 - $60,000 per year. We hire in Denver, Colorado.\n\n## Responsibilities\n\n- Build things\n"
KEYS = ("date", "date-posted", "jsonld", "salary", "salary_min", "salary_max", "pay", "compensation", "closes", "title")
# TOML spellings: a datetime with a zone, a local time, infinities, a date, a table, a mixed array, a 40-digit integer.
TOML_VALUES = ("2026-11-24T09:00:00Z", "07:32:00", "inf", "nan", "2026-11-24", "{ a = 1 }", '[1, "a"]', "1" + "0" * 40)
YAML_VALUES = ("2026-11-24T09:00:00Z", "2026-11-24", "12", "true", "null", "{a: 1}", "[1, EU]", "1" + "0" * 400)


def _front_matter(syntax: str, key: str, value: str) -> str:
    if syntax == "toml":
        return f'+++\n"{key}" = {value}\njurisdictions = ["EU", "US-CO"]\n+++\n'
    return f"---\n{key}: {value}\njurisdictions: [EU, US-CO]\n---\n"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Config(select=["ALL"]))


@pytest.mark.parametrize("syntax", ["toml", "yaml"])
@pytest.mark.parametrize("key", KEYS)
def test_no_front_matter_value_crashes_a_rule(linter: Linter, key: str, syntax: str) -> None:
    for value in TOML_VALUES if syntax == "toml" else YAML_VALUES:
        result = linter.lint_file("posting.md", text=_front_matter(syntax, key, value) + BODY)
        assert result.error is None, (value, result.error)
        assert "STR012" in {d.code for d in result.diagnostics}  # the rules ran: no way to apply is given
