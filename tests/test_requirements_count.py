"""STR008's advice names the nice-to-have part that pairs with the over-long list."""

from __future__ import annotations

from postlint.testing import run_rule

_ITEMS = "\n".join(f"- Skill number {i} in care work" for i in range(12))


def _spec(*parts: str) -> str:
    body = "\n\n".join(f"### {title}\n\n{_ITEMS if title == 'Essential Skills' else '- NVQ Level 2'}" for title in parts)
    return f"# Care Assistant\n\nAcme Care is a home care provider in Leeds, UK.\n\n## Person specification\n\n{body}\n"


def test_the_desirable_list_of_the_same_criteria_is_named():
    found = run_rule("STR008", _spec("Essential Qualifications", "Essential Skills", "Desirable Qualifications", "Desirable Skills"))
    assert [(d.line, d.column) for d in found] == [(11, 5)]
    assert found[0].message.endswith("move the rest to 'Desirable Skills'.")


def test_without_a_pair_the_first_desirable_list_is_named():
    found = run_rule("STR008", _spec("Essential Qualifications", "Essential Skills", "Desirable Qualifications"))
    assert found[0].message.endswith("move the rest to 'Desirable Qualifications'.")
