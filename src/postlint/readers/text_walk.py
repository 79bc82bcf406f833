"""The walk over a plain-text posting's lines, one at a time, and what it has built so far.

:class:`TextWalk` holds the walk's state: the prose mask (``chars``), the block
records, the metadata found in header lines, the title, and the open paragraph,
list item and heading level that the next line may continue. Each line goes to
the steps in turn, the page's header and title steps first
(:mod:`postlint.readers.text_head`, :mod:`postlint.readers.text_title`), then the body's
(:mod:`postlint.readers.text_body`);
the first step that takes the line ends its turn. A step sees only the walk and
the line, so the order of the steps is the order of the reader's decisions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from postlint.model.posting import blanked
from postlint.model.schema import Schema
from postlint.readers import text_shapes as shapes
from postlint.readers.text_page import TextPage


class Line:
    """One line of the walk: its number, source span and text, and what every step reads of it."""

    __slots__ = ("n", "ls", "le", "text", "stripped", "first", "prev_blank")

    def __init__(self, n: int, ls: int, le: int, text: str, prev_blank: bool) -> None:
        self.n, self.ls, self.le, self.text = n, ls, le, text
        self.stripped = text.strip()
        self.first = len(text) - len(text.lstrip())  # the indent's length
        self.prev_blank = prev_blank  # no posting text on the line above


class TextWalk:
    """What the walk over a plain-text posting has built so far (see the module's doc)."""

    def __init__(self, source: str, schema: Schema) -> None:
        self.source, self.schema = source, schema
        self.chars = list(blanked(source))  # the prose mask; a step keeps the source where it reads text
        page = self.page = TextPage.read(source, schema)
        # The page's marks, shared with it: a step that blanks a line blanks it for the page's questions too.
        self.lines, self.texts, self.columns, self.blank = page.lines, page.texts, page.columns, page.blank
        self.bullets, self.banners, self.mail, self.questions = page.bullets, page.banners, page.mail, page.questions
        self.handle, self.header, self.emoji, self.aliases = page.handle, page.header, page.emoji, page.aliases
        self.prose_from, self.last_content = page.prose_from, page.last_content
        self.first_content = page.first_content  # moves down past a shout or a card over the title
        # Records are [kind, start, end, level] (a paragraph adds its lines); blocks are cut from the finished mask.
        self.records: list[list[Any]] = []
        self.meta: dict[str, Any] = {}
        self.meta_spans: dict[str, tuple[int, int]] = {}
        self.title: list[Any] | None = None
        self.header_title = False  # the title came from a "Job title:" field
        self.l3_open = False  # a level-3 heading is open: a "Preferred:" label below it refines it
        self.looking_for_title = True
        self.stack_from: int | None = None  # the title's next line, while a header stacked under it may go on
        self.after_title: int | None = None  # the line after the title, once found
        self.l2_kind: str | None = None
        self.list_indents: list[int] = []
        self.open_para: list[Any] | None = None  # the paragraph the next plain line extends
        self.open_item: tuple[list[Any], int] | None = None  # (list item, bullet indent) for wrapped lines
        # Lines over the title kept as text (a board's card of the employer, a shout like "🔥🔥 HOT JOB 🔥🔥"), apart
        # until the walk ends: the title's line still reads as the page's first (its pay, its byline under it).
        self.shouts: list[list[Any]] = []
        self.card, self.card_name = page.card_over_title()
        self.field_indent: int | None = None  # a box's field label is open: lines indented deeper are its values

    def run(self, steps: list[Callable[[TextWalk, Line], bool]], rest: Callable[[TextWalk, Line], None]) -> None:
        """Give each line to ``steps`` in turn until one takes it; ``rest`` takes a line no step took."""
        blank = self.blank
        for n, ((ls, le), text) in enumerate(zip(self.lines, self.texts, strict=True)):
            line = Line(n, ls, le, text, n == 0 or blank[n - 1])
            for step in steps:
                if step(self, line):
                    break
            else:
                rest(self, line)

    def next_text(self, n: int) -> int:
        """The next line after ``n`` with posting text on it (``n`` itself when there is none)."""
        return next((m for m in range(n + 1, len(self.lines)) if not self.blank[m]), n)

    def keep(self, start: int, end: int) -> None:
        """Source ``start:end`` is posting text: the mask shows it."""
        self.chars[start:end] = self.source[start:end]

    def close(self, *, lists: bool = False) -> None:
        """No open paragraph or list item continues on the next line; with ``lists``, no list nesting either."""
        self.open_para = self.open_item = None
        if lists:
            self.list_indents = []

    def add_to_paragraph(self, start: int, end: int) -> None:
        """Line ``start:end`` goes on the open paragraph, or opens one (a blank line closed the last)."""
        if self.open_para is not None:
            self.open_para[2] = end
            self.open_para[4].append((start, end))
        else:
            self.open_para = ["paragraph", start, end, 0, [(start, end)]]
            self.records.append(self.open_para)

    def heading_level(self, rest: str, peer: bool = False, n: int | None = None) -> int:
        """2 for a part of the posting, 3 below one; ``peer`` headings (banners, capitals) are
        all parts unless the schema makes them a child of the current part. A heading no alias
        knows ("The Good Stuff") is a part of its own unless the lines under line ``n`` state
        the current part's kind ("Health & Wellness" over benefits under "Benefits")."""
        schema = self.schema
        kind = schema.classify(rest)
        if peer and (kind == "other" or schema.parent_kind(kind) is None):
            level = 2
        elif (
            kind != "other"
            and schema.parent_kind(kind) is None
            and (kind != self.l2_kind or not shapes.names_a_subpart(rest))
        ):
            # Of the current part's kind, a part of it only by its word ("Required qualifications" under
            # "Qualifications"); "Requirements" after "Qualifications" is a second such part (blind set S55).
            level = 2
        elif kind != "other":
            level = 3
        elif self.l2_kind is not None and n is not None and self.l2_kind not in ("other", "role-definition"):
            level = 3 if self.page.lines_state(n) == self.l2_kind else 2
        else:
            level = 3 if self.l2_kind is not None else 2
        if level == 2:
            self.l2_kind = kind
        self.l3_open = level == 3
        return level

    def take_parts(self, parts: list[tuple[str, int, int]], text: str, ls: int) -> None:
        """Fill the metadata still unset from a line's parts: (key, start, end) within the line."""
        for key, ps, pe in parts:
            if key not in self.meta:
                self.meta[key] = text[ps:pe]
                self.meta_spans[key] = (ls + ps, ls + pe)

    def part_heads_with_colon(self) -> bool:
        """The current part's heading is a "Label:" line."""
        head = next((r for r in reversed(self.records) if r[0] == "heading" and r[3] == 2), None)
        source = self.source
        return head is not None and source[head[2] : source.find("\n", head[2]) % (len(source) + 1)].strip() == ":"
