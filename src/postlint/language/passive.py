"""Passive voice: a form of "be" or "get" followed by a past participle.

On the blank pipeline there are no part-of-speech tags, so this is a word-list
heuristic: an auxiliary, up to two adverbs ("is often reviewed"), then a word
ending in -ed or an irregular participle from the list below (written for
postlint from ordinary English grammar). With a trained pipeline configured
(``nlp-model``), its tags decide instead (``auxpass``/``nsubjpass`` or a
"be"/"get" auxiliary before ``VBN``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_GET = frozenset("get gets got gotten getting".split())
AUXILIARIES = frozenset("am is are was were be been being isn't aren't wasn't weren't".split()) | _GET


def _spellings(word: str) -> set[str]:
    """Every capitalisation of ``word``, with either apostrophe (' or ’)."""
    forms = {""}
    for ch in word:
        options = {"'", "’"} if ch == "'" else {ch.lower(), ch.upper()}
        forms = {form + option for form in forms for option in options}
    return forms


# Every spelling whose lower case (’ read as ') is an auxiliary: one set test in C
# rules out most sentences before any word is lower-cased. Exact, because no other
# character lower-cases to an ASCII letter of these words.
_AUXILIARY_SPELLINGS = frozenset(form for aux in AUXILIARIES for form in _spellings(aux))

# Words allowed between the auxiliary and the participle: "is not", "are often", "was being".
_BETWEEN = frozenset("not never also often always usually typically rarely still being all both just only".split())

# Irregular past participles (those not ending in -ed), common in workplace prose.
IRREGULAR_PARTICIPLES = frozenset(
    """
    arisen awoken beaten become begun bent bet bid bitten bled blown borne born bound broken brought
    broadcast built burnt bought caught chosen clung come cost crept cut dealt done drawn dreamt driven
    drunk dug eaten fallen fed felt fought found fled flung flown forbidden forecast foregone foreseen
    forgotten forgiven frozen given gone ground grown hung heard hidden hit held hurt kept knelt known
    laid led leant learnt left lent let lain lit lost made meant met mislaid misled mistaken misunderstood
    overcome overdone overheard overlooked overseen overtaken overthrown paid proven put quit read rebuilt
    redone remade rewritten rid ridden rung risen run said seen sought sold sent set sewn shaken shed shone
    shot shown shrunk shut sung sunk sat slain slept slid slung slit smelt sown spoken sped spent spilt
    spun spat split spoilt spread sprung stood stolen stuck stung stunk strewn stridden struck strung
    striven sworn swept swollen swum swung taken taught torn told thought thrown thrust trodden understood
    undergone undertaken undone upheld upset woken worn woven wed wept won wound withdrawn withheld
    withstood wrung written
    """.split()
)

# -ed words that follow "be" as adjectives in postings ("is based in Berlin",
# "are excited"), or are not verbs at all ("need", "speed").
NOT_PARTICIPLES = frozenset(
    """
    based located excited interested experienced skilled talented motivated dedicated committed
    passionate detail-oriented self-motivated qualified supposed used tired bored pleased delighted
    thrilled advanced sophisticated varied limited fixed concerned involved engaged married
    need speed seed feed bed red shed bleed breed greed heed weed indeed exceed proceed succeed
    hundred kindred sacred wicked naked rugged ragged
    """.split()
)


def _is_participle(word: str) -> bool:
    w = _normal(word)
    if w in NOT_PARTICIPLES:
        return False
    if w in IRREGULAR_PARTICIPLES:
        return True
    return len(w) > 4 and w.endswith("ed") and w.isalpha()


def _normal(word: str) -> str:
    return word.lower().replace("’", "'")


def is_passive_words(words: Sequence[str]) -> bool:
    """Whether a sentence's words contain an auxiliary + past participle."""
    if _AUXILIARY_SPELLINGS.isdisjoint(words):
        return False
    n = len(words)
    for i, word in enumerate(words):
        if word not in _AUXILIARY_SPELLINGS:
            continue
        # Only the few words after an auxiliary are lower-cased.
        j = i + 1
        while j < n and j <= i + 3 and ((between := _normal(words[j])) in _BETWEEN or between.endswith("ly")):
            j += 1
        if j < n and _is_participle(words[j]) and not (_normal(word) in _GET and _normal(words[j]) in _GET_IDIOMS):
            if _normal(words[j]) in _TRAITS and not (j + 1 < n and _normal(words[j + 1]) == "by"):
                continue  # "You are driven, ambitious…": a trait (blind set S66); "is driven by data" is passive
            return True
    return False


# Participles that name a trait after "be" unless an agent follows ("You are driven").
_TRAITS = frozenset({"driven", "organised", "organized"})

# "get started" is an idiom of "get", not a passive (a trained pipeline tags "started" VBN too).
_GET_IDIOMS = frozenset("started".split())


def is_passive_span(span: Any) -> bool:
    """Whether a spaCy span is passive: tags when the pipeline has them, else the word heuristic."""
    doc = span.doc
    if doc.has_annotation("DEP"):
        if any(t.dep_ in ("auxpass", "nsubjpass", "csubjpass") for t in span):
            return True
    if doc.has_annotation("TAG"):
        tokens = [t for t in span if not t.is_punct]
        for i, tok in enumerate(tokens[:-1]):
            if tok.lower_ in AUXILIARIES:
                nxt = next((t for t in tokens[i + 1 : i + 4] if t.tag_ != "RB"), None)
                if nxt is not None and nxt.tag_ == "VBN" and nxt.lower_ not in NOT_PARTICIPLES and not (tok.lower_ in _GET and nxt.lower_ in _GET_IDIOMS):
                    return True
        return False
    return is_passive_words([t.text for t in span if not t.is_punct and not t.is_space])
