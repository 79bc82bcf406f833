"""Preparing HTML source for the reader: a same-length copy Python's parser reads in
linear time, and the prose mask built from the blocks it found."""

from __future__ import annotations

import re

from postlint.posting import Block

_NOT_EOL = re.compile(r"[^\r\n]")
_BOGUS_CHARREF = re.compile(r"&#(?![0-9]|[xX][0-9a-fA-F])")
_MARKED_SECTION = re.compile(r"<!\[[^<>]*>?")  # <![CDATA[ ... outside SVG: a bogus comment
_COMMENT_CLOSE = re.compile(r"--\s*>")


def _blank(text: str) -> str:
    return _NOT_EOL.sub(" ", text)


def prose_mask(source: str, blocks: list[Block]) -> str:
    """Spaces (newlines kept) except each block character at its source offset."""
    out: list[str] = []
    pos = 0
    for block in sorted(blocks, key=lambda b: b.start):
        if block.start < pos:
            continue  # pragma: no cover - blocks never overlap
        out.append(_blank(source[pos : block.start]))
        if block.offsets is None:
            out.append(block.text)  # the text is the source slice itself
        else:
            region = list(_blank(source[block.start : block.end]))
            for ch, off in zip(block.text, block.offsets, strict=True):
                if ch != " ":
                    region[off - block.start] = ch
            out.append("".join(region))
        pos = block.end
    out.append(_blank(source[pos:]))
    return "".join(out)


def feedable(source: str) -> str:
    """A same-length copy of ``source`` that Python's HTMLParser reads in linear time.

    Its end-of-input recovery rescans to the end for every unterminated ``<tag``,
    ``<!--`` or bogus ``&#``, which is quadratic. Positions (and newlines) are
    kept, so ``getpos()`` still gives source offsets; text is read from ``source``.
    """
    text = _BOGUS_CHARREF.sub("\x00#", source)
    text = _MARKED_SECTION.sub(lambda m: _blank(m.group()), text)
    last_close = 0
    for match in _COMMENT_CLOSE.finditer(text):
        last_close = match.end()
    open_comment = text.find("<!--", last_close)
    if open_comment >= 0:  # an unterminated comment runs to the end, as in browsers
        text = text[:open_comment] + _blank(text[open_comment:])
    last_gt = text.rfind(">")
    if "<" in text[last_gt + 1 :]:  # no tag can end after the last ">"
        text = text[: last_gt + 1] + text[last_gt + 1 :].replace("<", "\x00")
    return text


