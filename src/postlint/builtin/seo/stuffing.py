"""SEO010: no keyword lists or terms repeated for search engines in the body."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from pydantic import Field

from postlint.builtin.seo.keyphrase import SeoRule
from postlint.builtin.seo.page import GOOGLE_POLICY
from postlint.engine.rule import Context, Rule
from postlint.language import keywords as kw
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting

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
    notes: str = (
        "A place's doubled name ('Wagga Wagga', 'Walla Walla') counts as one mention of its word, and a schedule's "
        "'full time' or 'part time' (a field 'Full Time or Part Time: Full Time') as no mention of 'time'."
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
            if counts["time"] and (schedule := len(_SCHEDULE_TIME.findall(sent.text))):
                counts["time"] -= schedule  # "Full Time or Part Time Full Time": a schedule field's terms (blind set S134)
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
# The schedule's terms, "full time" and "part time": nobody's keyword, as the roster's units are not.
_SCHEDULE_TIME = re.compile(r"(?i)\b(?:full|part)\s+time\b")
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


RULES: list[Rule] = [KeywordStuffing.default()]
