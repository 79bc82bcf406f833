"""The plain-text walk's title steps: the lines over the title that are not it (a shout, the
employer's line, its letterhead, a board's card), the title line itself, and the header stacked under
it (a byline, the employer, places and types a line each).

Each step takes the walk and a line and returns whether it took the line
(:class:`postlint.readers.text_walk.TextWalk` runs them after :mod:`postlint.readers.text_head`'s,
in the order of :data:`STEPS`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from postlint.language.job_titles import has_role_word
from postlint.model.schema import normalize_heading
from postlint.readers import bylines
from postlint.readers import text_shapes as shapes
from postlint.readers.email_chrome import is_greeting
from postlint.readers.header_stack import (
    address_field,
    address_line,
    firm_and_place,
    pipe_header,
    place_line,
    profile_name_and_place,
    stacked_parts,
    workplace_line,
)
from postlint.readers.page_blocks import SITE_ADDRESS
from postlint.readers.text_lines import long_title, short_line

if TYPE_CHECKING:  # pragma: no cover
    from postlint.readers.text_walk import Line, TextWalk

# A gig's call names its job without a role word: "Moving Help Needed Saturdays ($25/hr cash)" (blind set S24).
_WANTED = re.compile(r"(?i)\b(?:wanted|needed|hiring)\b")
# A forum's tag that opens a post's title: r/forhire's "[HIRING] WordPress developer, $45-60/hr, Remote" (blind set S65).
_HIRING_TAG = re.compile(r"(?i)\[\s*hiring\s*\]")
# A page's address alone on its line, a path after the host: "news.ycombinator.com/item?id=46071234" (blind set S99).
_PAGE_ADDRESS = re.compile(
    r"(?i)(?<![\w.-])(?:https?://[^\s/]{1,253}|(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5})/[^\s]{0,2000}"
)
_GOVERNMENT = re.compile(r"(?i)(?:the\s)?(?:government|republic|kingdom)\sof\s")
_SENTENCE_OPENER = re.compile(r"(?i)(?:we|you|our|your|join|earn|get|are|do|if|i|my)\b")
# A letterhead's address and contact lines under the employer's name, and a public notice's number
# ("Advertisement No. DPL/HR/REC/07/2026", "Ref No. KE/24/118").
_LETTERHEAD_FIELD = re.compile(
    r"(?i)(?:(?:registered|regd\.?|head|corporate|regional|zonal|branch)\s+)?(?:office|centre|center|headquarters|address|website|web|e-?mail|phone|tel|telephone|fax|cin|gstin)\s*:"
    r"|(?:advertisement|advt\.?|notification|vacancy|ref(?:erence)?)\s*(?:no\.?|number|#)\s*:?\s*\S"
)


def rated_employer(w: TextWalk, line: Line) -> bool:
    """A board's line of the employer with its rating and badge, over the opening prose ("Sever Napitki LLC   ★ 4.3
    Verified employer"): its name is the company, the rest the board's; never a heading nor the title (blind set S98)."""
    if line.n >= w.prose_from or (span := bylines.rated_employer(line.text)) is None:
        return False
    if "company" not in w.meta:
        w.meta["company"] = line.text[span[0] : span[1]]
        w.meta_spans["company"] = (line.ls + span[0], line.ls + span[1])
    if w.title is None:
        w.first_content = w.next_text(line.n)  # the title under it is the page's first line still
    w.close()
    return True


