"""STR010's two messages: no place at all, and remote with no country or region."""

from __future__ import annotations

import pytest

from postlint.engine.config import Config
from postlint.engine.linter import lint


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("You will build our data platform.", "No work location: say where the job is (city and country) or that it is remote, and from which countries or regions."),
        ("This is a fully remote role.", "'fully remote' does not say from which countries or regions people may work: name them (for example 'remote within Canada')."),
        ("We are remote-first.", "'remote-first' does not say from which countries or regions people may work: name them (for example 'remote within Canada')."),
    ],
)
def test_location_messages(body: str, message: str) -> None:
    found = lint(f"# Data Engineer\n\n{body}\n", config=Config(select=["STR010"]))
    assert [(d.line, d.column, d.message) for d in found] == [(1, 3, message)]
