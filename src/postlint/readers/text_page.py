"""The first pass over a plain-text posting's lines, before the reader walks them one by one.

It cuts the source into lines (and a PDF's label column into lines of their own), blanks what is
page chrome rather than posting text (menus, mail headers, a poster's handle, job-board buttons),
and marks which lines are bullets and banners. The reader (:mod:`postlint.readers.text`) then
asks the questions here about a line's neighbours: does a list follow it, a byline, prose?
The answers depend on these marks only, never on what the reader has built so far, which is why
they live apart from it. ``blank`` stays shared: the reader blanks a few more lines as it goes
(a site alert, a column's value taken for the title), and later questions see that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from postlint.language.job_titles import has_role_word
from postlint.model.schema import Schema, normalize_heading
from postlint.readers import bylines
from postlint.readers import text_shapes as shapes
from postlint.readers.block_categories import CATEGORY_KIND, text_vote
from postlint.readers.email_chrome import email_lines, forward_lines
from postlint.readers.header_box import Pair, header_lines
from postlint.readers.header_stack import place_line, stacked_parts
from postlint.readers.numbered_parts import numbered_parts
from postlint.readers.page_blocks import (
    board_summary_lines,
    careers_head_lines,
    employer_questions_lines,
    hiring_team_lines,
    salary_survey_lines,
    similar_jobs_lines,
    site_address_lines,
    site_name_lines,
)
from postlint.readers.page_chrome import (
    company_facts,
    is_chrome,
    is_nav_junk,
)
from postlint.readers.site_menus import (
    is_language_switcher,
    menu_lines,
    site_footer_blocks,
    site_menu_blocks,
    top_menu_block,
)
from postlint.readers.social_chrome import chat_lines, comment_lines, feed_author_lines, handle_lines, poster_lines
from postlint.readers.text_columns import Columns, label_column, split_columns
from postlint.readers.text_fields import field_box_labels, flush_field_labels
from postlint.readers.text_items import split_paragraph
from postlint.readers.text_lines import emoji_prefix, indent_width, is_label, is_title_case, line_spans, short_line

_BULLET = shapes.BULLET


@dataclass
class TextPage:
    """A plain-text posting's lines and what the first pass marked in them, by line number."""

    lines: list[tuple[int, int]]  # (start, end) source offsets, line ends excluded
    texts: list[str]
    columns: Columns
    blank: list[bool]  # chrome or empty: no posting text on the line
    mail: set[int]  # a job alert's or forwarded message's lines
    questions: dict[int, str]  # a board's employer questions: "label", "lead" or "question"
    handle: str | None  # a social post's handle and a space, as its caption repeats it
    banners: list[Any]  # (start, end) of a banner heading's text within the line, or None
    bullets: list[bool]
    header: dict[int, list[Pair]]  # an ATS header's "Label: value" lines
    emoji: list[int]  # length of each line's leading indentation and emoji
    prose_from: int  # the first line of prose (12 words or more) outside the header
    first_content: int
    last_content: int
    aliases: set[str]  # every heading the schema knows, normalized
    fields: set[int]  # a board's box of field labels, each over its indented values (Job Bank's "Education" / "  Secondary…")

    @classmethod
    def read(cls, source: str, schema: Schema) -> TextPage:
        """Cut ``source`` into lines and mark them; the reader walks them next."""
        lines = line_spans(source)
        texts = [source[s:e] for s, e in lines]
        running = shapes.running_headers(texts)
        columns = Columns(spans=lines)
        if (column := label_column(texts)) is not None:
            # A PDF's table of labels beside their text: each cut into lines of its own (text_columns).
            columns = split_columns(texts, lines, column)
            lines = columns.spans
            texts = [source[s:e] for s, e in lines]
        blank = [
            not t.strip()
            or is_nav_junk(t)
            or is_chrome(t)
            or is_language_switcher(t)
            or shapes.is_rule_line(t)
            or t.strip() in running
            for t in texts
        ]
        for i in columns.dropped | menu_lines(texts):
            blank[i] = True
        mail = email_lines(texts, blank)
        for i in mail:
            blank[i] = True  # a job alert's or a forwarded message's header and lines: the mail's, not the posting's
        questions = employer_questions_lines(texts)
        for i, role in questions.items():
            blank[i] = blank[i] or role == "label"  # "Employer questions" over the lead that says it again
        handles = handle_lines(texts, blank)
        # Instagram copies a caption after its poster's handle ("bluefinkitchenpdx 🚨 We're hiring 🚨", blind set S31).
        handle = next((texts[i].strip() + " " for i in handles), None)
        chrome_lines = (
            hiring_team_lines(texts, blank)
            | board_summary_lines(texts)
            | site_name_lines(texts, blank)
            | site_address_lines(texts, blank)
            | poster_lines(texts, blank)
            | comment_lines(texts, blank)
            | feed_author_lines(texts, blank)
            | similar_jobs_lines(texts)
            | salary_survey_lines(texts)
        )
        chrome_lines |= chat_lines(texts, blank) | forward_lines(texts, blank)
        for i in chrome_lines | handles | careers_head_lines(texts, blank):
            blank[i] = True
        for i in shapes.page_tab_runs(texts, blank) | shapes.site_menu_runs(texts) | site_menu_blocks(texts) | site_footer_blocks(texts) | top_menu_block(texts, blank):
            blank[i] = True
        banners = [None if blank[i] else shapes.banner(t) for i, t in enumerate(texts)]
        aliases = {normalize_heading(a) for spec, _ in schema.walk() for a in spec.aliases}
        for i, span in numbered_parts(texts, blank, banners, aliases).items():
            banners[i] = span  # "2. Key Responsibilities": a document's numbered part, not a list's item
        bullets = [bool(not blank[i] and banners[i] is None and _BULLET.match(t)) for i, t in enumerate(texts)]
        for i in shapes.lone_glyph_lines(texts, blank, bullets, aliases):
            bullets[i] = False  # "✅ What you bring" alone: an emoji heading (below), not a list of one
        header = header_lines(texts, blank, bullets)
        prose_from = next(
            (i for i, t in enumerate(texts) if not blank[i] and i not in header and len(t.split()) >= 12), len(texts)
        )
        emoji = [emoji_prefix(t) for t in texts]
        last_content = max((i for i, b in enumerate(blank) if not b), default=-1)
        first_content = next((i for i, b in enumerate(blank) if not b), -1)

        return cls(
            lines=lines,
            texts=texts,
            columns=columns,
            blank=blank,
            mail=mail,
            questions=questions,
            handle=handle,
            banners=banners,
            bullets=bullets,
            header=header,
            emoji=emoji,
            prose_from=prose_from,
            first_content=first_content,
            last_content=last_content,
            aliases=aliases,
            fields=field_box_labels(texts, blank, bullets) | flush_field_labels(texts, blank, bullets, schema),
        )

    def card_over_title(self) -> tuple[set[int], int | None]:
        """The page's first block when it is a board's card of the employer over the job's title (the lines, and
        the one naming the employer, if any): Otta's "Ledgerline" / "Open banking infrastructure for small
        lenders" / "Fintech · Series A · 38 employees · London" over "Senior Backend Engineer" and its "Salary:"
        field (blind set S89); Work at a Startup's banner over "Quillbox" and its tagline, over "Founding Engineer"
        and its pay (S88). Two to four short lines naming no role, no field, pay or sentence, then after an empty
        line a short line that names one, with pay, a byline or a field right under it: that line is the title."""
        texts, blank = self.texts, self.blank
        first = self.first_content
        if first < 0:
            return set(), None
        last = first
        # The card's facts blanked as chrome ("11-50 employees · Seed", Wellfound's, blind set S92) are still its lines.
        while last + 1 < len(texts) and (not blank[last + 1] or company_facts(texts[last + 1])):
            last += 1
        if not (1 <= last - first <= 3) or last + 2 >= len(texts) or texts[last + 1].strip():
            return set(), None  # two to four lines, then an empty line (not chrome: a menu between is another page part)
        card = range(first, last + 1)
        for k in card:
            text = texts[k].strip()
            if blank[k]:
                continue  # the company's facts, chrome
            words = [w for w in text.split() if any(c.isalnum() for c in w)]
            # A tagline may run to 14 words ("Virtual physical therapy for people recovering from …", blind set S124).
            if (
                k in self.header or self.bullets[k] or self.banners[k] is not None or len(words) > 14 or text[-1:] in ".!?:"
                or has_role_word(text) or shapes.SALARY.search(text) or normalize_heading(text) in self.aliases
            ):
                return set(), None
        m = last + 1
        while m < len(texts) and blank[m]:
            m += 1
        title = texts[m].strip() if m < len(texts) else ""
        if (
            not title or m in self.header or self.bullets[m] or self.banners[m] is not None or not has_role_word(title)
            or len(title.split()) > 8 or title[-1:] in ".!?:" or normalize_heading(title) in self.aliases
        ):
            return set(), None
        below = m + 1
        while below < len(texts) and not texts[below].strip():
            below += 1  # an empty line, not chrome: Otta's title stands alone over its fields
        if below >= len(texts) or (self.blank[below] and texts[below].strip()):
            return set(), None
        vouched = (
            below in self.header
            or (shapes.SALARY.search(texts[below]) is not None and len(texts[below].split()) <= 15)
            or (below == m + 1 and self.byline_next(m))
        )
        if not vouched:
            return set(), None
        # The employer's name: a short line the page names again ("About Ledgerline", "Apply to Quillbox"); not the board's.
        source = "\n".join(texts)
        name = next(
            (
                k for k in card
                if len(texts[k].split()) <= 4 and not any(c.isdigit() or c in "·|,:•" for c in texts[k])
                and texts[k].strip()[:1].isupper() and not place_line(texts[k]) and not bylines.employment_type_line(texts[k])
                and len(re.findall(rf"(?<!\w){re.escape(texts[k].strip())}(?!\w)", source)) >= 2
            ),
            None,
        )
        return set(card), name

    def lead_in(self, n: int) -> bool:
        """A list follows line ``n`` (perhaps after one blank line)."""
        m = n + 1
        if m < len(self.lines) and self.blank[m] and m + 1 < len(self.lines) and not self.texts[m].strip():
            m += 1
        if m < len(self.lines) and self.bullets[m] and indent_width(self.texts[m]) >= indent_width(self.texts[n]):
            return True
        # A lead-in with a colon over lines without bullets ("…assets include:" then one item a line).
        run = 0
        while m + run < len(self.lines) and not self.blank[m + run] and not self.bullets[m + run] and run < 2:
            run += 1
        return self.texts[n].rstrip().endswith(":") and run >= 2

    def byline_next(self, n: int) -> bool:
        """A job board's byline is the next line: line ``n`` is the title, even with pay in it
        ("Registered Nurse - Nights - $10,000 Sign-On Bonus!" over "Lakeshore Medical · Toledo, OH"),
        or a header stacked a part a line ("Buckeye Cold Storage LLC" over "Columbus, OH 43228")."""
        m = n + 1
        if m >= len(self.lines) or self.blank[m]:
            return False
        return bylines.byline(self.texts[m]) is not None or bool(
            stacked_parts(self.texts, m, below_title=True, skip=self.blank)
        )

    def employer_over_title(self, n: int) -> bool:
        """Glassdoor's order: the employer ("Northbridge Mutual Insurance"), its rating, then the
        title ("Property Claims Adjuster") over a stacked header: line ``n`` names no role, the
        next line of text does and has a header under it."""
        if has_role_word(self.texts[n]) or len(self.texts[n].split()) > 6 or self.texts[n].rstrip()[-1:] in ".!?:":
            return False
        # Page chrome ("3.6 ★") and blank lines may stand between them. Handshake repeats the employer under the
        # title; Glassdoor and AngelList put its place, byline or pay there (blind sets S55, S60, S61).
        m = n + 1
        while m < len(self.lines) and self.blank[m]:
            m += 1
        return (
            m + 1 < len(self.lines)
            and has_role_word(self.texts[m])
            and (
                self.texts[m + 1].strip() == self.texts[n].strip()
                or self.byline_next(m)
                or (not self.blank[m + 1] and shapes.SALARY.search(self.texts[m + 1]) is not None)
                or self._icon_facts(m)
                or self._named_again(n, m)
            )
        )

    def _icon_facts(self, m: int) -> bool:
        """A board's facts behind icons, a line each, right under line ``m`` ("🇨🇦 Canada only" / "💰 $110k - $140k" /
        "⏰ Full-time", Remote OK's, blind set S124): one of them is pay, a place or an employment type."""
        k = m + 1
        while k < len(self.lines) and k <= m + 4 and not self.blank[k] and self.emoji[k] > 0:
            fact = self.texts[k][self.emoji[k] :]
            if shapes.SALARY.search(fact) or bylines.employment_type_line(fact) or place_line(fact):
                return True
            k += 1
        return False

    def _named_again(self, n: int, m: int) -> bool:
        """Line ``n`` is a name of one to three capitalised words, not a place or a type, that the posting's text
        names again ("Ledgerleaf" over "Founding Full-Stack Engineer", then "Ledgerleaf is a young company…"), over
        line ``m``, a short line standing alone: the employer over the title (Wellfound's, blind set S102)."""
        name = self.texts[n].strip()
        title = self.texts[m].strip()
        if (
            not 1 <= len(name.split()) <= 3
            or not all(word[:1].isupper() for word in name.split())
            or any(c.isdigit() or c in ":!?,.|·•" for c in name)
            or place_line(name)
            or bylines.employment_type_line(name)
            or len(title.split()) > 8
            or title[-1:] in ".!?:"
            or normalize_heading(title) in self.aliases
            or self.texts[m + 1].strip()
        ):
            return False
        said = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        return any(said.search(self.texts[k]) for k in range(m + 1, len(self.texts)) if not self.blank[k])

    def stands_over_prose(self, n: int, rest: str) -> bool:
        """A short heading-like line with prose right below it, or alone between blank lines."""
        stripped = rest.strip()
        if (
            not (short_line(stripped, 8) or stripped.endswith("?"))
            or len(stripped.split()) > 8
            or stripped.endswith(":")
        ):
            return False
        if not stripped[:1].isupper() or n >= self.last_content or shapes.is_shouted_statement(stripped):
            return False
        m = n + 1
        alone = m < len(self.lines) and not self.texts[m].strip()
        named = (
            is_title_case(stripped) or shapes.has_heading_word(stripped) or normalize_heading(stripped) in self.aliases
        )
        # Not a sentence wrapped onto the next line: "When you join us" over "you will pair with…" (review).
        named = named or (
            shapes.is_wh_phrase(stripped) and not (m < len(self.lines) and self.texts[m].strip()[:1].islower())
        )
        # A few words alone between blank lines over a paragraph ("Assessment accommodation") name it too.
        few_alone = alone and (n == 0 or self.blank[n - 1]) and len(stripped.split()) <= 4 and stripped[-1:] not in ".,;:!"
        named = named or few_alone
        if not named:
            return False
        while m < len(self.lines) and self.blank[m]:
            m += 1
        if m >= len(self.lines) or self.bullets[m] or self.banners[m] is not None:
            return alone and m < len(self.lines) and shapes.has_heading_word(stripped)
        after = self.texts[m].strip()
        prose_below = len(after.split()) >= 12 and after[-1:] in ".!?:;)"
        # A heading word alone over a run of short lines: a list without bullets ("Pay and perks",
        # then "Meals on shift." and "23 days of annual leave." line by line).
        unbulleted = (
            alone
            and shapes.has_heading_word(stripped)
            and m + 1 < len(self.lines)
            and not self.blank[m + 1]
            and not self.bullets[m + 1]
        )
        # A few words alone over a list that lost its bullets, its lines stating a part's content: "Bring these" over
        # "Two years of warehouse experience required." / "Forklift certificate required." (blind set S114).
        return prose_below or unbulleted or (few_alone and self._bare_list_at(m))

    def _bare_list_at(self, m: int) -> bool:
        """Lines from ``m`` to the next empty one are three or more items without bullets (as the reader splits a
        paragraph) that state a part's content by their vote; not a sign-off's name and title, nor narrated prose."""
        k = m
        while k < len(self.lines) and not self.blank[k] and not self.bullets[k] and k - m < 16:
            k += 1
        if k - m < 3 or (k < len(self.lines) and self.bullets[k]):
            return False
        texts = self.texts[m:k]
        spans, at = [], 0
        for text in texts:
            spans.append((at, at + len(text)))
            at += len(text) + 1
        parts = split_paragraph("\n".join(texts), spans)
        return len(parts) == len(texts) and all(kind == "list_item" for kind, _, _ in parts) and self.lines_state(m - 1) is not None

    def form_field(self, n: int) -> bool:
        """Line ``n`` is one of three or more empty labels in a row: a form's fields, not headings."""
        run = [n]
        for step in (-1, 1):
            k = n + step
            while (
                0 <= k < len(self.lines) and not self.blank[k] and is_label(self.texts[k].strip()) and abs(k - n) <= 3
            ):
                run.append(k)
                k += step
        return len(run) >= 3

    def lines_state(self, n: int) -> str | None:
        """The section kind most of the lines under line ``n`` state (up to its first empty line), if any."""
        under = []
        for k in range(n + 1, min(len(self.lines), n + 16)):
            if not self.texts[k].strip():
                break
            under.append(self.texts[k][(m.end() if (m := _BULLET.match(self.texts[k])) else 0) :])
        vote = text_vote(under)
        return CATEGORY_KIND.get(vote[0]) if vote else None
