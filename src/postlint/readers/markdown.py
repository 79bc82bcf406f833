"""Markdown -> Posting, through markdown-it-py's block tokens.

The prose mask keeps the source's length: markup, code, HTML, URLs and front
matter become spaces (newlines stay), so a match found in prose is at the same
offset in the source.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from postlint.language.job_titles import has_role_word
from postlint.model.posting import Block, Posting, blanked, line_starts
from postlint.model.schema import Schema
from postlint.readers.bylines import byline
from postlint.readers.frontmatter import split_front_matter
from postlint.readers.header_box import label_key, pairs
from postlint.readers.header_stack import employer_and_unit
from postlint.readers.markdown_asides import mark_notices, unwrap
from postlint.readers.markdown_guards import add_guards
from postlint.readers.markdown_mask import mask_region, put_lines
from postlint.readers.markdown_tables import cell_text, grid_rows, is_border, is_grid_table, key_facts, wanted_fact
from postlint.readers.section_kinds import names_a_part
from postlint.readers.tree import build_posting, fill_parts, make_block, take_byline

_TABLE_DELIM = re.compile(r"^[ \t|:-]+$")

# A label's first inline token is bold, after at most whitespace text, which
# entities like "&nbsp;" can produce too; it ends with bold or a colon, perhaps
# followed by such an entity.
_MAY_OPEN_WITH_BOLD = re.compile(r"(?:\s|&#?\w+;)*(?:\*\*|__)")
_MAY_END_A_LABEL = ("**", "__", ":", ";")


@lru_cache(maxsize=2)
def _parser(*, inline: bool = True):  # noqa: ANN202 - markdown-it's MarkdownIt
    """CommonMark with HTML and tables; ``inline=False`` yields block tokens only.

    Inline parsing is most of markdown-it's time and only _is_label needs inline
    tokens, so the reader parses blocks alone and labels' inline content on demand.
    """
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    add_guards(md)
    return md if inline else md.disable("inline")


def read_markdown(source: str, schema: Schema, *, path: str = "-") -> Posting:
    """Parse Markdown (with optional YAML ``---`` or TOML ``+++`` front matter)."""
    meta, body_start, problems = split_front_matter(source)
    starts = line_starts(source)
    bounds = [*starts, len(source)]  # line n spans bounds[n]:bounds[n + 1]
    source_lines = [source[a:b] for a, b in zip(bounds, bounds[1:])]
    mask = blanked(source)
    masked = [mask[a:b] for a, b in zip(bounds, bounds[1:])]
    offset_line = bisect.bisect_right(starts, body_start) - 1
    # markdown-it needs plain \n line ends; lone CRs count as line ends too.
    body = source[body_start:].replace("\r\n", "\n").replace("\r", "\n")
    # Admonitions and callouts (`!!! info`, `:::note`, `> [!NOTE]`): markers blanked, bodies read as blocks.
    body, in_aside = unwrap(body, _code_lines)
    env: dict[str, Any] = {}  # link reference definitions, shared with on-demand inline parses
    tokens = _parser(inline=False).parse(body, env)

    blocks: list[Block] = []
    list_depth = 0
    item_open: list[bool] = []  # per list item: has its first paragraph been taken?
    table_row: tuple[int, int] | None = None
    facts: list[tuple[int, str]] = []  # (source offset, line) of each table row
    facts_spans: dict[str, tuple[int, int]] = {}  # metadata read from a paragraph of "Label: value" lines
    for i, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif tok.type == "list_item_open":
            item_open.append(False)
        elif tok.type == "list_item_close":
            item_open.pop()
        elif tok.type == "tr_open" and tok.map:
            table_row = (tok.map[0], tok.map[1])
        elif tok.type == "inline" and tok.map:
            opener = tokens[i - 1]
            first, last = tok.map[0] + offset_line, tok.map[1] + offset_line
            if opener.type == "th_open" or opener.type == "td_open":
                continue  # the whole row is taken at tr_close
            start, end = bounds[first], bounds[last]
            if opener.type == "paragraph_open" and not item_open and is_grid_table(source_lines[first:last]):
                blocks.extend(_grid_table(source_lines, masked, bounds, first, last, meta, facts_spans))
                continue  # pandoc's "+----+" table, which markdown-it reads as a paragraph (blind set S31)
            text = mask_region(source_lines, masked, first, last)
            if opener.type == "heading_open":
                kind, level = "heading", int(opener.tag[1])
            elif item_open and not item_open[-1]:
                item_open[-1] = True
                kind, level = "list_item", list_depth
            else:
                kind, level = "paragraph", 0
            lined = _line_blocks(text, start, meta, facts_spans) if kind == "paragraph" and last - first >= 2 else None
            if lined:
                blocks.extend(lined)  # "**Location:** Kisumu" or "• Pay: …" lines: each its own, no sentence across them
                continue
            block = _placed(text, kind, 0, end - start, start, level)
            if block is not None:
                if kind == "paragraph" and (_is_label(tok.content, env) or _names_the_list(tok.content, tokens, i, schema)):
                    block.kind = "label"
                blocks.append(block)
        elif tok.type == "html_block" and tok.map and not _RAW_HTML.match(tok.content):
            # Text inside block HTML is the posting's too: a Notion callout (<aside>💶 Salary: …),
            # a <div> or <p> around a paragraph (blind set S25). Its tags are blanked.
            first, last = tok.map[0] + offset_line, tok.map[1] + offset_line
            mask_region(source_lines, masked, first, last)
            blocks.extend(_html_paragraphs(masked, bounds, first, last))
        elif tok.type == "tr_close" and table_row is not None:
            first, last = table_row[0] + offset_line, table_row[1] + offset_line
            start, end = bounds[first], bounds[last]
            row = mask_region(source_lines, masked, first, last)
            if _TABLE_DELIM.match(source[start:end].strip()):
                put_lines(source_lines, masked, first, last, blanked(row))
            else:
                facts.append((start, source[start:end]))
                row = row.replace("|", " ")
                put_lines(source_lines, masked, first, last, row)
                block = _placed(row, "table_row", 0, end - start, start)
                if block is not None:
                    blocks.append(block)
            table_row = None
    prose = "".join(masked)
    for block in blocks:
        block.text = prose[block.start : block.end]
    if in_aside is not None:
        mark_notices(blocks, in_aside, starts, offset_line)
    spans = _byline(blocks, meta)
    if spans:
        first, last = min(a for a, _ in spans.values()), max(b for _, b in spans.values())
        prose = prose[:first] + blanked(prose[first:last]) + prose[last:]  # metadata, not the posting's prose
    spans.update(key_facts(facts, meta))
    spans.update(facts_spans)
    posting = build_posting(source, prose, "markdown", blocks, schema, path=path, meta=meta, title_block=_bilingual_title(blocks))
    posting.meta_spans.update(spans)
    posting.problems.extend(problems)
    return posting


# Words English prose can't do without, and other languages' rarely spell: a part with next to none of them
# is in another language (blind set S135).
_ENGLISH_WORDS = frozenset("the and of to you we our your with for is are will this that".split())
_WORD = re.compile(r"[^\W\d_]+")


def _english_share(blocks: list[Block]) -> tuple[int, float]:
    """How many words ``blocks`` hold, and the share of them that are :data:`_ENGLISH_WORDS`."""
    words = [w.lower() for b in blocks for w in _WORD.findall(b.text)]
    return len(words), sum(w in _ENGLISH_WORDS for w in words) / max(len(words), 1)


def _bilingual_title(blocks: list[Block]) -> Block | None:
    """The ``#`` heading that opens a posting in English whose every later ``#`` heading opens the same
    posting in another language ("# Conseiller en communications", blind set S135); else None, and
    :func:`build_posting` decides."""
    tops = [i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1]
    if len(tops) < 2 or tops[0] != 0:
        return None
    parts = [_english_share(blocks[a:b]) for a, b in zip(tops, [*tops[1:], len(blocks)])]
    english, others = parts[0], parts[1:]
    if english[0] >= 8 and english[1] >= 0.15 and all(n >= 8 and share < 0.03 for n, share in others):
        return blocks[0]
    return None


def _code_lines(body: str) -> set[int]:
    """The lines of ``body`` inside code blocks, fenced or indented."""
    return {
        n
        for tok in _parser(inline=False).parse(body, {})
        if tok.type in ("code_block", "fence") and tok.map
        for n in range(tok.map[0], tok.map[1])
    }


# Block HTML whose content is not prose: scripts, styles, preformatted text, comments, declarations.
_RAW_HTML = re.compile(r"\s*<(?:script|style|pre|textarea|!|\?)", re.IGNORECASE)


def _placed(text: str, kind: str, start: int, end: int, offset: int, level: int = 0) -> Block | None:
    """A block over ``text[start:end]`` (see :func:`make_block`), moved to where ``text`` starts in the source."""
    block = make_block(text, kind, start, end, level)
    if block is not None:
        block.start += offset
        block.end += offset
    return block


def _html_paragraphs(masked: list[str], bounds: list[int], first: int, last: int) -> list[Block]:
    """The paragraphs of a block of HTML with its tags blanked: runs of lines that hold text."""
    found: list[Block] = []
    run_start: int | None = None
    for n in range(first, last + 1):
        has_text = n < last and bool(masked[n].strip())
        if has_text and run_start is None:
            run_start = n
        elif not has_text and run_start is not None:
            block = _placed("".join(masked[run_start:n]), "paragraph", 0, bounds[n] - bounds[run_start], bounds[run_start])
            if block is not None:
                found.append(block)
            run_start = None
    return found


def _byline(blocks: list[Block], meta: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """A job board's byline right under the ``#`` title ("**Acme Payments** · London, England,
    United Kingdom (Hybrid) · Full-time"), as plain text reads one: its parts fill the metadata
    front matter leaves unset, and the line leaves the body. Returns the parts' source spans."""
    if len(blocks) < 2 or blocks[0].kind != "heading" or blocks[0].level != 1:
        return {}
    line = blocks[1]
    if line.kind != "paragraph" or line.notice:
        return {}  # a box of facts under the title ("!!! info") stays the posting's text
    if "\n" in line.text.strip():
        return _employer_over_byline(blocks, meta)
    spans = take_byline(line, meta)
    if spans is None:
        return {}
    del blocks[1]
    return spans


