"""Plain text -> Posting, for postings pasted from job boards.

There is no markup, so structure is guessed line by line: bullet glyphs make
list items, emoji-led or Title Case lines standing alone make headings,
``Label:`` lines make labels, and the rest joins into paragraphs. The prose
mask blanks only the decoration (indentation, bullet glyphs, leading emoji,
navigation junk, the tags line), so prose offsets are source offsets. The first pass over
the lines (page chrome, bullets, banners, an ATS header) is :mod:`postlint.readers.text_page`'s.
"""

from __future__ import annotations

import re
from typing import Any

from postlint.language.keywords import has_role_word
from postlint.model.posting import Posting, blanked
from postlint.model.schema import Schema, normalize_heading
from postlint.readers import bylines
from postlint.readers import text_shapes as shapes
from postlint.readers.email_chrome import is_greeting
from postlint.readers.header_box import Pair
from postlint.readers.header_stack import (
    address_field,
    firm_and_place,
    pipe_header,
    place_line,
    stacked_parts,
    workplace_line,
)
from postlint.readers.page_chrome import (
    LINK_NOTE,
    is_apply_button,
    is_site_alert,
)
from postlint.readers.text_columns import is_title_label
from postlint.readers.text_items import continues as _dangles
from postlint.readers.text_items import meta_value
from postlint.readers.text_lines import (
    emoji_heading_text,
    indent_width,
    is_label,
    is_title_case,
    join_broken_words,
    long_title,
    short_line,
)
from postlint.readers.text_page import TextPage
from postlint.readers.text_records import blocks_of, settle_records, take_title_from_headings
from postlint.readers.tree import build_posting, make_block

# A bullet glyph or a "1." / "1)" number, then blank space, then the item.
_BULLET = shapes.BULLET
# A gig's call names its job without a role word: "Moving Help Needed Saturdays ($25/hr cash)" (blind set S24).
_WANTED = re.compile(r"(?i)\b(?:wanted|needed|hiring)\b")
# A forum's tag that opens a post's title: r/forhire's "[HIRING] WordPress developer, $45-60/hr, Remote" (blind set S65).
_HIRING_TAG = re.compile(r"(?i)\[\s*hiring\s*\]")
_SENTENCE_OPENER = re.compile(r"(?i)(?:we|you|our|your|join|earn|get|are|do|if|i|my)\b")
# Glued CamelCase words, as job boards print their tag lists. An acronym starts
# where a capital run starts: otherwise a long run ("JJJJ…J!") splits into
# acronyms in exponentially many ways before the match fails (found by fuzzing).
_TAG_WORD = re.compile(r"[A-Z][a-z0-9]+|(?<![A-Z])[A-Z]{2,}(?![a-z])")
_TAGS = re.compile(rf"(?:{_TAG_WORD.pattern}){{3,}}")


# A letterhead's address and contact lines under the employer's name, and a public notice's number
# ("Advertisement No. DPL/HR/REC/07/2026", "Ref No. KE/24/118").
_LETTERHEAD_FIELD = re.compile(
    r"(?i)(?:(?:registered|regd\.?|head|corporate|regional|zonal|branch)\s+)?(?:office|centre|center|headquarters|address|website|web|e-?mail|phone|tel|telephone|fax|cin|gstin)\s*:"
    r"|(?:advertisement|advt\.?|notification|vacancy|ref(?:erence)?)\s*(?:no\.?|number|#)\s*:?\s*\S"
)
# A field's value that states the job's terms: hours or days a period ("…, 6 hours per day"); not a grade ("Teacher, 3rd Grade").
_TERMS_NOT_TITLE = re.compile(r"\b(?:hours?|days?)\s+(?:per|a|each)\b|\bper\s+(?:day|week|hour)\b")
# Labels of a candidate's person, not the job's facts.
_PERSONAL_LABEL = re.compile(r"gender|sex|age|age limit|age range|nationality|religion|marital status|height|weight|race|ethnicity")


def _meta_key(pair: Pair) -> str:
    """The metadata key of a header pair: its known key, else its label in kebab case."""
    return pair.key or _label_as_key(pair)


