"""HTML -> Posting, with the standard library's tolerant ``HTMLParser``.

HTML text is not its source: entities decode, whitespace folds and inline
tags sit inside a paragraph. So each Block's ``text`` is the decoded, folded
text and ``Block.offsets`` maps every character back to the source. The prose
mask is blank except each text character at its source offset (an entity's
decoded character at the entity's ``&``). Code (``<pre>``, ``<code>``,
``<kbd>``, ``<samp>``) is never prose, as Markdown code spans and fences are
not. Nothing is ever fetched. The markup is parsed by :mod:`postlint.readers.html_parser`;
this module makes the Posting from its blocks: the page's main part, its title, a posting inside a ``<pre>``.
"""

from __future__ import annotations

import re
from typing import Any

from postlint.model.posting import Block, Posting
from postlint.model.schema import Schema
from postlint.readers.html_boards import byline_under_title, heading_box, page_names
from postlint.readers.html_elements import CODE_TAGS
from postlint.readers.html_parser import PageParser
from postlint.readers.html_source import feedable, prose_mask
from postlint.readers.page_blocks import is_salary_survey_heading, is_salary_survey_line, is_similar_jobs_heading
from postlint.readers.page_chrome import is_apply_button, is_nav_junk
from postlint.readers.section_kinds import names_a_part
from postlint.readers.tree import build_posting

_TITLE_SUFFIX = re.compile(r"\s+\|\s+[^|]*$")  # "Job title | Site name"
_FORM_POSTING_WORDS = 50  # fewer words in a form are an apply form's notes, whatever the page around it

def read_html(
    source: str, schema: Schema, *, path: str = "-", pre_is_text: bool = False, read_forms: bool = False
) -> Posting:
    """Parse an HTML page: the posting's blocks, its <title>, description and JSON-LD."""
    reader = PageParser(source, code=CODE_TAGS - {"pre"} if pre_is_text else CODE_TAGS, read_forms=read_forms)
    problems: list[tuple[int, str]] = []
    try:
        reader.feed(feedable(source))
        reader.finish()
    except (AssertionError, ValueError, IndexError) as exc:  # pragma: no cover - HTMLParser is tolerant
        # Keep what was read; a rule reports the problem, the reader never raises.
        reader._flush()
        problems.append((reader._pos(), f"HTML could not be read past this point: {exc}"))
    if not read_forms and _posting_in_form(reader):
        return read_html(source, schema, path=path, pre_is_text=pre_is_text, read_forms=True)
    pairs = reader.blocks
    # With a <main>, what lies outside it is site chrome (banners, sidebars, skip links).
    if reader.saw_main and any(in_main for _, in_main in pairs):
        pairs = [(b, m) for b, m in pairs if m]
    blocks = _without_similar_jobs([b for b, _ in pairs if b.kind == "heading" or not is_nav_junk(b.text)])
    for block, after in zip(blocks, blocks[1:]):
        if block.kind == "paragraph" and after.kind == "list_item" and names_a_part(block.text, schema):
            block.kind = "label"  # <p>What we're looking for:</p> over its <ul>, as in Markdown and plain text
    meta = reader.meta
    button = next((b for b, _ in pairs if b.kind != "heading" and is_apply_button(b.text)), None)
    if button is not None and "apply" not in meta:
        meta["apply"] = button.text.strip()  # the page's apply button: it takes applications
    h1s = [b for b in blocks if b.kind == "heading" and b.level == 1]
    title_block = h1s[0] if len(h1s) == 1 else None
    if not h1s and meta.get("html_title"):
        first = next((b for b in blocks if b.kind == "heading"), None)
        if first is not None and first.level == 2 and page_names(first.text, meta["html_title"]):
            title_block = first  # the visible title, without the site's or employer's name
        else:
            meta.setdefault("title", _TITLE_SUFFIX.sub("", meta["html_title"]).strip() or meta["html_title"])
    if not any(b.kind != "heading" for b in blocks) and reader.pre_spans and not pre_is_text:
        whole = _posting_in_pre(source, reader.pre_spans, schema, path, meta)
        # With entities or tags inside, the <pre> is read as HTML text (folded, entities decoded).
        return whole if whole is not None else read_html(source, schema, path=path, pre_is_text=True, read_forms=read_forms)
    spans = dict(reader.meta_spans)
    spans.update(byline_under_title(blocks, title_block, meta))
    spans.update(heading_box(blocks, meta, reader.box_ends))
    prose = prose_mask(source, blocks)
    posting = build_posting(source, prose, "html", blocks, schema, path=path, meta=meta, title_block=title_block)
    posting.meta_spans.update(spans)
    posting.problems.extend(problems)
    return posting


def _posting_in_form(reader: PageParser) -> bool:
    """Whether the page's text is inside its <form>: Taleo wraps the whole job page in one (blind set S134).
    An apply form holds captions and controls; one that holds most of the page's words holds the posting."""
    if reader.form_words < _FORM_POSTING_WORDS:
        return False
    outside = sum(len(block.text.split()) for block, _ in reader.blocks)
    return reader.form_words > 2 * outside


def _without_similar_jobs(blocks: list[Block]) -> list[Block]:
    """The page's blocks without a board's list of other adverts: the "Similar jobs" heading and what lies under it,
    up to the next heading of its level or above (a plain-text copy drops the same list; review of S83's fixes).
    A board's salary survey goes too: its heading, when its own figure or link follows ("Average $20.41 per hour")."""
    out: list[Block] = []
    under: int | None = None  # the level of the "Similar jobs" heading while inside its list
    for n, block in enumerate(blocks):
        if block.kind == "heading" and under is not None and block.level <= under:
            under = None
        if under is None and block.kind == "heading" and (is_similar_jobs_heading(block.text) or _survey_over(blocks, n)):
            under = block.level
        if under is None:
            out.append(block)
    return out


def _survey_over(blocks: list[Block], n: int) -> bool:
    """Heading ``n`` is a board's salary survey, its figure or link among the blocks right under it."""
    if not is_salary_survey_heading(blocks[n].text):
        return False
    under = blocks[n + 1 : n + 5]
    under = under[: next((k for k, b in enumerate(under) if b.kind == "heading"), len(under))]
    return any(is_salary_survey_line(b.text) for b in under)


_LINE_BREAKS = re.compile(r"[^\r\n]")


def _posting_in_pre(source: str, spans: list[tuple[int, int]], schema: Schema, path: str, meta: dict[str, Any]) -> Posting | None:
    """A page whose only text is one ``<pre>`` (a plain-text posting put on the web as is):
    read that text as a plain-text posting, at its own offsets in the page.

    Everything else on the page is blanked (line breaks kept, so lines and offsets
    stay the page's). ``None`` for a ``<pre>`` holding entities or tags, whose text
    is not its source: the caller reads it as HTML text instead.
    """
    start, end = max(spans, key=lambda span: span[1] - span[0])
    inner = source[start:end]
    if not inner.strip() or "&" in inner or "<" in inner:
        return None
    from postlint.readers.text import read_text

    masked = _LINE_BREAKS.sub(" ", source[:start]) + inner + _LINE_BREAKS.sub(" ", source[end:])
    posting = read_text(masked, schema, path=path)
    # The page stays the source (fixes land in it); the blanked page is the prose mask.
    posting.source, posting.format = source, "html"
    for key, value in meta.items():
        posting.meta.setdefault(key, value)
    return posting
