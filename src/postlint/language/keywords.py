"""Target keywords of a posting and where the posting covers them.

Targets come from, in order: config (``keywords``, ``keyphrase``), front
matter (``keywords``, ``keyphrase``), or a declaration line in the body like
the CTO seed's "Key SEO / LLM keywords: a, b, c.". The keyphrase defaults to
the normalised job title. Matching is lemma-aware (spaCy PhraseMatcher on
``LEMMA``), so "scaling" and "scales" cover "scale"; the declaration line
itself never counts as coverage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from postlint.language.declaration import declaration_block, find_declaration, split_keywords
from postlint.language.job_titles import normalise_title
from postlint.language.names import LINKING_WORDS, initials
from postlint.model.posting import Block, Posting


class KeywordSettings(Protocol):
    """What :func:`targets` reads of a config (a ``postlint.engine.config.Config``)."""

    @property
    def keyphrase(self) -> str | None: ...

    @property
    def keywords(self) -> list[str]: ...

# Words that carry no search intent (my own list; Yoast's idea of "content words").
FUNCTION_WORDS = frozenset(
    ["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "of", "on", "or", "our", "the", "to", "with", "within", "without", "you", "your", "we", "&"]
)
_WORD = re.compile(r"[^\W_](?:[\w'’/+.#&-]*[^\W_+#]|[+#]*)?")  # "R&D", "AT&T" stay one word


def content_words(phrase: str) -> list[str]:
    """The words of ``phrase`` that carry meaning; "Officer/Cloud" is two words (spaCy's tokens
    split there too), while an acronym pair such as "CI/CD" or "UI/UX" stays one."""
    words = []
    for w in _WORD.findall(phrase):
        words.extend(w.split("/") if "/" in w and any(c.islower() for c in w) else [w])
    return [w for w in words if w and w.lower() not in FUNCTION_WORDS]


def _as_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return split_keywords(value)
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return []


@dataclass(frozen=True)
class Targets:
    """What a posting should be found by, and where each came from."""

    keyphrase: str | None
    keyphrase_from: str  # config | front matter | title | none
    keywords: list[str] = field(default_factory=list)
    keywords_from: str = "none"  # config | front matter | declaration | none
    # Other names of the keyphrase: the title's acronym, "Chief Technology Officer (CTO)" -> ["CTO"].
    synonyms: list[str] = field(default_factory=list)


def targets(posting: Posting, config: KeywordSettings | None = None) -> Targets:
    """The keyphrase and keywords to check, and where each came from (once per posting and settings:
    five SEO rules ask)."""
    key = ("targets", None if config is None else (config.keyphrase, tuple(config.keywords or ())))
    found = posting._cache.get(key)
    if found is None:
        found = posting._cache[key] = _targets(posting, config)
    return found


def _targets(posting: Posting, config: KeywordSettings | None) -> Targets:
    meta = posting.meta
    phrase, phrase_from = None, "none"
    if config is not None and config.keyphrase:
        phrase, phrase_from = config.keyphrase.strip(), "config"
    elif isinstance(meta.get("keyphrase"), str) and meta["keyphrase"].strip():
        phrase, phrase_from = meta["keyphrase"].strip(), "front matter"
    elif posting.title:
        phrase, phrase_from = normalise_title(posting.title) or None, "title"
    words: list[str] = []
    words_from = "none"
    if config is not None and config.keywords:
        words, words_from = list(config.keywords), "config"
    elif _as_list(meta.get("keywords")):
        words, words_from = _as_list(meta.get("keywords")), "front matter"
    else:
        decl = find_declaration(posting)
        if decl is not None:
            words, words_from = [k for k, _, _ in decl.keywords], "declaration"
    synonyms = []
    if phrase and phrase_from == "title" and posting.title:
        synonyms = [a for a in re.findall(r"\(([A-Z][A-Za-z&]{1,7})\)", posting.title) if a.lower() != phrase.lower()]
        acronym = _initials(phrase)
        if acronym and acronym not in synonyms and names_acronym(posting.prose, acronym):
            synonyms.append(acronym)  # "Chief Executive Officer", then "our next CEO" in the body
    return Targets(phrase, phrase_from if phrase else "none", words, words_from, synonyms)


def names_acronym(text: str, acronym: str) -> bool:
    """Whether ``text`` uses ``acronym`` as a word, or its plural ("CEO", "CEOs")."""
    # The substring test first: the word-bounded search scans the whole text.
    return acronym in text and re.search(rf"\b{re.escape(acronym)}s?\b", text) is not None


def _initials(phrase: str) -> str | None:
    """The acronym of a title of three or more words ("chief executive officer" -> CEO), else None:
    two letters ("DE" for "data engineer") are too often a word ("de") to count as the title."""
    words = [w for w in phrase.split() if w.lower() not in LINKING_WORDS]
    if len(words) < 3 or not all(w[:1].isalpha() for w in words):
        return None
    return initials(words)


# -- coverage ------------------------------------------------------------------

INTRO_WORDS = 100  # Yoast and the issue: "first 100 words"


@dataclass
class Coverage:
    """Where one keyword appears. ``count`` and ``density`` are over the body (title and headings excluded);
    ``heading_count`` is its matches in the subheadings (``headings`` counts each subheading once)."""

    keyword: str
    title: bool = False
    headings: int = 0
    heading_count: int = 0
    intro: bool = False
    count: int = 0
    density: float = 0.0
    first: tuple[Block, int, int] | None = None  # first body hit

    @property
    def covered(self) -> bool:
        return self.title or self.headings > 0 or self.count > 0

    def where(self) -> list[str]:
        out = []
        if self.title:
            out.append("title")
        if self.headings:
            out.append("headings")
        if self.intro:
            out.append("intro")
        if self.count:
            out.append("body")
        return out


def body_blocks(posting: Posting) -> list[Block]:
    """Prose blocks without the keyword declaration (a fresh list: callers may change it)."""
    cached = posting._cache.get("keyword-body-blocks")
    if cached is None:
        # Memoised per posting: the prose scope and most SEO rules ask for it.
        skip = declaration_block(posting)
        cached = posting._cache["keyword-body-blocks"] = [b for b in posting.body_blocks() if b is not skip]
    return list(cached)


def body_words(posting: Posting) -> int:
    cached = posting._cache.get("keyword-body-words")
    if cached is None:
        cached = posting._cache["keyword-body-words"] = sum(len(b.text.split()) for b in body_blocks(posting))
    return cached


def heading_words(posting: Posting) -> int:
    """Words of the subheadings and labels (the title is not one), the blocks :func:`coverage` reads as headings."""
    title = posting.title_block
    return sum(len(b.text.split()) for b in posting.blocks() if b.kind in ("heading", "label") and b is not title)


def _intro_limit(blocks: list[Block]) -> dict[int, int]:
    """For blocks in the first INTRO_WORDS words: block id -> text index where the intro ends."""
    limits: dict[int, int] = {}
    left = INTRO_WORDS
    for block in blocks:
        if left <= 0:
            break
        spans = list(re.finditer(r"\S+", block.text))
        if len(spans) <= left:
            limits[id(block)] = len(block.text)
        else:
            limits[id(block)] = spans[left - 1].end()
        left -= len(spans)
    return limits


def coverage(posting: Posting, phrases: list[str]) -> list[Coverage]:
    """Lemma-aware coverage of each phrase: title, headings, first 100 body words, body count and density."""
    from postlint.language.phrases import match_phrases

    rows = [Coverage(p) for p in phrases]
    if not phrases:
        return rows
    body = body_blocks(posting)
    body_ids = {id(b) for b in body}
    title = posting.title_block
    headings = {id(b) for b in posting.blocks() if b.kind in ("heading", "label") and b is not title}
    intro = _intro_limit(body)
    groups = [[p] for p in phrases]
    seen_heading: set[tuple[int, int]] = set()
    for block, gid, start, end in match_phrases(posting, groups, attr="LEMMA", cache=False):
        row = rows[gid]
        if block is title:
            row.title = True
        elif id(block) in headings:
            row.heading_count += 1
            if (gid, id(block)) not in seen_heading:
                seen_heading.add((gid, id(block)))
                row.headings += 1
        elif id(block) in body_ids:
            row.count += 1
            if row.first is None:
                row.first = (block, start, end)
            if end <= intro.get(id(block), -1):
                row.intro = True
    if title is None and posting.title:  # title from front matter or <title>: match it on its own
        lowered = _lemmas(posting.title)
        for row in rows:
            row.title = _contains(lowered, _lemmas(row.keyword))
    words = max(1, body_words(posting))
    for row in rows:
        row.density = 100.0 * row.count / words
    return rows


def _lemmas(text: str) -> list[str]:
    from postlint.language import nlp

    return list(_pipeline_lemmas(nlp.pipeline(), text))


@lru_cache(maxsize=4096)
def _pipeline_lemmas(pipeline: Any, text: str) -> tuple[str, ...]:
    # Memoised: the SEO rules lemmatise the same keyphrase and title several times a
    # posting; keyed by pipeline, which a config may change.
    from postlint.language import nlp

    return tuple(t.lemma_ for t in nlp.lemmatized(text) if not t.is_space)


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def lemmas(text: str) -> list[str]:
    """Lower-cased lemmas of ``text`` (for order-free keyphrase checks)."""
    return _lemmas(text)


def block_lemmas(posting: Posting, block: Block) -> set[str]:
    """``set(lemmas(block.text))`` for a block of the posting, read from its shared spaCy Doc."""
    from postlint.language import nlp

    return {t.lemma_ for t in nlp.doc_for(posting, block) if not t.is_space}


def content_lemmas(phrase: str) -> set[str]:
    """Lemmas of the content words of a keyphrase. A word keeps its full stops as the text's
    tokens do ("U.S." is one token in the text; the keyphrase's word pattern reads "U.S")."""
    found: set[str] = set()
    for w in content_words(phrase):
        dotted = phrase.find(w + ".")
        word = w + "." if dotted >= 0 and "." in w else w
        found.update(lem for lem in _lemmas(word) if any(c.isalnum() for c in lem) or lem == w.lower())
    return found
