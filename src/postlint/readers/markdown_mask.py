"""The prose mask of a Markdown posting's lines: the same text with its markup blanked.

Container markers (indentation, quote marks, bullets, heading hashes), setext
underlines, heading attributes, inline markup (emphasis, links' targets, images,
code spans, HTML tags and comments, bare URLs, emoji shortcodes) become spaces;
newlines stay, so an offset in the mask is the same offset in the source.
:mod:`postlint.readers.markdown` asks it for each block's lines.
"""

from __future__ import annotations

import re

from postlint.model.posting import blanked

# Container markers at the start of a line: indentation, blockquotes, list
# bullets or numbers, task boxes, ATX heading hashes.
_LINE_PREFIX = re.compile(r"^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)*(?:\[[ xX]\][ \t]+)?(?:#{1,6}(?=[ \t]|$))?")
_SETEXT_OR_RULE = re.compile(r"^[ \t>]*(?:=+|-+|(?:[-*_][ \t]*){3,})[ \t]*$")


def _closing_hashes(body: str) -> int:
    """Where an ATX heading's closing sequence (blanks, hashes, blanks: "## Title ##") starts, or the
    line's length when it has none. In Python, not a searched pattern: ``[ \t]+#+[ \t]*$`` tried every
    blank of a long run of them (a heading with 20,000 spaces took 1.3 s, 200,000 two minutes)."""
    end = len(body.rstrip(" \t"))
    hashes = len(body[:end].rstrip("#"))
    if hashes == end or not hashes or body[hashes - 1] not in " \t":
        return len(body)
    return len(body[:hashes].rstrip(" \t"))


# A heading's attribute block, as pandoc, kramdown and Hugo write it: "{#senior-analyst}", "{#id .class}", "{: #id}".
_ATTRIBUTES = re.compile(r"\{[ \t]*:?[ \t]*[#.][^{}]*\}")


def _attributes_start(body: str, end: int) -> int:
    """Where a heading's trailing attribute block ("## How to apply {#how-to-apply}") starts, blanks
    before it included, or ``end`` when the heading has none: markup, not words of the title (blind set S31)."""
    stripped = body[:end].rstrip(" \t")
    if not stripped.endswith("}"):
        return end
    opening = stripped.rfind("{")
    if opening <= 0 or body[opening - 1] not in " \t" or not _ATTRIBUTES.fullmatch(stripped, opening):
        return end
    return len(body[:opening].rstrip(" \t"))


_BACKTICKS = re.compile(r"`+")


def _blank_code_spans(text: str) -> str:
    """``text`` with its code spans blanked: a run of backticks up to the next run of the same
    length (CommonMark's pairing), found in one pass over the runs. A pattern with a back-reference
    tried every split of a long run of backticks (2,000 of them took 75 s)."""
    runs = [m.span() for m in _BACKTICKS.finditer(text)]
    by_length: dict[int, list[int]] = {}
    for k, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(k)
    seen = dict.fromkeys(by_length, 0)  # per length, how many of its runs are behind us
    out: list[str] = []
    pos = i = 0
    while i < len(runs):
        start, end = runs[i]
        same = by_length[end - start]
        n = seen[end - start]
        while n < len(same) and same[n] <= i:
            n += 1
        seen[end - start] = n
        if n == len(same):
            i += 1  # no closing run: the backticks are literal
            continue
        close = runs[same[n]][1]
        out += (text[pos:start], blanked(text[start:close]))
        pos, i = close, same[n] + 1
    return "".join(out) + text[pos:] if out else text


