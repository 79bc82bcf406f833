"""HTML -> Posting, with the standard library's tolerant ``HTMLParser``.

HTML text is not its source: entities decode, whitespace folds and inline
tags sit inside a paragraph. So each Block's ``text`` is the decoded, folded
text and ``Block.offsets`` maps every character back to the source. The prose
mask is blank except each text character at its source offset (an entity's
decoded character at the entity's ``&``). Nothing is ever fetched.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from postlint.posting import Block, Posting
from postlint.readers.text import is_nav_junk
from postlint.readers.tree import build_posting
from postlint.schema import Schema

# Site chrome and non-text content: nothing inside is posting prose.
_SKIP = frozenset(
    "nav header footer script style noscript template svg math iframe form head button select textarea "
    "object canvas audio video dialog".split()
)
_SKIP_ROLES = frozenset("navigation banner contentinfo search menu menubar toolbar".split())
_SKIP_CLASSES = frozenset("sr-only visually-hidden visuallyhidden screen-reader-text usa-sr-only".split())
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_VOID = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
# Inline elements do not break a block; every other element does.
_INLINE = frozenset(
    "a abbr b bdi bdo cite code data del dfn em font i ins kbd label mark q rp rt ruby s samp small span "
    "strike strong sub sup time tt u var".split()
)
_BOLD = frozenset(("b", "strong"))
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_LISTS = frozenset(("ul", "ol", "menu"))
_HEAD_TAGS = frozenset("title meta link style script base noscript template".split())
_WS = frozenset(" \t\n\r\f")
_TITLE_SUFFIX = re.compile(r"\s+\|\s+[^|]*$")  # "Job title | Site name"
_LINE = re.compile(r"\n")


@dataclass(slots=True)
class _Element:
    tag: str
    skip: bool = False
    main: bool = False
    depth: int = 0  # list depth, for <li>
    taken: bool = False  # <li>: its first text became the list item


@dataclass(slots=True)
class _Buffer:
    """The text of the block being read, folded as it comes."""

    kind: str = "paragraph"
    level: int = 0
    main: bool = False
    plain: str = ""  # non-bold visible characters (at most 2 kept): a bold-only ``Label:``?
    end: int = 0
    chars: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    space: int | None = None  # offset of a pending folded space


class _Reader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        # HTMLParser counts lines by "\n" only, so positions map through "\n" alone.
        self.line_starts = [0] + [m.end() for m in _LINE.finditer(source)]
        self.stack: list[_Element] = []
        self.skipping = 0
        self.in_main = 0
        self.saw_main = False
        self.bold = 0
        self.buf: _Buffer | None = None
        self.blocks: list[tuple[Block, bool]] = []
        self.meta: dict[str, Any] = {}
        self.title: list[str] | None = None
        self.jsonld_start: int | None = None

    # -- positions -------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    # -- text --------------------------------------------------------------
    def _add(self, text: str, pos: int, end: int, offsets: list[int] | None = None) -> None:
        """Append source text at ``pos``, or a decoded reference (``offsets`` given) spanning ``pos..end``."""
        if self.title is not None:
            self.title.append(text)
        if self.skipping:
            return
        for i, ch in enumerate(text):
            off = offsets[i] if offsets is not None else pos + i
            buf = self.buf
            if ch in _WS:
                if buf is not None and buf.chars and buf.space is None:
                    buf.space = off
                continue
            if buf is None:
                buf = self.buf = self._open_buffer()
            elif buf.space is not None:
                buf.chars.append(" ")
                buf.offsets.append(buf.space)
            buf.space = None
            buf.chars.append(ch)
            buf.offsets.append(off)
            buf.end = off + 1 if offsets is None else end
            if not self.bold and len(buf.plain) < 2:
                buf.plain += ch

    def _open_buffer(self) -> _Buffer:
        buf = _Buffer(main=self.in_main > 0)
        for el in reversed(self.stack):
            if el.tag in _HEADINGS:
                buf.kind, buf.level = "heading", int(el.tag[1])
                break
            if el.tag == "tr":
                buf.kind = "table_row"
                break
            if el.tag == "li":
                if not el.taken:
                    el.taken = True
                    buf.kind, buf.level = "list_item", el.depth
                break
        return buf

    def _space(self, pos: int) -> None:
        """A break between words that is not a block boundary: <br>, table cells."""
        if self.buf is not None and self.buf.chars and self.buf.space is None:
            self.buf.space = pos

    def _flush(self) -> None:
        buf, self.buf = self.buf, None
        if buf is None or not buf.chars:
            return
        text = "".join(buf.chars)
        start = buf.offsets[0]
        # Offsets only when text and source differ (entities, folded whitespace).
        offsets = None if self.source[start : buf.end] == text else buf.offsets
        kind = buf.kind
        if kind == "paragraph" and buf.plain in ("", ":") and text.endswith(":") and len(text.split()) <= 8:
            kind = "label"  # <p><strong>Preferred:</strong></p>, as in Markdown
        block = Block(kind=kind, start=start, end=buf.end, text=text, level=buf.level, offsets=offsets)  # type: ignore[arg-type]
        self.blocks.append((block, buf.main))

    # -- elements ----------------------------------------------------------
    def _find(self, tags: frozenset[str] | tuple[str, ...], stop: frozenset[str] | tuple[str, ...] = ()) -> int:
        """Index of the innermost open element in ``tags``, unless one in ``stop`` is nearer; -1 if none."""
        for i in range(len(self.stack) - 1, -1, -1):
            tag = self.stack[i].tag
            if tag in tags:
                return i
            if tag in stop:
                return -1
        return -1

    def _pop_to(self, index: int) -> None:
        while len(self.stack) > index:
            el = self.stack.pop()
            self.skipping -= el.skip
            self.in_main -= el.main
            self.bold -= el.tag in _BOLD
            if el.tag == "title" and self.title is not None:
                text = " ".join("".join(self.title).split())
                self.meta.setdefault("html_title", text)
                self.title = None

    def _close_implied(self, tag: str) -> None:
        """Close what HTML closes without an end tag (an open <p> before a block, a previous <li>)."""
        if tag not in _HEAD_TAGS:
            head = self._find(("head",))
            if head >= 0:
                self._pop_to(head)
        if tag in _INLINE:
            return
        block = next((i for i in range(len(self.stack) - 1, -1, -1) if self.stack[i].tag not in _INLINE), -1)
        if block >= 0 and (self.stack[block].tag == "p" or (tag in _HEADINGS and self.stack[block].tag in _HEADINGS)):
            self._pop_to(block)
        implied = {
            "li": (("li",), _LISTS),
            "dt": (("dt", "dd"), ("dl",)),
            "dd": (("dt", "dd"), ("dl",)),
            "tr": (("tr",), ("table", "thead", "tbody", "tfoot")),
            "td": (("td", "th"), ("tr", "table")),
            "th": (("td", "th"), ("tr", "table")),
            "thead": (("thead", "tbody", "tfoot"), ("table",)),
            "tbody": (("thead", "tbody", "tfoot"), ("table",)),
            "tfoot": (("thead", "tbody", "tfoot"), ("table",)),
        }.get(tag)
        if implied:
            i = self._find(*implied)
            if i >= 0:
                self._pop_to(i)

    def _skips(self, tag: str, attrs: dict[str, str | None]) -> bool:
        if tag in _SKIP:
            # An article's own <header> holds its title; only the site's header is chrome.
            return not (tag == "header" and self._find(("article", "main")) >= 0)
        if "hidden" in attrs or (attrs.get("aria-hidden") or "").strip().lower() == "true":
            return True
        if (attrs.get("role") or "").strip().lower() in _SKIP_ROLES:
            return True
        if _SKIP_CLASSES.intersection((attrs.get("class") or "").split()):
            return True
        return bool(_HIDDEN_STYLE.search(attrs.get("style") or ""))

    def handle_starttag(self, tag: str, attr_list: list[tuple[str, str | None]]) -> None:
        pos = self._pos()
        attrs = dict(attr_list)
        if tag == "meta" and (attrs.get("name") or "").lower() == "description":
            self.meta.setdefault("description", (attrs.get("content") or "").strip())
        if tag in _VOID:
            if tag == "br":
                self._space(pos)
            elif tag == "hr":
                self._flush()
            return
        self._close_implied(tag)
        if tag in ("td", "th"):
            self._space(pos)
        elif tag not in _INLINE:
            self._flush()
        if tag == "script" and (attrs.get("type") or "").split(";")[0].strip().lower() == "application/ld+json":
            self.jsonld_start = pos + len(self.get_starttag_text() or "")
        el = _Element(tag, skip=self._skips(tag, attrs))
        el.main = tag == "main" or (attrs.get("role") or "").strip().lower() == "main"
        if tag == "li":
            el.depth = max(1, sum(1 for e in self.stack if e.tag in _LISTS))
        self.skipping += el.skip
        self.in_main += el.main
        self.saw_main = self.saw_main or el.main
        self.bold += tag in _BOLD
        if tag == "title" and self.title is None and "html_title" not in self.meta and self._find(("svg", "math")) < 0:
            self.title = []
        self.stack.append(el)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        pos = self._pos()
        if tag == "br":
            self._space(pos)  # browsers read </br> as <br>
            return
        i = self._find((tag,))
        if i < 0:
            return  # a stray end tag closes nothing
        if tag == "script" and self.jsonld_start is not None:
            self._jsonld(self.jsonld_start, pos)
        if tag in ("td", "th"):
            self._space(pos)
        elif tag not in _INLINE:
            self._flush()
        self._pop_to(i)

    def _jsonld(self, start: int, end: int) -> None:
        raw = self.source[start:end]
        lead = len(raw) - len(raw.lstrip())
        self.meta.setdefault("jsonld", []).append({"text": raw.strip(), "start": start + lead})
        self.jsonld_start = None

    # -- text events -------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.skipping and self.title is None:
            return  # fast path: megabytes of script or style cost nothing
        self._add(data, self._pos(), self._pos() + len(data))

    def _reference(self, pos: int, length: int) -> None:
        end = pos + length
        if self.source.startswith(";", end):
            end += 1
        raw = self.source[pos:end]
        decoded = html.unescape(raw)
        if decoded == raw:
            self._add(raw, pos, end)
            return
        # A decoded prefix then any undecoded tail ("&notit;" -> "¬it;").
        tail = 0
        while tail < len(decoded) - 1 and decoded[-1 - tail] == raw[-1 - tail]:
            tail += 1
        head = len(decoded) - tail
        offsets = [pos + i for i in range(head)] + [end - tail + i for i in range(tail)]
        self._add(decoded, pos, end, offsets)

    def handle_entityref(self, name: str) -> None:
        self._reference(self._pos(), 1 + len(name))

    def handle_charref(self, name: str) -> None:
        self._reference(self._pos(), 2 + len(name))

    def finish(self) -> None:
        self.close()
        if self.jsonld_start is not None:  # an unclosed JSON-LD script runs to the end
            self._jsonld(self.jsonld_start, len(self.source))
        self._flush()
        self._pop_to(0)


def _mask(source: str, blocks: list[Block]) -> str:
    """Spaces (newlines kept) except each block character at its source offset."""
    points: list[tuple[int, str]] = []
    for block in blocks:
        for i, ch in enumerate(block.text):
            if ch != " ":
                points.append((block.at(i), ch))
    points.sort()
    out: list[str] = []
    pos = 0
    blank = re.compile(r"[^\r\n]")
    for off, ch in points:
        if off < pos:
            continue
        out.append(blank.sub(" ", source[pos:off]))
        out.append(ch)
        pos = off + 1
    out.append(blank.sub(" ", source[pos:]))
    return "".join(out)


def read_html(source: str, schema: Schema, *, path: str = "-") -> Posting:
    """Parse an HTML page: the posting's blocks, its <title>, description and JSON-LD."""
    reader = _Reader(source)
    problems: list[tuple[int, str]] = []
    try:
        reader.feed(source)
        reader.finish()
    except (AssertionError, ValueError, IndexError) as exc:  # pragma: no cover - HTMLParser is tolerant
        # Keep what was read; a rule reports the problem, the reader never raises.
        reader._flush()
        problems.append((reader._pos(), f"HTML could not be read past this point: {exc}"))
    pairs = reader.blocks
    # With a <main>, what lies outside it is site chrome (banners, sidebars, skip links).
    if reader.saw_main and any(in_main for _, in_main in pairs):
        pairs = [(b, m) for b, m in pairs if m]
    blocks = [b for b, _ in pairs if b.kind == "heading" or not is_nav_junk(b.text)]
    meta = reader.meta
    h1s = [b for b in blocks if b.kind == "heading" and b.level == 1]
    title_block = h1s[0] if len(h1s) == 1 else None
    if not h1s and meta.get("html_title"):
        meta["title"] = _TITLE_SUFFIX.sub("", meta["html_title"]).strip() or meta["html_title"]
    prose = _mask(source, blocks)
    posting = build_posting(source, prose, "html", blocks, schema, path=path, meta=meta, title_block=title_block)
    posting.problems.extend(problems)
    return posting
