"""SEO rules: will the posting be found by its keyphrase?

Thresholds are Yoast SEO's published ones (research §1.6, §5.2; the numbers,
not its GPL code); targets come from :mod:`postlint.language.keywords`. This module
holds the keyphrase rules and the helpers shared with the page-level rules
of :mod:`postlint.builtin.seo.page` (length, meta description, title width,
location, stuffing).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from pydantic import Field

from postlint.engine.rule import Context, Rule, counted
from postlint.language import keywords as kw
from postlint.model.diagnostic import SEVERITY_RANK, Diagnostic, Severity
from postlint.model.posting import Block, Posting
from postlint.readers.text_shapes import is_cry

YOAST = "https://github.com/Yoast/wordpress-seo/tree/trunk/packages/yoastseo/src/scoring/assessments/seo"

# Plain body text for the examples: eight sentences, 128 words.
BODY_TEXT = "\n\n" + "We are hiring an engineer to build and run our data platform with a small team. " * 8


class SeoRule(Rule):
    source: str = YOAST
    needs_nlp = True

    def at_meta_or_title(self, posting: Posting, key: str, message: str, **kw_: object) -> Diagnostic:
        offset = posting.front_matter_offset(key)
        if offset is not None:
            return self.diagnostic(posting, offset, offset + len(key), message, **kw_)  # type: ignore[arg-type]
        return self.at_document(posting, message, **kw_)  # type: ignore[arg-type]

    def at_most(self, ceiling: Severity) -> Severity:
        """The milder of the rule's severity and ``ceiling`` (a configured 'info' stays 'info')."""
        return self.severity if SEVERITY_RANK[self.severity] <= SEVERITY_RANK[ceiling] else ceiling

    def escalated(self) -> Severity:
        """'error' for a grave finding, unless the rule is configured down to 'info'."""
        return "error" if self.severity != "info" else self.severity


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
            sev = self.escalated() if n > self.error_words else self.severity
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
        if target.keyphrase_from == "title":
            # Read from this very title (less its brackets and grade): it cannot be missing,
            # only preceded by other words ("FedRAMP: Security Officer (ISSO)/Cloud ...").
            if title[:1] != phrase[:1]:
                yield at(f"Put the keyphrase {target.keyphrase!r} at the start of the title.", severity=self.at_most("warning"))
            return
        if kw._contains(title, phrase) or kw.content_lemmas(target.keyphrase) <= set(title):
            yield at(
                f"Put the keyphrase {target.keyphrase!r} at the start of the title.",
                severity=self.at_most("warning"),
            )
        else:
            yield at(f"The title does not contain the keyphrase {target.keyphrase!r}.")

    def _at_title(self, posting: Posting):
        # The front matter's title when it is the title; the heading when it says the same, as a reader sees it
        # (blind sets S115, S117, S118: "# Software Engineer II" under "title: Software Engineer II").
        heading = posting.title_block.clean if posting.title_block is not None else None
        if heading is not None and " ".join(heading.split()).casefold() == " ".join(str(posting.meta.get("title", "")).split()).casefold():
            return lambda m, **k: self.at_document(posting, m, **k)
        if posting.meta.get("title") and posting.front_matter_offset("title") is not None:
            return lambda m, **k: self.at_meta_or_title(posting, "title", m, **k)
        return lambda m, **k: self.at_document(posting, m, **k)


# "Location: Charlotte, NC (Hybrid - 3 days onsite, Tuesday to Thursday)": a label and its value on
# one line, no sentence (a paragraph of such lines is a block of labels).
_LABEL_LINE = re.compile(r"[A-Z][\w /&'’()-]{0,40}:[ \t]+[^\n]*[^.!?\s]")


# A listing's dates: "Closes in 29 days (Monday 4 January 2027 at 11:59pm)", "Posted 3 days ago" (blind set S48).
_DATE_LINE = re.compile(r"(?i)\s*(?:closes|closing(?:\s+date)?|apply\s+by|application\s+deadline|deadline|posted|expires|date\s+posted)\b[^.!?\n]*$")


def _parts_line(text: str) -> bool:
    """One line of three or more parts between dots or bars, as a job board prints pay, type and level
    ("$22/hr - $29/hr · Full-time · Mid-Senior level"): a header line, not a sentence."""
    line = text.strip()
    return "\n" not in line and line.count(" · ") + line.count(" | ") + line.count(" • ") >= 2 and line[-1:] not in ".!?"


def _cry_led(text: str) -> bool:
    """A line led by a board's cry as its label, "URGENT: 12 welders needed …": its banner, no introduction (blind set S133)."""
    label, colon, _ = text.partition(":")
    return bool(colon) and len(label) <= 40 and is_cry(label)


