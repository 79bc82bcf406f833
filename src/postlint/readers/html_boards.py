"""What job boards' HTML pages mark that the page's structure does not say: the header fields
Greenhouse and Lever give by class, and the <title> that names the job's <h2> on Lever and
Workday pages. The HTML reader (:mod:`postlint.readers.html`) reads them as metadata and title.
"""

from __future__ import annotations

import re

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
