"""Proper names a term list must not flag: the posting's own company, and capitalised names.

"Manpower Group is the staffing firm" names a company and "reports to Chairman
Mao" a person: neither is a wording choice, and a swap would rename them
("Workforce Group"). Term rules skip these like the phrases of their
``exceptions`` lists (:class:`postlint.engine.kinds.TermRule`).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from postlint.model.posting import Posting

# The small words a name's initials skip: "Office of Personnel Management" is OPM.
LINKING_WORDS = frozenset(("of", "and", "for", "the", "on", "in", "to", "&", "et", "de", "du", "des", "y", "und", "für"))


def initials(words: list[str]) -> str:
    """The initials of a name's words, its linking words skipped, in capitals without accents
    ("Comité Social et Économique" gives CSE)."""
    return unaccented("".join(w[0] for w in words if w.lower() not in LINKING_WORDS).upper())


def unaccented(text: str) -> str:
    """``text`` with accents dropped from its letters ("É" -> "E")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# Front matter keys that name the employer (the keys STR004 reads).
COMPANY_KEYS = (
    "company",
    "hiring-organization",
    "hiring_organization",
    "hiringOrganization",
    "organization",
    "employer",
    "company_name",
)

# A word right before or after a hit, with only whitespace between them.
# The next word, past a possessive ("Chairman's Circle": the name goes on).
_NEXT_WORD = re.compile(r"(?:['’]s)?\s+([^\W\d_][\w'’&.-]*)")
# A lone capital with no stop is no word of a name but a language or a grade: "Grizzled C and C++ veterans"
# (blind set S73); an initial has its stop ("Chairman J. Smith").
_LONE_LETTER = re.compile(r"[A-Z]")
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'’&.-]*)\s+$")
# "& Blade" after a capitalised word: an ampersand and a word in title case joins a name.
_AMPERSAND_NAME = re.compile(r"\s*&\s*[A-Z][a-z][\w'’.-]*")
# What may sit between a sentence's end and its first word: spaces, markup blanks, quotes, brackets.
# A line break inside a block is wrapping, not a sentence end.
_LEAD = " \t\r\n*_\"“'("
_SENTENCE_BREAK = ".!?:;•·-–—"


def name_of(value: Any) -> str | None:
    """A name given as a string or as an object with a ``name`` (schema.org Organization)."""
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def front_matter_names(meta: dict[str, Any]) -> list[str]:
    """The employer's names that front matter or header fields give, in :data:`COMPANY_KEYS` order."""
    return [n for n in (name_of(meta.get(key)) for key in COMPANY_KEYS) if n]


def declared_names(posting: Posting) -> list[str]:
    """The employer's names the posting declares: front matter, then JSON-LD ``hiringOrganization``."""
    cached = posting._cache.get("declared-names")
    if cached is not None:
        return cached
    names = front_matter_names(posting.meta)
    if posting.meta.get("jsonld"):
        from postlint.model.jsonld import each_posting

        names += [n for _, obj in each_posting(posting) if (n := name_of(obj.get("hiringOrganization")))]
    # One letter would make every "A" a name.
    names = posting._cache["declared-names"] = list(dict.fromkeys(n for n in names if len(n) > 1))
    return names


# First words of a name that are no name alone: "Canadian experience" under "Canadian Northern Infrastructure
# Agency" is the wording INC012 reports (blind set S66), as "National" or "United" would be other words.
_NOT_A_SHORT_NAME = frozenset(
    "canadian american british australian irish indian national international general united first global royal "
    "northern southern eastern western central city state county federal new great".split()
)


def declared_names_regex(posting: Posting) -> re.Pattern[str] | None:
    """The declared names as one exception pattern (whole words, any case), or ``None``."""
    key = "declared-names-regex"
    if key not in posting._cache:
        names = declared_names(posting)
        # The short form people write too ("At Manpower…" for "Manpower Group"), and only
        # as written: the company's name is capitalised, the word "manpower" is not.
        firsts = [n.split()[0] for n in names if " " in n]
        short = [w for w in firsts if len(w) >= 4 and w[:1].isupper() and w.lower() not in _NOT_A_SHORT_NAME]
        variants = sorted(set(names) | set(short), key=len, reverse=True)
        pattern = "|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in variants)
        posting._cache[key] = re.compile(pattern) if variants else None
    return posting._cache[key]


def sentence_initial(text: str, index: int) -> bool:
    """Whether the word at ``text[index]`` starts a sentence, a block or a list-like fragment."""
    while index > 0 and text[index - 1] in _LEAD:  # a walk, not a slice: blocks can be megabytes
        index -= 1
    return index == 0 or text[index - 1] in _SENTENCE_BREAK


