"""Turn a reader's flat list of blocks into a Posting with a section tree.

Every reader ends here, so Markdown, plain text and HTML postings get the same
title rules, the same nesting and the same section kinds.
"""

from __future__ import annotations

import re
from typing import Any

from postlint.language.job_titles import HIRING, has_role_word
from postlint.model.posting import Block, Format, Posting, Section
from postlint.model.schema import Schema
from postlint.pay.salary import find_salary
from postlint.readers.bylines import INSTITUTION, byline

# What every posting can derive on first use (see Posting.derived).
DERIVERS = {"salary": find_salary}

# Labels ("Preferred:") sit below every real heading level.
LABEL_LEVEL = 7


def build_posting(
    source: str,
    prose: str,
    fmt: Format,
    blocks: list[Block],
    schema: Schema,
    *,
    path: str = "-",
    meta: dict[str, Any] | None = None,
    title_block: Block | None = None,
) -> Posting:
    """Nest ``blocks`` under their headings and classify each section by the schema.

    When no ``title_block`` is given, a single top-level heading (an H1 above
    every other heading) becomes the title rather than a section; so does a README's
    lone ``##`` headline over ``###`` parts that opens the text and names a job.
    """
    meta = dict(meta or {})
    headings = [b for b in blocks if b.kind == "heading"]
    if title_block is None and headings:
        top = min(b.level for b in headings)
        first = headings[0]
        if first.level == top and sum(1 for b in headings if b.level == top) == 1 and (
            top == 1 or (not meta.get("title") and _headline(first, blocks, headings, schema))
        ):
            title_block = first
    body = [b for b in blocks if b is not title_block]

    preamble: list[Block] = []
    roots: list[Section] = []
    stack: list[Section] = []
    for block in body:
        if block.kind in ("heading", "label"):
            level = block.level if block.kind == "heading" else LABEL_LEVEL
            while stack and stack[-1].level >= level:
                stack.pop()
            section = Section(kind=schema.classify(block.text), heading=block, level=level)
            if stack:
                section.parent_kind = stack[-1].kind
                stack[-1].children.append(section)
            else:
                roots.append(section)
            stack.append(section)
        elif stack:
            stack[-1].blocks.append(block)
        else:
            preamble.append(block)
    return Posting(
        source=source,
        prose=prose,
        format=fmt,
        path=path,
        meta=meta,
        title_block=title_block,
        preamble=preamble,
        sections=roots,
        derivers=DERIVERS,
    )


def _headline(first: Block, blocks: list[Block], headings: list[Block], schema: Schema) -> bool:
    """A lone ``##`` headline over ``###`` parts that opens a GitHub README's section and names a job or the
    hiring ("## We're hiring: Rust maintainer (contract)", blind set S73), not a part ("## About the role") nor a
    lone "## Meet your manager" over no parts (review)."""
    return (
        blocks[0] is first
        and any(b.level == first.level + 1 for b in headings)
        and schema.classify(first.text) == "other"
        and (has_role_word(first.text) or bool(HIRING.match(first.text)))
    )


def fill_parts(line: Block, meta: dict[str, Any], parts: list[tuple[str, int, int]], offset: int = 0) -> dict[str, tuple[int, int]]:
    """Fill the metadata still unset from a byline's (key, start, end) parts, found ``offset`` characters
    into ``line``'s text; returns the parts' source spans."""
    spans: dict[str, tuple[int, int]] = {}
    for key, start, end in parts:
        if key not in meta:
            meta[key] = line.text[offset + start : offset + end].strip()
            spans[key] = (line.at(offset + start), line.end_at(offset + end))
    return spans


def take_byline(line: Block, meta: dict[str, Any]) -> dict[str, tuple[int, int]] | None:
    """A job board's byline under the title ("Acme Payments · London (Hybrid) · Full-time"): its parts
    fill the metadata still unset. Returns the parts' source spans, or None when ``line`` is no byline
    (the caller then keeps it in the body)."""
    parts = byline(line.text)
    if not parts:
        return None
    spans = fill_parts(line, meta, parts)
    if "company" in spans and _UNIT.match(meta["company"]):
        institution = _institution(meta.get("html_title"))
        if institution is not None:  # "Department of Ecology" on a page of "Lakeshore State University"
            meta["department"], meta["company"] = meta["company"], institution
            spans["department"] = spans.pop("company")
    return spans


# A unit of an institution, not the employer: "Department of Ecology & Evolutionary Biology".
_UNIT = re.compile(r"(?:Department|School|Faculty|Division|Office|Centre|Center|Laboratory|Lab) of\b")
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")


def _institution(page_title: object) -> str | None:
    """The university or college a page's title names ("Research Assistant II | Lakeshore State University")."""
    if not isinstance(page_title, str):
        return None
    return next((p.strip() for p in _TITLE_PARTS.split(page_title) if INSTITUTION.search(p) and not _UNIT.match(p.strip())), None)


def trimmed_span(prose: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` to its first and last non-blank prose character."""
    span = prose[start:end]
    kept = span.strip()  # str.strip drops exactly what str.isspace calls blank
    if not kept:
        return end, end
    lead = len(span) - len(span.lstrip())
    return start + lead, start + lead + len(kept)


def make_block(prose: str, kind: str, start: int, end: int, level: int = 0) -> Block | None:
    """A block over the prose in ``[start, end)``, or ``None`` when it holds no prose."""
    start, end = trimmed_span(prose, start, end)
    if start >= end:
        return None
    return Block(kind=kind, start=start, end=end, text=prose[start:end], level=level)  # type: ignore[arg-type]
