"""Source offsets <-> LSP positions.

postlint counts code points; LSP counts code units of the negotiated encoding
(UTF-16 unless the client offers another) on lines that only ``\\n``, ``\\r\\n``
and ``\\r`` end. Python's ``str.splitlines`` also breaks at form feeds, U+2028
and others, so lines are found here the way the protocol and
:func:`postlint.model.posting.line_starts` find them.
"""

from __future__ import annotations

import bisect

from lsprotocol import types

from postlint.model.posting import line_starts


def _units(text: str, encoding: str) -> int:
    if encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8", "surrogatepass"))
    # UTF-16: one unit per code point, two for those beyond the Basic Multilingual Plane.
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def _has_astral(text: str) -> bool:
    """Whether ``text`` holds a code point beyond the Basic Multilingual Plane (two UTF-16 units)."""
    return not text.isascii() and any(ord(ch) > 0xFFFF for ch in text)


class LineIndex:
    """Positions in one version of a document's text."""

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        self.text = text
        self.encoding = encoding
        self.starts = line_starts(text)
        # Per line: None when a code point is one code unit throughout (most lines), else the
        # units before each of its code points; built on a line's first position, so many
        # findings on one long line cost one pass over it, not one each.
        self._units: dict[int, list[int] | None] = {}

    def _line_units(self, line: int) -> list[int] | None:
        if line not in self._units:
            start, end = self.starts[line], self._line_end(line)
            segment = self.text[start:end]
            simple = self.encoding == types.PositionEncodingKind.Utf32 or (
                segment.isascii() if self.encoding == types.PositionEncodingKind.Utf8 else not _has_astral(segment)
            )
            if simple:
                self._units[line] = None
            else:
                units, total = [0], 0
                for ch in segment:
                    total += _units(ch, self.encoding)
                    units.append(total)
                self._units[line] = units
        return self._units[line]

    def _line_end(self, line: int) -> int:
        """Offset of the line break ending ``line`` (or the end of the text)."""
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        while end > self.starts[line] and self.text[end - 1] in "\r\n":
            end -= 1
        return end

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        units = self._line_units(line)
        if units is None:
            return types.Position(line=line, character=offset - start)
        if offset - start < len(units):
            return types.Position(line=line, character=units[offset - start])
        return types.Position(line=line, character=_units(self.text[start:offset], self.encoding))  # in the line break

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def apply(self, change: types.TextDocumentContentChangeEvent) -> str:
        """The text after one ``didChange`` content change (a range edit, or the whole text)."""
        if isinstance(change, types.TextDocumentContentChangePartial):
            start, end = self.offset(change.range.start), self.offset(change.range.end)
            return self.text[:start] + change.text + self.text[max(start, end) :]
        return change.text

    def offset(self, position: types.Position) -> int:
        """The offset of a client position; past a line's end means its end, past the last line the text's end."""
        if position.line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[position.line], self._line_end(position.line)
        if self.encoding == types.PositionEncodingKind.Utf32:
            return min(start + position.character, end)
        counted = 0
        for index in range(start, end):
            if counted >= position.character:
                return index
            counted += _units(self.text[index], self.encoding)
        return end
