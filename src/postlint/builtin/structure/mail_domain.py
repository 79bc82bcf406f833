"""STR004's clue from the mail: an organisation the text names whose name is the domain of an e-mail address in
the posting ("Corrib Mutual" beside internal.mobility@corribmutual.ie, blind set S103). The organisation owns the
address the posting writes from or to, so it is the employer, as a signature or an internal mail says."""

from __future__ import annotations

import re

from postlint.language.job_titles import has_role_word
from postlint.model.posting import Posting

_MAIL_DOMAIN = re.compile(r"[\w.+-]@([\w-]+(?:\.[\w-]+)+)")
# Two to five capitalised words: one word alone is too often a board's or a tool's name ("Indeed", "Seek").
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’&-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’&-]*){1,4}")
_POSSESSIVE = re.compile(r"['’]s$")
# A board's, an agency's or a team's name, not the employer's: "Job Bank", "Brighton Recruitment", "People Team".
_NOT_THE_EMPLOYER = re.compile(
    r"(?i)\b(?:jobs?|careers?|vacanc(?:y|ies)|recruit\w*|hiring|board|talent|people|staffing|search|team|mobility"
    # an agency's: "Al Noor Manpower Consultants" (blind set S58's planted STR004)
    r"|manpower|consult\w*|agenc(?:y|ies)|placements?|resourcing|personnel|workforce|outsourcing|employment|hr)\b"
)
# A recruiter writing for an employer it keeps back: its own domain names the agency, not the employer ("our client",
# "Hiring for a reputed construction company", "on behalf of a leading bank").
_FOR_A_CLIENT = re.compile(
    r"(?i)\bour\s+clients?\b|\b(?:hiring|recruiting)\s+for\s+(?:a|an|one\s+of)\b|\bon\s+behalf\s+of\s+(?:a|an|one\s+of|our)\b"
)


# What follows an organisation's one-word name: "Severnside University" beside …@severnside.ac.uk (blind set S110).
_KIND = re.compile(
    r"(?:University|College|Council|Hospital|Trust|School|Academy|Institute|Foundation|Society|Museum|Library|Group"
    r"|Ltd|Limited|Inc|LLC|GmbH|PLC|Plc|AG|SA|BV)\.?"
)
# Free mail: its domain names no organisation ("Outlook Group" beside …@outlook.com).
_FREE_MAIL = frozenset(("googlemail", "hotmail", "outlook", "icloud", "protonmail", "yandex", "rediffmail"))


def _key(word: str) -> str:
    return re.sub(r"[\W_]", "", _POSSESSIVE.sub("", word).lower())


def named_by_mail_domain(posting: Posting) -> str | None:
    """The organisation named in the text whose joined name is a label of an e-mail domain in the posting, or ``None``."""
    labels = {
        key
        for m in _MAIL_DOMAIN.finditer(posting.source)
        for label in m.group(1).split(".")
        if len(key := label.lower().replace("-", "")) >= 6
    }
    if not labels or _FOR_A_CLIENT.search(posting.source):
        return None
    for block in posting.body_blocks():
        for run in _CAPITALISED_RUN.finditer(block.clean):
            words = [w for w in run.group().split() if w != "&"]
            for i in range(len(words) - 1):
                for j in range(i + 1, len(words) + 1):
                    if "".join(_key(w) for w in words[i:j]) not in labels:
                        continue
                    if j == i + 1:
                        # One word is the domain only with its kind after it: "Severnside University".
                        if not _KIND.fullmatch(words[j]) or _key(words[i]) in _FREE_MAIL:
                            continue
                        j += 1
                    name = " ".join(words[i:j])
                    name = _POSSESSIVE.sub("", name)
                    # The whole run, not only the matched words: "Al Noor Manpower Consultants" is an agency.
                    if not _NOT_THE_EMPLOYER.search(run.group()) and not has_role_word(name):
                        return name
    return None
