"""The plain-text walk's body steps: bullets and their wrapped lines, a column's text, emoji lines,
labels, headings, and the paragraph a line joins when nothing else takes it.

Each step takes the walk and a line and returns whether it took the line
(:class:`postlint.readers.text_walk.TextWalk` runs them after the header steps, in the order of
:data:`STEPS`); :func:`plain_line` takes every line left.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from postlint.model.schema import normalize_heading
from postlint.pay.amounts import parse_salary
from postlint.readers import text_shapes as shapes
from postlint.readers.text_items import continues as _dangles
from postlint.readers.text_lines import emoji_heading_text, indent_width, is_label, is_title_case, short_line

if TYPE_CHECKING:  # pragma: no cover
    from postlint.readers.text_walk import Line, TextWalk


def bullet(w: TextWalk, line: Line) -> bool:
    """A bullet glyph or a "1." / "1)" number, then blank space, then the item."""
    n, ls, le, text = line.n, line.ls, line.le, line.text
    found = shapes.BULLET.match(text) if w.bullets[n] or text.lstrip(" \t")[:1] not in shapes.SOCIAL_GLYPHS else None
    if not found:
        return False
    indent = indent_width(text)
    while w.list_indents and indent < w.list_indents[-1]:
        w.list_indents.pop()
    if not w.list_indents or indent > w.list_indents[-1]:
        w.list_indents.append(indent)
    w.keep(ls + found.end(), le)
    item = ["list_item", ls + found.end(), le, len(w.list_indents)]
    w.records.append(item)
    w.open_para, w.open_item = None, (item, indent)
    return True


def wrapped_item(w: TextWalk, line: Line) -> bool:
    """A wrapped bullet: indented deeper than its glyph, no blank line between."""
    if w.open_item is None or indent_width(line.text) <= w.open_item[1]:
        return False
    w.keep(line.ls + line.first, line.le)
    w.open_item[0][2] = line.le
    return True


def column_value(w: TextWalk, line: Line) -> bool:
    """The right column's text beside a label: its label is the heading, never this line."""
    if line.n not in w.columns.values:
        return False
    w.keep(line.ls + line.first, line.le)
    w.open_item, w.list_indents = None, []
    w.add_to_paragraph(line.ls + line.first, line.le)
    return True


def emoji_line(w: TextWalk, line: Line) -> bool:
    """An emoji-led heading ("✨ Perks"); emoji-led lines in a row are a list even when they read as
    sentences ("📍 bean & bramble, 41 clanbrassil st" over "💶 €13.50/hr + tips")."""
    n, ls, le = line.n, line.ls, line.le
    if not w.emoji[n]:
        return False
    skip = w.emoji[n]
    rest = line.text[skip:]
    # (A tick or arrow line is a bullet of its own: "✨ Perks" over "➡️ free coffee" heads it.)
    neighbours = (n > 0 and not w.blank[n - 1] and bool(w.emoji[n - 1]) and not w.bullets[n - 1]) or (
        n + 1 < len(w.lines) and not w.blank[n + 1] and bool(w.emoji[n + 1]) and not w.bullets[n + 1]
    )
    if not (emoji_heading_text(rest) or neighbours):
        return False
    w.keep(ls + skip, le)
    if neighbours:
        # Several emoji lines in a row are an emoji-bulleted list, not headings.
        w.records.append(["list_item", ls + skip, le, 1])
    else:
        w.records.append(["heading", ls + skip, le, 2])
        w.l2_kind = w.schema.classify(rest)
    w.close(lists=True)
    return True


def plain_line(w: TextWalk, line: Line) -> None:
    """A line of text no other step took: a label, a heading, or a line of a paragraph."""
    n, ls, le = line.n, line.ls, line.le
    skip = w.emoji[n] or line.first
    rest = line.text[skip:]
    w.keep(ls + skip, le)
    caps = shapes.is_all_caps_heading(rest) and n < w.last_content and not _in_tag_column(w, n, rest)
    if is_label(rest) and not caps:
        _label(w, line, skip, rest)
        return
    # "Experience with SQL": an item (an ALL-CAPS line stays a heading); "Unit 4, Riverside Trade Park,
    # Dartford, Kent": an address, no heading (blind set S48).
    item_like = shapes.reads_as_item(rest) or shapes.is_address_line(rest) or _figure_field(rest)
    if caps or (not item_like and _heads_what_follows(w, line, rest)):
        # "MINIMUM QUALIFICATIONS", or a short line a list follows ("Our area of operations").
        end = le - (len(rest) - len(rest.rstrip(" \t:")))
        w.records.append(["heading", ls + skip, end, w.heading_level(rest, peer=caps, n=n)])
        w.close(lists=True)
        return
    if not item_like and _stands_alone(w, line, rest):
        w.records.append(["heading", ls + skip, le, w.heading_level(rest, n=n)])
        w.close(lists=True)
        return
    w.open_item = None
    w.list_indents = []
    w.add_to_paragraph(ls + skip, le)


