"""Preparing HTML source for the reader: a same-length copy Python's parser reads in
linear time, and the prose mask built from the blocks it found."""

from __future__ import annotations

import re
from operator import sub

from postlint.model.posting import Block, blanked

_BOGUS_CHARREF = re.compile(r"&#(?![0-9]|[xX][0-9a-fA-F])")
_MARKED_SECTION = re.compile(r"<!\[[^<>]*>?")  # <![CDATA[ ... outside SVG: a bogus comment
_COMMENT_CLOSE = re.compile(r"--\s*>")


def prose_mask(source: str, blocks: list[Block]) -> str:
    """Spaces (newlines kept) except each block character at its source offset."""
    out: list[str] = []
    pos = 0
    for block in sorted(blocks, key=lambda b: b.start):
        if block.start < pos:
            continue  # pragma: no cover - blocks never overlap
        out.append(blanked(source[pos : block.start]))
        if block.offsets is None:
            out.append(block.text)  # the text is the source slice itself
        else:
            out.append(_placed(source, block))
        pos = block.end
    out.append(blanked(source[pos:]))
    return "".join(out)


def _placed(source: str, block: Block) -> str:
    """The mask over ``block``: each non-space text character at its source offset."""
    text, offsets, base = block.text, block.offsets or [], block.start
    if len(text) != len(offsets):
        raise ValueError("a block's offsets must map every character of its text")
    region = list(blanked(source[base : block.end]))
    if not text:
        return "".join(region)
    # Cut the text where its offsets jump (folded whitespace, entities, tags); a run
    # whose text is the source there is copied in one slice (a space in it is a
    # source space, blank in the mask anyway), any other run character by character.
    breaks = [k for k, step in enumerate(map(sub, offsets[1:], offsets), 1) if step != 1]
    for a, b in zip([0, *breaks], [*breaks, len(text)]):
        run = text[a:b]
        if source.startswith(run, offsets[a]):
            first = offsets[a] - base
            region[first : first + b - a] = run
        else:
            for k in range(a, b):
                if text[k] not in " \n":  # a <br>'s line break is no source newline: blank in the mask
                    region[offsets[k] - base] = text[k]
    return "".join(region)


def feedable(source: str) -> str:
    """A same-length copy of ``source`` that Python's HTMLParser reads in linear time.

    Its end-of-input recovery rescans to the end for every unterminated ``<tag``,
    ``<!--`` or bogus ``&#``, which is quadratic. Positions (and newlines) are
    kept, so ``getpos()`` still gives source offsets; text is read from ``source``.
    """
    text = _BOGUS_CHARREF.sub("\x00#", source)
    text = _MARKED_SECTION.sub(lambda m: blanked(m.group()), text)
    last_close = 0
    for match in _COMMENT_CLOSE.finditer(text):
        last_close = match.end()
    open_comment = text.find("<!--", last_close)
    if open_comment >= 0:  # an unterminated comment runs to the end, as in browsers
        text = text[:open_comment] + blanked(text[open_comment:])
    last_gt = text.rfind(">")
    if "<" in text[last_gt + 1 :]:  # no tag can end after the last ">"
        text = text[: last_gt + 1] + text[last_gt + 1 :].replace("<", "\x00")
    return text


