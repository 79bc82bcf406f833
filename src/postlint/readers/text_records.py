"""The plain-text reader's last steps: its records ([kind, start, end, level, lines]) settled into
sections and cut into blocks.

A post with no title line may take it from a heading near the top; headings over nothing but
header metadata go, a notice over a known part becomes a line of text, a heading right under
another becomes its first subsection, and a shout or a sign-off heads nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from postlint.language.job_titles import has_role_word
from postlint.model.posting import Block
from postlint.model.schema import Schema
from postlint.readers import bylines
from postlint.readers import text_shapes as shapes
from postlint.readers.text_items import split_paragraph
from postlint.readers.tree import make_block


def take_title_from_headings(records: list[list[Any]], source: str, schema: Schema, top: int) -> list[Any] | None:
    """No title line: a social post opens with the page's name and "WE'RE HIRING!!"; the first heading
    before ``top`` that names a role and no part of a posting is the title ("SENIOR HAIR STYLIST WANTED -
    BURLEIGH HEADS"), taken out of ``records``; None when there is none, or several (a post for several jobs)."""

    def names_a_role(record: list[Any]) -> bool:
        text = source[record[1] : record[2]]
        return record[0] == "heading" and has_role_word(text) and schema.classify(text) == "other"

    for i, record in enumerate(records):
        if record[1] > top:
            break
        if names_a_role(record):
            if any(names_a_role(r) and not _signs_off(records[j + 1 :], source) for j, r in enumerate(records[i + 1 :], i + 1)):
                return None  # "LINE COOKS", then "SERVERS", "BARTENDER": a post for several jobs, none its title (blind set S31)
            del records[i]
            return ["heading", record[1], record[2], 1]
    return None


def _signs_off(after: list[list[Any]], source: str) -> bool:
    """The records ``after`` a role heading are a notice's sign-off under it: a line or two to the end,
    one naming the employer ("SECRETARY/CEO" over "NYANDARUA COUNTY PUBLIC SERVICE BOARD"; blind set S80).
    A second job has its own lines, not its employer's name alone."""
    lines = [source[r[1] : r[2]].strip() for r in after]
    return (
        0 < len(lines) <= 2 and all("\n" not in t and len(t.split()) <= 8 and t[-1:] not in ".!?:" for t in lines)
        and any(bylines.is_employer_line(t) or bylines.is_named_employer(t) for t in lines)
    )


def settle_records(records: list[list[Any]], meta_starts: list[int], chars: list[str], source: str, schema: Schema) -> list[list[Any]]:
    """The headings settled (:func:`_settle_headings`); a shout or the paste's last line of no known kind heads nothing."""
    records = _settle_headings(records, meta_starts, chars, lambda r: schema.classify(source[r[1] : r[2]]))
    for k, record in enumerate(records):
        if record[0] == "heading" and shapes.is_cry(source[record[1] : record[2]]):
            # "URGENT REQUIREMENT!!!" heads nothing: the board's shout, a line READ014 reads (blind set S32).
            records[k] = ["paragraph", record[1], record[2], 0, [(record[1], record[2])]]
        elif shapes.is_signed_mark(source[record[1] : record[2]]):
            # A signature's "Sd/-" over the office that signs heads nothing and says nothing: a mark, not prose
            # (blind set S111). Its record stays, so the lines under it read as the sign-off.
            chars[record[1] : record[2]] = " " * (record[2] - record[1])
            records[k] = ["paragraph", record[1], record[2], 0, [(record[1], record[2])]]
    if len(records) > 1 and records[-1][0] == "heading" and schema.classify(source[records[-1][1] : records[-1][2]]) == "other":
        # The paste's last line heads nothing: a sign-off ("🙏 Please share in your groups 🙏", blind set S29).
        records[-1] = ["paragraph", records[-1][1], records[-1][2], 0, [(records[-1][1], records[-1][2])]]
    return records


def blocks_of(records: list[list[Any]], source: str, prose: str) -> list[Block]:
    """The posting's blocks, a record each; a paragraph of lines that each start an item is a list."""
    blocks: list[Block] = []
    bulleted = False  # a bulleted item stands above, in the current part (no heading or label since)
    for k, record in enumerate(records):
        if k and records[k - 1][0] in ("heading", "label", "list_item"):
            bulleted = records[k - 1][0] == "list_item"
        kind, start, end, level = record[:4]
        if kind == "paragraph" and len(record[4]) > 1 and k and shapes.is_signed_mark(source[records[k - 1][1] : records[k - 1][2]]):
            # The lines under a signature's "Sd/-" are its sign-off, a line each (the office that signs, the
            # employer's name), not a list (blind set S111).
            blocks += [b for s, e in record[4] if (b := make_block(prose, "paragraph", s, e, 0)) is not None]
            continue
        if kind == "paragraph" and len(record[4]) > 1:
            # Lines without end punctuation that each start an item are a list, not one long sentence.
            # Right under bulleted items (a blank line between or not), sentences without bullets are no list
            # that lost its bullets: the posting kept them (blind set S55).
            after_list = k > 0 and records[k - 1][0] == "list_item" and source.count("\n", records[k - 1][2], start) <= 2
            # So are full sentences under the next part's heading ("Certificates and Medical:" over "All certificates
            # must be in order before your first mobilisation."; blind set S73); short lines there ("Dental cover.")
            # may still be a list.
            after_list = after_list or (
                k > 1 and records[k - 1][0] in ("heading", "label") and records[k - 2][0] == "list_item"
                and sum(len(source[s:e].split()) for s, e in record[4]) >= 8 * len(record[4])
            )
            # Or further down the same part, prose between: the poster bulleted the part's list, so sentences one a
            # line after it are prose too (blind set S84: three pay lines after "What I need:" and its six duties).
            after_list = after_list or bulleted
            for part_kind, part_start, part_end in split_paragraph(source, record[4], after_list=after_list):
                block = make_block(prose, part_kind, part_start, part_end, 1 if part_kind == "list_item" else 0)
                if block is not None:
                    blocks.append(block)
            continue
        block = make_block(prose, kind, start, end, level)
        if block is not None:
            blocks.append(block)
    return blocks


# Parts that are never a subsection of the part whose empty heading stands above them.
_NEVER_UNDER = frozenset({"compensation", "benefits", "how-to-apply", "about-company", "location", "eeo"})


def _caps_peers(prev: str, heading: str) -> bool:
    """Two headings in capitals, the first naming a part of its own ("KEY RELATIONSHIPS"), not a wrapper ("JOB DESCRIPTION")."""
    return (
        shapes.is_all_caps_heading(prev) and shapes.is_all_caps_heading(heading) and shapes.has_heading_word(prev)
        and shapes.normalized(prev) not in shapes.GENERIC_HEADINGS
    )


def _settle_headings(
    records: list[list[Any]], meta_starts: list[int], chars: list[str], kind_of: Callable[[list[Any]], str]
) -> list[list[Any]]:
    """Headings over nothing but header metadata are no sections ("=== JOB DETAILS ===" over "Title: …"):
    they are blanked. A line of no known kind right above a known part with nothing of its own
    ("NO AGENCIES PLEASE" over "Why join us") is a notice, not a part: a line of text. A heading right under another
    one, with nothing between, is its first subsection ("Requirements" then "Conditions of Employment")."""
    out: list[list[Any]] = []
    for i, record in enumerate(records):
        nxt = records[i + 1] if i + 1 < len(records) else None
        if record[0] == "heading" and record[3] >= 2 and (nxt is None or nxt[0] in ("heading", "label")):
            until = nxt[1] if nxt is not None else len(chars)
            notice = nxt is not None and nxt[0] == "heading" and kind_of(record) == "other" and kind_of(nxt) != "other"
            # A line that names a part of a posting ("ADDITIONAL INFORMATION", left empty) is a heading: STR014 reads it
            # (blind set S64). "NOW HIRING!! Apply TODAY" still shouts.
            text = "".join(chars[record[1] : record[2]])
            notice = notice and not (shapes.has_heading_word(text) and "!" not in text and not shapes.is_cry(text))
            if any(record[2] <= m < until for m in meta_starts):
                chars[record[1] : record[2]] = " " * (record[2] - record[1])
                continue
            if notice:
                # Kept as a line of text: its wording is still the posting's ("NOW HIRING!! Apply TODAY").
                record[0], record[3] = "paragraph", 0
                record[4:] = [[(record[1], record[2])]]
        out.append(record)
    # A "LABEL:" nested as a first subsection: its parent's level, its level, and the kinds a sibling may be.
    sub: tuple[int, int, tuple[str, str]] | None = None
    for prev, record in zip(out, out[1:]):
        if record[0] == "heading" and sub is not None and record[3] <= sub[0]:
            # "EXPERIENCE:" after "EDUCATION:" under "Essential qualifications": its sibling, in its shape and of its
            # kind or its parent's (blind set S125); "ASSET QUALIFICATIONS:" is a part of its own.
            if _caps_label(chars, record) and kind_of(record) in sub[2]:
                record[3] = sub[1]
                continue
            sub = None
        if prev[0] == record[0] == "heading" and prev[3] >= 2 and record[3] <= prev[3]:
            kind = kind_of(record)
            if kind in _NEVER_UNDER and kind != kind_of(prev):
                continue  # "Preferred Qualifications" left empty over "Compensation": two parts, the first empty
            if kind_of(prev) in _NEVER_UNDER and kind == "other" and len("".join(chars[record[1] : record[2]]).split()) >= 4:
                continue  # "Benefits" left empty over "How You Will Be Evaluated": no part of the benefits ("Health" is)
            if kind != "other" and kind_of(prev) == "other" and _caps_peers("".join(chars[prev[1] : prev[2]]), "".join(chars[record[1] : record[2]])):
                continue  # "KEY RELATIONSHIPS" left empty over "PERSON SPECIFICATION": peers in a document's capitals (blind set S93)
            record[3] = min(prev[3] + 1, 6)
            if _caps_label(chars, record) and not _caps_label(chars, prev):
                sub = (prev[3], record[3], (kind, kind_of(prev)))
    return out


def _caps_label(chars: list[str], record: list[Any]) -> bool:
    """A heading in capitals with a colon after it: "EDUCATION:"."""
    end = record[2]
    while end < len(chars) and chars[end] in " \t":
        end += 1
    return end < len(chars) and chars[end] == ":" and shapes.is_all_caps_heading("".join(chars[record[1] : record[2]]))
