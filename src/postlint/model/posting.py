"""The parsed posting: one model for Markdown, plain text and HTML.

Every reader produces the same shape: the untouched source text, a *prose
mask* of the same length (markup blanked to spaces, newlines kept, so an
offset found in prose is an offset in the source), and a tree of sections
made of blocks with exact source offsets.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING, Any, Literal

from postlint.model.span import Span

if TYPE_CHECKING:  # pragma: no cover
    from postlint.model.salary import Salary

BlockKind = Literal["heading", "paragraph", "list_item", "table_row", "label"]
Format = Literal["markdown", "text", "html", "jsonld"]

# Real postings are kilobytes; a bigger file is a mistake (a log, a dump) and
# would hold CI for minutes, so readers refuse it before reading it.
MAX_BYTES = 10 * 2**20
# What a posting may hold by default (config `max-posting-size`, at most MAX_BYTES).
# Linting costs 2-6 µs a byte, by shape (benchmarks/robustness.py), so 10 MB took
# up to 20 s; 1 MB keeps the worst shapes well under 10 s. The largest posting in
# the shared corpus is 34 KB (a whole job-board page of HTML).
DEFAULT_POSTING_LIMIT = 2**20
# A lone surrogate (from a JSON "\\ud800" escape or a str built in Python) cannot be
# encoded, and spaCy encodes every token; U+FFFD keeps the length, so offsets hold.
SURROGATE = re.compile("[\ud800-\udfff]")


_NEWLINE = re.compile(r"\r\n|\r|\n")


_NOT_LINE_BREAK = re.compile(r"[^\r\n]+")


def blanked(text: str) -> str:
    """``text`` with every character but line breaks turned into a space (a prose mask's blank)."""
    if "\r" in text:
        return _NOT_LINE_BREAK.sub(lambda m: " " * (m.end() - m.start()), text)
    # One run of spaces per line, all in C: masks blank whole pages of markup.
    return "\n".join(map(" ".__mul__, map(len, text.split("\n"))))


def line_starts(source: str) -> list[int]:
    """Offset of each line's first character; CRLF, lone CR and LF all end a line."""
    if "\r" in source:
        return [0, *(m.end() for m in _NEWLINE.finditer(source))]
    # LF only (the usual case): running sums of line length + 1, all in C.
    return list(accumulate(map((1).__add__, map(len, source.split("\n")[:-1])), initial=0))


def text_of_line(source: str, starts: list[int], line: int) -> str:
    """The text of 1-based ``line`` of ``source`` without its line ending (``starts`` from :func:`line_starts`)."""
    start = starts[line - 1]
    end = starts[line] if line < len(starts) else len(source)
    return source[start:end].rstrip("\r\n")


@dataclass(slots=True)
class Block:
    """One heading, paragraph, list item, table row or ``Label:`` line.

    ``start``/``end`` cover the block's prose in the source; ``level`` is the
    heading level for headings and the nesting depth for list items.
    """

    kind: BlockKind
    start: int
    end: int
    text: str
    level: int = 0
    # Source offset of each character of ``text`` when the two differ (HTML
    # entities, folded whitespace); ``None`` means text[i] is source[start + i].
    offsets: list[int] | None = None
    # HTML: the paragraph's own class marks it as a banner, notice or promo (`<p class="banner">`); Markdown:
    # it lies in a callout box (`!!! info`, `:::note`, `> [!NOTE]`). Set apart from the posting's flow of
    # prose though kept in it.
    notice: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def at(self, index: int) -> int:
        """Source offset of ``text[index]``; ``index == len(text)`` gives the block's end."""
        if self.offsets is None:
            return self.start + index
        if index >= len(self.offsets):
            return self.end
        return self.offsets[index]

    def end_at(self, index: int) -> int:
        """Source offset just after ``text[index - 1]`` (for half-open match ends)."""
        if index <= 0:
            return self.at(0)
        return self.at(index - 1) + 1

    @property
    def clean(self) -> str:
        """The block's words with runs of whitespace folded to one space."""
        # str.split() splits at exactly the characters \s matches (str.isspace): the same as
        # folding runs of \s to one space and trimming, several times faster than the regex.
        return " ".join(self.text.split())


@dataclass(slots=True)
class Section:
    """A heading and what follows it up to the next heading of the same or a higher level."""

    kind: str
    heading: Block | None
    level: int
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)
    parent_kind: str | None = None
    # How the kind was decided, for ``postlint parse``: "alias 'duties'",
    # "content: 7 of 8 items are duties", "heading word 'qualification'".
    decided: str = ""

    @property
    def title(self) -> str:
        return self.heading.clean if self.heading else ""

    @property
    def start(self) -> int:
        if self.heading is not None:
            return self.heading.start
        return self.blocks[0].start if self.blocks else 0

    @property
    def end(self) -> int:
        last = self
        while last.children:
            last = last.children[-1]
        if last.blocks:
            return last.blocks[-1].end
        return last.heading.end if last.heading else self.start

    def relabel(self, kind: str, decided: str) -> None:
        """Give the section another kind after the first reading, and why; its children learn their parent's."""
        self.kind, self.decided = kind, decided
        for child in self.children:
            child.parent_kind = kind

    @property
    def items(self) -> list[Block]:
        """List items directly in this section (not in its children)."""
        return [b for b in self.blocks if b.kind == "list_item"]

    def walk(self) -> Iterator[Section]:
        """This section and every descendant, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()

    def all_blocks(self) -> Iterator[Block]:
        """Own blocks then the children's, in document order (headings excluded)."""
        yield from self.blocks
        for child in self.children:
            if child.heading is not None:
                yield child.heading
            yield from child.all_blocks()

    def words(self) -> int:
        return sum(len(b.text.split()) for b in self.all_blocks() if b.kind != "heading")


