"""The shapes of one line of a plain-text posting: where its text starts (indentation, a leading
emoji), whether it reads as Title Case, a short line or a ``Label:``, and how the source splits
into lines. The plain-text reader (:mod:`postlint.readers.text`) asks these of every line.
"""

from __future__ import annotations

import re
import unicodedata

from postlint.language.job_titles import has_role_word

_EOL = re.compile(r"\r\n|\r|\n")
# Short words that stay lower case in Title Case.
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or per the to via vs with & / + - – —".split()
)
TERMINAL = ".,;"


def is_pictograph(ch: str) -> bool:
    """Emoji and other pictographic symbols used as decoration (not bullets, not letters)."""
    cp = ord(ch)
    if 0x1F000 <= cp <= 0x1FAFF or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF:
        return True
    return unicodedata.category(ch) == "So"


def emoji_prefix(line: str) -> int:
    """Length of the leading indentation + emoji run (with joiners and selectors), 0 if none."""
    i = len(line) - len(line.lstrip(" \t"))
    seen = False
    while i < len(line):
        ch = line[i]
        if is_pictograph(ch):
            seen = True
        elif not (seen and (ch in "\ufe0f\ufe0e\u200d\u20e3 \t" or 0x1F3FB <= ord(ch) <= 0x1F3FF)):
            break
        i += 1
    return i if seen else 0


def is_title_case(text: str) -> bool:
    words = text.split()
    firsts = []
    for word in words:
        if word.lower() in _SMALL_WORDS:
            continue
        letter = next((c for c in word if c.isalpha()), None)
        if letter is not None:
            firsts.append(letter)
    # The line starts with a capital, perhaps after an opening bracket or quote.
    if not firsts or not (words[0][0].isupper() or (words[0][0] in "(\"'" and firsts[0].isupper())):
        return False
    return sum(c.isupper() for c in firsts) >= 0.75 * len(firsts)


def short_line(text: str, max_words: int) -> bool:
    return len(text.split()) <= max_words and text.rstrip()[-1:] not in TERMINAL


def long_title(text: str) -> bool:
    """A title over the usual word cap: a UN consultancy's "National Consultant – Monitoring of Water, Sanitation
    and Hygiene (WASH) Programmes in Arid and Semi-Arid Counties" (blind set S87). Title Case, no sentence in or
    at its end, and a role named: an opening sentence of that length is not in Title Case."""
    return (
        len(text.split()) <= 30
        and text.rstrip()[-1:] not in TERMINAL + "!?:"
        and is_title_case(text)
        and not _SENTENCE_INSIDE.search(text)
        and has_role_word(text)
    )


def emoji_heading_text(rest: str) -> bool:
    """The words after a leading emoji can be a heading: letters, no amounts, and no sentence ending inside
    ("⚠️ No lame excuses. No call no show = you're done" is two sentences, blind set S42)."""
    if not short_line(rest, 10) or not any(c.isalpha() for c in rest):
        return False
    if _SENTENCE_INSIDE.search(rest.strip()):
        return False
    return not any(c.isdigit() or unicodedata.category(c) == "Sc" for c in rest)


# Two lower-case letters before the stop: "St. Louis Office" and "U.S. Benefits" end no sentence.
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z][a-z]")


def is_label(rest: str) -> bool:
    rest = rest.rstrip()
    return rest.endswith(":") and len(rest.split()) <= 8 and rest[:1].isupper()


def line_spans(source: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, line endings excluded."""
    out, pos = [], 0
    for match in _EOL.finditer(source):
        out.append((pos, match.start()))
        pos = match.end()
    if pos < len(source):
        out.append((pos, len(source)))
    return out


def line_groups(texts: list[str]) -> list[tuple[int, int]]:
    """(first, last) line of each run of non-empty lines between empty ones."""
    groups: list[tuple[int, int]] = []
    n = 0
    while n < len(texts):
        if not texts[n].strip():
            n += 1
            continue
        m = n
        while m + 1 < len(texts) and texts[m + 1].strip():
            m += 1
        groups.append((n, m))
        n = m + 1
    return groups


def indent_width(line: str) -> int:
    body = line.lstrip(" \t")
    return len(line[: len(line) - len(body)].expandtabs(4))


# A word a PDF broke at a line's end: "ener-" then "getic" on the next line (blind set S30).
_BROKEN_WORD = re.compile(r"\b([A-Za-z]{2,20})-(\r?\n[ \t]{0,12})([a-z]{2,20})\b")


def join_broken_words(prose: str) -> str:
    """``prose`` with each word a PDF hyphenated across lines written whole where its first part
    stood ("ener-\\n    getic" becomes "energetic" and blanks, then the line break), when the whole
    is a dictionary word ("man-\\npower" too; "well-\\nknown" keeps the hyphen, as no dictionary
    writes it whole). The length and the number of line breaks stay, so offsets after the
    word still point into the source."""
    if "-\n" not in prose and "-\r\n" not in prose:
        return prose  # most postings: no word broken at a line's end
    from postlint.language.syllables import cmu_stress

    def joined(m: re.Match[str]) -> str:
        head, gap, tail = m.group(1), m.group(2), m.group(3)
        word = head + tail
        if cmu_stress(word.lower().encode()) is None:
            return m.group(0)  # no word whole: two a hyphen joins ("well-known") or none
        eol = gap[: len(gap) - len(gap.lstrip("\r\n"))]
        return word + " " * (len(m.group(0)) - len(word) - len(eol)) + eol

    return _BROKEN_WORD.sub(joined, prose)
