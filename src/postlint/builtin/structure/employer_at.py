"""STR004's clue from "at": the employer named after the job or the team the opening text hires for ("Support
Engineers at GitLab are the bridge…", blind set S108; "to join the Computational Health group at Severnside
University in Bristol", blind set S110)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from postlint.language.job_titles import has_role_word
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
# The job, then its employer: "Support Engineers at GitLab are…", "We're hiring a Senior Backend Engineer at Tallowbird".
_ROLE_AT = re.compile(rf"\b(?P<role>[A-Za-z-]{{3,30}}) at (?:the )?(?P<name>{_AT_NAME}){_NAME_END}")
# Role words that also say how good someone is at a thing: "expert at Excel", "a leader at AI".
_SKILL_WORDS = frozenset(("expert", "experts", "lead", "leads", "leader", "leaders", "head", "fellow", "partner", "partners"))
# A person's past job, not the employer hiring: "Maria, formerly an engineer at Google, leads…".
_PAST = re.compile(r"(?i)\b(?:previously|formerly|former|ex|was|were|used to|worked|spent|before)\b")
# A place, not a firm: "at Heathrow Airport", "at Smith Street".
_PLACE_END = re.compile(r"\b(?:Airport|Station|Street|St|Road|Rd|Avenue|Ave|Square|Mall|Park|Terminal|Wharf|Quay)$")
# An agency writing for its client: the name after "at" is the client's place or site, never the employer (review:
# "Our client is hiring a Staff Nurse at Canary Wharf").
_FOR_A_CLIENT = re.compile(r"(?i)\b(?:our|the|a|their|my)\s+clients?\b")


def _a_firm(name: str, not_employers: frozenset[str]) -> bool:
    return not (name.lower() in PLACE_NAMES or _PLACE_END.search(name) or has_role_word(name) or name in not_employers)


def employer_at(texts: Iterable[str], not_employers: frozenset[str]) -> str | None:
    """The employer an opening paragraph (of ``texts``) names after a team joined ("join our team at Acme") or,
    in its first sentence, after the job ("Support Engineers at GitLab are…"), or ``None``. ``not_employers`` are words that open a sentence about the job ("Work", "Pay")."""
    for text in texts:
        if _FOR_A_CLIENT.search(text):
            continue
        for m in _JOIN_AT.finditer(text):
            if _a_firm(m.group("name"), not_employers):
                return m.group("name")
        # A job at a firm only in the paragraph's first sentence, where the posting introduces itself.
        first = re.match(r"[^.!?]*", text)
        sentence = first.group() if first else ""
        for m in _ROLE_AT.finditer(sentence):
            role = m.group("role")
            if _PAST.search(sentence, 0, m.start()):
                break
            if role.lower() not in _SKILL_WORDS and has_role_word(role) and _a_firm(m.group("name"), not_employers):
                return m.group("name")
    return None
