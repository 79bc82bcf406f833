"""What an HTML element is to a reader of postings, by its tag and attributes: chrome or
hidden text to skip, code, a phrasing element inside a block or one that starts a block, a
heading or a list, and which open elements a start tag closes without an end tag.
The reader (:mod:`postlint.readers.html`) keeps the state; this module only classifies.
"""

from __future__ import annotations

import re

# Site chrome and non-text content: nothing inside is posting prose.
SKIP_TAGS = frozenset(
    "nav header footer script style noscript template svg math iframe form head button select textarea "
    "object canvas audio video dialog".split()
)
# Inside a <form>, the captions of its controls: never posting prose, even in a form that wraps the posting.
FORM_CAPTIONS = frozenset(("label", "legend"))
# Code and computer text: read like Markdown's code spans and fences, never as prose.
CODE_TAGS = frozenset(("pre", "code", "kbd", "samp"))
_SKIP_ROLES = frozenset("navigation banner contentinfo search menu menubar toolbar alert alertdialog".split())
# Site alerts and banners above the posting ("This job posting has closed.", "An official website of…").
# A cookie notice in any naming: "cookie-banner", "CookieBanner", "cookie_consent", OneTrust's "onetrust-banner-sdk"
# (blind set S122 re-score: its text had been the first paragraph).
_COOKIE_NOTICE = r"(?i:cookie[-_]?(?:banner|notice|consent|bar))"
_ALERT_CLASS = re.compile(
    rf"(?:^|\s)(?:[\w]+-)?(?:alert|site-banner|usa-banner|{_COOKIE_NOTICE})(?:\s|$)|(?:^|\s)onetrust-[\w-]+"
)
# The same notice by its id (a class's other names, "alert" among them, are left to the class).
_COOKIE_ID = re.compile(rf"(?:[\w]+-)?{_COOKIE_NOTICE}\b|(?i:onetrust-)")
# A class that sets a block apart as a banner, notice or promo: "banner", "promo-banner", "info-notice" (kept as text).
_NOTICE_WORDS = frozenset("banner alert notice promo promotion announcement".split())


def notice_class(classes: str) -> bool:
    """Whether an element's classes set it apart as a banner, notice or promo."""
    return any(_NOTICE_WORDS.intersection(c.split("-")) for c in classes.lower().split())


_SKIP_CLASSES = frozenset("sr-only visually-hidden visuallyhidden screen-reader-text usa-sr-only".split())
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
VOID_TAGS = frozenset("area base br col embed hr img input keygen link meta param source track wbr".split())
# Phrasing elements (and skipped ones that sit inside text, like an icon's <svg>)
# do not break a block; every other element does.
INLINE_TAGS = frozenset(
    "a abbr b bdi bdo cite code data del dfn em font i ins kbd label mark q rp rt ruby s samp small span "
    "strike strong sub sup time tt u var svg math script style noscript template button select textarea "
    "canvas audio video iframe object picture map meter output progress slot datalist".split()
)
BOLD_TAGS = frozenset(("b", "strong"))
# Elements that box a part of the page: a value that ends one ends its label's part (Ashby's side pane).
BOX_TAGS = frozenset("div section aside article header main dl table".split())
HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
LIST_TAGS = ("ul", "ol", "menu")
HEAD_TAGS = frozenset("title meta link style script base noscript template".split())
# How far up the open elements an implied end tag looks: deeper is broken HTML,
# and a bounded look keeps thousands of unclosed tags linear.
SCOPE = 64
# Start tags that end an open element: tag -> (elements it ends, elements that shield them).
IMPLIED_END: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "li": (("li",), ("ul", "ol", "menu")),
    "dt": (("dt", "dd"), ("dl",)),
    "dd": (("dt", "dd"), ("dl",)),
    "tr": (("tr",), ("table", "thead", "tbody", "tfoot")),
    "td": (("td", "th"), ("tr", "table")),
    "th": (("td", "th"), ("tr", "table")),
    "thead": (("thead", "tbody", "tfoot"), ("table",)),
    "tbody": (("thead", "tbody", "tfoot"), ("table",)),
    "tfoot": (("thead", "tbody", "tfoot"), ("table",)),
}
# A <header> whose class names the posting: "job-header", "posting-header", "vacancy-header".
JOB_HEADER = re.compile(r"(?i)\b(?:job|posting|vacancy|position|opening|requisition)[-_]?(?:header|title|details?|top)\b")


def hidden_by_attributes(attrs: dict[str, str | None]) -> bool:
    """Whether an element's own attributes hide it or mark it as the site's chrome: ``hidden``,
    ``aria-hidden``, a navigation or alert role, a screen-reader-only or alert class, ``display: none``."""
    if not attrs:
        return False  # most tags: no attribute to look at
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").strip().lower() == "true":
        return True
    if (attrs.get("role") or "").strip().lower() in _SKIP_ROLES:
        return True
    if _SKIP_CLASSES.intersection((attrs.get("class") or "").split()):
        return True
    if _ALERT_CLASS.search(attrs.get("class") or "") or _COOKIE_ID.match(attrs.get("id") or ""):
        return True
    return bool(_HIDDEN_STYLE.search(attrs.get("style") or ""))
