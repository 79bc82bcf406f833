"""Words in capitals: the acronyms every reader knows (``rules/readability/acronyms.toml``), runs of capitals,
and whether capitals spell dictionary words. READ014 (shouting) and READ016 (acronyms) both read them."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from typing import Any

from postlint.builtin.readability.long_forms import defined
from postlint.model.posting import Posting


@lru_cache(maxsize=1)
def acronym_data() -> dict[str, Any]:
    from postlint.resources import rules_dir

    return tomllib.loads((rules_dir() / "readability" / "acronyms.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def allowed_acronyms() -> frozenset[str]:
    return frozenset(acronym_data()["allow"])


# Words joined by spaces, "&", "/" or "-": a comma-separated list of acronyms
# ("TOGAF, ITIL, COBIT") is a list, not a shouted phrase.
CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’]+(?:[ \t&/-]+[A-Z][A-Z'’]+)+\b")


def english_word(word: str) -> bool:
    """A dictionary word of five or more letters (CMU dictionary): UPDATED, NUMBER; not FITARA or INFOSEC.

    Four-letter words are too often names to spell out (NIST, ARIA, JAWS): the
    common ones written in capitals are in the allow list instead (NOTE, EACH).
    """
    from postlint.language.syllables import cmu_stress

    return len(word) >= 5 and cmu_stress(word.lower().encode()) is not None


def cried_word(word: str) -> bool:
    """A word of four or five letters in the dictionary, not a known acronym: with a "!" right after it ("Training is
    100% PAID!!", blind set S93) it is shouted, not an acronym (NIST or JAWS are not cried). Longer words are judged
    by the dictionary alone."""
    from postlint.language.syllables import cmu_stress

    return 4 <= len(word) <= 5 and word not in allowed_acronyms() and cmu_stress(word.lower().encode()) is not None


def spoken_run(words: list[str], least: int = 3) -> bool:
    """``least`` or more words in capitals, each a dictionary word: a phrase shouted, not acronyms
    ("CALL OR TEXT NOW", blind set S24), whatever each word's length."""
    from postlint.language.syllables import cmu_stress

    return len(words) >= least and any(len(w) >= 4 for w in words) and all(cmu_stress(w.lower().encode()) is not None for w in words)


def cried_run(words: list[str]) -> bool:
    """Two or more words in capitals cried with "!", each a dictionary word, one of them of three letters or more
    and no known acronym: a short phrase shouted ("NO AI ART!!!", blind set S100), though no word is long; "US AND
    UK!!" holds only known acronyms, "AWS GCP!!" no dictionary word."""
    from postlint.language.syllables import cmu_stress

    return (
        len(words) >= 2 and all(cmu_stress(w.lower().encode()) is not None for w in words)
        and any(len(w) >= 3 and w not in allowed_acronyms() for w in words)
    )


# A web or e-mail address's name before its ending: "unicef" in "nairobi.recruitment@unicef.org", "wuzzuf" in "wuzzuf.net".
_DOMAIN_NAME = re.compile(r"(?<![\w-])([a-z][a-z0-9-]{1,30})\.(?:org|com|net|int|gov|edu|io|co|jobs)(?![\w-])")


def domain_names(posting: Posting) -> frozenset[str]:
    """The names of the posting's own web and e-mail addresses, in lower case: a word in capitals that spells one
    is the organisation's name ("run by UNICEF", with "…@unicef.org" below; blind set S87), not a shout."""
    names = posting._cache.get("domain-names")
    if names is None:
        names = posting._cache["domain-names"] = frozenset(m.group(1) for m in _DOMAIN_NAME.finditer(posting.source.lower()))
    return names


_BRACKETED = re.compile(r"\(([A-Z][A-Z0-9&]{1,9})\)")


def spelled_out(posting: Posting) -> frozenset[str]:
    """The acronyms the posting spells out in brackets: "arid and semi-arid lands (ASAL)"."""
    return frozenset(
        m.group(1) for b in posting.blocks() if "(" in b.text for m in _BRACKETED.finditer(b.text)
        if defined(b.text, m.start(1), m.end(1))
    )


def banner_heading(block_text: str) -> bool:
    """A line of its own in capitals that names a part of a posting page ("NOW HIRING", "OPEN POSITIONS", "JOB
    OPPORTUNITY"), not cried with "!": a heading in all but name, though a reader may let it head nothing (blind
    set S110's flyer). Hype ("URGENT", "HOT JOB") and cries ("NOW HIRING!!") are no such heading."""
    from postlint.readers.text_shapes import GENERIC_HEADINGS, normalized

    text = block_text.strip()
    return (
        0 < len(text) <= 40 and "\n" not in text and "!" not in text and not any(c.islower() for c in text)
        and normalized(text) in GENERIC_HEADINGS
    )
