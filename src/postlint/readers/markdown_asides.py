"""Asides that site generators add to CommonMark: admonitions, containers and alerts.

- MkDocs / Python-Markdown ``!!! note "Title"`` and pymdownx's collapsible ``??? note`` / ``???+ note``,
  with a body indented four columns;
- Docusaurus, VitePress and pandoc containers, ``:::note`` … ``:::``;
- GitHub's alerts, ``> [!NOTE]`` (and Obsidian's ``> [!info] Title``);
- Hugo's paired shortcodes on lines of their own, ``{{< notice info >}}`` … ``{{< /notice >}}`` and
  ``{{% alert title="…" %}}`` … ``{{% /alert %}}``.

CommonMark reads them as plain paragraphs: the marker becomes words ("!!! info" shouts) and an
admonition's indented body runs into the marker's paragraph (its bullets read as one sentence,
blind set S99). :func:`unwrap` rewrites the text markdown-it parses, line for line, so token line
maps still point at the source: marker lines go blank, an admonition's body loses its four columns
so its paragraphs and lists are read as such. It also says which lines lie in a callout box: an
editor's note or a summary box is set apart from the posting's prose (not its introduction).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from postlint.model.posting import Block

# Each pattern is matched against a line less its leading blanks, and starts with a literal (a search
# from every blank of a long run would be quadratic).
# "!!! info", '!!! note "What we offer"', '???+ tip inline end ""': a lowercase type (a CSS class),
# more classes, an optional quoted title. "!!! Urgent hire" (a capital) is shouting, not a marker.
_ADMONITION = re.compile(r"(?:!!!|\?\?\?\+?)[ \t]*[a-z][\w-]*(?:[ \t]+[\w-]+)*(?:[ \t]+\"[^\"\n]*\")?[ \t]*")
# ":::note", ":::tip Title", ":::info[Title]", "::: warning", "::: {.callout-note}": colons, then a name or attributes.
_CONTAINER_OPEN = re.compile(r"(?<!:)(:{3,})[ \t]*([A-Za-z{][^\n]*)")
_CONTAINER_CLOSE = re.compile(r"(?<!:)(:{3,})[ \t]*")
_CONTAINER_NAME = re.compile(r"\{[^{}\n]*\}|[A-Za-z][\w-]*")
# "> [!NOTE]", "> [!tip] Title", "> [!faq]- Title": the first line of a block quote.
_ALERT = re.compile(r">[ \t]?\[![A-Za-z][\w-]*\][-+]?(?:[ \t][^\n]*)?")
# A Hugo shortcode opening on a line of its own, "{{< notice info >}}", '{{% alert title="Note" %}}' (not one that
# closes itself, "{{< figure src=… />}}"), and its closing "{{< /notice >}}". One that is never closed
# ("{{< youtube id >}}") is no aside.
# (Its arguments hold no braces: a line of openers is not scanned to its end from each.)
_SHORTCODE_OPEN = re.compile(r"\{\{(?:<[ \t]*([A-Za-z][\w-]*)(?:[ \t][^{}\n]*)?(?<!/)>|%[ \t]*([A-Za-z][\w-]*)(?:[ \t][^{}\n]*)?(?<!/)%)\}\}[ \t]*")
_SHORTCODE_CLOSE = re.compile(r"\{\{([<%])[ \t]*/[ \t]*([A-Za-z][\w-]*)[ \t]*[>%]\}\}[ \t]*")
# Container names that make a callout box (Docusaurus, VitePress, Quarto's "callout-note"); other
# containers ("::: columns", "::: {.intro}") are layout, their fences markup but their text the posting's.
_CALLOUT_WORDS = frozenset(
    "note tip info caution danger warning important success secondary details abstract summary tldr hint "
    "attention example quote question faq todo error bug aside callout admonition notice alert expand".split()
)
_LETTERS = re.compile(r"[a-z]+")

CodeLines = Callable[[str], Any]


def _indent(line: str) -> int:
    """The columns of a line's leading blanks, tabs to the next multiple of four."""
    text = line.lstrip(" \t")
    lead = line[: len(line) - len(text)]
    if "\t" not in lead:
        return len(lead)
    width = 0
    for ch in lead:
        width = width // 4 * 4 + 4 if ch == "\t" else width + 1
    return width


