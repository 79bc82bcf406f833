"""SEO rules about the page as a whole: body length, meta description, title
width, a visible location, and no keyword stuffing.

Thresholds are Yoast SEO's published ones and Google's job-posting content
policy; the keyphrase rules and the shared helpers are in
:mod:`postlint.builtin.seo.keyphrase`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pydantic import Field

from postlint.builtin.seo.keyphrase import BODY_TEXT, SeoRule
from postlint.engine.rule import Context, Rule, counted
from postlint.language import keywords as kw
from postlint.language.names import front_matter_names, name_of
from postlint.language.places import CITY_NAMES, city_of, city_spellings
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting
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


_HASHTAG = re.compile(r"(?<![\w#])#\w+")
# Terms typed into a job search: a list of them is written for search engines, not readers.
_SEARCH_QUERY = re.compile(r"(?i)\b(?:jobs?|careers?|near me|hiring(?: now| immediately)?|vacanc(?:y|ies)|employment)$")
_QUERY_LIST = 5


def _may_list_queries(text: str) -> bool:
    """Room for three search queries (substring counts, before the block is split into items)."""
    return sum(text.count(word) for word in ("jobs", "Jobs", "JOBS", "career", "near me", "hiring", "vacanc", "employment")) >= 3


class KeywordStuffing(SeoRule):
    code: str = "SEO010"
    name: str = "keyword-stuffing"
    summary: str = "No keyword lists or repeated terms in the body."
    why: str = "Google's job-posting content policy rejects text that adds no value to the posting; lists of keywords read as spam to people and search engines."
    source: str = GOOGLE_POLICY
    example: str = "# Data Engineer\n\nKeywords: data engineer, ETL, Spark, data pipelines, big data.\n"
    passing: str = (
        "---\nkeywords: [data engineer, ETL, Spark]\n---\n\n# Data Engineer\n\nYou will build ETL pipelines in Spark.\n"
    )
    notes: str = "A place's doubled name ('Wagga Wagga', 'Walla Walla') counts as one mention of its word."
    severity: str = "warning"
    max_list_items: int = Field(default=12, ge=3, description="comma-separated short terms in a row")
    min_repeats: int = Field(default=3, ge=2)

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        decl = kw.find_declaration(posting)
        if decl is not None:
            b = decl.block
            yield self.at_block(
                posting,
                b,
                0,
                len(b.text),
                "A keyword list in the body reads as keyword stuffing; move it to front matter `keywords`.",
            )
        for block in kw.body_blocks(posting):
            hit = self._dump(block)
            if hit is not None:
                yield self.at_block(
                    posting,
                    block,
                    hit[0],
                    hit[1],
                    f"A run of {hit[2]} comma-separated terms reads as a keyword dump; write sentences or a short list.",
                )
            tags = self._hashtags(block)
            if tags is not None:
                yield self.at_block(
                    posting, block, tags[0], tags[1], f"A run of {tags[2]} hashtags reads as a keyword dump; keep a few that name the job."
                )
        yield from self._repeats(posting)

    def _dump(self, block: Block) -> tuple[int, int, int] | None:
        """A block that is nothing but short comma-separated terms ("such as a, b, c…" in a sentence is fine),
        or fewer of them when they are search queries ("server jobs, bartender jobs, jobs near me")."""
        separators = block.text.count(",") + block.text.count(";")
        if separators < self.max_list_items - 1 and (separators < _QUERY_LIST - 1 or not _may_list_queries(block.text)):
            return None  # too few separators for that many items, or for a list of search queries: no need to split
        items = list(re.finditer(r"[^,;]+", block.text))
        queries = sum(1 for m in items if _SEARCH_QUERY.search(m.group().strip()))
        if len(items) < self.max_list_items and not (len(items) >= _QUERY_LIST and queries >= 3):
            return None
        if all(0 < len(m.group().split()) <= 4 and not re.search(r"[.!?:]\s", m.group()) for m in items):
            first = items[0]
            return first.start() + len(first.group()) - len(first.group().lstrip()), len(block.text), len(items)
        return None

    def _hashtags(self, block: Block) -> tuple[int, int, int] | None:
        """A block of nothing but hashtags, as social posts stuff keywords ("#hairstylist #goldcoast …")."""
        if block.text.count("#") < self.max_list_items:
            return None
        tags = list(_HASHTAG.finditer(block.text))
        if len(tags) < self.max_list_items or _HASHTAG.sub("", block.text).strip(" \t\n·|,"):
            return None
        return tags[0].start(), tags[-1].end(), len(tags)

    def _repeats(self, posting: Posting) -> Iterator[Diagnostic]:
        from postlint.language import nlp

        decl = kw.find_declaration(posting)
        for sent in nlp.sentences(posting):
            if decl is not None and sent.block is decl.block:
                continue
            if len(sent.words) < 6:
                continue
            # The sentence's cached words (the readability rules split it already), lower-cased
            # in one call: words hold no whitespace, so joining and splitting keeps them apart.
            words = " ".join(sent.words).lower().split()
            # No word can be repeated more often than the sentence has duplicates plus one:
            # most sentences are ruled out here, without counting.
            most = len(words) - len(set(words)) + 1
            if most < self.min_repeats or most / len(words) < 0.25:
                continue
            # A figure or a clock time is nobody's keyword: "7:00 am to 7:00 pm or 7:00 pm to 7:00 am" (blind set S39).
            counts = Counter(w for w in words if len(w) > 2 and w not in kw.FUNCTION_WORDS and not _FIGURE.fullmatch(w))
            for word, n in counts.most_common(1):
                emphatic = _EMPHATIC_REPEAT.search(sent.text)
                if word in _UNITS_OF_TIME or (emphatic is not None and emphatic.group(1).lower() == word):
                    continue  # "10 days on, 4 days off roster", "We test, test and test again": no keywords
                if _NUMBERED.search(sent.text) and re.search(rf"(?i)\b{re.escape(word)}\s*\d", sent.text):
                    continue  # "Step 1 $24.87 | Step 2 $26.11 …": a pay schedule's numbered steps (blind set S20)
                if len(re.findall(rf"(?i)\b{re.escape(word)}\s+(?-i:[IVX]{{1,4}})\b", sent.text)) >= 2:
                    continue  # "Lane I | Lane II | Lane III | Lane IV": a salary schedule's lanes (blind set S36)
                n -= _doubled_names(sent.text, word)  # "Wagga Wagga" is one place's name, said once (blind set S85)
                if n >= self.min_repeats and n / len(words) >= 0.25 and not _shared_head(sent.text, word, n) and not _shared_modifier(sent.text, word, n):
                    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sent.text, re.IGNORECASE)
                    i = sent.start + (m.start() if m else 0)
                    yield self.at_block(
                        posting, sent.block, i, i + len(word), f"{word!r} is repeated {n} times in one sentence."
                    )


_FIGURE = re.compile(r"[\d.,:/%$€£-]+")
# Numbered steps, grades or points of a schedule: "Step 1 … Step 2 …".
_NUMBERED = re.compile(r"(?i)\b(?:step|grade|point|band|level|tier|class|range|phase)\s*\d{1,2}\b.{0,40}\b(?:step|grade|point|band|level|tier|class|range|phase)\s*\d{1,2}\b")
# A roster or schedule counts its days and hours; nobody searches for them (blind set S16).
_UNITS_OF_TIME = frozenset("days day hours hour weeks week months month shifts shift nights night".split())
# A word said three times for emphasis: "test, test and test again", "practice, practice, practice".
_EMPHATIC_REPEAT = re.compile(r"(?i)\b(\w+),\s+\1,?\s+(?:and\s+)?\1(?:\s+again\b|\s*[.!;])")


def _doubled_names(text: str, word: str) -> int:
    """The words of ``word`` written twice in a row, capitalised, that are one name's second half: a reduplicated
    place name ("Wagga Wagga", "Walla Walla", "Bora Bora"). A word said three times in a row is no name."""
    name = re.escape(word[:1].upper() + word[1:])
    return len(re.findall(rf"(?<!{name} )(?<![\w-]){name} {name}(?![\w-])(?! {name}(?![\w-]))", text))


def _shared_head(text: str, word: str, n: int) -> bool:
    """A list of compound terms sharing a head noun ("project management, risk management and
    performance management"): each mention ends a list item after a different modifier."""
    heads = re.finditer(
        rf"([\w-]+)\s+{re.escape(word)}s?(?=\s*(?:[,;.)…]|\band\b|\bor\b|$))", text, re.IGNORECASE
    )
    modifiers = [m.group(1).lower() for m in heads]
    return len(modifiers) >= n - 1 and len(set(modifiers)) == len(modifiers)


def _shared_modifier(text: str, word: str, n: int) -> bool:
    """A list of items that open with the same word ("Paid detention after 2 hours, paid layovers and paid
    border crossings", blind set S60): each mention starts a list item before a different noun."""
    # One run of blanks after each separator, none before it: linear on a long run of commas or blanks.
    tails = re.finditer(rf"(?:^|[,;(]|\b(?:and|or)\b)\s*{re.escape(word)}\s+([\w-]+)", text, re.IGNORECASE)
    nouns = [m.group(1).lower() for m in tails]
    return len(nouns) >= n - 1 and len(set(nouns)) == len(nouns)


RULES: list[Rule] = [
    TextLength.default(),
    MetaDescriptionLength.default(),
    SeoTitleWidth.default(),
    LocationKeyword.default(),
    KeywordStuffing.default(),
]
