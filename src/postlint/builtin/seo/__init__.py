"""SEO: keyword coverage — the keyphrase in title, intro, headings and body (keyphrase); text length, meta description, title width, location (page); keyword stuffing (stuffing)."""

from __future__ import annotations

from postlint.builtin.seo import keyphrase, page, stuffing
from postlint.engine.rule import Rule

RULES: list[Rule] = [*keyphrase.RULES, *page.RULES, *stuffing.RULES]