def _employer_over_byline(blocks: list[Block], meta: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """The employer and its unit over a byline, a hard line break between (GC Jobs' "**Library and Archives
    Canada (LAC)** – Digital Services Branch" over "Gatineau, Quebec · Student, full-time", blind set S48)."""
    line = blocks[1]
    first, _, second = line.text.strip().partition("\n")
    if "\n" in second or "company" in meta:
        return {}
    parts = byline(second)
    unit = employer_and_unit(" ".join(first.split()))
    if not parts or any(key == "company" for key, _, _ in parts) or unit is None or has_role_word(first):
        return {}
    employer = unit.group("employer")
    if employer not in line.text:
        return {}  # blanks inside the name (emphasis marks): no exact span to point at
    spans = fill_parts(line, meta, parts, line.text.index(second))
    at = line.text.index(employer)
    meta["company"] = employer
    spans["company"] = (line.at(at), line.end_at(at + len(employer)))
    del blocks[1]
    return spans


# A line that a bullet character opens, which Markdown does not know as one: "• Pay: CAD 140,000" (Slack, blind set S25).
_GLYPH_BULLET = re.compile(r"[ \t]*[•·▪◦‣●■]\s")


def _line_blocks(text: str, start: int, meta: dict[str, Any], spans: dict[str, tuple[int, int]]) -> list[Block] | None:
    """A paragraph whose lines are each a ``Label: value`` pair ("**Organisation:** Tumaini Health
    Trust" over "**Location:** Kisumu, Kenya", blind set S24) or each open with a bullet character:
    one block a line, list items for bullets; known labels fill the metadata front matter leaves
    unset, as a table of key facts does. None for any other paragraph."""
    lines = text.split("\n")
    if lines and not lines[-1].strip():
        lines.pop()
    if len(lines) < 2:
        return None
    bulleted = all(_GLYPH_BULLET.match(line) for line in lines)
    found = [] if bulleted else [pairs(line) for line in lines]
    if not bulleted and not (all(len(p) == 1 for p in found) and any(p[0].key for p in found)):
        return None
    blocks: list[Block] = []
    at = 0
    for n, line in enumerate(lines):
        skip = _GLYPH_BULLET.match(line).end() if bulleted else 0  # type: ignore[union-attr]
        block = _placed(text, "list_item" if bulleted else "paragraph", at + skip, at + len(line), start, 1 if bulleted else 0)
        if block is not None:
            blocks.append(block)
        if not bulleted:
            pair = found[n][0]
            key, value = pair.key, pair.value(line).strip("*_ ")
            if wanted_fact(meta, key, value):
                meta[key] = value
                spans[key] = (start + at + pair.value_start, start + at + pair.value_start + len(value))
        at += len(line) + 1
    return blocks


def _grid_table(
    source_lines: list[str], masked: list[str], bounds: list[int], first: int, last: int,
    meta: dict[str, Any], spans: dict[str, tuple[int, int]],
) -> list[Block]:
    """A grid table's rows as blocks, its bars and borders blanked; a row of a label and a value fills
    the metadata as a pipe table's does ("| Location | Leeds (hybrid, … |" over two lines)."""
    lines = source_lines[first:last]
    mask_region(source_lines, masked, first, last)
    for n in range(first, last):
        masked[n] = blanked(masked[n]) if is_border(source_lines[n]) else masked[n].replace("|", " ")
    blocks: list[Block] = []
    for row in grid_rows(lines):
        a, b = first + row.first, first + row.last
        block = _placed("".join(masked[a:b]), "table_row", 0, bounds[b] - bounds[a], bounds[a])
        if block is not None:
            blocks.append(block)
        if len(row.cells) != 2:
            continue
        key, value = label_key(cell_text(lines, row.cells[0]).strip(" *_")), cell_text(lines, row.cells[1]).strip("*_ ")
        if wanted_fact(meta, key, value):
            pieces = [(k, x, y) for k, x, y in row.cells[1] if lines[k][x:y].strip()]
            (k0, x0, _), (k1, _, y1) = pieces[0], pieces[-1]
            lead, trail = len(lines[k0][x0:]) - len(lines[k0][x0:].lstrip()), len(lines[k1][:y1]) - len(lines[k1][:y1].rstrip())
            meta[key] = value
            spans[key] = (bounds[first + k0] + x0 + lead, bounds[first + k1] + y1 - trail)
    return blocks


def _names_the_list(content: str, tokens: list[Any], i: int, schema: Schema) -> bool:
    """A plain paragraph that names a part of the posting right over a list heads that list."""
    after = tokens[i + 2].type if i + 2 < len(tokens) else ""  # past the paragraph's close
    return after in ("bullet_list_open", "ordered_list_open") and names_a_part(content, schema)


def _is_label(content: str, env: dict[str, Any]) -> bool:
    """A paragraph that is only bold text, like ``**Preferred:**``, acts as a label heading."""
    if not (_MAY_OPEN_WITH_BOLD.match(content) and content.rstrip().endswith(_MAY_END_A_LABEL)):
        return False  # most paragraphs: no inline parse needed
    inline = _parser().parseInline(content, env)[0]
    children = [c for c in (inline.children or []) if not (c.type == "text" and not c.content.strip())]
    if len(children) < 3 or children[0].type != "strong_open" or children[-1].type != "strong_close":
        # "**Preferred**:" — bold then a lone colon.
        if len(children) >= 4 and children[0].type == "strong_open" and children[-2].type == "strong_close":
            tail = children[-1]
            return tail.type == "text" and tail.content.strip() == ":"
        return False
    inner = children[1:-1]
    text = "".join(c.content for c in inner if c.type == "text")
    if not all(c.type == "text" for c in inner) or not text.strip():
        return False
    text = text.strip()
    return text.endswith(":") or (len(text.split()) <= 6 and text[-1] not in ".!?")
