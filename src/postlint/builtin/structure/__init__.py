"""STR: the posting's structure against its schema — title, company, sections and their sizes, qualifications, location, employment type, how to apply, front matter against the text."""

from __future__ import annotations

from postlint.builtin.structure import (
    applying,
    company,
    content,
    degree,
    duplicates,
    employment_type,
    front_matter,
    location,
    remote_claims,
    sections,
    title,
)
from postlint.engine.rule import Rule

RULES: list[Rule] = [*sections.RULES[:1], *title.RULES, *company.RULES, *sections.RULES[1:], *duplicates.RULES, *content.RULES, *employment_type.RULES, *applying.RULES, *degree.RULES, *location.RULES, *remote_claims.RULES, *front_matter.RULES]
