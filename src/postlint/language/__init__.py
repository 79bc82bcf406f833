"""Language analysis the rules share: spaCy tokens, lemmas and sentences, metrics, syllables, names, keywords, prefilters."""