def over_the_title(w: TextWalk, line: Line) -> bool:
    """Lines over the title that are not the title: a shout, the employment type, the employer, its letterhead, the place."""
    n, ls, le, stripped, first = line.n, line.ls, line.le, line.stripped, line.first
    if not w.looking_for_title or w.title is not None:
        return False
    if not w.records and shapes.is_cry(stripped.removeprefix(w.handle or "")) and not has_role_word(stripped):
        # "*URGENT REQUIREMENT!!!* 🚨🚨" over the title: the board's shout, a line of text (blind set S29).
        # Its leading emoji is decoration, blanked as on any line ("🔥🔥🔥 HOT VACANCY!!! 🔥🔥🔥", blind set S80).
        skip = w.emoji[n] or first
        w.keep(ls + skip, le)
        w.shouts.append(["paragraph", ls + skip, le, 0, [(ls + skip, le)]])
        w.first_content = w.next_text(n)
    elif not w.records and (_greets(stripped) and not has_role_word(stripped) or _greets_and_introduces(stripped)):
        # "hey guys 👋" over a chat's post: its greeting to the channel, a line of text, never the title (blind set S102);
        # so is a text message's "(1/2) Hi Jordan! This is Tasha w/ Keystone Staffing 👋" (blind set S106).
        skip = w.emoji[n] or first
        w.keep(ls + skip, le)
        w.shouts.append(["paragraph", ls + skip, le, 0, [(ls + skip, le)]])
        w.first_content = w.next_text(n)
    elif not w.records and len(stripped) <= 2000 and _PAGE_ADDRESS.fullmatch(stripped):
        # The thread's or page's address copied over the post: where it was read, never the title (blind set S99).
        w.blank[n] = True
        w.first_content = w.next_text(n)
    elif not w.records and n == w.first_content and len(stripped) <= 80 and SITE_ADDRESS.fullmatch(stripped):
        # A site's name as its address over the title, no menu under it: the board's or the employer's ("Booking.com"),
        # a line of text, never the title (blind set S108). Under a site's menu it is chrome (page_blocks).
        w.keep(ls + first, le)
        w.shouts.append(["paragraph", ls + first, le, 0, [(ls + first, le)]])
        w.first_content = w.next_text(n)
    elif not w.records and "employment-type" not in w.meta and bylines.employment_type_line(stripped):
        # "Apprenticeship" over "Electrical Installation Apprentice" (GOV.UK's, blind set S48): the type, not the employer.
        w.meta["employment-type"] = stripped
        w.meta_spans["employment-type"] = (ls + first, le)
    elif n < w.last_content and (bylines.is_employer_line(stripped) or w.page.employer_over_title(n)):
        # The title is the first short line; a salary line before it does not end the search.
        # "CITY OF GRANITE BAY" above "ASSOCIATE PLANNER": the employer, then the title.
        # A government's name heading its letterhead gives way to the ministry under it (blind set S111).
        if _GOVERNMENT.match(w.meta.get("company", "")):
            del w.meta["company"], w.meta_spans["company"]
        w.meta.setdefault("company", stripped)
        w.meta_spans.setdefault("company", (ls + first, le))
    elif (
        "company" in w.meta
        and ((stripped[:1] == "(" and stripped[-1:] == ")") or _LETTERHEAD_FIELD.match(stripped) or address_line(stripped))
    ) or address_field(stripped):
        # "(A Government of India Enterprise under the Ministry of …)", "Registered Office: Plot No. 4, …",
        # "Website: www.…" under the letterhead: the employer's lines, text, not the title (blind set S38);
        # so is any labelled address ("Corporate Centre: …, Bengaluru - 560001", blind set S71), and one with no label
        # under the letterhead ("Krishi Sankhyiki Bhawan, Pusa Road, New Delhi - 110012", blind set S111).
        w.keep(ls + first, le)
        w.records.append(["paragraph", ls + first, le, 0, [(ls + first, le)]])
    elif not w.records and w.handle and n == w.first_content and (profile := profile_name_and_place(line.text)):
        # "Nonna's Lab · Sydney Road, Brunswick VIC" under the handle: the profile's name and place, the poster's
        # line; the caption's own line names the job, if any does (blind set S98).
        w.take_parts(profile, line.text, ls)
        w.first_content = w.next_text(n)
    elif not w.records and n < w.last_content and place_line(stripped):
        # "Portland, Oregon" first, under a social post's handle: where the job is, not what (blind set S20).
        w.take_parts(stacked_parts(w.texts, n, below_title=False, skip=w.blank), line.text, ls)
    else:
        return _piped_or_card(w, line)
    w.close()
    return True


def _greets(text: str) -> bool:
    """A greeting alone on its line, its emoji after it or not ("hey guys 👋", "Hi all! 🙌", "Hello everyone")."""
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] in ",!:"):
        end -= 1  # a trailing emoji or wave, walked back: no regex over a run of symbols
    return end < 60 and is_greeting(text[:end])


