"""STR004's tests of a capitalised word that opens "X is…" or "X are…": a person the posting names, or a common
noun, is no employer (the employer's search is in :mod:`postlint.builtin.structure.company`)."""

from __future__ import annotations

import re

from postlint.language.job_titles import has_role_word
from postlint.model.posting import Posting

# What tells a first name from a one-word firm: a pronoun opening the next sentence, or elsewhere two people
# who own or run the place ("Hemi and Rachel own the herd"). Being called or e-mailed is no such sign:
# "Call Bluefin on 503-555-0100", "Message Greggs on Facebook" address a firm.
_PRONOUN_NEXT = re.compile(r"[^.!?]*[.!?]\s+(?:She|He)\b")
_NAME_PAIR = re.compile(
    r"\b([A-Z][a-z]{1,14})\s+(?:and|&)\s+([A-Z][a-z]{1,14})\s+(?:own|run|co-own|manage|founded|started)\b"
)


def _paired_names(posting: Posting) -> frozenset[str]:
    """The first names the posting pairs as owners ("Hemi and Rachel own the herd"): one pass a posting."""
    found = posting._cache.get("str004-name-pairs")
    if found is None:
        found = posting._cache["str004-name-pairs"] = frozenset(
            name for m in _NAME_PAIR.finditer(posting.text) for name in m.groups()
        )
    return found


def a_person(posting: Posting, text: str, m: re.Match[str]) -> bool:
    """Whether the one capitalised word opening ``m`` (group ``b``) is a person the posting names, not a firm."""
    name = m.group("b")
    if not re.fullmatch(r"[A-Z][a-z]{1,14}", name):
        return False
    return _PRONOUN_NEXT.match(text, m.end("b")) is not None or name in _paired_names(posting)


# What an employer's "is" goes on to: "Redline is adding 12 trucks", "Pomar is a young startup", "Acme is based in…".
_FIRM_IS = re.compile(
    r"(?:a|an|the|one|now|currently|proud|committed|based|headquartered|located|backed|funded|owned|part|home"
    r"|excited|delighted|thrilled|(?!(?:being|nothing|something|anything|everything|during)$)[a-z]{2,}ing|HIRING)"
)
_IS_THEN = re.compile(r" (?:is|are) ([\w'’-]+)$")


def a_common_noun(posting: Posting, text: str, m: re.Match[str]) -> bool:
    """Whether the one capitalised word opening ``m`` (group ``b``) is a thing, not a firm: "Code is on GitHub",
    "Coffee is free on Fridays", "Start is 7:30am". Only an "is" that says what a thing is like (not "is a…",
    "is hiring") is in doubt; then the word is a name only when the posting writes it capitalised again mid-sentence
    ("join Lumio") and never in lower case as a word ("the code")."""
    name = m.group("b")
    if not re.fullmatch(r"[A-Z][a-z]{1,20}", name):
        return False
    word_end = re.match(r"[\w'’-]*", text[m.end() :])
    said = _IS_THEN.search(text[m.start("b") : m.end()] + (word_end.group() if word_end else ""))
    if said is None or _FIRM_IS.fullmatch(said.group(1)):
        return False
    return not a_name_elsewhere(posting, name)


def a_name_elsewhere(posting: Posting, name: str) -> bool:
    """Whether the posting writes ``name`` capitalised mid-sentence and never in lower case: once a name a posting."""
    seen = posting._cache.setdefault("str004-names-elsewhere", {})
    if name not in seen:
        # Not in an address or a domain: "greggs.co.uk", "jobs@bluefin.example".
        lower = re.search(rf"(?<![\w.@/-]){name.lower()}(?![\w@/-]|\.\w)", posting.text)
        seen[name] = lower is None and re.search(rf"[a-z][,;:]? {name}\b", posting.text) is not None
    return seen[name]


# A recruiter saying it acts for the employer: "Harcourt & Vale Recruitment is acting as an employment agency in relation
# to this vacancy" (blind set S117), "… are recruiting on behalf of our client". Not "an employment business", which
# employs the temporary worker itself.
_ACTS_FOR_A_CLIENT = re.compile(
    r" (?:is|are) (?:acting (?:as (?:an? |the )?(?:employment|recruitment|staffing) agency\b|on behalf of)"
    r"|(?:recruiting|advertising|hiring) on behalf of)"
)


def an_agency(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` in ``text`` says it acts as the employer's agency: the agency, not the employer."""
    return _ACTS_FOR_A_CLIENT.match(text, end) is not None


def a_post_by_initials(posting: Posting, name: str) -> bool:
    """Whether ``name`` is a post's initials the posting spells out: "The FD is keen…" under "Finance Director (FD)"
    (blind set S117). Initials spelled out as an organisation ("General Services Administration (GSA)") stay one."""
    if not re.fullmatch(r"[A-Z]{2,5}", name):
        return False
    # A word taken whole (possessive), or a 50,000-letter word is tried from each of its letters: quadratic.
    long = re.search(rf"(?<![\w'’&-])((?:[A-Z][\w'’&-]*+[ \t]++){{1,5}})\({name}\)", posting.text)
    return long is not None and has_role_word(long.group(1))


def not_named_like(name: str, product: str) -> bool:
    """Whether ``name`` is no firm making ``product`` named like itself: the product must be the start of the firm's
    longer name ("Tallow" of "Tallow Speech Labs"), not a tool beside a tool ("Apache Airflow runs Apache Spark")."""
    words, made = name.split(), product.split()
    return len(made) >= len(words) or words[: len(made)] != made