def _figure_field(rest: str) -> bool:
    """A board's "Label: value" line whose value holds a figure ("Pay: From $22.50 per hour", "Expected hours: 40 per
    week", Indeed's field lines under the posting): a field holding its content, never a heading over the lines below
    (blind set S113). The label is a few words with no figure ("Step 2: …" may head a stage of the hiring)."""
    label, colon, value = rest.strip().partition(": ")
    return (
        bool(colon)
        and 1 <= len(label.split()) <= 4
        and label[:1].isupper()
        and not any(c.isdigit() for c in label)
        and any(c.isdigit() for c in value)
        and len(value.split()) <= 10
    )


def _in_tag_column(w: TextWalk, n: int, rest: str) -> bool:
    """One word in capitals of no known part, in a column of short lines with no blank between: a board's skill tag
    ("Key Skills" over "COBOL" / "DB2" / "JCL", Naukri's, blind set S96), not a heading."""
    if len(rest.split()) != 1 or w.schema.classify(rest) != "other":
        return False

    def tag(i: int) -> bool:
        # A tag names a thing: every word of it capitalised ("Spring Boot", "DB2"), not "Monday to Friday" (review).
        words = w.texts[i].split() if 0 <= i < len(w.texts) and not w.blank[i] else []
        return 1 <= len(words) <= 3 and w.texts[i].rstrip()[-1:] not in ".:,;" and not any(word[:1].islower() for word in words)

    return tag(n - 1) and (tag(n + 1) or tag(n - 2)) or tag(n + 1) and tag(n + 2)


def _label(w: TextWalk, line: Line, skip: int, rest: str) -> None:
    """A "Label:" line: a blank of a form, a heading of a part of the posting, or a label inside one."""
    n, ls, le = line.n, line.ls, line.le
    if w.page.form_field(n):
        # "Current CTC:" / "Expected CTC:" / "Notice Period:": blanks a candidate fills in, one a line.
        w.records.append(["list_item", ls + skip, le, 1])
        w.close()
        return
    kind = w.schema.classify(rest)
    second = w.records and w.records[-1][0] not in ("heading", "label") and not shapes.names_a_subpart(rest)
    # A label of no known kind after the current part's lines, in the shape of that part's own "What We Are
    # Looking For:" heading: a part beside it ("Certificates and Medical:" over its sentences, blind set S73),
    # unless its lines state the current part's kind ("Health:" over cover under "Benefits:").
    peer = (
        kind == "other"
        and second
        and line.prev_blank
        and not w.l3_open
        and w.l2_kind is not None
        and w.part_heads_with_colon()
        and w.page.lines_state(n) != w.l2_kind
    )
    end = le - (len(rest) - len(rest.rstrip(" \t:")))
    if peer:
        w.records.append(["heading", ls + skip, end, w.heading_level(rest, peer=True)])
    elif not w.l3_open and kind != "other" and w.schema.parent_kind(kind) is None and (kind != w.l2_kind or second):
        # "Minimum Qualifications:" opening a new part of the posting is a heading, not a sub-label; so is a second
        # part of the current kind after the first one's lines ("Qualifications:" after "Requirements:" and its
        # list, blind set S73), as heading_level reads it; right under it, "Must have:" is a part of it.
        w.records.append(["heading", ls + skip, end, w.heading_level(rest, n=n)])
    else:
        w.records.append(["label", ls + skip, le, 0])
    w.close(lists=True)


