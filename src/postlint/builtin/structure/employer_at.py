"""STR004's clue from "at": the employer named after the team the opening text hires for ("to join the
Computational Health group at Severnside University in Bristol", blind set S110)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from postlint.language.keywords import has_role_word
from postlint.language.places import PLACE_NAMES

# A capitalised name of up to six words: "GitLab", "Severnside University", "St Mary's Hospital", "Bluegum & Co".
_AT_NAME = r"[A-Z][\w.&’'-]*(?: (?:of |of the |for |and |& )?[A-Z0-9][\w.&’'-]*){0,5}"
# Where the name ends: a stop, a verb or a linking word, a place after it, an emoji or a dash; not a lower-case noun
# of its own ("at the Leeds office", "at Heathrow depot").
_NAME_END = r"(?=[,.!?;:)]|\s+(?:and|is|are|was|has|have|in|on|to|for|where|who|which|as|we|since|from)\b|\s+[^\w\s]|\s*$)"
# A team or a unit of the employer joined: "join the Computational Health group at …", "join our team at …".
_UNIT = r"(?:team|group|department|division|unit|lab|laboratory|office|practice|service|crew|staff|family)"
_JOIN_AT = re.compile(
    rf"\bjoin(?:ing)? (?:the |our |a |an |their )?(?:[\w&'’-]+ ){{0,4}}?{_UNIT} at (?:the )?(?P<name>{_AT_NAME}){_NAME_END}"
)
# A place, not a firm: "at Heathrow Airport", "at Smith Street".
_PLACE_END = re.compile(r"\b(?:Airport|Station|Street|St|Road|Rd|Avenue|Ave|Square|Mall|Park|Terminal)$")


def _a_firm(name: str, not_employers: frozenset[str]) -> bool:
    return not (name.lower() in PLACE_NAMES or _PLACE_END.search(name) or has_role_word(name) or name in not_employers)


def employer_at(texts: Iterable[str], not_employers: frozenset[str]) -> str | None:
    """The employer an opening paragraph (of ``texts``) names after a team joined ("join our team at Acme"), or
    ``None``. ``not_employers`` are words that open a sentence about the job ("Work", "Pay")."""
    for text in texts:
        for m in _JOIN_AT.finditer(text):
            if _a_firm(m.group("name"), not_employers):
                return m.group("name")
    return None
