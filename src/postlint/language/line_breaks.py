"""Where a line break inside a block ends a sentence though no punctuation does.

A line that stops mid-phrase ("…with the", a trailing comma) goes on the next line (:func:`continues`, which
the plain-text reader asks too). A chat message's lines, written one thought a line without full stops
("hey guys 👋" / "we're HIRING!!! 🎉🎉" / "looking for a 3D environment artist …"), are sentences of their own
(:func:`chat_breaks`); hard-wrapped prose, each line as long as the wrap let it be, still runs on.
"""

from __future__ import annotations

_TERMINAL = ".!?:;"
# A line ending on one of these words continues on the next line.
_CONTINUES = frozenset(
    """a an the and or nor but of to for with in on at by from as into onto over under than that which who whom whose
    our your their its his her my is are was were be been will would can could should may might must has have had
    not no including include such via per plus between among across through within without about against upon
    if when where while because so this these those each every any all some both either neither one two""".split()
)


def continues(line: str) -> bool:
    """The line stops mid-phrase ("…with the", "…if you have", a trailing comma): its sentence goes on."""
    stripped = line.rstrip()
    if not stripped:
        return True
    if stripped[-1] in ",-–—/&(+":
        return True
    last = stripped.split()[-1].lower().strip("\"'’()")
    return last in _CONTINUES


def chat_breaks(text: str) -> list[int]:
    """Offsets in a block's text where a line starts that a chat's line break parted from the one above.

    The block is a chat's when it has three lines or more and two or more of them (a quarter of its line
    breaks at least) end with no punctuation a quarter short of the widest line, the next line's first word
    and all: no wrap broke a line there, its writer did (blind set S102, a Discord post: eleven lines read
    as one sentence of 140 words). In such a block every line break is a sentence's end, except after a
    line that stops mid-phrase ("…with the") and is as long as the wrap let it be. Hard-wrapped prose ends
    each line but its last near the widest, where the next word would not have fitted: it is no chat.
    """
    if text.count("\n") < 2:
        return []
    lines = text.split("\n")
    widths = [len(t.rstrip()) for t in lines]
    widest = max(widths)
    # Three in four lines (the last apart) within ten characters of their middle width are a wrap's, whatever one
    # long line makes the others look (review: wrapped prose with one line of 104 over lines of 65).
    body = sorted(widths[:-1])
    middle = body[len(body) // 2]
    if middle and 4 * sum(abs(w - middle) <= 10 for w in body) >= 3 * len(body):
        return []
    firsts = [len(t.split()[0]) if t.split() else 0 for t in lines]
    breaks = len(lines) - 1
    bare = sum(
        widths[i] > 0 and lines[i].rstrip()[-1] not in _TERMINAL and 4 * (widths[i] + 1 + firsts[i + 1]) <= 3 * widest
        for i in range(breaks)
    )
    if bare < 2 or 4 * bare < breaks:
        return []
    out, at = [], 0
    for i in range(breaks):
        at += len(lines[i]) + 1
        forced = widths[i] + 1 + firsts[i + 1] > widest - 3  # the next word would not have fitted
        if lines[i + 1].strip() and not (continues(lines[i]) and forced):
            out.append(at + len(lines[i + 1]) - len(lines[i + 1].lstrip()))
    return out