def _heads_what_follows(w: TextWalk, line: Line, rest: str) -> bool:
    """A short line over what it introduces: a lead-in over a list, a named part right under a sentence,
    a line standing over prose (the caller has ruled out a line that reads as an item or an address)."""
    n, prev_blank = line.n, line.prev_blank
    # A sentence with a colon right under a heading is that part's lead-in, not a sub-heading (blind sets S124, S125).
    under_heading = bool(w.records) and w.records[-1][0] == "heading"
    # (A line with an e-mail address in it is a sentence: "… share your resume at hr@… with the below details:".)
    lead_in = (
        prev_blank
        and (
            short_line(rest, 8)
            or (rest.rstrip().endswith(":") and len(rest.split()) <= 14 and "@" not in rest and not under_heading)
        )
        and w.page.lead_in(n)
    )
    # A lead-in whose sentence the items finish ("You might thrive in this role if you have").
    lead_in = lead_in or (
        prev_blank
        and len(rest.split()) <= 12
        and rest[:1].isupper()
        and _dangles(rest)
        and n + 2 < len(w.lines)
        and not w.blank[n + 1]
        and not w.blank[n + 2]
        and w.texts[n + 1].strip()[:1].isupper() | w.texts[n + 1].strip()[:1].isdigit()
        and not _wraps_on(w.texts[n + 1], w.texts[n + 2])
    )
    # "What you need" over one item a line, "Pay and hours" over a line of pay.
    lead_in = lead_in or (
        prev_blank
        and n + 2 < len(w.lines)
        and not w.blank[n + 1]
        and not w.bullets[n + 1]
        and (
            shapes.is_question_heading(rest)
            or (shapes.has_heading_word(rest) and short_line(rest, 4) and is_title_case(rest.split()[0]))
        )
        and not w.blank[n + 1]
        and len(w.texts[n + 1].split()) <= 20
    )
    after_sentence = w.open_para is None or w.texts[n - 1].rstrip()[-1:] in ".!?"
    # "Examples of Duties" right under a sentence, no blank line between (a copy that lost them).
    named = (
        after_sentence
        and not prev_blank
        and n < w.last_content
        and short_line(rest, 6)
        and is_title_case(rest)
        and (w.schema.classify(rest) != "other" or shapes.has_heading_word(rest))
        # "Salary: AED 7,000 - 9,500" under "Salary and Benefits": a field with its pay, the part's text (blind set S97).
        and not (":" in rest.rstrip(" \t:") and parse_salary(rest) is not None)
    )
    # The line right under "Bonus points:" is what the label introduces, not a heading of its own.
    under_colon = n > 0 and not w.blank[n - 1] and w.texts[n - 1].rstrip().endswith(":")
    return bool(lead_in or named or (after_sentence and not under_colon and w.page.stands_over_prose(n, rest)))


_RUNS_ON = re.compile(r"\w[.!?][\"”’)]?[ \t]+[A-Z]")


def _wraps_on(below: str, next_below: str) -> bool:
    """The lines under a dangling line are a hard-wrapped paragraph, not its items: the first ends one sentence
    and opens the next ("Dubbo and eleven villages. Council operates two"), or the second goes on in lower case
    (a PDF's text, blind set S108)."""
    return _RUNS_ON.search(below.strip()) is not None or next_below.strip()[:1].islower()


def _stands_alone(w: TextWalk, line: Line, rest: str) -> bool:
    """A heading by its own shape: a short Title Case line after a blank one, a known section name in
    sentence case, or one of NHS Jobs's headings stacked with no blank line between (the caller has ruled out a
    line that reads as an item or an address)."""
    n, prev_blank = line.n, line.prev_blank
    # A heading is a short Title Case line, or a line that is exactly a known
    # section name in sentence case ("What you'll do", "Nice to have").
    known = normalize_heading(rest) in w.aliases and short_line(rest, 6) and rest.rstrip()[-1:] not in ".,;"
    known = known or shapes.bilingual_heading(rest, w.aliases)
    # NHS Jobs stacks its headings with no blank line: "Person specification" / "Qualifications" /
    # "Essential criteria" over a list, then "Desirable criteria" right after the list.
    records = w.records
    stacked = (
        n > 0
        and short_line(rest, 4)
        and rest.rstrip()[-1:] not in ".,;"
        and w.schema.classify(rest) != "other"
        and (
            (records and records[-1][0] == "heading" and records[-1][2] >= w.lines[n - 1][0])
            or (n + 1 < len(w.lines) and w.bullets[n + 1])
        )
        # "Communication skills" right under "Skills": an item the heading names, not a heading (blind set S48).
        and not (
            records
            and records[-1][0] == "heading"
            and shapes.names_its_heading(rest, w.source[records[-1][1] : records[-1][2]])
        )
    )
    return bool(
        (prev_blank or stacked)
        and n < w.last_content
        and not shapes.is_shouted_statement(rest)
        and ((prev_blank and short_line(rest, 10) and is_title_case(rest)) or known or stacked)
    )


STEPS = [bullet, wrapped_item, column_value, emoji_line]
