"""Plain text -> Posting, for postings pasted from job boards.

There is no markup, so structure is guessed line by line: bullet glyphs make
list items, emoji-led or Title Case lines standing alone make headings,
``Label:`` lines make labels, and the rest joins into paragraphs. The prose
mask blanks only the decoration (indentation, bullet glyphs, leading emoji,
navigation junk, the tags line), so prose offsets are source offsets. The first pass over
the lines (page chrome, bullets, banners, an ATS header) is :mod:`postlint.readers.text_page`'s;
the walk over them one at a time is :mod:`postlint.readers.text_walk`'s, with its steps in
:mod:`postlint.readers.text_head` (the page's header fields and boxes), :mod:`postlint.readers.text_title`
(the title and what is stacked around it) and :mod:`postlint.readers.text_body`.
This module finishes what the walk built: the title when no line was one, the records settled
into blocks, the Posting.
"""

from __future__ import annotations

from postlint.language.job_titles import has_role_word
from postlint.model.posting import Posting
from postlint.model.schema import Schema
from postlint.readers import bylines, text_body, text_head, text_title
from postlint.readers import text_shapes as shapes
from postlint.readers.email_chrome import is_greeting, subject_title
from postlint.readers.page_chrome import LINK_NOTE, is_apply_button
from postlint.readers.text_lines import join_broken_words
from postlint.readers.text_records import blocks_of, settle_records, take_title_from_headings
from postlint.readers.text_walk import TextWalk
from postlint.readers.tree import build_posting, make_block


def read_text(source: str, schema: Schema, *, path: str = "-") -> Posting:
    """Parse a plain-text posting into the shared section tree."""
    w = TextWalk(source, schema)
    _opening_meta(w)
    w.run(text_head.STEPS + text_title.STEPS + text_body.STEPS, text_body.plain_line)
    records, shouts, title, lines, texts, chars = w.records, w.shouts, w.title, w.lines, w.texts, w.chars
    meta, meta_spans, handle, header, blank, header_title = w.meta, w.meta_spans, w.handle, w.header, w.blank, w.header_title
    records.extend(shouts)
    records.sort(key=lambda r: r[1])
    if title is None and not header_title and (named := subject_title(texts, w.mail)) is not None:
        # A recruiter's mail with no title line over its text: the job its subject names (blind sets S97, S98).
        n, s, e = named
        w.keep(lines[n][0] + s, lines[n][0] + e)
        title = ["heading", lines[n][0] + s, lines[n][0] + e, 1]
    if title is None and not header_title:
        top = lines[min(len(lines) - 1, 12)][1] if lines else 0
        title = take_title_from_headings(records, source, schema, top)
        if title is not None:
            # The post's first line names who posted it: the page's name ("Salt & Shear Hair Co.").
            # Not a handle or a label the reader dropped, nor the shout under them (blind set S31).
            poster = next((k for k, t in enumerate(texts) if t.strip() and not blank[k]), None)
            name = texts[poster].strip() if poster is not None and lines[poster][1] <= title[1] else ""
            if (
                name
                and len(name.split()) <= 6
                and not has_role_word(name)
                and not is_greeting(name)
                and not shapes.SALARY.search(name)
                and not shapes.is_cry(name.removeprefix(handle or ""))
            ):
                first_char = lines[poster][0] + len(texts[poster]) - len(texts[poster].lstrip())
                meta.setdefault("company", name)
                meta_spans.setdefault("company", (first_char, first_char + len(name)))
    records = settle_records(records, [lines[n][0] for n in header], chars, source, schema)
    for note in LINK_NOTE.finditer(source):
        chars[note.start() : note.end()] = " " * (note.end() - note.start())
    # A PDF's words broken at a line's end are read whole ("ener-" / "getic"), the source untouched.
    prose = join_broken_words("".join(chars))
    blocks = blocks_of(records, source, prose)
    title_block = make_block(prose, *title) if title else None
    posting = build_posting(source, prose, "text", blocks, schema, path=path, meta=meta, title_block=title_block)
    posting.meta_spans = meta_spans
    return posting


def _opening_meta(w: TextWalk) -> None:
    """Metadata the walk's lines do not give one at a time: the job's type on an alert's card, an "Apply now" button."""
    for i in sorted(w.mail):
        if "employment-type" not in w.meta and bylines.employment_type_line(w.texts[i]):
            # An alert's card of the job says its type ("Permanent, full-time") where the posting may not.
            indent = len(w.texts[i]) - len(w.texts[i].lstrip())
            w.meta["employment-type"] = w.texts[i].strip()
            w.meta_spans["employment-type"] = (w.lines[i][0] + indent, w.lines[i][0] + len(w.texts[i].rstrip()))
    button = next((n for n, t in enumerate(w.texts) if w.blank[n] and is_apply_button(t)), None)
    if button is not None:
        # "Apply now" copied from the page: not posting text, but the page takes applications.
        w.meta["apply"] = w.texts[button].strip()
        first = len(w.texts[button]) - len(w.texts[button].lstrip())
        w.meta_spans["apply"] = (w.lines[button][0] + first, w.lines[button][0] + first + len(w.meta["apply"]))
