"""The HTML page's parser: ``HTMLParser`` callbacks that turn markup into blocks with source offsets.

It keeps what a reader of the page sees (headings, paragraphs, list items, bold labels, a board's boxes
of fields), skips scripts, styles, navigation and hidden elements, collects the ``<title>``, the meta
description and JSON-LD scripts, and maps each text character back to its source offset (entities
decode, whitespace folds). :func:`postlint.readers.html.read_html` turns its blocks into a Posting.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from postlint.model.posting import Block
from postlint.readers.header_box import label_key
from postlint.readers.html_boards import AT_COMPANY, FIELD_CLASSES
from postlint.readers.html_elements import (
    BOLD_TAGS,
    BOX_TAGS,
    CODE_TAGS,
    FORM_CAPTIONS,
    HEAD_TAGS,
    HEADING_TAGS,
    IMPLIED_END,
    INLINE_TAGS,
    JOB_HEADER,
    LIST_TAGS,
    SCOPE,
    SKIP_TAGS,
    VOID_TAGS,
    hidden_by_attributes,
    notice_class,
)
from postlint.readers.page_chrome import is_apply_button
from postlint.readers.text_items import meta_value

_WS = frozenset(" \t\n\r\f")
_LINE = re.compile(r"\n")
# Whitespace that folding changes; single spaces between words stay as they are.
_FOLD = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]")


def _bold_label(text: str) -> bool:
    """Whether a paragraph all in bold labels what follows, as the Markdown reader decides:
    "Preferred:", or a few words that end no sentence ("What you'll do", "Pay & Perks")."""
    text = text.strip()
    words = len(text.split())
    return (text.endswith(":") and words <= 8) or (0 < words <= 6 and text[-1] not in ".!?")


@dataclass(slots=True)
class _Element:
    tag: str
    skip: bool = False
    main: bool = False
    depth: int = 0  # list depth, for <li>
    taken: bool = False  # <li>: its first text became the list item
    field: str | None = None  # the fact its class names ("location"), as job boards mark them
    notice: bool = False  # its class marks it as a banner, notice or promo
    form: bool = False  # a visible <form>, skipped unless the page's text is inside it


@dataclass(slots=True)
class _Buffer:
    """The text of the block being read, folded as it comes.

    ``pieces`` are words, single spaces and decoded characters; ``starts`` holds
    each piece's source offset (its characters are consecutive in the source).
    """

    kind: str = "paragraph"
    level: int = 0
    main: bool = False
    plain: str = ""  # non-bold visible characters (at most 2 kept): a bold-only ``Label:``?
    end: int = 0
    pieces: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # ints only: no GC-tracked objects
    link_starts: list[int] = field(default_factory=list)  # the piece each link's text opens with
    space: int | None = None  # offset of a pending folded space
    newline: bool = False  # the pending space is a <br>: a line break, kept as "\n"
    definition: str = ""  # "dt" or "dd": a term or description of a definition list
    field: str | None = None  # the fact an enclosing element's class names
    unlinked: bool = False  # a word outside any link: a row of links alone is a site's navigation
    links: int = 0  # links opened inside the block
    notice: bool = False  # the block's own element is a banner, notice or promo by its class


class PageParser(HTMLParser):
    def __init__(self, source: str, *, code: frozenset[str] = CODE_TAGS, read_forms: bool = False) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.code = code  # tags whose text is code, not prose
        self.read_forms = read_forms  # a <form> is read as the page's text, its controls' captions still skipped
        self.form_skips = 0  # open visible <form>s skipped
        self.form_words = 0  # words that only a skipped <form> kept from being read
        self.button: list[str] | None = None  # the label of the visible <button> being read
        self.buttons: list[str] = []  # the labels of the <button>s in the block being read
        # HTMLParser counts lines by "\n" only, so positions map through "\n" alone.
        self.line_starts = [0] + [m.end() for m in _LINE.finditer(source)]
        self.stack: list[_Element] = []
        self.open: Counter[str] = Counter()  # open elements by tag, so lookups need no stack walk
        self.skipping = 0
        self.in_main = 0
        self.saw_main = False
        self.saw_article = False
        self.bold = 0
        self.buf: _Buffer | None = None
        self.blocks: list[tuple[Block, bool]] = []
        self.meta: dict[str, Any] = {}
        self.title: list[str] | None = None
        self.term: str | None = None  # the text of a <dt> just read, for the <dd> after it
        self.meta_spans: dict[str, tuple[int, int]] = {}  # where a <dd> value taken for metadata stands
        self.link_opened = False  # an <a> opened and no word of it read yet
        self.jsonld_start: int | None = None
        self.pre_spans: list[tuple[int, int]] = []  # content of each closed <pre>
        self.pre_start: int | None = None
        self.box_ends: set[int] = set()  # id() of each block a box (<div>, <section>…) closes right after

    # -- positions -------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    # -- text --------------------------------------------------------------
    def _word(self, word: str, start: int, end: int) -> None:
        """Append text that maps to consecutive source offsets, after the space folded before it."""
        buf = self.buf
        if buf is None:
            buf = self.buf = self._open_buffer()
        elif buf.space is not None:
            buf.pieces.append("\n" if buf.newline else " ")
            buf.starts.append(buf.space)
        buf.space = None
        buf.newline = False
        buf.pieces.append(word)
        buf.starts.append(start)
        buf.end = end
        if not self.bold and len(buf.plain) < 2:
            buf.plain += word[:2]
        if self.link_opened:
            buf.links += 1
            buf.link_starts.append(len(buf.pieces) - 1)
            self.link_opened = False
        if not self.open["a"] and not buf.unlinked and any(c.isalnum() for c in word):
            buf.unlinked = True

    def _gap(self, pos: int) -> None:
        """Whitespace at ``pos``: one space before the next word, none at a block's edges."""
        if self.buf is not None and self.buf.pieces and self.buf.space is None:
            self.buf.space = pos

    def _add_source(self, pos: int, end: int) -> None:
        """Append source text verbatim (data between tags), folding its whitespace."""
        last = pos
        for match in _FOLD.finditer(self.source, pos, end):
            if match.start() > last:
                self._run(last, match.start())
            self._gap(match.start())
            last = match.end()
        if last < end:
            self._run(last, end)

    def _run(self, start: int, end: int) -> None:
        """Append ``source[start:end]``, whose only whitespace is single spaces: one piece."""
        src = self.source
        if src[start] == " ":
            self._gap(start)
            start += 1
        trailing = end > start and src[end - 1] == " "
        if trailing:
            end -= 1
        if end > start:
            self._word(src[start:end], start, end)
        if trailing:
            self._gap(end)

    def _add_decoded(self, text: str, offsets: list[int], end: int) -> None:
        """Append a decoded character reference; its characters map to ``offsets``."""
        for i, ch in enumerate(text):
            if ch in _WS:
                self._gap(offsets[i])
            else:
                self._word(ch, offsets[i], end)  # one character, one offset

    def _open_buffer(self) -> _Buffer:
        buf = _Buffer(main=self.in_main > 0)
        own = next((el for el in reversed(self.stack) if el.tag not in INLINE_TAGS), None)
        buf.notice = own is not None and own.notice  # its own element only: a "banner" section may hold the intro
        for el in reversed(self.stack[-SCOPE:]):
            if el.field is not None:
                buf.field = el.field
            if el.tag in HEADING_TAGS:
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
            if el.tag in ("dt", "dd"):
                buf.definition = el.tag
                break
        return buf

    def _space(self, pos: int) -> None:
        """A break between words that is not a block boundary: <br>, table cells."""
        if not self.skipping:
            self._gap(pos)

    def _line_break(self, pos: int) -> None:
        """A <br> inside a block: a line break in its text, so lines of fields read apart (blind set S125)."""
        buf = self.buf
        if not self.skipping and buf is not None and buf.pieces:
            if buf.space is None:
                buf.space = pos
            buf.newline = True

    def _flush(self) -> None:
        buf, self.buf = self.buf, None
        buttons, self.buttons = self.buttons, []
        if buttons and "apply" not in self.meta:
            self._button_row(buttons, buf)
        if buf is None or not buf.pieces:
            return
        text = "".join(buf.pieces)
        start = buf.starts[0]
        offsets: list[int] | None = None
        # Offsets only when text and source differ (entities, folded whitespace).
        if self.source[start : buf.end] != text:
            offsets = []
            for piece, first in zip(buf.pieces, buf.starts, strict=True):
                offsets.extend(range(first, first + len(piece)))
        kind = buf.kind
        if kind == "paragraph" and not buf.unlinked and buf.links >= 3:
            # "Bat City Coffee | Menu | Shop | Jobs": a row of links is the site's navigation, not the posting;
            # an apply link in it still takes applications (iCIMS's "Apply for this job online" beside
            # "Email this job to a friend", blind set S77). A bare "Apply" may be a site's menu item.
            cuts = [*buf.link_starts, len(buf.pieces)]
            links = ("".join(buf.pieces[a:b]).strip() for a, b in zip(cuts, cuts[1:]))
            button = next((t for t in links if t.lower() != "apply" and is_apply_button(t)), None)
            if button is not None and "apply" not in self.meta:
                self.meta["apply"] = button
            return
        if kind == "paragraph" and not buf.unlinked and buf.links == 2 and "apply" not in self.meta:
            # The job's two buttons, its text only links: Jobvite's "Apply" beside "Refer a Friend" (blind set S104), read
            # as one line "Apply Refer a Friend" that no button reading took. Read as the row of buttons it is.
            cuts = [*buf.link_starts, len(buf.pieces)]
            labels = ["".join(buf.pieces[a:b]).strip() for a, b in zip(cuts, cuts[1:])]
            if is_apply_button(" | ".join(labels)):
                self.meta["apply"] = next(t for t in labels if is_apply_button(t))
        if kind == "paragraph" and buf.plain in ("", ":") and _bold_label(text):
            kind = "label"  # <p><strong>Preferred:</strong></p>, <p><b>What you'll do</b></p>, as in Markdown
        block = Block(kind=kind, start=start, end=buf.end, text=text, level=buf.level, offsets=offsets, notice=buf.notice)  # type: ignore[arg-type]
        if buf.definition == "dd" and self.term is not None:
            # Workday's "time type" / "Full time": a labelled fact of the job, as a text header's "Label: value".
            key = label_key(self.term)
            if key and key not in self.meta:
                self.meta[key] = meta_value(key, text.strip())
                self.meta_spans[key] = (start, buf.end)  # a finding about the value points at it (blind set S56)
        self.term = text.strip() if buf.definition == "dt" else None
        if buf.field is not None and kind == "paragraph" and len(text.split()) <= 10 and buf.field not in self.meta:
            # Greenhouse's <div class="location">, Lever's "commitment": the job board's own header fields.
            self.meta[buf.field] = meta_value(buf.field, AT_COMPANY.sub("", text.strip()))
        self.blocks.append((block, buf.main))

    def _button_row(self, buttons: list[str], buf: _Buffer | None) -> None:
        """A block's <button>s, with its links when it has no other text, read as the job's row of buttons:
        Oracle's "Apply Now" <button> beside "Share" (blind set S134). A lone "Apply" may apply a search's filters."""
        labels = list(buttons)
        if buf is not None and buf.pieces and not buf.unlinked and buf.links:
            cuts = [*buf.link_starts, len(buf.pieces)]
            labels += ["".join(buf.pieces[a:b]).strip() for a, b in zip(cuts, cuts[1:])]
        labels = [t for t in labels if t]
        if 2 <= len(labels) <= 4 and is_apply_button(" | ".join(labels)):  # a row holds at most four
            self.meta["apply"] = next(t for t in labels if is_apply_button(t))

    # -- elements ----------------------------------------------------------
    def _find(self, tags: tuple[str, ...], stop: tuple[str, ...] = (), scope: int = SCOPE) -> int:
        """Index of the innermost open element in ``tags`` (within ``scope``), unless one in ``stop`` is nearer."""
        # A loop and dict.get, not any(generator) and Counter[...]: this runs for every tag.
        is_open = self.open.get
        for wanted in tags:
            if is_open(wanted):
                break
        else:
            return -1
        for i in range(len(self.stack) - 1, max(-1, len(self.stack) - 1 - scope), -1):
            tag = self.stack[i].tag
            if tag in tags:
                return i
            if tag in stop:
                return -1
        return -1

    def _pop_to(self, index: int) -> None:
        while len(self.stack) > index:
            el = self.stack.pop()
            self.open[el.tag] -= 1
            self.skipping -= el.skip
            self.form_skips -= el.form
            if el.tag == "button" and self.button is not None:
                self.buttons.append(" ".join("".join(self.button).split()))
                self.button = None
            self.in_main -= el.main
            self.bold -= el.tag in BOLD_TAGS
            if el.tag == "title" and self.title is not None:
                text = " ".join("".join(self.title).split())
                self.meta.setdefault("html_title", text)
                self.title = None

    def _close_implied(self, tag: str) -> None:
        """Close what HTML closes without an end tag (an open <p> before a block, a previous <li>)."""
        head = self._find(("head",), scope=len(self.stack)) if tag not in HEAD_TAGS else -1
        if head >= 0:
            self._pop_to(head)  # content closes an unclosed <head>
        if tag in INLINE_TAGS or self.skipping:
            return  # inside skipped content (an <svg>'s <title>) structure does not matter
        for i in range(len(self.stack) - 1, max(-1, len(self.stack) - 1 - SCOPE), -1):
            open_tag = self.stack[i].tag
            if open_tag in INLINE_TAGS:
                continue
            # Browsers would nest a block inside an unclosed heading; a forgotten </h2>
            # is likelier than a paragraph meant as heading text.
            if open_tag == "p" or open_tag in HEADING_TAGS:
                self._pop_to(i)
            break
        implied = IMPLIED_END.get(tag)
        if implied:
            i = self._find(*implied)
            if i >= 0:
                self._pop_to(i)

    def _skips(self, tag: str, attrs: dict[str, str | None]) -> bool:
        if tag in self.code:
            return True
        if tag == "form":
            return not self.read_forms or hidden_by_attributes(attrs)
        if tag in FORM_CAPTIONS and self.open["form"]:
            return True  # a control's caption ("First name *", "Resume/CV") is the form's, not the posting's
        if tag in SKIP_TAGS:
            # An article's own <header> holds its title, and so does one a job board names for the job
            # (SmartRecruiters' <header class="job-header">); only the site's header is chrome.
            if tag == "header" and JOB_HEADER.search(attrs.get("class") or ""):
                return False
            return not (tag == "header" and (self.open["article"] or self.in_main))
        if tag == "aside" or (attrs.get("role") or "").strip().lower() == "complementary":
            # The site's sidebar ("Share this job"), not a box of the posting's: outside the posting's
            # <article> once the page has one, else outside its <main>.
            return not (self.open["article"] or (self.in_main and not self.saw_article))
        return hidden_by_attributes(attrs)

    def handle_starttag(self, tag: str, attr_list: list[tuple[str, str | None]]) -> None:
        pos = self._pos()
        attrs = dict(attr_list)
        if tag == "meta" and (attrs.get("name") or "").lower() == "description":
            self.meta.setdefault("description", (attrs.get("content") or "").strip())
        if tag in VOID_TAGS:
            if tag == "br":
                self._line_break(pos)
            elif tag == "hr":
                self._flush()
            return
        self._close_implied(tag)
        if tag in ("td", "th"):
            self._space(pos)
        elif tag not in INLINE_TAGS:
            self._flush()
        elif tag in self.code:
            self._space(pos)  # skipped inline code still parts the words around it: "chair<code>x</code>man"
        if tag == "pre" and self.pre_start is None:
            self.pre_start = pos + len(self.get_starttag_text() or "")
        if tag == "script" and (attrs.get("type") or "").split(";")[0].strip().lower() == "application/ld+json":
            self.jsonld_start = pos + len(self.get_starttag_text() or "")
        el = _Element(tag, skip=self._skips(tag, attrs))
        el.main = tag == "main" or (attrs.get("role") or "").strip().lower() == "main"
        job_header = tag == "header" and not el.skip and JOB_HEADER.search(attrs.get("class") or "") is not None
        if attrs.get("class") and tag not in INLINE_TAGS:
            el.field = next((FIELD_CLASSES[c] for c in (attrs["class"] or "").split() if c in FIELD_CLASSES), None)
            el.notice = notice_class(attrs["class"] or "")
        if tag == "li":
            el.depth = max(1, sum(self.open[t] for t in LIST_TAGS))
        self.skipping += el.skip
        el.form = el.skip and tag == "form" and not hidden_by_attributes(attrs)
        if tag == "button" and self.skipping == el.skip == 1 and self.button is None and not hidden_by_attributes(attrs):
            self.button = []  # skipped as text, its label still read: is it the job's apply button?
        self.form_skips += el.form
        self.saw_main = self.saw_main or el.main
        el.main = el.main or job_header  # the posting's own header is kept with <main>, though no <main> itself
        self.in_main += el.main
        self.saw_article = self.saw_article or tag == "article"
        self.bold += tag in BOLD_TAGS
        if tag == "a":
            self.link_opened = True  # counted by the block its first word lands in
        # The page's first <title>; an SVG's <title> names a picture.
        if tag == "title" and self.title is None and "html_title" not in self.meta and not self.open["svg"]:
            self.title = []
        self.stack.append(el)
        self.open[tag] += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        pos = self._pos()
        if tag == "br":
            self._line_break(pos)  # browsers read </br> as <br>
            return
        # Any heading end tag closes any open heading, as in browsers: <h1>Title</h2>.
        i = self._find(HEADING_TAGS if tag in HEADING_TAGS else (tag,), scope=len(self.stack))
        if i < 0:
            return  # a stray end tag closes nothing
        if tag == "script" and self.jsonld_start is not None:
            self._jsonld(self.jsonld_start, pos)
        if tag == "pre" and self.pre_start is not None:
            self.pre_spans.append((self.pre_start, pos))
            self.pre_start = None
        if tag in ("td", "th"):
            self._space(pos)
        elif tag not in INLINE_TAGS:
            self._flush()
        if tag in BOX_TAGS and self.blocks:
            self.box_ends.add(id(self.blocks[-1][0]))
        self._pop_to(i)

    def _jsonld(self, start: int, end: int) -> None:
        raw = self.source[start:end]
        lead = len(raw) - len(raw.lstrip())
        self.meta.setdefault("jsonld", []).append({"text": raw.strip(), "start": start + lead})
        self.jsonld_start = None

    # -- text events -------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.skipping and self.title is None:
            if self.skipping == self.form_skips:
                self.form_words += len(data.split())  # skipped by a form alone: is the posting inside it?
            elif self.button is not None and self.skipping == 1:
                self.button.append(data)  # the button's own text, not an icon's <title> inside it
            return  # fast path: megabytes of script or style cost nothing
        pos = self._pos()
        # Read the original source: the parser was fed a copy with some "<" and "&" neutralised.
        if self.title is not None:
            self.title.append(self.source[pos : pos + len(data)])
        if not self.skipping:
            self._add_source(pos, pos + len(data))

    def _reference(self, pos: int, length: int) -> None:
        end = pos + length
        if self.source.startswith(";", end):
            end += 1
        raw = self.source[pos:end]
        decoded = html.unescape(raw)
        if self.title is not None:
            self.title.append(decoded)
        if self.button is not None and self.skipping == 1:
            self.button.append(decoded)
        if self.skipping:
            return
        if decoded == raw:
            self._add_source(pos, end)
            return
        # A decoded prefix then any undecoded tail ("&notit;" -> "¬it;").
        tail = 0
        while tail < len(decoded) - 1 and decoded[-1 - tail] == raw[-1 - tail]:
            tail += 1
        head = len(decoded) - tail
        self._add_decoded(decoded, [pos + i for i in range(head)] + [end - tail + i for i in range(tail)], end)

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
