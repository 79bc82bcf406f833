"""SEO rules about the page as a whole: body length, meta description, title
width and a visible location (no keyword stuffing is in :mod:`postlint.builtin.seo.stuffing`).

Thresholds are Yoast SEO's published ones and Google's job-posting content
policy; the keyphrase rules and the shared helpers are in
:mod:`postlint.builtin.seo.keyphrase`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from postlint.builtin.seo.keyphrase import BODY_TEXT, SeoRule
from postlint.engine.rule import Context, Rule, counted
from postlint.language import keywords as kw
from postlint.language.names import front_matter_names, name_of
from postlint.language.places import CITY_NAMES, city_of, city_spellings
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting
from postlint.structured_data import jobposting as jp

GOOGLE_POLICY = "https://developers.google.com/search/blog/2021/07/job-posting-updates"


class TextLength(SeoRule):
    code: str = "SEO006"
    name: str = "text-length"
    summary: str = "A posting needs at least 300 words of body text (below 200 is an error)."
    why: str = (
        "Short pages rank poorly and leave out what candidates need to decide (Yoast: 300 recommended, 200 minimum)."
    )
    example: str = "# Data Engineer\n\nBuild pipelines with us.\n"
    passing: str = "# Data Engineer" + BODY_TEXT * 3
    severity: str = "warning"
    min_words: int = Field(default=300, ge=0)
    error_words: int = Field(default=200, ge=0)
    needs_nlp = False

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        words = kw.body_words(posting)
        if words < self.min_words:
            sev = self.escalated() if words < self.error_words else self.severity
            yield self.at_document(
                posting, f"The posting has {counted(words, 'word')} of body text; aim for at least {self.min_words}.", severity=sev
            )


_META_TAG = re.compile(r"<meta\b[^>]*\bname\s*=\s*[\"']?description\b[^>]*>", re.IGNORECASE)


class MetaDescriptionLength(SeoRule):
    code: str = "SEO007"
    name: str = "meta-description-length"
    summary: str = "The meta description should be 121–156 characters."
    why: str = "Search results show about 156 characters of the description; a short one wastes the snippet, a long one is cut (Yoast)."
    example: str = "---\ndescription: Data engineer job.\n---\n\n# Data Engineer\n"
    passing: str = (
        "---\ndescription: Join Acme as a data engineer in Denver to build reliable pipelines, own our warehouse, "
        "and help analysts ship insights every week.\n---\n\n# Data Engineer\n"
    )
    severity: str = "warning"
    min_chars: int = Field(default=121, ge=0)
    max_chars: int = Field(default=156, ge=1)
    needs_nlp = False

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        value = posting.meta.get("description")
        tag = _META_TAG.search(posting.source) if posting.format == "html" else None
        start = tag.start() if tag else posting.front_matter_offset("description")
        if value is None:
            if posting.format == "html":  # a web page without one; Markdown leaves it to the site
                yield self.at_document(posting, 'The page has no <meta name="description">.')
            return
        n = len(" ".join(str(value).split()))
        if self.min_chars <= n <= self.max_chars:
            return
        if n == 0:
            msg = "The meta description is empty."
        elif n < self.min_chars:
            msg = f"The meta description has {n} characters; use {self.min_chars}–{self.max_chars}."
        else:
            msg = f"The meta description has {n} characters and will be cut; use {self.min_chars}–{self.max_chars}."
        if start is None:
            yield self.at_document(posting, msg)
        else:
            yield self.diagnostic(posting, start, start + (tag.end() - tag.start() if tag else len("description")), msg)


# Arial advance widths in 1/1000 em (the font of Google's result titles); default 556.
_WIDTHS = {
    **dict.fromkeys("ijl'|", 222),
    **dict.fromkeys("ftI .,:;/![]\\", 278),
    **dict.fromkeys('r()-`"', 333),
    **dict.fromkeys("cksvxyzJ", 500),
    "m": 833,
    "w": 722,
    "W": 944,
    "M": 833,
    "@": 1015,
    "%": 889,
    **dict.fromkeys("FTZ", 611),
    **dict.fromkeys("ABEKPSVXY&", 667),
    **dict.fromkeys("CDHNRU", 722),
    **dict.fromkeys("GOQ", 778),
    "L": 556,
    "|": 260,
}
TITLE_PX = 20  # Google result titles render at about 20 px


def title_width(text: str) -> int:
    """Approximate rendered width in pixels of a search-result title."""
    return round(sum(_WIDTHS.get(ch, 556) for ch in text) * TITLE_PX / 1000)


class SeoTitleWidth(SeoRule):
    code: str = "SEO008"
    name: str = "seo-title-width"
    summary: str = "The page title should render 400–600 px wide (about 50–60 characters)."
    why: str = "Google cuts result titles at about 600 px; a short <title> leaves room unused (Yoast, Moz)."
    example: str = "# Senior Staff Data Platform Engineer, Analytics Infrastructure and Reliability (Remote, US)\n"
    passing: str = "# Senior Data Engineer, Analytics Platform (Remote)\n"
    notes: str = (
        "The page title is front matter's `seo-title`, else an HTML page's <title>, else the posting's own title (its "
        "first heading or title line). Any of them wider than max-px is reported (a warning); a short one (info, "
        "naming what it could add: the company or the place) only for `seo-title` or <title>, since a heading's "
        "title is no page title of its own."
    )
    severity: str = "warning"
    max_px: int = Field(default=600, ge=1)
    min_px: int = Field(default=400, ge=0, description="checked only for an HTML <title> or front matter seo-title")
    needs_nlp = False

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        seo = posting.meta.get("seo-title") or posting.meta.get("html_title")
        text = str(seo or posting.title or "").strip()
        if not text:
            return
        px = title_width(text)
        if px > self.max_px:
            msg = (
                f"The title is about {px} px wide ({len(text)} characters); search results cut it at {self.max_px} px."
            )
        elif seo and px < self.min_px:
            msg = f"The page title is about {px} px wide; up to {self.max_px} px shows in results{_room_for(posting, ctx, text)}."
        else:
            return
        sev = self.severity if px > self.max_px else self.at_most("info")
        tag = (
            re.search(r"<title\b[^>]*>", posting.source, re.IGNORECASE)
            if posting.meta.get("html_title") and not posting.meta.get("seo-title")
            else None
        )
        if tag:
            yield self.diagnostic(posting, tag.end(), tag.end() + len(text), msg, severity=sev)
        elif seo:
            yield self.at_meta_or_title(posting, "seo-title", msg, severity=sev)
        else:
            yield self.at_meta_or_title(posting, "title", msg, severity=sev)


def _room_for(posting: Posting, ctx: Context, title: str) -> str:
    """What a short page title could add: the company or the location it does not name yet
    ("Customer Success Manager - Fluxora" has the company: blind set S23)."""
    lowered = title.lower()
    company = next(iter(front_matter_names(posting.meta)), None) or ctx.config.hiring_organization
    if company is None:
        from postlint.model.jsonld import each_posting

        company = next((n for _, obj in each_posting(posting) if (n := name_of(obj.get("hiringOrganization")))), None)
    location = known_location(posting, ctx)
    city = city_of(location) if location else ""
    missing = [
        what for what, name in (("company", company), ("location", city))
        if not (name and (name.lower() in lowered or any(s in lowered for s in city_spellings(name))))
    ]
    return f" (add the {' or '.join(missing)})" if missing else ""


def known_location(posting: Posting, ctx: Context) -> str | None:
    """The job's location from config, front matter, or the page's JSON-LD."""
    value = ctx.config.location or posting.meta.get("location")
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str) and value.strip():
        return value.strip()
    from postlint.model.jsonld import each_posting

    for _, obj in each_posting(posting):
        first = jp.places(obj)[:1]
        address = jp.address(first[0][2]) if first else None
        if address is not None and isinstance(address.get("addressLocality"), str):
            locality, region = address["addressLocality"], address.get("addressRegion")
            # A city's ward or district with the city as its region: "Minato-ku" in "Tokyo" (blind set S76).
            if isinstance(region, str) and region.strip().lower() in CITY_NAMES and region.strip().lower() != locality.strip().lower():
                return f"{locality}, {region.strip()}"
            return locality
    return None



class LocationKeyword(SeoRule):
    code: str = "SEO009"
    name: str = "location-keyword"
    summary: str = "Name the job's location (or 'remote') in the posting's text, not only in metadata."
    why: str = "Job search filters by place, and Google requires structured data to match the visible text."
    source: str = "https://developers.google.com/search/docs/appearance/structured-data/job-posting"
    example: str = "---\nlocation: Denver, CO, US\n---\n\n# Data Engineer\n\nBuild pipelines with us.\n"
    passing: str = "---\nlocation: Denver, CO, US\n---\n\n# Data Engineer\n\nBuild pipelines with us in Denver.\n"
    notes: str = (
        "A byline or header line under the title ('Acme · Denver, CO · Full-time') is visible text and counts. A "
        "district named with its city ('Minato-ku, Tokyo'; JSON-LD's addressLocality with a city as addressRegion) "
        "is named when the text names the city."
    )
    severity: str = "info"
    needs_nlp = False

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        location = known_location(posting, ctx)
        if not location:
            return
        if posting.format in ("text", "markdown", "html") and "location" in posting.meta_spans:
            # A pasted header line or a byline ("Location: Denver, CO", "Acme · Denver, CO") is text the reader sees:
            # these readers take spans only from the page's own text (an HTML page's byline in its body, blind set S34).
            return
        text = posting.text.lower()
        if posting.format in ("text", "markdown"):
            # (Not HTML: its source line may be the whole page, hidden data included; review.)
            # The lines the reader took metadata from are on the page: a byline whose place front matter had already
            # set ("**Acme** · District 3, Ho Chi Minh City, Vietnam · Full-time", blind set S64).
            text += "".join("\n" + _lines_of(posting, start, end).lower() for start, end in posting.meta_spans.values())
        # The city (first part) is what searchers type; "US" or "CO" alone would match any "us"/"co".
        city = city_of(location)
        # "Lisboa" in the address, "Lisbon" in the text; "London SE1" is London (blind set S39).
        parts = sorted(city_spellings(city)) if city else []
        # A district's city named after it ("Minato-ku, Tokyo", "Brooklyn, New York, NY"): the city is what searchers type.
        parts += [part.strip() for part in location.split(",")[1:] if part.strip().lower() in CITY_NAMES]
        if "remote" in location.lower():
            # "Remote (Australia or New Zealand)": the text may say it as "work from anywhere in Australia" (blind set S57).
            parts += ["remote", "remotely", "work from home", "work from anywhere", *_remote_regions(location)]
        if any(re.search(rf"(?<!\w){re.escape(p.lower())}(?!\w)", text) for p in parts):
            return
        yield self.at_meta_or_title(
            posting, "location", f"The location {location!r} is not named in the posting's text."
        )


def _lines_of(posting: Posting, start: int, end: int) -> str:
    """The whole source lines holding ``posting.source[start:end]``."""
    first, last = posting.locate(start)[0], posting.locate(end)[0]
    return "\n".join(posting.line_text(line) for line in range(first, last + 1))


_REGION_SEPARATOR = re.compile(r"[(),/|–—-]|\b(?:or|and)\b")


def _remote_regions(location: str) -> list[str]:
    """The places a remote location names: "Remote (Australia or New Zealand)" -> Australia, New Zealand."""
    pieces = (p.strip() for p in _REGION_SEPARATOR.split(location))
    return [p for p in pieces if p[:1].isupper() and p.lower() != "remote" and len(p) > 2]


RULES: list[Rule] = [
    TextLength.default(),
    MetaDescriptionLength.default(),
    SeoTitleWidth.default(),
    LocationKeyword.default(),
]
