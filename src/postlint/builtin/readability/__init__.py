"""READ: readability — formulas and sentence lengths (prose), paragraph length (paragraphs), heading and layout style (style), addressing the reader (second_person), acronyms (acronyms), doubled words (repeats)."""

from __future__ import annotations

from postlint.builtin.readability import acronyms, paragraphs, prose, repeats, second_person, style
from postlint.engine.rule import Rule

RULES: list[Rule] = [*prose.RULES, *paragraphs.RULES, *style.RULES, *second_person.RULES, *acronyms.RULES, *repeats.RULES]
