"""Term lists found in a posting: spaCy's PhraseMatcher (or a scan of token hashes for a
posting's own few phrases) over the Docs :func:`postlint.language.nlp.docs` shares.

Matchers are compiled once per process per term list. A phrase is matched on
the words alone: a hard-wrapped list item ("in order\n  to") or a double space
puts a whitespace token between two words, which a PhraseMatcher would treat
as a word, so such a Doc is matched in a copy without its whitespace tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from postlint.language.annotator import TOKEN_KEYS
from postlint.language.nlp import ON_NEW_PIPELINE, docs, lemmatized, pipeline, token_hashes, token_offsets
from postlint.model.posting import Block, Posting

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

_Matcher = tuple[Any, frozenset[int] | None, dict[int, int]]


class PhraseGroups(tuple):  # type: ignore[type-arg]
    """Phrase groups already in the form :func:`match_phrases` caches matchers by (a tuple of
    tuples of str): a term list builds it once instead of on every posting."""

    __slots__ = ()


@lru_cache(maxsize=256)
def _phrase_matcher(key: tuple[str, tuple[tuple[str, ...], ...]]) -> _Matcher:
    return _build_matcher(key)


ON_NEW_PIPELINE.append(_phrase_matcher.cache_clear)


def _build_matcher(key: tuple[str, tuple[tuple[str, ...], ...]]) -> _Matcher:
    """A PhraseMatcher for the groups, one hash per phrase that every block holding the phrase
    holds (``None`` for an attribute the annotator does not record), and the group index of
    each match id.

    The hash is the phrase's longest token's, not its first: "in order to" and "prior to" start
    with words in most blocks, while "order" and "prior" are in few, so fewer blocks are matched."""
    from spacy.matcher import PhraseMatcher

    attr, groups = key
    nlp = pipeline()
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    anchors: set[int] | None = set() if attr in ("LOWER", "LEMMA") else None
    group_of: dict[int, int] = {}
    for gid, phrases in enumerate(groups):
        docs = [d for p in phrases for d in _pattern_docs(attr, p)]
        matcher.add(str(gid), docs)
        group_of[nlp.vocab.strings[str(gid)]] = gid
        if anchors is not None:
            anchors.update(_anchor(d, attr) for d in docs if len(d))
    if anchors is not None:
        _ANCHOR_KEYS.update(anchors)
    return matcher, None if anchors is None else frozenset(anchors), group_of


def _anchor(doc: Doc, attr: str) -> int:
    """The ``attr`` hash of the phrase's longest token (the first of the longest): the rarest, as a rule."""
    token = max(doc, key=lambda t: len(t.text))
    return token.lower if attr == "LOWER" else token.lemma


def _pattern_doc(attr: str, phrase: str) -> Doc:
    """A phrase to match on ``attr``: its tokens, with lemmas when they are what is matched."""
    # Lemma patterns need only tokens and lemmas, not the whole pipeline.
    return lemmatized(phrase) if attr == "LEMMA" else pipeline().make_doc(phrase)


def _pattern_docs(attr: str, phrase: str) -> list[Doc]:
    """The phrase's pattern, and its title-cased one when that splits into other tokens: spaCy keeps "Ph.D." or
    "U.S." whole by its tokenizer exceptions, which are case-sensitive, but splits "ph.d." as written in a term
    list, so "recent Ph.D. graduates" would never match (blind set S86)."""
    doc = _pattern_doc(attr, phrase)
    if attr not in ("LOWER", "LEMMA") or "." not in phrase:
        return [doc]
    titled = _pattern_doc(attr, phrase.title())
    if [t.lower_ for t in titled] == [t.lower_ for t in doc]:
        return [doc]
    return [doc, titled]


class _SequenceMatcher:
    """What a PhraseMatcher on ``LOWER`` or ``LEMMA`` finds, for a posting's own few
    phrases: building a PhraseMatcher for them costs more than the Python scan of
    the blocks that hold a phrase's first token."""

    def __init__(self, key: tuple[str, tuple[tuple[str, ...], ...]]) -> None:
        self.attr, groups = key
        self.by_first: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
        for gid, phrases in enumerate(groups):
            for phrase in phrases:
                for doc in _pattern_docs(self.attr, phrase):
                    sequence = tuple(t.lemma if self.attr == "LEMMA" else t.lower for t in doc)
                    if sequence:
                        self.by_first.setdefault(sequence[0], []).append((gid, sequence))
        self.starts = frozenset(self.by_first)
        self.group_of = {gid: gid for gid in range(len(groups))}

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        hashes = token_hashes(doc, self.attr)
        found = []
        for i, first in enumerate(hashes):
            for gid, sequence in self.by_first.get(first, ()):
                if tuple(hashes[i : i + len(sequence)]) == sequence:
                    found.append((gid, i, i + len(sequence)))
        return found


