"""Scopes: which blocks of a posting a rule looks at."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from postlint.model.posting import Block, Posting

SCOPE_PATTERN = r"^(prose|text|paragraphs|list-items|headings|title|all|section:[a-z][a-z0-9-]*)$"

_QUOTED = re.compile(r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”")


def scope_blocks(posting: Posting, scope: str) -> list[Block]:
    """Blocks in a scope.

    ``prose`` is body text (paragraphs, list items, table rows) without headings
    or the title; ``text`` is prose with the title and headings ("Rockstar
    Developer" is a title's word choice as much as a sentence's); ``section:KIND``
    is the body text of every section of that kind and of its sub-sections.
    """
    key = ("scope", scope)
    cached = posting._cache.get(key)
    if cached is not None:
        return cached
    if scope == "prose":
        # A "Keywords: a, b, c" declaration is metadata, not prose to read or judge.
        from postlint.language.keywords import body_blocks

        out = body_blocks(posting)
    elif scope == "text":
        prose = {id(b) for b in scope_blocks(posting, "prose")}
        out = [b for b in posting.blocks() if id(b) in prose or b.kind in ("heading", "label") or b is posting.title_block]
    elif scope == "paragraphs":
        out = [b for b in posting.body_blocks() if b.kind == "paragraph"]
    elif scope == "list-items":
        out = [b for b in posting.body_blocks() if b.kind == "list_item"]
    elif scope == "headings":
        out = [b for b in posting.blocks() if b.kind in ("heading", "label") and b is not posting.title_block]
    elif scope == "title":
        out = [posting.title_block] if posting.title_block is not None else []
    elif scope == "all":
        out = list(posting.blocks())
    elif scope.startswith("section:"):
        kind = scope.split(":", 1)[1]
        out = []
        for section in posting.find_all(kind):
            out.extend(b for b in section.all_blocks() if b.kind not in ("heading", "label"))
    else:
        raise ValueError(f"unknown scope {scope!r}")
    posting._cache[key] = out
    return out


def in_quotes(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a quotation (quoted words are mentions, not use)."""
    starts, ends = match_spans(_QUOTED, text)
    # Quotations never overlap, so only the last one opening before ``start`` can hold the span.
    i = bisect.bisect_left(starts, start) - 1
    return i >= 0 and end < ends[i]


@lru_cache(maxsize=256)
def match_spans(pattern: re.Pattern[str], text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of ``pattern``'s matches in ``text``, both ascending (matches never overlap).

    Found once per text and looked up by bisection: rules ask about every hit in
    a block, and scanning the block once per hit was quadratic in a long block.
    """
    found = [(m.start(), m.end()) for m in pattern.finditer(text)]
    return [a for a, _ in found], [b for _, b in found]
