"""A keyword declaration ("Keywords: a, b, c"): metadata in the text, read once per posting.

The SEO rules take their target phrases from it, and the sentence and prose
scopes skip it, so it lives below both keywords and nlp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from postlint.model.posting import Block, Posting

# "Keywords:", "SEO keywords:", "Key SEO / LLM keywords:", "Target keyphrases -", "Search tags:".
DECLARATION = re.compile(
    r"^(?:(?:key|target|primary|main)\s+)?(?:(?:seo|llm|search|ats|job)\s*(?:/\s*(?:seo|llm|search|ats)\s*)?)?"
    r"(?:key\s*words?|key\s*phrases?|search\s+terms|tags)\s*[:\-–—]\s*(?P<list>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_SPLIT = re.compile(r"\s*[,;|·•]\s*")


def split_keywords(text: str) -> list[str]:
    """A declared list "a, b, and c." -> ["a", "b", "c"]."""
    items = []
    for part in _SPLIT.split(text.strip().rstrip(".")):
        part = re.sub(r"^(?:and|or)\s+", "", part.strip(), flags=re.IGNORECASE).strip(" .")
        if part:
            items.append(part)
    return items


@dataclass(frozen=True)
class Declaration:
    """A keyword declaration line: its block and each keyword's span in ``block.text``."""

    block: Block
    keywords: list[tuple[str, int, int]]


def find_declaration(posting: Posting) -> Declaration | None:
    """The first paragraph that declares keywords (it is a declaration, not prose)."""
    cached = posting._cache.get("keyword-declaration", False)
    if cached is not False:
        return cached
    found = None
    for block in posting.body_blocks():
        match = DECLARATION.match(block.text.strip()) if block.kind == "paragraph" else None
        if match is None:
            continue
        lead = len(block.text) - len(block.text.lstrip())
        base = lead + match.start("list")
        spans = []
        cursor = 0
        for item in split_keywords(match.group("list")):
            i = match.group("list").find(item, cursor)
            spans.append((item, base + i, base + i + len(item)))
            cursor = i + len(item)
        if spans:
            found = Declaration(block, spans)
            break
    posting._cache["keyword-declaration"] = found
    return found


def declaration_block(posting: Posting) -> Block | None:
    """The block holding a "Keywords: a, b, c" declaration, which is metadata, not prose."""
    decl = find_declaration(posting)
    return decl.block if decl is not None else None
