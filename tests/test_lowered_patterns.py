"""A case-insensitive pattern searched in lower-cased text finds exactly what the pattern finds.

Every LoweredPattern the rules hold is checked against its own pattern on
text made of its own words, in any case, with the letters case folding treats apart.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import postlint
from postlint.language.prefilter import LoweredPattern


def _rule_patterns() -> list[tuple[str, LoweredPattern]]:
    found, seen = [], set()
    for info in pkgutil.walk_packages(postlint.__path__, "postlint."):
        if ".integrations." in info.name or info.name.endswith(("__main__", "dask")):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, LoweredPattern) and id(value) not in seen:  # not again where imported
                seen.add(id(value))
                found.append((f"{info.name}.{name}", value))
    return found


PATTERNS = _rule_patterns()


def test_the_rules_hold_such_patterns_and_each_has_its_twin():
    for _, twin in PATTERNS:
        assert not twin.lowered.flags & re.IGNORECASE  # made on first use; a pattern it cannot stand for raises here
    names = {name.rsplit(".", 1)[1] for name, _ in PATTERNS}
    assert {"_BENEFITS", "_EQUIVALENT", "_EEO", "_ACCOMMODATION_STATEMENT", "PREFERRED_WORDS", "PHYSICAL"} <= names


def _words(pattern: LoweredPattern) -> list[str]:
    return sorted(set(re.findall(r"[A-Za-z]{2,}", pattern.pattern.pattern)))


# Letters IGNORECASE equates with an ASCII one that str.lower() does not (or changes in length).
_TRAPS = ["\u0130", "\u0131", "\u017f", "\u212a", "é", "É"]


def _texts(pattern: LoweredPattern):
    word = st.sampled_from(_words(pattern))
    cased = st.tuples(word, st.sampled_from(["lower", "upper", "title", "trap"]), st.sampled_from(_TRAPS)).map(
        lambda t: {"lower": t[0].lower(), "upper": t[0].upper(), "title": t[0].title(), "trap": t[0][:1] + t[2] + t[0][2:]}[t[1]]
    )
    gap = st.sampled_from([" ", "  ", "\n", ", ", ". ", " - ", " (", ") ", " 2 ", " our ", " in ", " Leeds "])
    return st.lists(st.tuples(cased, gap), min_size=1, max_size=12).map(lambda parts: "".join(w + g for w, g in parts))


@pytest.mark.parametrize(("name", "twin"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_each_twin_finds_what_its_pattern_finds(name, twin):
    @settings(max_examples=150, deadline=None)
    @given(_texts(twin))
    def check(text):
        expected = twin.pattern.search(text)
        got = twin.search(text)
        assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups()))
        assert twin.found_in(text) is (expected is not None)
        assert [m.span() for m in twin.finditer(text)] == [m.span() for m in twin.pattern.finditer(text)]

    check()


def test_search_from_a_position_and_fall_back_on_text_lower_case_cannot_stand_for():
    twin = LoweredPattern(re.compile(r"(?i)\bpaid (?:time off|leave)\b"))
    assert twin.search("Paid Leave and PAID TIME OFF", 1).span() == (15, 28)
    # "İ" lower-cases to two characters: the pattern itself searches such text.
    assert twin.search("İstanbul: Paid Leave").span() == (10, 20)
    assert twin.search("İstanbul: Paid Leave").group(0) == "Paid Leave"  # the text's own case
    assert not twin.found_in("unpaid leave")


@pytest.mark.parametrize(
    "source",
    [r"(?i)\bEEO\b", r"(?i)(?-i:QTS)|qts", r"\bpaid leave\b", r"(?i)\bσ", r"(?i)\b\u017fuper", r"(?i)a(?i:b)|(?x) c",
     # A range whose ends are lower-case Latin but that holds long s or the micro sign (review).
     r"(?i)caf[à-ɏ]\b", r"(?i)x[a-ÿ]",
     # The same ranges with their ends written by code, in octal, or beside a dash of their own.
     r"(?i)caf[\u00e0-\u024f]\b", r"(?i)x[\141-\377]", r"(?i)x[-–a-ÿ]", r"(?i)x[\x61-\xff]"],
)
def test_patterns_lower_case_text_cannot_match_alike_are_refused(source):
    with pytest.raises((ValueError, re.error)):
        LoweredPattern(re.compile(source)).lowered  # noqa: B018 - the twin is made, and refused, on first use


@pytest.mark.parametrize("source", [r"(?i)\S+\s\bpaid\b", r"(?i)(?P<Pay>salary)\s(?P=Pay)", r"(?i)caf[eé] \W\D", r"(?i)[a-z]+ €\d"])
def test_escapes_group_names_accents_and_symbols_are_no_capitals(source):
    assert LoweredPattern(re.compile(source)).lowered.flags & re.IGNORECASE == 0


def test_warming_a_linter_makes_every_twin_before_workers_fork():
    from postlint.engine.linter import Linter
    from postlint.language import prefilter

    fresh = LoweredPattern(re.compile(r"(?i)\bsign-on bonus\b"))
    refused = LoweredPattern(re.compile(r"(?i)\bEEO\b"))  # raises where it is used, not in the warm-up
    for _, pattern in PATTERNS:  # other tests made them
        pattern._lowered = None
    Linter().warm()
    assert fresh._lowered is not None and refused._lowered is None
    assert [name for name, pattern in PATTERNS if pattern._lowered is None] == []
    assert fresh in prefilter._MADE
