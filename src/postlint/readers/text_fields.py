"""A job board's box of fields in plain text: a box's name ("Overview") over short labels, each over its value
("Languages" / "English and French", "Experience" / "1 year to less than 2 years": Canada's Job Bank). The reader
takes the labels as sub-parts of the box, so a rule reading a part by its name (INC005 under "Experience") sees them.
"""

from __future__ import annotations

from postlint.model.schema import Schema
from postlint.readers import text_shapes as shapes
from postlint.readers.header_box import label_key
from postlint.readers.text_items import continues
from postlint.readers.text_lines import indent_width

_BULLET = shapes.BULLET
# The fields of Job Bank's boxes that name no part of a posting: a label of a box, never a heading of its own.
_BOX_FIELDS = frozenset(
    ("languages", "on site", "work setting", "supervision", "work site environment", "personal suitability",
     "transportation/travel information", "work conditions and physical capabilities", "credentials")
)


def field_box_labels(texts: list[str], blank: list[bool], bullets: list[bool]) -> set[int]:
    """The label lines of a board's box of fields: right under the box's name ("Overview", "Responsibilities"), two or
    more short labels in a row, each over its values indented deeper and no blank line between ("Languages" / "  English",
    "Tasks" / five tasks, "Supervision" / "  1 to 2 people": Canada's Job Bank, blind set S91). Not a list item wrapped
    under a hanging indent: a label stops mid-phrase there ("…in engineering or a") or its next line starts in lower case."""
    out: set[int] = set()
    n = 1
    while n < len(texts):
        run: list[int] = []
        above = n - 1
        if not (blank[above] or _box_label(texts, blank, bullets, above)) and len(texts[above].split()) <= 6 and texts[above].rstrip()[-1:] not in ".,;!":
            m = n
            indent = indent_width(texts[n])
            # The labels stand level with the box's name or a little in from it.
            inside = indent_width(texts[above]) <= indent <= indent_width(texts[above]) + 2
            while inside and m + 1 < len(texts) and indent_width(texts[m]) == indent and _box_label(texts, blank, bullets, m):
                run.append(m)
                m += 1
                while m < len(texts) and not blank[m] and indent_width(texts[m]) > indent:
                    m += 1
        if len(run) >= 2:
            out.update(run)
            n = run[-1] + 1
        else:
            n += 1
    return out


def _box_label(texts: list[str], blank: list[bool], bullets: list[bool], n: int) -> bool:
    """Line ``n`` is shaped like a field's label over values indented deeper on the lines right under it."""
    text = texts[n].strip()
    if blank[n] or bullets[n] or n + 1 >= len(texts) or blank[n + 1] or indent_width(texts[n + 1]) <= indent_width(texts[n]):
        return False
    value = texts[n + 1][m.end() if (m := _BULLET.match(texts[n + 1])) else 0 :].strip()
    return (
        1 <= len(text.split()) <= 8 and text[:1].isupper() and text[-1:] not in ".,;:!?" and not continues(text)
        and not shapes.reads_as_item(text) and not (value[:1].islower() and " " in value)
    )


def flush_field_labels(texts: list[str], blank: list[bool], bullets: list[bool], schema: Schema) -> set[int]:
    """The label lines of a box whose values stand level with their labels, as a copy of Job Bank's page gives
    them: after an empty line, the box's name (a part of a posting: "Overview") over label and value by turns,
    one line each, all level, to the next empty line (blind set S108). Two labels or more name a part or a board's field
    ("Education", "Experience"), and no value does: a list without bullets under a heading is not such a box."""
    out: set[int] = set()
    n = 0
    while n < len(texts):
        if blank[n] or (n > 0 and not blank[n - 1]):
            n += 1
            continue
        end = n
        while end + 1 < len(texts) and not blank[end + 1]:
            end += 1
        labels, values = list(range(n + 1, end + 1, 2)), list(range(n + 2, end + 1, 2))
        if (
            (end - n) % 2 == 0
            and len(labels) >= 2
            and _names_a_part(texts[n], schema)
            and not any(bullets[k] or indent_width(texts[k]) != indent_width(texts[n]) for k in range(n, end + 1))
            # Most values are a phrase ("English and French"), not sentences under sub-headings (USAJOBS's parts).
            and 2 * sum(_phrase(texts[k]) for k in values) >= len(values)
            and all(_flush_label(texts[k]) for k in labels)
            and sum(_names_a_field(texts[k], schema) for k in labels) >= 2
            and not any(_names_a_field(texts[k], schema) for k in values)
        ):
            out.update(labels)
        n = end + 1
    return out


def _names_a_part(text: str, schema: Schema) -> bool:
    stripped = text.strip()
    return len(stripped.split()) <= 6 and stripped[-1:] not in ".,;:!?" and (
        schema.classify(stripped) != "other" or shapes.has_heading_word(stripped)
    )


def _names_a_field(text: str, schema: Schema) -> bool:
    stripped = text.strip()
    return _names_a_part(stripped, schema) or label_key(stripped) is not None or stripped.lower() in _BOX_FIELDS


def _phrase(text: str) -> bool:
    stripped = text.strip()
    return len(stripped.split()) <= 8 and stripped[-1:] not in ".!?"


def _flush_label(text: str) -> bool:
    """A field's label: a few words, a capital first, no end mark, no phrase left open, no item's shape."""
    stripped = text.strip()
    return (
        1 <= len(stripped.split()) <= 5 and stripped[:1].isupper() and stripped[-1:] not in ".,;:!?"
        and not continues(stripped) and not shapes.reads_as_item(stripped)
    )
