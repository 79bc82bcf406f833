"""INC: inclusive wording — gender-coded words, gendered terms and pronouns, age, experience caps, physical requirements, EEO and accommodation statements."""

from __future__ import annotations

from postlint.builtin.inclusivity import statements, wording
from postlint.engine.rule import Rule

RULES: list[Rule] = [*wording.RULES, *statements.RULES]