def _dedent(line: str, columns: int) -> str:
    """``line`` less ``columns`` columns of leading blanks (the indentation of the admonitions around it)."""
    lead = len(line) - len(line.lstrip(" \t"))
    if "\t" not in line[:lead]:
        return line[min(lead, columns) :]
    i = width = 0
    while i < lead and width < columns:
        width = width // 4 * 4 + 4 if line[i] == "\t" else width + 1
        i += 1
    return line[i:]


_OPENINGS = ("!!!", "???", ":::", "[!", "{{<", "{{%")


def unwrap(body: str, code_lines: CodeLines) -> tuple[str, list[bool] | None]:
    """``body`` (lines ending in \\n) with its asides' markers blanked and admonition bodies dedented,
    and per line whether it lies inside a callout box; ``(body, None)`` when it holds no aside.

    ``code_lines(body)`` gives the set of line numbers inside code (fenced or indented): a marker
    there is an example of the syntax, left alone.
    """
    if not any(opening in body for opening in _OPENINGS):
        return body, None
    lines = body.split("\n")
    size = len(lines)
    # Per line, the change at it in how many admonitions (nesting) and callout boxes are around it;
    # running sums give the counts, so nested boxes cost no more than one pass each.
    nesting, boxes = [0] * (size + 1), [0] * (size + 1)
    indents: list[int] | None = None
    code: set[int] | None = None
    closers: dict[int, int] | None = None
    shortcodes: dict[int, int] | None = None
    blanked: list[int] = []
    fenced = "```" in body or "~~~" in body
    depth = 0
    for n, line in enumerate(lines):
        depth += nesting[n]
        kind = _marker(line) if line.lstrip(" \t>").startswith(_OPENINGS) else None
        if kind is None:
            continue
        # A marker may be code only when the body has fences or the marker is indented (and not nested
        # in an admonition, whose body is indented); only then is the body parsed to find its code.
        if not depth and (fenced or _indent(line) >= 4):
            code = code_lines(body) if code is None else code
            if n in code:
                continue
        if kind == "admonition":
            indents = [_indent(x) if x.strip() else -1 for x in lines] if indents is None else indents
            end = _admonition_end(indents, n)
            if end is not None:
                nesting[n + 1] += 1
                nesting[end] -= 1
                blanked.append(n)
        elif kind == "alert":
            end = _alert_end(lines, n)
            if end is not None:
                boxes[n + 1] += 1
                boxes[end] -= 1
                lines[n] = line[: line.index(">") + 1]  # the quote goes on, without its marker
        else:
            if kind == "shortcode":
                shortcodes = _shortcode_pairs(lines) if shortcodes is None else shortcodes
                end = shortcodes.get(n)
            else:
                closers = _container_pairs(lines) if closers is None else closers
                end = closers.get(n)
            if end is not None:
                if _callout(line) if kind == "container" else _shortcode_callout(line):
                    boxes[n + 1] += 1
                    boxes[end] -= 1
                blanked += (n, end)
    if not any(nesting) and not any(boxes) and not blanked:
        return body, None
    for n in blanked:
        lines[n] = ""
    inside = [False] * size
    depth = boxed = 0
    for n in range(size):
        depth += nesting[n]
        boxed += boxes[n]
        if depth:
            lines[n] = _dedent(lines[n], 4 * depth)
        inside[n] = bool(depth or boxed)
    return "\n".join(lines), inside