def intro_block(posting: Posting, min_words: int) -> Block | None:
    """The first real paragraph (a tagline, a pay line, a label line, a line of header parts, a page's
    banner or promo, ``<p class="banner">``, or a Markdown callout box is not an introduction)."""
    from postlint.readers.page_chrome import is_site_alert

    return next(
        (
            b
            for b in kw.body_blocks(posting)
            if b.kind == "paragraph" and len(b.text.split()) >= min_words and not is_site_alert(b.text) and not b.notice
            and not all(_LABEL_LINE.fullmatch(line.strip()) for line in b.text.splitlines() if line.strip())
            and not _parts_line(b.text) and not _DATE_LINE.match(b.text) and not _cry_led(b.text)
            # A fact's value with no sentence in it ("Department of Chemistry and Chemical Engineering, Gothenburg,
            # Sweden" from a <dl> of facts, blind set S51): a short paragraph is the introduction only as a sentence.
            and (len(b.text.split()) >= 20 or b.text.rstrip()[-1:] in ".!?:")
        ),
        None,
    )


# A role word's standard short form and its full forms: a title's "Postdoc" is named by "Postdoctoral Researcher",
# "Sales Representative" by "sales rep" (precision sample 1237). Not "prof" ("Prof. Dr. Albers" is a name's title),
# "tech" (technology) or "vet" (veteran).
_CLIPPED = {
    "postdoc": ("postdoctoral",),
    "admin": ("administrator", "administrative"),
    "dev": ("developer",),
    "rep": ("representative",),
    "exec": ("executive",),
    "mgr": ("manager",),
    "asst": ("assistant",),
}
# In a text, "dev" is as often development's ("our dev team"): it names no "developer", though "Dev" in a title is one.
_FULL = {full: short for short, fulls in _CLIPPED.items() for full in fulls if short != "dev"}


def names_words(wanted: set[str], lemmas: set[str]) -> bool:
    """Whether ``lemmas`` hold each of ``wanted``, a role word in its short or full form ("postdoc" / "postdoctoral").
    Only a short form stands for its full ones, so "administrator" is never named by "administrative"."""
    def named(word: str) -> bool:
        base, short = word.rstrip("."), _FULL.get(word)
        return (
            word in lemmas
            or any(full in lemmas for full in _CLIPPED.get(base, ()))
            # spaCy keeps "admins" and "Asst." whole
            or (short is not None and any(form in lemmas for form in (short, short + "s", short + ".")))
        )

    return all(named(w) for w in wanted)