def _workplace(pair: Pair, text: str, meta: dict[str, Any]) -> bool:
    """A location field that names only the workplace ("Work location: In person") once a byline gave the place."""
    return _meta_key(pair) == "location" and "location" in meta and "remote" not in meta and workplace_line(pair.value(text))


def _restates(value: str, line: str) -> bool:
    """A title field's ``value`` says the title ``line`` again, with more or within it (both normalized)."""
    return bool(value) and bool(line) and (value.startswith(line) or f" {value} " in f" {line} ")


def _label_as_key(pair: Pair) -> str:
    return shapes.normalized(pair.label).replace(" ", "-")


def read_text(source: str, schema: Schema, *, path: str = "-") -> Posting:
    """Parse a plain-text posting into the shared section tree."""
    chars = list(blanked(source))
    page = TextPage.read(source, schema)
    lines, texts, columns, blank, bullets, banners = page.lines, page.texts, page.columns, page.blank, page.bullets, page.banners
    mail, questions, handle, header, emoji = page.mail, page.questions, page.handle, page.header, page.emoji
    prose_from, first_content, last_content, aliases = page.prose_from, page.first_content, page.last_content, page.aliases

    # Records are [kind, start, end, level]; blocks are cut from the finished mask.
    records: list[list[Any]] = []
    meta: dict[str, Any] = {}
    meta_spans: dict[str, tuple[int, int]] = {}
    for i in sorted(mail):
        if "employment-type" not in meta and bylines.employment_type_line(texts[i]):
            # An alert's card of the job says its type ("Permanent, full-time") where the posting may not.
            indent = len(texts[i]) - len(texts[i].lstrip())
            meta["employment-type"] = texts[i].strip()
            meta_spans["employment-type"] = (lines[i][0] + indent, lines[i][0] + len(texts[i].rstrip()))
    button = next((n for n, t in enumerate(texts) if blank[n] and is_apply_button(t)), None)
    if button is not None:
        # "Apply now" copied from the page: not posting text, but the page takes applications.
        meta["apply"] = texts[button].strip()
        first = len(texts[button]) - len(texts[button].lstrip())
        meta_spans["apply"] = (lines[button][0] + first, lines[button][0] + first + len(meta["apply"]))
    title: list[Any] | None = None
    header_title = False
    l3_open = False  # a level-3 heading is open: a "Preferred:" label below it refines it
    looking_for_title = True
    stack_from: int | None = None  # the title's next line, while a header stacked under it may go on
    after_title: int | None = None  # the line after the title, once found
    l2_kind: str | None = None
    list_indents: list[int] = []
    open_para: list[Any] | None = None  # the paragraph the next plain line extends
    open_item: tuple[list[Any], int] | None = None  # (list item, bullet indent) for wrapped lines
    # Lines over the title kept as text (a board's card of the employer, a shout like "🔥🔥 HOT JOB 🔥🔥"), apart
    # until the walk ends: the title's line still reads as the page's first (its pay, its byline under it).
    shouts: list[list[Any]] = []
    card, card_name = page.card_over_title()
    field_indent: int | None = None  # a box's field label is open: lines indented deeper are its values

    def _next_text(n: int) -> int:
        return next((m for m in range(n + 1, len(lines)) if not blank[m]), n)

    def keep(start: int, end: int) -> None:
        chars[start:end] = source[start:end]

    def add_to_paragraph(start: int, end: int) -> None:
        """Line ``start:end`` goes on the open paragraph, or opens one (a blank line closed the last)."""
        nonlocal open_para
        if open_para is not None:
            open_para[2] = end
            open_para[4].append((start, end))
        else:
            open_para = ["paragraph", start, end, 0, [(start, end)]]
            records.append(open_para)

    def heading_level(rest: str, peer: bool = False, n: int | None = None) -> int:
        """2 for a part of the posting, 3 below one; ``peer`` headings (banners, capitals) are
        all parts unless the schema makes them a child of the current part. A heading no alias
        knows ("The Good Stuff") is a part of its own unless the lines under line ``n`` state
        the current part's kind ("Health & Wellness" over benefits under "Benefits")."""
        nonlocal l2_kind, l3_open
        kind = schema.classify(rest)
        if peer and (kind == "other" or schema.parent_kind(kind) is None):
            level = 2
        elif kind != "other" and schema.parent_kind(kind) is None and (kind != l2_kind or not shapes.names_a_subpart(rest)):
            # Of the current part's kind, a part of it only by its word ("Required qualifications" under
            # "Qualifications"); "Requirements" after "Qualifications" is a second such part (blind set S55).
            level = 2
        elif kind != "other":
            level = 3
        elif l2_kind is not None and n is not None and l2_kind not in ("other", "role-definition"):
            level = 3 if page.lines_state(n) == l2_kind else 2
        else:
            level = 3 if l2_kind is not None else 2
        if level == 2:
            l2_kind = kind
        l3_open = level == 3
        return level

    def take_parts(parts: list[tuple[str, int, int]], text: str, ls: int) -> None:
        """Fill the metadata still unset from a line's parts: (key, start, end) within the line."""
        for key, ps, pe in parts:
            if key not in meta:
                meta[key] = text[ps:pe]
                meta_spans[key] = (ls + ps, ls + pe)

    def _part_heads_with_colon() -> bool:
        """The current part's heading is a "Label:" line."""
        head = next((r for r in reversed(records) if r[0] == "heading" and r[3] == 2), None)
        return head is not None and source[head[2] : source.find("\n", head[2]) % (len(source) + 1)].strip() == ":"

    for n, ((ls, le), text) in enumerate(zip(lines, texts, strict=True)):
        if blank[n] or (not records and title is None and is_site_alert(text)):
            if not text.strip():
                stack_from = field_indent = None  # a header stack ends at the first empty line (page chrome may sit inside it)
            # A site alert above the posting ("This job posting has closed.") is page chrome.
            keep_alert = blank[n]
            open_para = open_item = None
            if not keep_alert:
                blank[n] = True
            continue
        # A "Label: value" line whose key is already known ("Salary: Competitive" in the header,
        # then "Pay: £28 per hour" in the body) is the posting's text, kept and read as such.
        # (A job board's box of split labels, "Work schedule" over "Full-time", stays metadata.)
        # (A workplace under a byline's place, "Work location: In person", is the workplace: below.)
        known = bool(header.get(n)) and all(p.value_start > 0 and _meta_key(p) in meta and not _workplace(p, text, meta) for p in header[n])
        # "Pay: Competitive" right under a "Compensation" heading is that part's text, not header metadata.
        known = known or (
            bool(header.get(n)) and bool(records) and records[-1][0] == "heading"
            and all(p.value_start > 0 and p.key == "salary" for p in header[n])
            and schema.classify(source[records[-1][1] : records[-1][2]]) == "compensation"
        )
        # "Gender: Female", "Age: 25 to 38 years old", "Nationality: … preferred" in a board's box of details:
        # what the inclusivity rules read, kept as text (blind set S32), whatever box holds it.
        known = known or (bool(header.get(n)) and all(_PERSONAL_LABEL.fullmatch(shapes.normalized(p.label)) for p in header[n]))
        if n in header and not known:
            # An ATS header line ("Salary: $50,000"): metadata, as front matter is; not prose.
            for pair in header[n]:
                key = _meta_key(pair)
                if key == "title" and title is not None and n > prose_from:
                    # Naukri's "Role: Customer Service Executive (Voice)" under the posting: the job's
                    # category on the board, not its title (the title line above stays the title).
                    key = "role"
                elif key == "employment-type" and not bylines.names_employment_type(pair.value(text)):
                    # AppliTrack's "Position Type: High School Teaching/Mathematics", "Hours: 33.75 hours
                    # per week": kept under their own label, not taken for the employment type.
                    key = _label_as_key(pair)
                elif key == "title" and title is not None and _restates(shapes.normalized(pair.value(text)), shapes.normalized(source[title[1] : title[2]])):
                    # A "Position:" field that says the title line above again, with more ("Service Plumber
                    # (Full-Time)"), leaves that line the title (blind set S26); so does one the line holds with
                    # more: Craigslist's headline "House Cleaner Needed - $24/hr (Ballard)" over "job title: House
                    # Cleaner" is what readers and search results show, the title the rules check (blind set S71).
                    key = _label_as_key(pair)
                elif key == "title" and title is not None and _TERMS_NOT_TITLE.search(pair.value(text)) and (
                    shapes.normalized(pair.label) in ("position", "role", "job", "opening", "vacancy")
                ):
                    # "Position: Regular bus driver, 6 hours per day, 180 student days (split shift)" under the
                    # title line: the post's terms, not another title (blind set S47; a charter school's, S45).
                    key = _label_as_key(pair)
                elif _workplace(pair, text, meta):
                    key = "remote"  # "Work location: In person" under the byline's "Calgary, AB" (blind set S55)
                if key and key not in meta:
                    meta[key] = meta_value(key, pair.value(text))
                    meta_spans[key] = (ls + pair.value_start, ls + pair.value_end)
                    if key == "title" and not header_title and (title is None or n <= prose_from):
                        # A "Job title:" line in the body does not displace the title line above it.
                        header_title = True
                        if title is not None:  # the first short line was not the title after all
                            records.append(["paragraph", title[1], title[2], 0, [(title[1], title[2])]])
                        keep(ls + pair.value_start, ls + pair.value_end)
                        title = ["heading", ls + pair.value_start, ls + pair.value_end, 1]
            open_para = open_item = None
            continue
        stripped = text.strip()
        if n in columns.labels:
            if title is None and not header_title and is_title_label(stripped) and n + 1 < len(lines) and not blank[n + 1]:
                # "Job Title and Grade" beside "Administrative Officer, Primary Care Unit": the title.
                vs, ve = lines[n + 1]
                keep(vs, ve)
                title = ["heading", vs, ve, 1]
                header_title = True
                blank[n + 1] = True
            else:
                keep(ls, le)
                records.append(["heading", ls, le, heading_level(stripped, peer=True)])
            looking_for_title = False
            open_para = open_item = None
            list_indents = []
            continue
        if banners[n] is not None and title is None and not records and looking_for_title and shapes.is_cry(text[slice(*banners[n])]):
            # "*** URGENT!! ***" over the title: the board's shout, a line of text, not the posting's first part.
            bs, be = banners[n]
            keep(ls + bs, ls + be)
            shouts.append(["paragraph", ls + bs, ls + be, 0, [(ls + bs, ls + be)]])
            first_content = _next_text(n)
            open_para = open_item = None
            continue
        if banners[n] is not None:
            # "=== JOB DETAILS ===", "#### Duties", "[Benefits]": a heading, never the title.
            bs, be = banners[n]
            keep(ls + bs, ls + be)
            level = heading_level(text[bs:be], peer=True)
            records.append(["heading", ls + bs, ls + be, level])
            if shapes.normalized(text[bs:be]) not in shapes.GENERIC_HEADINGS:
                looking_for_title = False
            open_para = open_item = None
            list_indents = []
            continue
        first = len(text) - len(text.lstrip())
        prev_blank = n == 0 or blank[n - 1]
        if n in page.fields:
            # Job Bank's "Education" over "  Secondary (high) school graduation certificate": a field of the box
            # above, a sub-part of it; never a list item nor the title (blind set S91).
            keep(ls + first, le)
            records.append(["label", ls + first, ls + len(text.rstrip()), 0])
            field_indent = indent_width(text)
            looking_for_title = False
            open_para = open_item = None
            list_indents = []
            continue
        if field_indent is not None and indent_width(text) > field_indent and not bullets[n]:
            # The field's value, one item a line ("Read and interpret blueprints"), or its sentences.
            keep(ls + first, le)
            add_to_paragraph(ls + first, le)
            continue
        if field_indent is not None and not bullets[n]:
            field_indent = open_para = None  # past the box's last value ("Verified" under "  3 vacancies")
        if n in questions:
            # A board's lead over the employer's screening questions: a heading over one question an item.
            keep(ls + first, le)
            if questions[n] == "lead":
                # A part of "How to apply" when under it, else a part of its own (not of the pay above it).
                under = l2_kind == "how-to-apply"
                records.append(["heading", ls + first, le, 3 if under else 2])
                l2_kind, l3_open = "how-to-apply", under
            else:
                records.append(["list_item", ls + first, le, 1])
            open_para = open_item = None
            list_indents = []
            continue
        if l2_kind is None and _TAGS.fullmatch(stripped):
            meta.setdefault("tags", []).extend(_TAG_WORD.findall(stripped))
            meta_spans.setdefault("tags", (ls + first, le))
            open_para = open_item = None
            continue
        if looking_for_title and title is None and not records and shapes.is_cry(stripped.removeprefix(handle or "")) and not has_role_word(stripped):
            # "*URGENT REQUIREMENT!!!* 🚨🚨" over the title: the board's shout, a line of text (blind set S29).
            # Its leading emoji is decoration, blanked as on any line ("🔥🔥🔥 HOT VACANCY!!! 🔥🔥🔥", blind set S80).
            skip = emoji[n] or first
            keep(ls + skip, le)
            shouts.append(["paragraph", ls + skip, le, 0, [(ls + skip, le)]])
            first_content = _next_text(n)
            open_para = open_item = None
            continue
        if looking_for_title and title is None and not records and "employment-type" not in meta and bylines.employment_type_line(stripped):
            # "Apprenticeship" over "Electrical Installation Apprentice" (GOV.UK's, blind set S48): the type, not the employer.
            meta["employment-type"] = stripped
            meta_spans["employment-type"] = (ls + first, le)
            open_para = open_item = None
            continue
        # The title is the first short line; a salary line before it does not end the search.
        if looking_for_title and title is None and n < last_content and (bylines.is_employer_line(stripped) or page.employer_over_title(n)):
            # "CITY OF GRANITE BAY" above "ASSOCIATE PLANNER": the employer, then the title.
            meta.setdefault("company", stripped)
            meta_spans.setdefault("company", (ls + first, le))
            open_para = open_item = None
            continue
        if looking_for_title and title is None and (
            ("company" in meta and ((stripped[:1] == "(" and stripped[-1:] == ")") or _LETTERHEAD_FIELD.match(stripped)))
            or address_field(stripped)
        ):
            # "(A Government of India Enterprise under the Ministry of …)", "Registered Office: Plot No. 4, …",
            # "Website: www.…" under the letterhead: the employer's lines, text, not the title (blind set S38);
            # so is any labelled address ("Corporate Centre: …, Bengaluru - 560001", blind set S71).
            keep(ls + first, le)
            records.append(["paragraph", ls + first, le, 0, [(ls + first, le)]])
            open_para = open_item = None
            continue
        if looking_for_title and title is None and not records and n < last_content and place_line(stripped):
            # "Portland, Oregon" first, under a social post's handle: where the job is, not what (blind set S20).
            take_parts(stacked_parts(texts, n, below_title=False, skip=blank), text, ls)
            open_para = open_item = None
            continue
        piped = pipe_header(text) if looking_for_title and title is None and not records and "|" in text else None
        if piped:
            # "Ferrolabs | Senior Rust Engineer | Berlin | REMOTE | €90k": a Hacker News header, the title among its parts.
            ps, pe = next((ps, pe) for key, ps, pe in piped if key == "title")
            keep(ls + ps, ls + pe)
            title = ["heading", ls + ps, ls + pe, 1]
            take_parts([p for p in piped if p[0] != "title"], text, ls)
            looking_for_title = False
            open_para = open_item = None
            continue
        if looking_for_title and title is None and not records and n in card:
            # A board's card of the employer over the title (Otta's name, tagline and facts): its name is the company,
            # the rest text, as a shout's; the line naming the role under it is the title (blind sets S88, S89).
            if n == card_name and "company" not in meta:
                meta["company"] = stripped
                meta_spans["company"] = (ls + first, le)
            else:
                keep(ls + first, le)
                shouts.append(["paragraph", ls + first, le, 0, [(ls + first, le)]])
            first_content = _next_text(n)
            open_para = open_item = None
            continue
        # A first line with pay in it is the title when it names a role over an ATS header
        # ("Registered Nurse - Nights - $10,000 Sign-On Bonus" over "Job ID: 2024-18842").
        # So is a short first line naming a role beside its pay ("Electrician | $45 - $55 p/h + Super").
        titled_pay = not records and (has_role_word(stripped) or _WANTED.search(stripped) is not None) and (
            n + 1 in header or (
                # "|" is no word, and a line of parts between bars is a job board's header: a little longer
                n == first_content and sum(any(c.isalnum() for c in w) for w in stripped.split()) <= (14 if " | " in stripped else 10)
                and stripped.rstrip("!")[-1:] not in ".?:"
                and not _SENTENCE_OPENER.match(stripped)  # "We pay drivers $25 an hour!" is a sentence
            )
            or (n == first_content and _HIRING_TAG.match(stripped) is not None and short_line(stripped, 20))
        )
        if looking_for_title and not (shapes.SALARY.search(stripped) and len(stripped.split()) <= 15 and not page.byline_next(n) and not titled_pay):
            looking_for_title = False
            skip = emoji[n] or first
            if (tag := _HIRING_TAG.match(text, skip)) and text[tag.end() :].strip():
                skip = len(text) - len(text[tag.end() :].lstrip())  # the forum's tag is no part of the job's title
            rest = text[skip:].strip()
            if (
                not _BULLET.match(text)
                and n not in header  # "Shift: Nights (7:00p - 7:30a)": a header field the meta has already, not a title
                and not rest.endswith(":")
                and (
                    short_line(rest, 20 if page.byline_next(n) else 15)  # a job board's byline below vouches for a long title
                    or (n + 1 < len(lines) and blank[n + 1] and long_title(rest))
                )
                and any(c.isalpha() for c in rest)
                and normalize_heading(rest) not in aliases
                and shapes.normalized(rest) not in shapes.GENERIC_HEADINGS
                and not header_title
            ):
                keep(ls + skip, le)
                title = ["heading", *shapes.unbolded_span(source, ls + skip, le), 1]
                stack_from = after_title = n + 1
                continue
        parts = bylines.byline(text) if title is not None and not records else None
        if not parts and title is not None and not records and meta.get("company") and bylines.employment_type_line(text):
            parts = [("employment-type", first, len(text.rstrip()))]  # "Contract" alone under the byline
        if (
            not parts and after_title is not None and not records and "company" not in meta
            and all(blank[m] or m in header for m in range(after_title, n))
        ):
            if " - " in stripped or " – " in stripped or (", " in stripped and firm_and_place(stripped)):
                # GC Jobs: "Employment and Social Development Canada - Skills and Employment Branch" over
                # "Gatineau (Québec)", a blank line under the title (blind set S21); jobs.ac.uk's
                # "University of Northmoor - School of Computing" (blind set S30): the employer, not its unit.
                # A firm by its legal form and its place, a blank line under the title: "Kettleby Transport Ltd., Bolton,
                # Ontario" (blind set S33), which was read as the heading of the opening prose.
                parts = [p for p in stacked_parts(texts, n, below_title=True, skip=blank) if p[0] in ("company", "location")] or None
                if parts:
                    stack_from = n + 1  # its place goes on below it
            if not parts and bylines.is_named_employer(stripped):
                # NHS Jobs: the trust's name under the title, a blank line between ("… NHS Foundation Trust").
                parts = [("company", first, len(text.rstrip()))]
        if not parts and stack_from is not None and len(stripped.split()) <= 8:
            # "Healthscope" / "Melbourne VIC" / "Full time": a header stacked a part a line under the title.
            # The employer's line is right under the title, or under header fields ("Reference number: …").
            below = all(m in header for m in range(stack_from, n))  # none between: right under it
            found = stacked_parts(texts, n, below_title=below, skip=blank)
            parts = [p for p in found if p[0] not in meta] or None
            if not parts and found and "remote" not in meta and workplace_line(stripped):
                parts = [("remote", first, len(text.rstrip()))]  # Lever's "Toronto, Ontario" over "Hybrid" (blind set S63)
            elif not parts and found:
                # A second place or type ("Full-time" over "Permanent"): a line of the header's text, never
                # a heading over the opening prose.
                keep(ls + first, le)
                records.append(["paragraph", ls + first, le, 0, [(ls + first, le)]])
                open_para = open_item = None
                continue
        elif stack_from is not None and not parts:
            stack_from = None  # a long line ends the header
        if parts:
            # "Acme Payments · London, England, United Kingdom (Hybrid)" under the title: metadata.
            take_parts(parts, text, ls)
            open_para = open_item = None
            continue
        bullet = _BULLET.match(text) if bullets[n] or text.lstrip(" \t")[:1] not in shapes.SOCIAL_GLYPHS else None
        if bullet:
            indent = indent_width(text)
            while list_indents and indent < list_indents[-1]:
                list_indents.pop()
            if not list_indents or indent > list_indents[-1]:
                list_indents.append(indent)
            keep(ls + bullet.end(), le)
            item = ["list_item", ls + bullet.end(), le, len(list_indents)]
            records.append(item)
            open_para, open_item = None, (item, indent)
            continue
        if open_item is not None and indent_width(text) > open_item[1]:
            # A wrapped bullet: indented deeper than its glyph, no blank line between.
            keep(ls + first, le)
            open_item[0][2] = le
            continue
        if n in columns.values:
            # The right column's text beside a label: its label is the heading, never this line.
            keep(ls + first, le)
            open_item, list_indents = None, []
            add_to_paragraph(ls + first, le)
            continue
        skip = emoji[n] or first
        rest = text[skip:]
        # (A tick or arrow line is a bullet of its own: "✨ Perks" over "➡️ free coffee" heads it.)
        neighbours = bool(emoji[n]) and (
            (n > 0 and not blank[n - 1] and bool(emoji[n - 1]) and not bullets[n - 1])
            or (n + 1 < len(lines) and not blank[n + 1] and bool(emoji[n + 1]) and not bullets[n + 1])
        )
        # Emoji-led lines in a row are a list even when they read as sentences, not headings
        # ("📍 bean & bramble, 41 clanbrassil st" over "💶 €13.50/hr + tips").
        if emoji[n] and (emoji_heading_text(rest) or neighbours):
            keep(ls + skip, le)
            if neighbours:
                # Several emoji lines in a row are an emoji-bulleted list, not headings.
                records.append(["list_item", ls + skip, le, 1])
            else:
                records.append(["heading", ls + skip, le, 2])
                l2_kind = schema.classify(rest)
            open_para = open_item = None
            list_indents = []
            continue
        keep(ls + skip, le)
        caps = shapes.is_all_caps_heading(rest) and n < last_content
        if is_label(rest) and not caps and page.form_field(n):
            # "Current CTC:" / "Expected CTC:" / "Notice Period:": blanks a candidate fills in, one a line.
            records.append(["list_item", ls + skip, le, 1])
            open_para = open_item = None
            continue
        if is_label(rest) and not caps:
            kind = schema.classify(rest)
            second = records and records[-1][0] not in ("heading", "label") and not shapes.names_a_subpart(rest)
            # A label of no known kind after the current part's lines, in the shape of that part's own "What We Are
            # Looking For:" heading: a part beside it ("Certificates and Medical:" over its sentences, blind set S73),
            # unless its lines state the current part's kind ("Health:" over cover under "Benefits:").
            peer = (
                kind == "other" and second and prev_blank and not l3_open and l2_kind is not None
                and _part_heads_with_colon() and page.lines_state(n) != l2_kind
            )
            if peer:
                records.append(["heading", ls + skip, le - (len(rest) - len(rest.rstrip(" \t:"))), heading_level(rest, peer=True)])
            elif (not l3_open and kind != "other" and schema.parent_kind(kind) is None and (kind != l2_kind or second)):
                # "Minimum Qualifications:" opening a new part of the posting is a heading, not a sub-label; so is a second
                # part of the current kind after the first one's lines ("Qualifications:" after "Requirements:" and its
                # list, blind set S73), as heading_level reads it; right under it, "Must have:" is a part of it.
                records.append(["heading", ls + skip, le - (len(rest) - len(rest.rstrip(" \t:"))), heading_level(rest, n=n)])
            else:
                records.append(["label", ls + skip, le, 0])
            open_para = open_item = None
            list_indents = []
            continue
        # (A line with an e-mail address in it is a sentence: "… share your resume at hr@… with the below details:".)
        lead_in = prev_blank and (short_line(rest, 8) or (rest.rstrip().endswith(":") and len(rest.split()) <= 14 and "@" not in rest)) and page.lead_in(n)
        # A lead-in whose sentence the items finish ("You might thrive in this role if you have").
        lead_in = lead_in or (
            prev_blank and len(rest.split()) <= 12 and rest[:1].isupper() and _dangles(rest)
            and n + 2 < len(lines) and not blank[n + 1] and not blank[n + 2] and texts[n + 1].strip()[:1].isupper() | texts[n + 1].strip()[:1].isdigit()
        )
        # "What you need" over one item a line, "Pay and hours" over a line of pay.
        lead_in = lead_in or (
            prev_blank and n + 2 < len(lines) and not blank[n + 1] and not bullets[n + 1]
            and (shapes.is_question_heading(rest) or (shapes.has_heading_word(rest) and short_line(rest, 4) and is_title_case(rest.split()[0])))
            and not blank[n + 1] and len(texts[n + 1].split()) <= 20
        )
        after_sentence = open_para is None or texts[n - 1].rstrip()[-1:] in ".!?"
        # "Examples of Duties" right under a sentence, no blank line between (a copy that lost them).
        named = (
            after_sentence and not prev_blank and n < last_content and short_line(rest, 6) and is_title_case(rest)
            and (schema.classify(rest) != "other" or shapes.has_heading_word(rest))
        )
        # The line right under "Bonus points:" is what the label introduces, not a heading of its own.
        under_colon = n > 0 and not blank[n - 1] and texts[n - 1].rstrip().endswith(":")
        item_like = shapes.reads_as_item(rest)  # "Experience with SQL": an item (an ALL-CAPS line stays a heading)
        # "Unit 4, Riverside Trade Park, Dartford, Kent": an address, no heading (blind set S48).
        item_like = item_like or shapes.is_address_line(rest)
        if caps or (not item_like and (lead_in or named or (after_sentence and not under_colon and page.stands_over_prose(n, rest)))):
            # "MINIMUM QUALIFICATIONS", or a short line a list follows ("Our area of operations").
            end = le - (len(rest) - len(rest.rstrip(" \t:")))
            records.append(["heading", ls + skip, end, heading_level(rest, peer=caps, n=n)])
            open_para = open_item = None
            list_indents = []
            continue
        # A heading is a short Title Case line, or a line that is exactly a known
        # section name in sentence case ("What you'll do", "Nice to have").
        known = normalize_heading(rest) in aliases and short_line(rest, 6) and rest.rstrip()[-1:] not in ".,;"
        known = known or shapes.bilingual_heading(rest, aliases)
        # NHS Jobs stacks its headings with no blank line: "Person specification" / "Qualifications" /
        # "Essential criteria" over a list, then "Desirable criteria" right after the list.
        stacked = (
            n > 0 and short_line(rest, 4) and rest.rstrip()[-1:] not in ".,;" and schema.classify(rest) != "other"
            and ((records and records[-1][0] == "heading" and records[-1][2] >= lines[n - 1][0]) or (n + 1 < len(lines) and bullets[n + 1]))
            # "Communication skills" right under "Skills": an item the heading names, not a heading (blind set S48).
            and not (records and records[-1][0] == "heading" and shapes.names_its_heading(rest, source[records[-1][1] : records[-1][2]]))
        )
        if (prev_blank or stacked) and n < last_content and not item_like and not shapes.is_shouted_statement(rest) and (
            (prev_blank and short_line(rest, 10) and is_title_case(rest)) or known or stacked
        ):
            records.append(["heading", ls + skip, le, heading_level(rest, n=n)])
            open_para = open_item = None
            list_indents = []
            continue
        open_item = None
        list_indents = []
        add_to_paragraph(ls + skip, le)

    records.extend(shouts)
    records.sort(key=lambda r: r[1])
    if title is None and not header_title:
        top = lines[min(len(lines) - 1, 12)][1] if lines else 0
        title = take_title_from_headings(records, source, schema, top)
        if title is not None:
            # The post's first line names who posted it: the page's name ("Salt & Shear Hair Co.").
            # Not a handle or a label the reader dropped, nor the shout under them (blind set S31).
            poster = next((k for k, t in enumerate(texts) if t.strip() and not blank[k]), None)
            name = texts[poster].strip() if poster is not None and lines[poster][1] <= title[1] else ""
            if name and len(name.split()) <= 6 and not has_role_word(name) and not is_greeting(name) and not shapes.SALARY.search(name) and not shapes.is_cry(name.removeprefix(handle or "")):
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
