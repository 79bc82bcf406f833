"""STR016: a Markdown posting's front matter says what its text says (title, pay, hours).

Static-site generators and job boards read the front matter: it becomes the page's
title and, through ``postlint emit``, its JobPosting data. When the text below says
something else ("title: Site Reliability Engineer" over "# Senior Site Reliability
Engineer", "salary_min: 165000" over "$150,000 - $185,000"), candidates and search
engines are told two things (blind set S22), which Google's guidelines count as a
mismatch between the data and the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.builtin.structure.sources import GOOGLE_JOBPOSTING
from postlint.engine.rule import Context, Rule
from postlint.language.prefilter import blocks_with
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting
from postlint.pay.salary import Salary, find_text_salary, meta_salary

_TYPE_KEYS = ("employment_type", "employment-type", "employmentType", "type_of_employment", "type")
# Hours the text states, as words a reader cannot misread: "part-time", "full-time".
# Not a pay basis: "£27,500 per annum full-time equivalent", "pro rata of a full-time salary" (blind set S59).
_HOURS = re.compile(r"(?i)\b(full|part)[- ]?time\b(?![- ](?:equivalent|salary|rate)\b|\s*\(?fte\b)")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


class FrontMatterMatches(Rule):
    code: str = "STR016"
    name: str = "front-matter-matches"
    summary: str = "A Markdown posting's front matter agrees with its text: the same title, pay and hours."
    why: str = (
        "Site generators and job boards read the front matter (and `postlint emit` turns it into JobPosting data); "
        "Google's guidelines ask that structured data match the visible page, and candidates who see two titles or two "
        "pay ranges trust neither."
    )
    source: str = GOOGLE_JOBPOSTING
    example: str = "---\ntitle: Site Reliability Engineer\nsalary_min: 165000\nsalary_max: 185000\ncurrency: USD\n---\n\n# Senior Site Reliability Engineer\n\nPay: $150,000 - $185,000 per year.\n"
    passing: str = "---\ntitle: Site Reliability Engineer\nsalary_min: 150000\nsalary_max: 185000\ncurrency: USD\n---\n\n# Site Reliability Engineer\n\nPay: $150,000 - $185,000 per year.\n"
    notes: str = (
        "Markdown only (a plain-text header is the page's own text). The title is compared with the `#` heading "
        "(case and punctuation aside); the pay with the text's first pay figure, both ends and the currency where "
        "the text names one; the hours only where one says full-time and the other part-time. A finding sits on the "
        "front matter's line (the pay's first key, `title`, the employment type) and names the text's line."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if posting.format != "markdown" or not posting.meta:
            return
        yield from self._title(posting)
        yield from self._pay(posting)
        yield from self._hours(posting)

    def _title(self, posting: Posting) -> Iterator[Diagnostic]:
        stated, heading = posting.meta.get("title"), posting.title_block
        if not isinstance(stated, str) or heading is None or heading.kind != "heading" or heading.level != 1:
            return
        if _norm(stated) and _norm(heading.text) and _norm(stated) != _norm(heading.text):
            yield self._at_key(
                posting, "title", heading.start, heading.end,
                f"The front matter's title {stated.strip()!r} differs from the heading {heading.text.strip()!r}",
            )

    def _pay(self, posting: Posting) -> Iterator[Diagnostic]:
        stated = meta_salary(posting)
        shown = find_text_salary(posting) if stated is not None else None
        if stated is None or shown is None or stated.period != shown.period and not (stated.period_inferred or shown.period_inferred):
            return  # a day rate beside a yearly salary is two kinds of pay, not a mismatch
        ends = [(stated.min, shown.min), (stated.max, shown.max)]
        # To the cent: 20.90 and 21.40 an hour differ (blind set S74).
        differ = any(a is not None and b is not None and abs(a - b) >= 0.005 for a, b in ends)
        currency = stated.currency and shown.currency and not shown.currency_inferred and stated.currency != shown.currency
        if differ or currency:
            message = f"The front matter's pay ({_range(stated)}) differs from the text's '{shown.raw}'"
            if stated.end > stated.start:
                yield self._there(posting, stated.start, stated.end, shown.start, message)
            else:  # a key the front matter's lines do not show (a nested mapping): at the text's figure
                yield self.diagnostic(posting, shown.start, max(shown.end, shown.start + 1), f"{message}: make them the same.")

    def _hours(self, posting: Posting) -> Iterator[Diagnostic]:
        stated = next((v for k in _TYPE_KEYS if isinstance(v := posting.meta.get(k), str)), None)
        said = _HOURS.search(stated or "")
        if said is None:
            return
        for block in blocks_with(posting, list(posting.body_blocks()), ("full", "part")):
            for m in _HOURS.finditer(block.text):
                if m.group(1).lower() != said.group(1).lower():
                    key = next(k for k in _TYPE_KEYS if posting.meta.get(k) is stated)
                    yield self._at_key(
                        posting, key, block.at(m.start()), block.end_at(m.end()),
                        f"The front matter's employment type {stated.strip()!r} differs from the text's '{m.group(0)}'",
                    )
                    return

    def _at_key(self, posting: Posting, key: str, start: int, end: int, message: str) -> Diagnostic:
        """At the front matter's ``key`` line, naming the text's line; at the text when the key is not found."""
        offset = posting.front_matter_offset(key)
        if offset is None:
            return self.diagnostic(posting, start, end, f"{message}: make them the same.")
        line_end = posting.source.find("\n", offset)
        return self._there(posting, offset, line_end if line_end >= 0 else len(posting.source), start, message)

    def _there(self, posting: Posting, start: int, end: int, text_at: int, message: str) -> Diagnostic:
        # The front matter is what site generators and `postlint emit` read: the finding sits there and names the text's line.
        line, _ = posting.locate(text_at)
        return self.diagnostic(posting, start, max(end, start + 1), f"{message} (line {line}): make them the same.")


def _range(salary: Salary) -> str:
    """'USD 95,000–110,000', or the one end an open-ended figure has ('USD 120,000')."""
    ends = list(dict.fromkeys(f"{v:,.0f}" if v == int(v) else f"{v:,.2f}" for v in (salary.min, salary.max) if v is not None))
    return f"{salary.currency or ''} {'–'.join(ends)}".strip()


RULES: list[Rule] = [FrontMatterMatches.default()]