class KeyphraseInIntro(SeoRule):
    code: str = "SEO003"
    name: str = "keyphrase-in-intro"
    summary: str = "Name the keyphrase in one sentence of the first paragraph."
    why: str = (
        "The opening shows in previews and tells readers and search engines at once what the job is (Yoast: same sentence good, "
        "same paragraph fair). With no `keyphrase` set, the title's is used and a missing one is a warning, not an error."
    )
    example: str = "---\nkeyphrase: data engineer\n---\n\n# Data Engineer\n\nWe are growing fast. Join a team that ships every week and loves it.\n"
    passing: str = "---\nkeyphrase: data engineer\n---\n\n# Data Engineer\n\nAs a data engineer you will build pipelines that ship every week.\n"
    notes: str = (
        "An HTML paragraph whose class marks it as a banner, notice or promo (`<p class=\"banner\">`) is not the first paragraph, "
        "nor is a Markdown callout box: an admonition (`!!! info`, `??? note`), a container (`:::note` … `:::`), a GitHub alert "
        "(`> [!NOTE]`) or a Hugo shortcode box (`{{< notice >}}` … `{{< /notice >}}`, `{{% alert %}}`). A keyphrase's word counts in any form, and a role word also in its standard short or full "
        "form (postdoc / postdoctoral, admin / administrator or administrative, rep / representative, exec / executive, "
        "mgr / manager, asst / assistant; a title's dev is named by developer, not the reverse), as a synonym counts in Yoast Premium."
    )
    severity: str = "error"
    min_words: int = Field(default=8, ge=1, description="shorter paragraphs (taglines, pay lines) are not the intro")

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        from postlint.language import nlp

        target = kw.targets(posting, ctx.config)
        block = intro_block(posting, self.min_words)
        if not target.keyphrase or block is None:
            return
        wanted = kw.content_lemmas(target.keyphrase)
        doc = nlp.doc_for(posting, block)
        if any(names_words(wanted, {t.lemma_ for t in sent}) for sent in doc.sents):
            return
        if any(kw.names_acronym(block.text, s) for s in target.synonyms):
            return  # "our next CEO" names the "Chief Executive Officer" (synonyms count, as in Yoast Premium)
        if names_words(wanted, {t.lemma_ for t in doc}):
            msg = f"The first paragraph names the keyphrase {target.keyphrase!r} only across sentences; say it in one."
            yield self.at_block(posting, block, 0, len(block.text), msg, severity=self.at_most("warning"))
        elif target.keyphrase_from == "title":
            # A keyphrase read from the title is a guess at what searchers type: a warning, not an error.
            msg = f"The first paragraph does not name the keyphrase {target.keyphrase!r} (the title's words; set `keyphrase` to choose others)."
            yield self.at_block(posting, block, 0, len(block.text), msg, severity=self.at_most("warning"))
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
    why: str = (
        "Too few mentions and the posting is not found for its job title; too many reads as keyword stuffing, which Google's "
        "job policies penalise. With no `keyphrase` set, the title's is used and too few mentions is only info: a title's "
        "exact words ('Temp Software Developer') are often not what the text should repeat."
    )
    example: str = "---\nkeyphrase: data engineer\n---\n\n# Data Engineer" + BODY_TEXT
    passing: str = (
        "---\nkeyphrase: data engineer\n---\n\n# Data Engineer\n\nAs a data engineer you will join us."
        + BODY_TEXT
        + "\n\nEvery data engineer here owns a pipeline.\n"
    )
    notes: str = (
        "Mentions and words are counted over the text and its subheadings (a heading, or a bold line standing as one), "
        "not the title, as Yoast counts its keyphrase in paragraphs and headings over the whole text's words."
    )
    severity: str = "warning"
    min_text_words: int = Field(default=100, ge=0)
    min_density: float = Field(default=0.5, ge=0)
    max_density: float = Field(default=3.5, ge=0, description="3.0 for exact forms; 3.5 since word forms match")
    stuffing_density: float = Field(default=4.0, ge=0)

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        target = kw.targets(posting, ctx.config)
        # The text's subheadings count, in the mentions and in the words, as Yoast counts the sentences of its
        # paragraphs and headings over the words of the whole text (the title is not in it); blind set S113.
        words = kw.body_words(posting) + kw.heading_words(posting)
        if not target.keyphrase or words < self.min_text_words:
            return
        rows = kw.coverage(posting, [target.keyphrase, *target.synonyms])
        count = sum(r.count + r.heading_count for r in rows)
        density = 100.0 * count / words
        low = max(2, math.ceil(self.min_density * words / 100))
        high = max(low, math.floor(self.max_density * words / 100))
        names = " or ".join(repr(p) for p in [target.keyphrase, *target.synonyms])
        # Rounded away from the target, so 2 in 401 words reads 0.49 %, not the floor's 0.50 %.
        shown = math.floor(density * 100) / 100 if count < low else math.ceil(density * 100) / 100 if count > high else density
        said = f"The keyphrase {names} appears {counted(count, 'time')} in {counted(words, 'word')} ({shown:.2f} %)"
        if count > high and density > self.stuffing_density:
            yield self.at_document(
                posting,
                f"{said}: that is keyword stuffing; use it at most {high} times.",
                severity=self.escalated(),
            )
        elif count > high and density > self.max_density:
            yield self.at_document(posting, f"{said}; use it at most {high} times.")
        elif count < low and target.keyphrase_from == "title":
            # A keyphrase guessed from the title is advice, not a target anyone set: info at most.
            yield self.at_document(
                posting, f"{said}; aim for {low}–{high}, or set `keyphrase` to the words searchers use.", severity=self.at_most("info")
            )
        elif count < low:
            yield self.at_document(posting, f"{said}; aim for {low}–{high}.")


class KeyphraseInSubheadings(SeoRule):
    code: str = "SEO005"
    name: str = "keyphrase-in-subheadings"
    summary: str = "Name the keyphrase in 30–75 % of the subheadings (H2/H3)."
    why: str = "Subheadings that name the topic help skimming readers and search engines; naming it in nearly all of them over-optimises (Yoast)."
    example: str = "---\nkeyphrase: data engineer\n---\n\n# Data Engineer\n\n## The data engineer role\n\nText.\n\n## Data engineer duties\n\nText.\n"
    passing: str = "---\nkeyphrase: data engineer\n---\n\n# Data Engineer\n\n## The data engineer role\n\nText.\n\n## Benefits\n\nText.\n"
    notes: str = (
        "With no `keyphrase` set, the title's is used, as SEO003 and SEO004 do. Judged only with two or more "
        "subheadings; a subheading names the keyphrase when it holds each of its words in any form. Too many is a "
        "warning, too few only info. Reported for the whole posting: on the title's line in the text, or the text's first line when the title is only in front matter."
    )
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
        hits = sum(1 for b in subs if wanted <= kw.block_lemmas(posting, b))
        share = hits / len(subs)
        said = f"{hits} of {len(subs)} subheadings name the keyphrase {target.keyphrase!r}"
        if share > self.high:
            yield self.at_document(posting, f"{said}; vary them (at most {self.high:.0%}).")
        elif share < self.low:
            yield self.at_document(
                posting, f"{said}; name it in at least {self.low:.0%}.", severity=self.at_most("info")
            )


RULES: list[Rule] = [
    KeyphraseLength.default(),
    KeyphraseInTitle.default(),
    KeyphraseInIntro.default(),
    KeyphraseDensity.default(),
    KeyphraseInSubheadings.default(),
]
