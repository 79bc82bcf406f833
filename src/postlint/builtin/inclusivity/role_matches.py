"""The roles before each he/she, found once per block: INC003 asks, for every pronoun, which generic roles
("the candidate", "our new hire") stand in the text before it. Searched afresh for each pronoun, a paragraph with a
pronoun in every sentence scanned the same 3,000 characters thousands of times (the speed issue's hostile input)."""

from __future__ import annotations

import re
from bisect import bisect_left

from postlint.model.posting import Block


class Moved:
    """A role found in a block, at its offset in a pronoun's context (which starts ``shift`` characters later)."""

    __slots__ = ("_match", "_shift")

    def __init__(self, match: re.Match[str], shift: int) -> None:
        self._match, self._shift = match, shift

    def start(self) -> int:
        return self._match.start() - self._shift

    def end(self) -> int:
        return self._match.end() - self._shift

    def group(self, index: int = 0) -> str:
        return self._match.group(index)


class RolesBefore:
    """A pattern's matches (INC003's generic roles) in each pronoun's context, found once per block rather than once
    per pronoun. The context is the previous block's tail, a paragraph break and the block up to the pronoun."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._blocks: dict[int, tuple[int, list[re.Match[str]], list[int]]] = {}

    def within(self, block: Block, tail: str, low: int, s: int) -> list[re.Match[str] | Moved]:
        """The matches in ``tail``, a paragraph break and ``block.text[low:s]``, at their offsets in that string."""
        if id(block) not in self._blocks:
            found = list(self._pattern.finditer(tail + "\n\n" + block.text))
            self._blocks[id(block)] = (len(tail) + 2, found, [m.start() for m in found])
        base, found, starts = self._blocks[id(block)]
        end = base + s
        if low == 0:  # the context is the start of the joined text: offsets as found
            return [m for m in found[: bisect_left(starts, end)] if m.end() <= end]
        before = [m for m in found[: bisect_left(starts, base)] if m.end() <= base - 2]
        inside = found[bisect_left(starts, base + low) : bisect_left(starts, end)]
        return [*before, *(Moved(m, low) for m in inside if m.end() <= end)]
