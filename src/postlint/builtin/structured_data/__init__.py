"""SD: schema.org JobPosting structured data — required and typed properties (properties), its fit with the visible page (page)."""

from __future__ import annotations

from postlint.builtin.structured_data import page, properties
from postlint.engine.rule import Rule

RULES: list[Rule] = [*properties.RULES, *page.RULES]