@dataclass
class Posting:
    """A parsed job posting. Build one with :func:`postlint.parse`.

    Treat it as read-only once built: block lists, sentences and counts are
    computed once and kept in ``_cache`` (``_cache.clear()`` after a change).
    """

    source: str
    prose: str
    format: Format
    path: str = "-"
    meta: dict[str, Any] = field(default_factory=dict)
    title_block: Block | None = None
    preamble: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    # What the reader could not understand: (source offset, message), e.g.
    # front matter that is not valid YAML. Reported by a rule, never raised.
    problems: list[tuple[int, str]] = field(default_factory=list)
    # Source span of each metadata value a reader found in the body rather than
    # in front matter (a plain-text "Salary: $50,000" header line), by meta key.
    meta_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Source offsets of lines (1-based line n starts at line_starts[n-1]).
    _line_starts: list[int] = field(default_factory=list, repr=False)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)
    # Facts an analysis layer derives on first use ("salary" -> postlint.pay),
    # handed down by the reader that built the posting: the model imports no analysis.
    derivers: dict[str, Callable[[Posting], Any]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.prose) != len(self.source):
            raise ValueError("prose mask must have the same length as the source")
        self._line_starts = line_starts(self.source)

    # -- positions -------------------------------------------------------
    def locate(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a source offset; columns count characters."""
        offset = max(0, min(offset, len(self.source)))
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def line_text(self, line: int) -> str:
        """The source text of a 1-based line, without its line ending."""
        return text_of_line(self.source, self._line_starts, line)

    # -- structure -------------------------------------------------------
    @property
    def title(self) -> str | None:
        """The job title: front matter ``title`` wins over the document's title line."""
        value = self.meta.get("title")
        if isinstance(value, str) and value.strip():
            return value.strip()
        return self.title_block.clean if self.title_block else None

    def front_matter_offset(self, key: str) -> int | None:
        """Source offset of the line of ``key`` in the front matter ("salary_min: …", quoted or indented, YAML or
        TOML), for findings about its value; None without front matter or that key."""
        if not self.source.startswith(("---", "+++")):
            return None
        end = re.search(r"^(?:---|\+\+\+)[ \t]*$", self.source[3:], re.M)
        limit = 3 + end.start() if end else len(self.source)
        found = re.compile(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*[:=]", re.M).search(self.source, 0, limit)
        return found.start() if found else None

    def title_value_start(self) -> int | None:
        """Where a title given only as metadata starts in the source (front matter's "title: …"), so a
        finding about its words can point at them; None with a title line, or when it is not found."""
        if self.title_block is not None or not self.title:
            return None
        span = self.meta_spans.get("title")
        if span is not None:
            return span[0]
        if "title-value-start" not in self._cache:  # three title rules ask
            found = re.search(rf"^title[ \t]*[:=][ \t]*['\"]?(?={re.escape(self.title)})", self.source, re.MULTILINE)
            self._cache["title-value-start"] = found.end() if found else None
        return self._cache["title-value-start"]

    def walk(self) -> Iterator[Section]:
        """Every section, depth first (listed once per posting: most rules walk the tree)."""
        listed = self._cache.get("sections")
        if listed is None:
            listed = self._cache["sections"] = tuple(s for top in self.sections for s in top.walk())
        return iter(listed)

    def find(self, kind: str) -> Section | None:
        """The first section of ``kind`` anywhere in the tree, or ``None``."""
        return next((s for s in self.walk() if s.kind == kind), None)

    def find_all(self, kind: str) -> list[Section]:
        return [s for s in self.walk() if s.kind == kind]

    def blocks(self) -> Iterator[Block]:
        """Every block in document order, headings included (the title too)."""
        # Listed once per posting: rules walk the blocks about a thousand times per posting.
        listed = self._cache.get("blocks")
        if listed is None:
            listed = self._cache["blocks"] = tuple(self._walk_blocks())
        return iter(listed)

    def block_at(self, offset: int) -> Block | None:
        """The block whose source span holds ``offset``, or ``None`` (front matter, a blank between blocks)."""
        return next((b for b in self.blocks() if b.start <= offset < b.end), None)

    def _walk_blocks(self) -> Iterator[Block]:
        seen_title = self.title_block is None
        for block in self.preamble:
            if not seen_title and self.title_block is not None and block.start > self.title_block.start:
                yield self.title_block
                seen_title = True
            yield block
        if not seen_title and self.title_block is not None:
            yield self.title_block
        for section in self.sections:
            if section.heading is not None:
                yield section.heading
            yield from section.all_blocks()

    def body_blocks(self) -> Iterator[Block]:
        """Blocks that carry posting prose: no headings, no title, no labels."""
        listed = self._cache.get("body-blocks")
        if listed is None:
            listed = self._cache["body-blocks"] = tuple(b for b in self.blocks() if b.kind in ("paragraph", "list_item", "table_row"))
        return iter(listed)

    def section_of(self, offset: int) -> Section | None:
        """The innermost section containing a source offset (a bisect: called for every diagnostic)."""
        index = self._cache.get("section-index")
        if index is None:
            flat = list(self.walk())  # document order, so starts ascend
            parents = {id(child): parent for parent in flat for child in parent.children}
            index = self._cache["section-index"] = ([s.start for s in flat], flat, parents)
        starts, flat, parents = index
        i = bisect.bisect_right(starts, offset) - 1
        section = flat[i] if i >= 0 else None
        while section is not None and not (section.start <= offset <= section.end):
            section = parents.get(id(section))
        return section

    @property
    def text(self) -> str:
        """The posting's readable text: blocks joined by blank lines (built once; many rules read it)."""
        text = self._cache.get("text")
        if text is None:
            text = self._cache["text"] = "\n\n".join(b.clean for b in self.blocks())
        return text

    def words(self) -> int:
        return sum(len(b.text.split()) for b in self.body_blocks())

    @property
    def salary(self) -> Salary | None:
        """The pay stated in the posting, parsed (``None`` when there is none)."""
        return self.derived("salary")

    def derived(self, name: str) -> Any:
        """A derived fact, computed once by the function the reader handed down (``None`` without one)."""
        if name not in self._cache:
            derive = self.derivers.get(name)
            self._cache[name] = derive(self) if derive is not None else None
        return self._cache[name]
