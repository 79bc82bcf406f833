"""postlint.language.spacy_loading.blank_english must be spacy.blank("en"), built without the config system."""

from __future__ import annotations

from postlint.language import nlp
from postlint.language.spacy_loading import BLANK_DEFAULTS, blank_english


def test_the_blank_defaults_name_the_functions_called_directly():
    # Fails when spaCy's English defaults or registered names change (blank_english then falls back).
    spacy = nlp._import_spacy()
    from spacy.lang.en import English
    from spacy.language import create_tokenizer
    from spacy.util import registry
    from spacy.vectors import create_mode_vectors

    assert dict(English.default_config["nlp"]) == BLANK_DEFAULTS
    assert registry.get("tokenizers", "spacy.Tokenizer.v1") is create_tokenizer
    assert registry.get("vectors", "spacy.Vectors.v1") is create_mode_vectors
    assert spacy.blank("en").config["nlp"] == blank_english().config["nlp"]


def test_same_tokenizer_and_vocabulary_as_spacy_blank():
    spacy = nlp._import_spacy()
    ours, theirs = blank_english(), spacy.blank("en")
    assert type(ours) is type(theirs)
    assert ours.tokenizer.to_bytes() == theirs.tokenizer.to_bytes()  # rules, prefixes, suffixes, infixes, matches
    assert ours.vocab.to_bytes() == theirs.vocab.to_bytes()
    assert (ours.batch_size, ours.max_length, ours.pipe_names) == (theirs.batch_size, theirs.max_length, theirs.pipe_names)
    text = "Don't e-mail us at jobs@example.com: apply (by 5/1) at https://example.com/jobs?id=3 — £40k–£50k p.a."
    assert [t.text for t in ours(text)] == [t.text for t in theirs(text)]