def _marker(line: str) -> str | None:
    """Which aside ``line`` opens: "admonition", "alert", "container", "shortcode" or None."""
    text = line.lstrip(" \t")
    if text.startswith("{{"):
        return "shortcode" if _SHORTCODE_OPEN.fullmatch(text) else None
    if _ADMONITION.fullmatch(text):
        return "admonition"
    if _ALERT.fullmatch(text):
        return "alert"
    return "container" if _CONTAINER_OPEN.fullmatch(text) else None


def _callout(line: str) -> bool:
    """Whether a container's opening line names a callout box (":::note", "::: {.callout-tip}"), not layout."""
    opening = _CONTAINER_OPEN.fullmatch(line.lstrip(" \t"))
    name = _CONTAINER_NAME.match(opening.group(2)) if opening else None
    return name is not None and any(w in _CALLOUT_WORDS for w in _LETTERS.findall(name.group().lower()))


def _admonition_end(indents: list[int], n: int) -> int | None:
    """The line after the body of the admonition whose marker is line ``n`` (its lines indented four
    columns more, blank lines between), or None when it has none: then it is no admonition."""
    need = indents[n] + 4
    end = k = n + 1
    while k < len(indents) and (indents[k] < 0 or indents[k] >= need):
        if indents[k] >= 0:
            end = k + 1
        k += 1
    return end if end > n + 1 else None


def _alert_end(lines: list[str], n: int) -> int | None:
    """The line after the block quote that an alert marker (line ``n``) opens, or None when the marker
    is not the quote's first line or the quote says nothing more."""
    if n and lines[n - 1].lstrip().startswith(">"):
        return None
    k = n + 1
    while k < len(lines) and lines[k].strip():
        k += 1
    return k if k > n + 1 else None


def _container_pairs(lines: list[str]) -> dict[int, int]:
    """Each container's opening line -> its closing line, in one pass: a closing fence closes the
    innermost open container; an opening never closed is no container."""
    pairs: dict[int, int] = {}
    open_at: list[int] = []
    for k, line in enumerate(lines):
        if ":::" not in line:
            continue
        text = line.lstrip(" \t")
        if _CONTAINER_OPEN.fullmatch(text):
            open_at.append(k)
        elif open_at and _CONTAINER_CLOSE.fullmatch(text):
            pairs[open_at.pop()] = k
    return pairs


def _shortcode_callout(line: str) -> bool:
    """Whether a shortcode's opening line names a callout box ("notice", "alert", "hint"), not layout ("columns")."""
    opening = _SHORTCODE_OPEN.fullmatch(line.lstrip(" \t"))
    name = opening and (opening.group(1) or opening.group(2))
    return bool(name) and any(w in _CALLOUT_WORDS for w in _LETTERS.findall(name.lower()))


def _shortcode_pairs(lines: list[str]) -> dict[int, int]:
    """Each paired shortcode's opening line -> its closing line: a closing shortcode closes the innermost open
    one of its name (a stack a name); one never closed ("{{< youtube id >}}") is no pair."""
    pairs: dict[int, int] = {}
    open_at: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        if "{{" not in line:
            continue
        text = line.lstrip(" \t")
        if opening := _SHORTCODE_OPEN.fullmatch(text):
            open_at.setdefault((opening.group(1) or opening.group(2)).lower(), []).append(k)
        elif (closing := _SHORTCODE_CLOSE.fullmatch(text)) and (stack := open_at.get(closing.group(2).lower())):
            pairs[stack.pop()] = k
    return pairs


def mark_notices(blocks: list[Block], in_aside: list[bool], starts: list[int], offset_line: int) -> None:
    """Mark the blocks in a callout box (``in_aside`` per line of the body, which starts at source line
    ``offset_line``; ``starts``: each source line's offset) as notices, set apart from the posting's prose."""
    for block in blocks:
        k = bisect.bisect_right(starts, block.start) - 1 - offset_line
        block.notice = block.notice or (0 <= k < len(in_aside) and in_aside[k])
