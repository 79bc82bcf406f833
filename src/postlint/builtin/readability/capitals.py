"""Words in capitals: the acronyms every reader knows (``rules/readability/acronyms.toml``), runs of capitals,
and whether capitals spell dictionary words. READ014 (shouting) and READ016 (acronyms) both read them."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache


@lru_cache(maxsize=1)
def acronym_data() -> dict[str, list[str]]:
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


def spoken_run(words: list[str], least: int = 3) -> bool:
    """``least`` or more words in capitals, each a dictionary word: a phrase shouted, not acronyms
    ("CALL OR TEXT NOW", blind set S24), whatever each word's length."""
    from postlint.language.syllables import cmu_stress

    return len(words) >= least and any(len(w) >= 4 for w in words) and all(cmu_stress(w.lower().encode()) is not None for w in words)
