"""SEO rules: will the posting be found by its keyphrase and keywords?

Thresholds are Yoast SEO's published ones (research §1.6, §5.2; the numbers,
not its GPL code); targets come from :mod:`postlint.keywords`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator

from pydantic import Field

from postlint import keywords as kw
from postlint.diagnostic import SEVERITY_RANK, Diagnostic
from postlint.posting import Block, Posting
from postlint.rule import Context, Rule

YOAST = "https://github.com/Yoast/wordpress-seo/tree/trunk/packages/yoastseo/src/scoring/assessments/seo"
GOOGLE_POLICY = "https://developers.google.com/search/blog/2021/07/job-posting-updates"

_LONG = "\n\n" + "We are hiring an engineer to build and run our data platform with a small team. " * 8


def _cap(severity: str, ceiling: str) -> str:
    """The milder of two severities (a configured 'info' stays 'info')."""
    return severity if SEVERITY_RANK[severity] <= SEVERITY_RANK[ceiling] else ceiling


def meta_offset(posting: Posting, key: str) -> int | None:
    """Source offset of ``key`` in the front matter, for findings about it."""
    if not posting.source.startswith(("---", "+++")):
        return None
    match = re.search(rf"^{re.escape(key)}[ \t]*[:=]", posting.source, re.MULTILINE)
    return match.start() if match else None


class SeoRule(Rule):
    source: str = YOAST
    needs_nlp = True

    def at_meta_or_title(self, posting: Posting, key: str, message: str, **kw_: object) -> Diagnostic:
        offset = meta_offset(posting, key)
        if offset is not None:
            return self.diagnostic(posting, offset, offset + len(key), message, **kw_)  # type: ignore[arg-type]
        return self.at_document(posting, message, **kw_)  # type: ignore[arg-type]


class KeyphraseLength(SeoRule):
    code: str = "SEO001"
    name: str = "keyphrase-length"
    summary: str = "The keyphrase should have 1–4 content words."
    why: str = "Searchers type short queries; a long keyphrase is rarely matched whole (Yoast: 1–4 good, 5–8 too long, > 8 far too long)."
    example: str = "---\nkeyphrase: senior staff principal data platform engineer for cloud analytics teams\n---\n\n# Data Engineer\n"
    passing: str = "---\nkeyphrase: senior data engineer\n---\n\n# Data Engineer\n"
    severity: str = "warning"
    max_words: int = Field(default=4, ge=1)
    error_words: int = Field(default=8, ge=1)
    needs_nlp = False

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        target = kw.targets(posting, ctx.config)
        if not target.keyphrase:
            return
        n = len(kw.content_words(target.keyphrase))
        if n > self.max_words:
            sev = "error" if n > self.error_words and self.severity != "info" else self.severity
            msg = f"The keyphrase {target.keyphrase!r} has {n} content words; keep it to {self.max_words}."
            yield self.at_meta_or_title(posting, "keyphrase", msg, severity=sev)


class KeyphraseInTitle(SeoRule):
    code: str = "SEO002"
    name: str = "keyphrase-in-title"
    summary: str = "Start the title with the exact keyphrase."
    why: str = "Search results and job boards weigh the first words of a title most (Yoast: exact at start best, elsewhere fair, words missing poor)."
    example: str = "---\nkeyphrase: data engineer\n---\n\n# Analytics Platform Builder\n"
    passing: str = "---\nkeyphrase: data engineer\n---\n\n# Data Engineer, Analytics Platform\n"
    severity: str = "error"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        target = kw.targets(posting, ctx.config)
        if not target.keyphrase or not posting.title:
            return
        title = [w for w in kw.lemmas(posting.title) if re.search(r"\w", w)]
        phrase = [w for w in kw.lemmas(target.keyphrase) if re.search(r"\w", w)]
        if title[: len(phrase)] == phrase:
            return
        at = self._at_title(posting)
        if kw._contains(title, phrase) or kw.content_lemmas(target.keyphrase) <= set(title):
            yield at(
                f"Put the keyphrase {target.keyphrase!r} at the start of the title.",
                severity=_cap(self.severity, "warning"),
            )
        else:
            yield at(f"The title does not contain the keyphrase {target.keyphrase!r}.")

    def _at_title(self, posting: Posting):
        if posting.meta.get("title") and meta_offset(posting, "title") is not None:
            return lambda m, **k: self.at_meta_or_title(posting, "title", m, **k)
        return lambda m, **k: self.at_document(posting, m, **k)


def intro_block(posting: Posting, min_words: int) -> Block | None:
    """The first real paragraph (a tagline or a pay line is not an introduction)."""
    return next(
        (b for b in kw.body_blocks(posting) if b.kind == "paragraph" and len(b.text.split()) >= min_words), None
    )


class KeyphraseInIntro(SeoRule):
    code: str = "SEO003"
    name: str = "keyphrase-in-intro"
    summary: str = "Name the keyphrase in one sentence of the first paragraph."
    why: str = "The opening shows in previews and tells readers and search engines at once what the job is (Yoast: same sentence good, same paragraph fair)."
    example: str = "---\nkeyphrase: data engineer\n---\n\n# Data Engineer\n\nWe are growing fast. Join a team that ships every week and loves it.\n"
    passing: str = "---\nkeyphrase: data engineer\n---\n\n# Data Engineer\n\nAs a data engineer you will build pipelines that ship every week.\n"
    severity: str = "error"
    min_words: int = Field(default=8, ge=1, description="shorter paragraphs (taglines, pay lines) are not the intro")

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        from postlint import nlp

        target = kw.targets(posting, ctx.config)
        block = intro_block(posting, self.min_words)
        if not target.keyphrase or block is None:
            return
        wanted = kw.content_lemmas(target.keyphrase)
        doc = nlp.doc_for(posting, block)
        if any(wanted <= {t.lemma_ for t in sent} for sent in doc.sents):
            return
        if wanted <= {t.lemma_ for t in doc}:
            msg = f"The first paragraph names the keyphrase {target.keyphrase!r} only across sentences; say it in one."
            yield self.at_block(posting, block, 0, len(block.text), msg, severity=_cap(self.severity, "warning"))
        else:
            yield self.at_block(
                posting,
                block,
                0,
                len(block.text),
                f"The first paragraph does not name the keyphrase {target.keyphrase!r}.",
            )


class KeyphraseDensity(SeoRule):
    code: str = "SEO004"
    name: str = "keyphrase-density"
    summary: str = "Use the keyphrase 0.5–3.5 times per 100 words (at least twice); above 4 % is stuffing."
    why: str = "Too few mentions and the posting is not found for its job title; too many reads as keyword stuffing, which Google's job policies penalise."
    example: str = "---\nkeyphrase: data engineer\n---\n\n# Data Engineer" + _LONG
    passing: str = (
        "---\nkeyphrase: data engineer\n---\n\n# Data Engineer\n\nAs a data engineer you will join us."
        + _LONG
        + "\n\nEvery data engineer here owns a pipeline.\n"
    )
    severity: str = "warning"
    min_text_words: int = Field(default=100, ge=0)
    min_density: float = Field(default=0.5, ge=0)
    max_density: float = Field(default=3.5, ge=0, description="3.0 for exact forms; 3.5 since word forms match")
    stuffing_density: float = Field(default=4.0, ge=0)

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        target = kw.targets(posting, ctx.config)
        words = kw.body_words(posting)
        if not target.keyphrase or words < self.min_text_words:
            return
        rows = kw.coverage(posting, [target.keyphrase, *target.synonyms])
        count = sum(r.count for r in rows)
        density = 100.0 * count / words
        low = max(2, math.ceil(self.min_density * words / 100))
        high = max(low, math.floor(self.max_density * words / 100))
        names = " or ".join(repr(p) for p in [target.keyphrase, *target.synonyms])
        said = f"The keyphrase {names} appears {count} times in {words} words ({density:.2f} %)"
        if count > high and density > self.stuffing_density:
            yield self.at_document(
                posting,
                f"{said}: that is keyword stuffing; use it at most {high} times.",
                severity="error" if self.severity != "info" else "info",
            )
        elif count > high and density > self.max_density:
            yield self.at_document(posting, f"{said}; use it at most {high} times.")
        elif count < low:
            yield self.at_document(posting, f"{said}; aim for {low}–{high}.")


class KeyphraseInSubheadings(SeoRule):
    code: str = "SEO005"
    name: str = "keyphrase-in-subheadings"
    summary: str = "Name the keyphrase in 30–75 % of the subheadings (H2/H3)."
    why: str = "Subheadings that name the topic help skimming readers and search engines; naming it in nearly all of them over-optimises (Yoast)."
    example: str = "---\nkeyphrase: data engineer\n---\n\n# Data Engineer\n\n## The data engineer role\n\nText.\n\n## Data engineer duties\n\nText.\n"
    passing: str = "---\nkeyphrase: data engineer\n---\n\n# Data Engineer\n\n## The data engineer role\n\nText.\n\n## Benefits\n\nText.\n"
    severity: str = "warning"
    low: float = Field(default=0.3, ge=0, le=1)
    high: float = Field(default=0.75, ge=0, le=1)

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        target = kw.targets(posting, ctx.config)
        subs = [
            b for b in posting.blocks() if b.kind == "heading" and b.level in (2, 3) and b is not posting.title_block
        ]
        if not target.keyphrase or len(subs) < 2:
            return
        wanted = kw.content_lemmas(target.keyphrase)
        hits = sum(1 for b in subs if wanted <= set(kw.lemmas(b.text)))
        share = hits / len(subs)
        said = f"{hits} of {len(subs)} subheadings name the keyphrase {target.keyphrase!r}"
        if share > self.high:
            yield self.at_document(posting, f"{said}; vary them (at most {self.high:.0%}).")
        elif share < self.low:
            yield self.at_document(
                posting, f"{said}; name it in at least {self.low:.0%}.", severity=_cap(self.severity, "info")
            )


class TextLength(SeoRule):
    code: str = "SEO006"
    name: str = "text-length"
    summary: str = "A posting needs at least 300 words of body text (below 200 is an error)."
    why: str = (
        "Short pages rank poorly and leave out what candidates need to decide (Yoast: 300 recommended, 200 minimum)."
    )
    example: str = "# Data Engineer\n\nBuild pipelines with us.\n"
    passing: str = "# Data Engineer" + _LONG * 3
    severity: str = "warning"
    min_words: int = Field(default=300, ge=0)
    error_words: int = Field(default=200, ge=0)
    needs_nlp = False

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        words = kw.body_words(posting)
        if words < self.min_words:
            sev = "error" if words < self.error_words and self.severity != "info" else self.severity
            yield self.at_document(
                posting, f"The posting has {words} words of body text; aim for at least {self.min_words}.", severity=sev
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
        start = tag.start() if tag else meta_offset(posting, "description")
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
            msg = f"The page title is about {px} px wide; up to {self.max_px} px shows in results (add the company or location)."
        else:
            return
        sev = self.severity if px > self.max_px else _cap(self.severity, "info")
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


def known_location(posting: Posting, ctx: Context) -> str | None:
    """The job's location from config, front matter, or the page's JSON-LD."""
    value = ctx.config.location or posting.meta.get("location")
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str) and value.strip():
        return value.strip()
    from postlint.readers.jsonld import each_posting

    for _, obj in each_posting(posting):
        loc = obj.get("jobLocation")
        loc = loc[0] if isinstance(loc, list) and loc else loc
        address = loc.get("address") if isinstance(loc, dict) else None
        if isinstance(address, dict) and isinstance(address.get("addressLocality"), str):
            return address["addressLocality"]
    return None


class LocationKeyword(SeoRule):
    code: str = "SEO009"
    name: str = "location-keyword"
    summary: str = "Name the job's location (or 'remote') in the posting's text, not only in metadata."
    why: str = "Job search filters by place, and Google requires structured data to match the visible text."
    source: str = "https://developers.google.com/search/docs/appearance/structured-data/job-posting"
    example: str = "---\nlocation: Denver, CO, US\n---\n\n# Data Engineer\n\nBuild pipelines with us.\n"
    passing: str = "---\nlocation: Denver, CO, US\n---\n\n# Data Engineer\n\nBuild pipelines with us in Denver.\n"
    severity: str = "info"
    needs_nlp = False

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        location = known_location(posting, ctx)
        if not location:
            return
        text = posting.text.lower()
        # The city (first part) is what searchers type; "US" or "CO" alone would match any "us"/"co".
        parts = [p.strip() for p in re.split(r"[,;/()]", location) if p.strip()][:1]
        if "remote" in location.lower():
            parts.append("remote")
        if any(re.search(rf"(?<!\w){re.escape(p.lower())}(?!\w)", text) for p in parts):
            return
        yield self.at_meta_or_title(
            posting, "location", f"The location {location!r} is not named in the posting's text."
        )


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
        yield from self._repeats(posting)

    def _dump(self, block: Block) -> tuple[int, int, int] | None:
        """A block that is nothing but short comma-separated terms ("such as a, b, c…" in a sentence is fine)."""
        items = list(re.finditer(r"[^,;]+", block.text))
        if len(items) < self.max_list_items:
            return None
        if all(0 < len(m.group().split()) <= 3 and not re.search(r"[.!?:]\s", m.group()) for m in items):
            first = items[0]
            return first.start() + len(first.group()) - len(first.group().lstrip()), len(block.text), len(items)
        return None

    def _repeats(self, posting: Posting) -> Iterator[Diagnostic]:
        from postlint import nlp

        decl = kw.find_declaration(posting)
        for sent in nlp.sentences(posting):
            if decl is not None and sent.block is decl.block:
                continue
            words = [w.lower() for w in nlp.words(sent.text)]
            if len(words) < 6:
                continue
            counts = Counter(w for w in words if len(w) > 2 and w not in kw.FUNCTION_WORDS)
            for word, n in counts.most_common(1):
                if n >= self.min_repeats and n / len(words) >= 0.25:
                    m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", sent.text, re.IGNORECASE)
                    i = sent.start + (m.start() if m else 0)
                    yield self.at_block(
                        posting, sent.block, i, i + len(word), f"{word!r} is repeated {n} times in one sentence."
                    )


RULES: list[Rule] = [
    KeyphraseLength(),
    KeyphraseInTitle(),
    KeyphraseInIntro(),
    KeyphraseDensity(),
    KeyphraseInSubheadings(),
    TextLength(),
    MetaDescriptionLength(),
    SeoTitleWidth(),
    LocationKeyword(),
    KeywordStuffing(),
]
