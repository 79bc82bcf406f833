"""Which items of a plain-text list belong to it: a chat post's "📌 Requirements:" over "✅ …" lines, then a
blank line and "💰 Salary…", "🏠 Accommodation provided" lines, runs on into facts of another kind that the
reader keeps in the same section (no heading comes between them)."""

from __future__ import annotations

import re

from postlint.model.posting import Block, Posting

_ENUMERATED = re.compile(r"\(?(?:\d{1,3}(?:\.\d{1,2})?|[a-zA-Z])[.)]")
_GAP = re.compile(r"\n[ \t]*\r?\n")


def _marker(posting: Posting, block: Block) -> str:
    """The glyph before the item on its line ("✅", "•"; "#" for "1." or "a)"), "" when there is none."""
    source = posting.source
    line_start = source.rfind("\n", 0, block.start) + 1
    lead = source[line_start:block.start].strip().replace("\ufe0f", "")
    if _ENUMERATED.fullmatch(lead):
        return "#"
    return lead


def off_the_list(posting: Posting, items: list[Block]) -> set[int]:
    """ids of the items from a line led by another glyph after a blank line on: "✅ Age 21-30", a blank line, then
    "🏠 Accommodation + transport provided" and the plain lines after it (blind set S112). Plain text only, and only
    when the first item has a glyph. A list whose items are all "✅" or "1.", blank lines between or not, keeps them
    all, and so do plain lines after the blank line (sentences one a line that lost their bullets)."""
    if posting.format != "text" or len(items) < 2:
        return set()
    first = _marker(posting, items[0])
    if not first:
        return set()
    off: set[int] = set()
    gap = ended = False
    for before, item in zip(items, items[1:], strict=False):
        gap = gap or _GAP.search(posting.source, before.end, item.start) is not None
        marker = _marker(posting, item)
        ended = ended or (gap and marker not in ("", first))
        if ended and marker != first:
            off.add(id(item))
    return off
