"""The .json/.jsonld reader: a file's JobPosting title and HTML description become the posting."""

from __future__ import annotations

import json
from typing import Any

from postlint.model.jsonld import JSONError, Located, job_postings, parse_located
from postlint.model.posting import Block, Posting
from postlint.model.schema import Schema
from postlint.readers.tree import build_posting


def _string_offsets(source: str, start: int, end: int) -> list[int]:
    """Source offset of each decoded character of the JSON string ``source[start:end]`` (quotes included)."""
    offsets: list[int] = []
    i = start + 1
    while i < end - 1:
        if source[i] == "\\":
            step = 6 if source.startswith("u", i + 1) else 2
            if step == 6 and source.startswith("\\u", i + 6):  # a surrogate pair decodes to one character
                decoded = json.loads(f'"{source[i : i + 12]}"')
                if len(decoded) == 1:
                    step = 12
            offsets.append(i)
            i += step
        else:
            offsets.append(i)
            i += 1
    return offsets


def _description_blocks(source: str, located: Located, posting_obj: dict, schema: Schema) -> list[Block]:
    """Blocks of the HTML description, their offsets mapped back into the JSON source."""
    from postlint.readers.html import read_html

    desc = posting_obj.get("description")
    if not isinstance(desc, str) or not desc.strip():
        return []
    vstart, vend = located.value_span(posting_obj, "description")
    offsets = _string_offsets(source, vstart, vend)
    if len(offsets) != len(desc):  # pragma: no cover - defensive: never mis-point
        offsets = [vstart] * len(desc)
    inner = read_html(desc, schema)
    blocks = []
    for block in inner.blocks():
        mapped = [offsets[min(block.at(i), len(offsets) - 1)] for i in range(len(block.text))]
        blocks.append(
            Block(
                kind=block.kind, start=mapped[0], end=mapped[-1] + 1, text=block.text, level=block.level, offsets=mapped
            )
        )
    return blocks


def _mask(source: str, blocks: list[Block]) -> str:
    chars = [c if c in "\r\n" else " " for c in source]
    for block in blocks:
        for i, ch in enumerate(block.text):
            if ch != " ":
                chars[block.at(i)] = ch if source[block.at(i)] == ch else " "
    return "".join(chars)


# JobPosting properties the rules read as metadata of a .jsonld posting.
_FACTS = (
    "baseSalary", "jobLocation", "jobLocationType", "applicantLocationRequirements", "employmentType",
    "hiringOrganization", "datePosted", "validThrough", "directApply",
)


def read_jsonld(source: str, schema: Schema, *, path: str = "-") -> Posting:
    """A .json/.jsonld file: its JobPosting's title and HTML description become the posting.

    JSON that does not parse still gives a Posting (with no blocks); the SD
    rules report the error at its line.
    """
    lead = len(source) - len(source.lstrip())
    meta: dict[str, Any] = {"jsonld": [{"text": source.strip(), "start": lead}]}
    spans: dict[str, tuple[int, int]] = {}
    blocks: list[Block] = []
    title_block = None
    try:
        located = parse_located(source)
    except JSONError:
        located = None
    if located is not None:
        postings = job_postings(located.value)
        if postings:
            obj = postings[0]
            title = obj.get("title")
            if isinstance(title, str) and title.strip():
                vstart, vend = located.value_span(obj, "title")
                offsets = _string_offsets(source, vstart, vend)
                text = title
                title_block = Block(
                    "heading", offsets[0] if offsets else vstart, vend - 1, text, level=1, offsets=offsets
                )
                blocks.append(title_block)
            blocks.extend(_description_blocks(source, located, obj, schema))
            # The JobPosting's facts are the posting's metadata, as front matter is for
            # Markdown: its pay, place, type, employer and dates, each where it was written.
            for key in _FACTS:
                if obj.get(key) not in (None, "", [], {}):
                    meta[key] = obj[key]
                    spans[key] = located.value_span(obj, key)
    posting = build_posting(
        source, _mask(source, blocks), "jsonld", blocks, schema, path=path, meta=meta, title_block=title_block
    )
    posting.meta_spans = spans
    return posting
