"""Text a candidate is told to copy, for READ016: a quoted subject line or reference code ("with the subject
line "Mainframe - BLR"", blind set S96) is typed as written, so its letters are not prose to spell out."""

from __future__ import annotations

import re

# A board's code word a candidate is told to write, quoted or not: "mention the word GLIMMER when applying" (blind set S105).
_THE_WORD = (
    r"(?:mention(?:ing)?|include|including|use|using|enter|type|write|put|add|say)[ \t]+(?:the|this)[ \t]+"
    r"(?:code[ \t]?word|word|keyword|password|phrase)"
)
_CODE_WORD_BEFORE = re.compile(
    r"(?i)\b(?:" + _THE_WORD + r"|(?:use|using|enter)[ \t]+the[ \t]+code"
    # "the word" alone, its verb further back: "Text your name and the word GUARDPOST to …" (blind set S135).
    r"|the[ \t]+(?:code[ \t]?word|word|keyword))[ \t]*:?[ \t]+$"
)
# The words that ask for text to be copied, then the opening quote and the quoted text up to the letters.
# Opens with a word boundary, and the quoted text is bounded: a long run is tried once from each keyword.
_COPY_BEFORE = re.compile(
    r"(?i)\b(?:subject(?:[ \t]+line)?|reference(?:[ \t]+(?:number|no\.?|code|id))?|quot(?:e|ing)|mention(?:ing)?"
    r"|(?:use|using|enter|quote)[ \t]+the[ \t]+(?:code|reference)|" + _THE_WORD + ")"
    r"(?:[ \t]*:[ \t]*|[ \t]+)(?:as[ \t]+)?(?:([\"“])[^\"“”\n]{0,80}|['‘][^'‘’\"“”\n]{0,80})$"
)
# The quote marks that close the text each opening mark starts, and those that end it unclosed.
_CLOSING = {True: ("\"”", "\"“”\n"), False: ("'’", "'‘’\"“”\n")}


def copied_text(text: str, start: int, end: int) -> bool:
    """Letters at ``text[start:end]`` inside quotes the posting asks a candidate to copy: 'with the subject line
    "Mainframe - BLR"', 'quote reference "JR-BLR-22"', 'mention 'KS-ONT' in your cover letter'. Quoted speech
    elsewhere ("our motto 'Ship the MVP'") is still prose. A board's code word is copied quoted or not: "mention the
    word GLIMMER"."""
    if " " not in text[start:end] and _CODE_WORD_BEFORE.search(text, max(0, start - 50), start):
        return True  # one word unquoted right after it: "mention the word GLIMMER"
    before = _COPY_BEFORE.search(text, max(0, start - 120), start)
    if before is None:
        return False
    closers, stops = _CLOSING[before.group(1) is not None]
    rest = text[end : end + 81]
    at = next((i for i, ch in enumerate(rest) if ch in stops), None)
    return at is not None and rest[at] in closers and not rest[at + 1 : at + 2].isalnum()