def match_phrases(
    posting: Posting,
    groups: Sequence[Sequence[str]],
    *,
    attr: str = "LOWER",
    blocks: Iterable[Block] | None = None,
    cache: bool = True,
) -> list[tuple[Block, int, int, int]]:
    """Find phrases of ``groups`` in blocks: (block, group index, text start, text end).

    One PhraseMatcher per term list, compiled once per process; ``attr`` is
    ``LOWER`` (case-insensitive) or ``LEMMA`` (inflections match too).
    ``cache=False`` for one posting's own phrases, which would only evict the
    shared term lists from the cache.
    """
    key = (attr, groups if isinstance(groups, PhraseGroups) else tuple(tuple(g) for g in groups))
    if cache:
        matcher, needed, group_of = _phrase_matcher(key)
    elif attr in ("LOWER", "LEMMA"):
        matcher = _SequenceMatcher(key)
        needed, group_of = matcher.starts, matcher.group_of
    else:
        matcher, needed, group_of = _build_matcher(key)
    wanted = None if blocks is None else {id(b) for b in blocks}
    found = []
    pairs = docs(posting)
    candidates = pairs
    if needed is not None and cache:
        # Most blocks hold no phrase's anchor token: the posting's index of the cached term
        # lists' anchor keys names the few that do.
        index = _key_index(posting, pairs)
        at: set[int] = set(index.get(_UNINDEXED, ()))
        for key in needed & index.keys():
            at.update(index[key])
        candidates = [pairs[i] for i in sorted(at)]
    for block, doc in candidates:
        if wanted is not None and id(block) not in wanted:
            continue
        if needed is not None and not cache:
            keys = doc.user_data.get(TOKEN_KEYS)  # a posting's own phrases: a set test per block
            if keys is not None and needed.isdisjoint(keys):
                continue
        words_only = without_blank_tokens(doc, block.text)
        if words_only is None:
            hits = matcher(doc)
        else:  # matched without the blanks between words; hits name the Doc's own tokens
            compact, kept = words_only
            hits = [(match_id, kept[s], kept[e - 1] + 1) for match_id, s, e in matcher(compact)]
        if hits:
            token_starts, token_ends = token_offsets(doc)
            found.extend((block, group_of[match_id], token_starts[s], token_ends[e - 1]) for match_id, s, e in hits)
    found.sort(key=lambda f: (f[0].start, f[2], -f[3]))
    return found


# Blanks that make a whitespace token between two words: two or more in a row (a wrapped
# list item's indent after its line break, a double space), or a tab, a no-break space… A line
# break alone does not: the Doc reads it as a space (nlp.tokenizable).
_BLANK_RUN = re.compile(r"\w(?:\s{2,}|[^\S \n])\w")  # between two words: "end.  Next" holds no phrase
_WORDS_ONLY = "postlint.words_only"


def without_blank_tokens(doc: Doc, text: str) -> tuple[Doc, list[int]] | None:
    """``doc`` (made from ``text``) without the whitespace tokens between its words, and the index
    in ``doc`` of each token kept; None when it has none (most blocks). Built once per Doc.

    The test reads ``text``, not ``doc.text``, which spaCy rebuilds from every token on each call."""
    if _WORDS_ONLY in doc.user_data:
        return doc.user_data[_WORDS_ONLY]  # type: ignore[no-any-return]
    found = None
    if _BLANK_RUN.search(text):
        from spacy.attrs import IS_SPACE, LEMMA
        from spacy.tokens import Doc

        # Arrays, not Token objects: one block in eight of the corpus holds a double space or a no-break space.
        kept_at = (doc.to_array(IS_SPACE) == 0).nonzero()[0]
        if len(kept_at) < len(doc):
            kept = kept_at.tolist()
            starts, ends = token_offsets(doc)
            compact = Doc(doc.vocab, words=[text[starts[i] : ends[i]] for i in kept])
            compact.from_array([LEMMA], doc.to_array([LEMMA])[kept_at])  # the lemmas the annotator set, by hash
            found = (compact, kept)
    doc.user_data[_WORDS_ONLY] = found
    return found


_UNINDEXED = -1  # the index entry for Docs our annotator did not make (no token keys): always matched


def _key_index(posting: Posting, pairs: list[tuple[Block, Doc]]) -> dict[int, list[int]]:
    """Token key (lower-case and lemma hash) -> the positions in ``docs(posting)`` of the blocks
    holding it, built once per posting: each term list then visits only the blocks where one of
    its phrases can start, instead of testing every block."""
    cache_key = ("token-index", len(_ANCHOR_KEYS))  # a new term list's first tokens make a new index
    index = posting._cache.get(cache_key)
    if index is None:
        index = {}
        wanted = _ANCHOR_KEYS
        for i, (_, doc) in enumerate(pairs):
            keys = doc.user_data.get(TOKEN_KEYS)
            # Only the keys some term list anchors on: one set intersection in C per block.
            for key in (wanted.intersection(keys) if keys is not None else (_UNINDEXED,)):
                if key in index:
                    index[key].append(i)
                else:
                    index[key] = [i]
        posting._cache[cache_key] = index
    return index


# Every anchor key of a cached term list's phrases (it only grows, so its size names its state).
_ANCHOR_KEYS: set[int] = set()