# A text message's part counter, "(1/2)", before its greeting.
_MESSAGE_PART = re.compile(r"\(\d{1,2}/\d{1,2}\)[ \t]*")
# The sender naming themself after the greeting: "This is Tasha w/ Keystone Staffing", "it's Sam from Acme", "I'm Priya".
_INTRODUCES = re.compile(
    r"(?i:this is|it's|it’s|it is|my name is|i'm|i’m|i am)[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
    r"(?:[ \t]+(?i:w/|with|from|at|of|here)(?=[ \t])|[ \t]*(?:[,.!:]|$)|[ \t]+[^\w\s])"
)


def _greets_and_introduces(text: str) -> bool:
    """A greeting and the sender naming themself, a message's opening line: "(1/2) Hi Jordan! This is Tasha w/ Keystone
    Staffing 👋", "Hey all, it's Sam from Acme.". Never a title, whatever job words follow the sender's name."""
    part = _MESSAGE_PART.match(text)
    if part is not None:
        text = text[part.end() :]
    stop = next((i for i, ch in enumerate(text[:40]) if ch in ",!."), None)
    return stop is not None and is_greeting(text[: stop + 1]) and _INTRODUCES.match(text[stop + 1 :].lstrip(" \t")) is not None


def _piped_or_card(w: TextWalk, line: Line) -> bool:
    n, ls, le, text, stripped, first = line.n, line.ls, line.le, line.text, line.stripped, line.first
    piped = pipe_header(text) if not w.records and "|" in text else None
    if piped:
        # "Ferrolabs | Senior Rust Engineer | Berlin | REMOTE | €90k": a Hacker News header, the title among its parts.
        ps, pe = next((ps, pe) for key, ps, pe in piped if key == "title")
        w.keep(ls + ps, ls + pe)
        w.title = ["heading", ls + ps, ls + pe, 1]
        w.take_parts([p for p in piped if p[0] != "title"], text, ls)
        w.looking_for_title = False
    elif not w.records and n in w.card:
        # A board's card of the employer over the title (Otta's name, tagline and facts): its name is the company,
        # the rest text, as a shout's; the line naming the role under it is the title (blind sets S88, S89).
        if n == w.card_name and "company" not in w.meta:
            w.meta["company"] = stripped
            w.meta_spans["company"] = (ls + first, le)
        else:
            w.keep(ls + first, le)
            w.shouts.append(["paragraph", ls + first, le, 0, [(ls + first, le)]])
        w.first_content = w.next_text(n)
    else:
        return False
    w.close()
    return True


def _titled_pay(w: TextWalk, line: Line) -> bool:
    """A first line with pay in it is the title when it names a role over an ATS header
    ("Registered Nurse - Nights - $10,000 Sign-On Bonus" over "Job ID: 2024-18842"), or is a
    short first line naming a role beside its pay ("Electrician | $45 - $55 p/h + Super")."""
    n, stripped = line.n, line.stripped
    return (
        not w.records
        and (has_role_word(stripped) or _WANTED.search(stripped) is not None)
        and (
            n + 1 in w.header
            or (
                # "|" is no word, and a line of parts between bars is a job board's header: a little longer
                n == w.first_content
                and sum(any(c.isalnum() for c in word) for word in stripped.split())
                <= (14 if " | " in stripped else 10)
                and stripped.rstrip("!")[-1:] not in ".?:"
                and not _SENTENCE_OPENER.match(stripped)  # "We pay drivers $25 an hour!" is a sentence
            )
            or (n == w.first_content and _HIRING_TAG.match(stripped) is not None and short_line(stripped, 20))
        )
    )


