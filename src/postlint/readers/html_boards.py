"""What job boards' HTML pages mark that the page's structure does not say: the header fields
Greenhouse and Lever give by class, the <title> that names the job's <h2> on Lever and
Workday pages, Ashby's box of label headings and Workable's byline under the title. The HTML
reader (:mod:`postlint.readers.html`) reads them as metadata and title.
"""

from __future__ import annotations

import re
from typing import Any

from postlint.model.posting import Block
from postlint.readers.header_box import label_key
from postlint.readers.text_items import meta_value
from postlint.readers.tree import take_byline

# Class names job boards give their header fields (Greenhouse, Lever), and the meta key each fills.
FIELD_CLASSES = {
    "location": "location",
    "company-name": "company",
    "commitment": "employment-type",
    "workplaceTypes": "remote",
    "department": "department",
    "app-title": "title",
}
# Greenhouse prints the employer as "at Acme".
AT_COMPANY = re.compile(r"^at\s+(?=\S)")

# The parts a job board's <title> joins: "Museum Educator - Pacific Coast Science Museum".
_TITLE_PARTS = re.compile(r"\s+[-–—|:]\s+")


def page_names(heading: str, html_title: str) -> bool:
    """Whether the page's <title> names ``heading``: as its start, or as one of its parts
    (Lever and Workday pages give the job's title an <h2> and no <h1>)."""
    heading, html_title = " ".join(heading.split()), " ".join(html_title.split())
    if not heading:
        return False
    return html_title.startswith(heading) or heading in (part.strip() for part in _TITLE_PARTS.split(html_title))


def heading_box(blocks: list[Block], meta: dict[str, Any], box_ends: set[int] = frozenset()) -> dict[str, tuple[int, int]]:  # type: ignore[assignment]
    """Ashby's header box: known labels as headings, each over one short value ("Location" /
    "Remote (US)", "Department" / "Design", "Compensation" / "$135K – $165K"). Two or more in a row
    are metadata, as a <dl> of them is; one alone stays a part of the posting. Returns the values' spans.
    A value is its label's whole part when a heading follows it or its box closes after it (``box_ends``, the
    ``id()`` of such blocks): the description's opening prose in the next pane is not the last label's (blind set S90)."""
    pairs: list[int] = []  # index of each label heading whose value follows it
    short: set[int] = set()  # those whose value is short: a run needs two
    for i in range(len(blocks) - 1):
        head, value = blocks[i], blocks[i + 1]
        after = blocks[i + 2] if i + 2 < len(blocks) else None
        words = len(value.text.split())
        if (
            head.kind == "heading" and value.kind == "paragraph" and (after is None or after.kind == "heading" or id(value) in box_ends)
            and label_key(head.text) and words <= 15 and not value.text.rstrip().endswith(".")
        ):
            pairs.append(i)
            if words <= 8:
                short.add(i)
    runs: list[list[int]] = []
    for i in pairs:
        if runs and runs[-1][-1] == i - 2:
            runs[-1].append(i)
        else:
            runs.append([i])
    spans: dict[str, tuple[int, int]] = {}
    drop: set[int] = set()
    for run in runs:
        # Beside two short values a longer one is a field too: "Austin, Texas (hybrid, Tuesdays and Thursdays in the office)".
        if len(short.intersection(run)) < 2:
            continue
        for i in run:
            key, value = label_key(blocks[i].text), blocks[i + 1]
            if key and key not in meta:
                meta[key] = meta_value(key, value.text.strip())
                spans[key] = (value.start, value.end)
            drop.update((i, i + 1))
    blocks[:] = [b for i, b in enumerate(blocks) if i not in drop]
    return spans


def byline_under_title(blocks: list[Block], title_block: Block | None, meta: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """A job board's byline right under the title (Workable's "Lisbon, Lisbon, Portugal · Engineering ·
    Full time · Hybrid"), as the Markdown and plain-text readers read one: its parts fill the metadata
    the page leaves unset, and the line leaves the body. Returns the parts' source spans."""
    if title_block is None or title_block not in blocks:
        return {}
    i = blocks.index(title_block) + 1
    if i >= len(blocks) or blocks[i].kind != "paragraph":
        return {}
    spans = take_byline(blocks[i], meta)
    if spans is None:
        return {}
    del blocks[i]
    return spans
