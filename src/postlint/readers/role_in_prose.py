"""A part named for the conditions of work that describes the job itself: GC Jobs' fixed "Work environment" over
paragraphs of what the technologist will do ("As a Hydrometric Field Technologist, you will spend about half of
the year in the field…", precision sample 1217), the only description of the role on the poster. In a US job
description the same heading is over the physical demands and stays working conditions."""

from __future__ import annotations

import re

from postlint.model.posting import Section
from postlint.model.schema import Schema, normalize_heading
from postlint.readers.block_categories import DUTY_VERBS

_WORK_ENVIRONMENT = frozenset(("work environment", "working environment", "the work environment"))
# "you will" and the verb after it: a duty ("you will check the records") tells the job; "you will be exposed to heat",
# "you will stand" tell its conditions (review).
_YOU_WILL = re.compile(r"(?i)\byou(?:['’]ll|\s+will)\s+(?:also\s+|then\s+|regularly\s+|often\s+)?([a-z]+)")


def role_told_as_work_environment(flat: list[Section], schema: Schema, intro_words: int) -> None:
    """Read such a part as the role's definition, in place, when the posting has none and no intro of 40 words:
    100 or more words of paragraphs in which "you will" comes before a duty twice or more."""
    if schema.spec("role-definition") is None or intro_words >= 40 or any(s.kind == "role-definition" for s in flat):
        return
    for section in flat:
        if section.kind != "working-conditions" or normalize_heading(section.title) not in _WORK_ENVIRONMENT:
            continue
        prose = [b.text for b in section.blocks if b.kind == "paragraph"]
        duties = sum(verb.lower() in DUTY_VERBS for t in prose for verb in _YOU_WILL.findall(t))
        if sum(len(t.split()) for t in prose) >= 100 and duties >= 2:
            section.relabel("role-definition", f"'{section.title}' over {section.words()} words of what the job does")
            return
