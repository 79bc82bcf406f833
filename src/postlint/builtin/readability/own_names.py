"""The page's own names in capitals, for READ016: a job board's or the employer's name that the page itself writes
so ("XING" over a posting pasted from XING, blind set S96) is a name, not letters to spell out; and a field that
gives the page's own title again, whose codes are the title's."""

from __future__ import annotations

import bisect
import re

from postlint.language.names import declared_names
from postlint.model.posting import Posting

# A line that is one word in capitals and nothing else: a site's masthead or logo ("XING" over its menu).
_MASTHEAD = re.compile(r"(?m)^[ \t]*+([A-Z][A-Z0-9&]{1,15})[ \t]*+\r?$")
# The site's name ending a web page's <title>: "Sales Manager (m/f/d) | XING"; a dash may join the job's own
# parts ("Registered Nurse - ICU"), a bar rarely does.
_SITE_IN_TITLE = re.compile(r"\|[ \t]*+([A-Z][A-Z0-9&]{1,15})[ \t]*+$")
# A word in capitals inside a declared name: "SM Supermalls", "ACME Robotics GmbH".
_CAPITALS = re.compile(r"(?<![\w&])[A-Z][A-Z0-9&]{1,15}(?![\w&])")


def own_names(posting: Posting) -> frozenset[str]:
    """The words in capitals the page gives as its site's or its employer's name: a line of the page's chrome
    (outside every block the reader kept) that is the word alone, the end of the page's <title> after a bar
    ("… | XING"), and the capitals of the employer's declared name (front matter, a header's field, JSON-LD)."""
    found = posting._cache.get("read016-own-names")
    if found is not None:
        return found
    names: set[str] = set()
    spans = sorted((b.start, b.end) for b in posting.blocks())
    starts = [s for s, _ in spans]
    reach = [0] * len(spans)  # the furthest end of a block starting at or before each: covered offsets, by bisection
    for i, (_, end) in enumerate(spans):
        reach[i] = max(end, reach[i - 1] if i else 0)
    for m in _MASTHEAD.finditer(posting.source):
        i = bisect.bisect_right(starts, m.start(1)) - 1
        if i < 0 or reach[i] <= m.start(1):
            names.add(m.group(1))
    page_title = posting.meta.get("html_title")
    if isinstance(page_title, str) and (m := _SITE_IN_TITLE.search(page_title, max(0, len(page_title) - 40))):
        names.add(m.group(1))
    for name in declared_names(posting):
        names.update(_CAPITALS.findall(name))
    found = posting._cache["read016-own-names"] = frozenset(names)
    return found


# A field that gives the title again: "**Job title:** TechToGov - TTS: GS 13 Term Limited Various Roles" (precision sample 1211).
_TITLE_FIELD = re.compile(r"(?i)[ \t]*(?:job[ \t]+title|position[ \t]+title|title)[ \t]*:[ \t]*(?P<v>[^\n]{1,200})")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


# The official title a form fixes, which the recruiter cannot reword: "Official title in USAJOBS: Supervisory IT
# Specialist INFOSEC" beside the posting's own title (precision sample 1213).
_OFFICIAL_TITLE_FIELD = re.compile(r"(?i)[ \t]*+official[ \t]+(?:job[ \t]+|position[ \t]+)?title\b[^:\n]{0,30}:")


def restates_title(text: str, title: str | None) -> bool:
    """Whether the block is a title field whose value is the posting's title again (letters and digits compared),
    or the official title a form fixes."""
    if _OFFICIAL_TITLE_FIELD.match(text):
        return True
    if not title or (m := _TITLE_FIELD.match(text)) is None:
        return False
    return _NOT_ALNUM.sub("", m.group("v").lower()) == _NOT_ALNUM.sub("", title.lower())
