from __future__ import annotations

import textstat

from postlint import nlp, parse

WORDS = ["responsibilities", "hello", "engineering", "scalability", "the", "cybersecurity", "Kubernetes", "don't", "high-performance", "AI"]


def test_syllables_match_textstat_on_ascii_words():
    assert [nlp.syllables(w) for w in WORDS] == [max(1, textstat.syllable_count(w)) for w in WORDS]


def test_typographic_apostrophe_is_an_apostrophe():
    assert nlp.syllables("Canada’s") == nlp.syllables("Canada's") == 3


def test_sentences_are_split_per_block_and_skip_keyword_declaration():
    posting = parse("# T\n\nWe build. You lead.\n\nKeywords: a, b, c.\n\n- Item without stop\n")
    assert [s.text for s in nlp.sentences(posting)] == ["We build.", "You lead.", "Item without stop"]


def test_lemma_matching_is_case_insensitive():
    posting = parse("# T\n\nScaling systems matters.\n")
    found = nlp.match_phrases(posting, [["scale"]], attr="LEMMA")
    assert [(b.text[s:e]) for b, _, s, e in found] == ["Scaling"]