# A name in title case, then "or" or a comma: the next capitalised word is another name of the list
# ("and" is left out: "our Chairman and Founder" is two titles of one person, not a list of names).
_NAME_THEN_OR = re.compile(r"\b([A-Z][a-z][\w'’&.-]*)(?:\s+or|\s*,)\s+$")


_AND_A_NAME = re.compile(r"\s*(?:,|\s(?:and|or)|\s?&)\s+[A-Z][a-z]")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


# Brackets listing two or more capitalised names: "(Manpower and Adecco)", "(Randstad, Manpower)".
_CAP = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*"
_NAMES_IN_BRACKETS = re.compile(rf"\({_CAP}(?:(?:,\s*|\s+(?:and|or|&)\s+|,\s*(?:and|or)\s+){_CAP})+\)")


def in_capitalised_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised hit ``text[start:end]`` is part of a multi-word name.

    It is when the next word is capitalised too ("Manpower Group", "Chairman
    Mao"), or the previous one is and does not merely start the sentence
    ("the Board Chairman", but not "Our Chairman"). Shouted text ("MANPOWER")
    is not a name.
    """
    hit = text[start:end]
    if not _capitalised(hit) or (hit.isupper() and len(hit) > 1):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is not None and _capitalised(after.group(1)) and not _LONE_LETTER.fullmatch(after.group(1)):
        return True
    if _AMPERSAND_NAME.match(text, end):
        return True  # "Beard & Blade", "Bossy & Co.": a firm's name (not "Chairman & CEO")
    opening, closing = text.rfind("(", max(0, start - 60), start + 1), text.find(")", end, end + 60)
    if 0 <= opening and closing >= 0 and _NAMES_IN_BRACKETS.fullmatch(text, opening, closing + 1):
        return True  # "(Manpower and Adecco)": a bracket that lists names
    if sentence_initial(text, start):
        return False  # "We met Bob. Manpower is short.": the word before ends another sentence
    listed = _NAME_THEN_OR.search(text, max(0, start - 80), start)
    if listed is not None and not sentence_initial(text, listed.start(1)):
        return True  # "through Adecco or Manpower": one of a list of names
    if listed is not None and listed.group(0).rstrip().endswith(",") and _AND_A_NAME.match(text, end):
        return True  # "Hays, Manpower and Randstad": the middle of three names
    before = _PREVIOUS_WORD.search(text, max(0, start - 80), start)
    return before is not None and _capitalised(before.group(1)) and not sentence_initial(text, before.start(1))


# A capitalised run holding a hit, with small words inside: "International Brotherhood of Electrical Workers".
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-Z][\w'’&.-]*)*")
# An organisation's acronym in brackets after its name: "… Electrical Workers (IBEW)".
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z]{2,}\)")


def in_organisation_name(text: str, s: int, e: int) -> bool:
    """The hit is a word of an organisation's name, which says what it is by its last word or by its acronym
    after it ("**International Brotherhood of Electrical Workers (IBEW) Local 112**", "Manpower Group", blind
    set S31), where capitals alone prove nothing (a line's first word, a Title Case heading); "Salesman Wanted" is no name."""
    for m in _CAPITALISED_RUN.finditer(text, max(0, s - 80), min(len(text), e + 80)):
        if m.start() <= s and e <= m.end() and m.end() - m.start() > e - s:
            # The name holding the hit, when a run lists two: "Manpower Group and Ladies Who Code".
            ends = [m.end()] + [m.start() + a.start() for a in _AND.finditer(m.group(0)) if m.start() + a.start() >= e]
            return any(
                _ACRONYM_AFTER.match(text, end) or text[:end].rsplit(None, 1)[-1] in _ORGANISATION_WORDS for end in ends
            )
    return False


_AND = re.compile(r"\s+(?:and|&)\s+")
# The last word of an organisation's name.
_ORGANISATION_WORDS = frozenset(
    "Group Union Workers Association Society Council Federation Foundation Institute Inc Inc. Ltd Ltd. LLC Corporation Company".split()
)


_TWO_CAPITALISED = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z]+")


def first_word_of_a_name(posting: Posting, word: str) -> bool:
    """Whether ``word`` starts a two-word capitalised name somewhere in the posting ("Guy
    Tremblay"), so that the word alone elsewhere ("a call with Guy") is that person's name."""
    found = posting._cache.get("name-first-words")
    if found is None:
        found = posting._cache["name-first-words"] = {m.group(1) for m in _TWO_CAPITALISED.finditer(posting.text)}
    return word in found