# Inline markup that is not prose. Order matters: code first (its content is
# literal), then images, link targets, autolinks, HTML, bare URLs, emphasis.
# Inline HTML code (<code>, <kbd>, <samp>, <pre>) with its content, as the HTML
# reader skips it. The content stops at the next such tag, so an unclosed one
# costs a scan to that tag only (linear, however many there are).
# An emoji's shortcode, as Slack and GitHub write it: ":wave:", ":white_check_mark:" (blind set S25).
_SHORTCODE = re.compile(r":(?<![\w:]:)[a-z][a-z0-9_+-]{1,40}:(?![\w:/])")
_HTML_CODE = re.compile(
    r"<(code|kbd|samp|pre)\b[^<>]*>[^<]*(?:<(?!/?(?:code|kbd|samp|pre)\b)[^<]*)*</\1\s*>", re.IGNORECASE
)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)|\]\[[^\]\n]*\]")
_AUTOLINK = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
# The next two are written so that every alternative starts with a literal character
# (a look-behind comes after it): then the regex engine skips to those characters in
# C instead of trying every alternative at every position, ~6x faster. Read them as
#   bare URL: \b(?:https?://|www\.)[^\s<>()]+[^\s<>().,;:!?'"]
#   emphasis: \*+ | ~~ | (?<![A-Za-z0-9])_+ | _+(?![A-Za-z0-9]) | \\(?=punctuation)
#             | (?<!\S)\[ | \[(?=\S) | \](?!\()
# (tests/test_reader_markdown.py checks them against these forms).
_BARE_URL = re.compile(r"(?:h(?<!\wh)ttps?://|w(?<!\ww)ww\.)[^\s<>()]+[^\s<>().,;:!?'\"]")
_EMPHASIS = re.compile(r"\*\**|~~|_(?<![A-Za-z0-9]_)_*|__*(?![A-Za-z0-9])|\\(?=[!-/:-@\[-`{-~])|\[(?<!\S\[)|\[(?=\S)|\](?!\()")
# Each pattern with a trigger: a cheap regex for text that every match contains.
# Most lines hold no markup, and scanning for a literal or one character class is
# far cheaper than trying the full pattern at every position.
_INLINE_MARKUP = tuple(
    (pattern, re.compile(trigger))
    for pattern, trigger in (
        (_HTML_COMMENT, "<!--"),
        (_blank_code_spans, "`"),
        (_HTML_CODE, "(?i)<(?:code|kbd|samp|pre)"),
        (_IMAGE, r"!\["),
        (_LINK_TARGET, r"\]\(|\]\["),
        (_AUTOLINK, "<"),
        (_HTML_TAG, "<"),
        (_BARE_URL, r"http|www\."),
        (_EMPHASIS, r"[*_\\\[\]]|~~"),
        (_SHORTCODE, r":[a-z]"),
    )
)


def _blanked_match(match: re.Match[str]) -> str:
    return blanked(match.group())


def mask_region(source_lines: list[str], masked: list[str], first: int, last: int) -> str:
    """Copy lines ``first..last-1`` into the mask with markup blanked; return their masked text.

    The mask is kept as one string per source line (line end included): blocks
    always cover whole lines, and strings cost far less to copy than characters.
    """
    for n in range(first, last):
        line = source_lines[n]
        body = line.rstrip("\r\n")
        if n > first and _SETEXT_OR_RULE.match(body):
            continue
        prefix = _LINE_PREFIX.match(body)
        keep_from = prefix.end() if prefix else 0
        keep_to = len(body)
        if body.lstrip(" \t>").startswith("#"):
            keep_to = _attributes_start(body, _closing_hashes(body))
        if keep_to > keep_from:
            old = masked[n]
            masked[n] = old[:keep_from] + line[keep_from:keep_to] + old[keep_to:]
    text = "".join(masked[first:last])
    # Blanking works on the region's string, one pattern after the other, so later
    # patterns see earlier ones' blanks; the mask lines are written back once.
    for pattern, trigger in _INLINE_MARKUP:
        if trigger.search(text):
            text = pattern.sub(_blanked_match, text) if isinstance(pattern, re.Pattern) else pattern(text)
    put_lines(source_lines, masked, first, last, text)
    return text


def put_lines(source_lines: list[str], masked: list[str], first: int, last: int, text: str) -> None:
    """Store ``text``, the masked lines ``first..last-1`` joined, back line by line."""
    if last - first == 1:
        masked[first] = text
        return
    pos = 0
    for n in range(first, last):
        size = len(source_lines[n])
        masked[n] = text[pos : pos + size]
        pos += size