def title_line(w: TextWalk, line: Line) -> bool:
    """The title is the first short line; a line of pay before it does not end the search (unless it names the role)."""
    n, ls, le, text, stripped = line.n, line.ls, line.le, line.text, line.stripped
    if not w.looking_for_title:
        return False
    if (
        shapes.SALARY.search(stripped)
        and len(stripped.split()) <= 15
        and not w.page.byline_next(n)
        and not _titled_pay(w, line)
    ):
        return False
    w.looking_for_title = False
    skip = w.emoji[n] or line.first
    if (tag := _HIRING_TAG.match(text, skip)) and text[tag.end() :].strip():
        skip = len(text) - len(text[tag.end() :].lstrip())  # the forum's tag is no part of the job's title
    rest = text[skip:].strip()
    if (
        not shapes.BULLET.match(text)
        and n not in w.header  # "Shift: Nights (7:00p - 7:30a)": a header field the meta has already, not a title
        and not rest.endswith(":")
        and (
            short_line(rest, 20 if w.page.byline_next(n) else 15)  # a job board's byline below vouches for a long title
            or (n + 1 < len(w.lines) and w.blank[n + 1] and long_title(rest))
        )
        and any(c.isalpha() for c in rest)
        and normalize_heading(rest) not in w.aliases
        and shapes.normalized(rest) not in shapes.GENERIC_HEADINGS
        and not w.header_title
    ):
        w.keep(ls + skip, le)
        w.title = ["heading", *shapes.unbolded_span(w.source, ls + skip, le), 1]
        w.stack_from = w.after_title = n + 1
        return True
    return False


def under_the_title(w: TextWalk, line: Line) -> bool:
    """The header under the title: a byline, the employer's line, places and types stacked a line each."""
    n, ls, le, text, stripped, first = line.n, line.ls, line.le, line.text, line.stripped, line.first
    parts = bylines.byline(text) if w.title is not None and not w.records else None
    icon = w.emoji[n]  # "⏰ Full-time": a board's fact behind its icon (Remote OK's, blind set S124)
    if (
        not parts
        and w.title is not None
        and not w.records
        and w.meta.get("company")
        and bylines.employment_type_line(text[icon:])
    ):
        parts = [("employment-type", icon or first, len(text.rstrip()))]  # "Contract" alone under the byline
    if (
        not parts
        and w.after_title is not None
        and not w.records
        and "company" not in w.meta
        and all(w.blank[m] or m in w.header for m in range(w.after_title, n))
    ):
        if " - " in stripped or " – " in stripped or (", " in stripped and firm_and_place(stripped)):
            # GC Jobs: "Employment and Social Development Canada - Skills and Employment Branch" over
            # "Gatineau (Québec)", a blank line under the title (blind set S21); jobs.ac.uk's
            # "University of Northmoor - School of Computing" (blind set S30): the employer, not its unit.
            # A firm by its legal form and its place, a blank line under the title: "Kettleby Transport Ltd., Bolton,
            # Ontario" (blind set S33), which was read as the heading of the opening prose.
            parts = [
                p for p in stacked_parts(w.texts, n, below_title=True, skip=w.blank) if p[0] in ("company", "location")
            ] or None
            if parts:
                w.stack_from = n + 1  # its place goes on below it
        if not parts and bylines.is_named_employer(stripped):
            # NHS Jobs: the trust's name under the title, a blank line between ("… NHS Foundation Trust").
            parts = [("company", first, len(text.rstrip()))]
    if not parts and w.stack_from is not None and len(stripped.split()) <= 8:
        # "Healthscope" / "Melbourne VIC" / "Full time": a header stacked a part a line under the title.
        # The employer's line is right under the title, or under header fields ("Reference number: …").
        below = all(m in w.header for m in range(w.stack_from, n))  # none between: right under it
        found = stacked_parts(w.texts, n, below_title=below, skip=w.blank)
        parts = [p for p in found if p[0] not in w.meta] or None
        if not parts and found and "remote" not in w.meta and workplace_line(stripped):
            parts = [("remote", first, len(text.rstrip()))]  # Lever's "Toronto, Ontario" over "Hybrid" (blind set S63)
        elif not parts and found:
            # A second place or type ("Full-time" over "Permanent"): a line of the header's text, never
            # a heading over the opening prose.
            w.keep(ls + first, le)
            w.records.append(["paragraph", ls + first, le, 0, [(ls + first, le)]])
            w.close()
            return True
    elif w.stack_from is not None and not parts:
        w.stack_from = None  # a long line ends the header
    if not parts:
        return False
    # "Acme Payments · London, England, United Kingdom (Hybrid)" under the title: metadata.
    w.take_parts(parts, text, ls)
    w.close()
    return True


STEPS = [rated_employer, over_the_title, title_line, under_the_title]
