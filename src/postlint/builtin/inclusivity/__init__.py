"""INC: inclusive wording — gender-coded words, gendered terms and pronouns, age, experience caps, physical requirements, EEO and accommodation statements, sex preferences."""

from __future__ import annotations

from postlint.builtin.inclusivity import age_bias, experience_caps, requirements, sex_preference, statements, wording
from postlint.engine.rule import Rule

RULES: list[Rule] = [*wording.RULES[:2], *age_bias.RULES, *wording.RULES[2:], *experience_caps.RULES, *requirements.RULES, *statements.RULES, *sex_preference.RULES]
