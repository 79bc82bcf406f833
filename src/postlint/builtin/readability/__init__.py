"""READ: readability — formulas and sentence lengths (prose), paragraph, heading and layout style (style), acronyms (acronyms), doubled words (repeats)."""

from __future__ import annotations

from postlint.builtin.readability import acronyms, prose, repeats, style
from postlint.engine.rule import Rule

RULES: list[Rule] = [*prose.RULES, *style.RULES, *acronyms.RULES, *repeats.RULES]
