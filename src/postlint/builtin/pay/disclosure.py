"""PAY001–PAY003: pay stated, bounded and per a period, from the parsed salary (``postlint.pay.salary``) and jurisdiction profiles."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.builtin.pay.commission import commission_pay_mentioned
from postlint.builtin.pay.other_rates import (
    NOT_A_RATE,
    OTHER_GROUP,
    RATE_LABEL,
    own_rate_label,
    rate_fields,
    rate_of_pay,
    sentence_at,
)
from postlint.engine.rule import Context, Rule
from postlint.language.prefilter import blocks_with
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting
from postlint.pay.jurisdictions import in_force, legal_note
from postlint.pay.salary import Salary, find_open_ended, find_salaries_in, find_vague_pay, first_statement

GOOGLE_SALARY = "https://developers.google.com/search/docs/appearance/structured-data/job-posting#basesalary"
LINKEDIN_SURVEY = "https://business.linkedin.com/talent-solutions/recruiting-tips/7-job-post-tips"
PERIOD_WORDS = {"HOUR": "an hour", "DAY": "a day", "WEEK": "a week", "MONTH": "a month", "YEAR": "a year"}


def salary_span(posting: Posting, salary: Salary) -> tuple[int, int]:
    return salary.start, max(salary.end, salary.start + 1)


def money(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"


def reversed_range(salary: Salary) -> str:
    """The message for a range whose minimum is above its maximum; both in cents when either has them."""
    low, high = salary.min or 0.0, salary.max or 0.0
    cents = low != int(low) or high != int(high)
    shown = (f"{low:,.2f}", f"{high:,.2f}") if cents else (money(low), money(high))
    return f"'{salary.raw}' has its minimum ({shown[0]}) above its maximum ({shown[1]})."


class PayPresent(Rule):
    code: str = "PAY001"
    name: str = "pay-present"
    summary: str = "State the pay: a figure or a range, with currency and period."
    why: str = (
        "Pay is what candidates look for first (LinkedIn: compensation is the most helpful part of a posting for 61% "
        "of candidates), and pay-transparency laws in Colorado, California, Washington, New York, Illinois, Ontario, "
        "British Columbia and the EU require it in postings."
    )
    source: str = LINKEDIN_SURVEY
    example: str = "# Data Engineer\n\nWe offer a competitive salary."
    passing: str = "# Data Engineer\n\nThe salary is $90,000 to $110,000 a year."
    notes: str = (
        "A posting that gives only a US federal grade ('GS-15') or a Canadian federal classification ('classified as "
        "CS-04') is told so: the grade points to the government's pay tables, and the posting still owes the range. "
        "A bonus or a per diem allowance is not the pay ('Safety bonus of up to $600 per hitch', 'Per diem: $75 per "
        "day'), nor is a one-off relocation, sign-on or retention payment ('A relocation payment of up to €3,000'), nor "
        "a stipend named for what it pays for ('Bilingual/ESL stipend: up to $4,000 per year', 'Housing stipend'): a "
        "posting that gives only those states none; a per diem paid by the hour is a per diem worker's wage, and a "
        "bare, living or research stipend ('Stipend: $2,000 per month') is an intern's or a fellow's pay."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        if posting.salary is not None:
            return
        laws = in_force(posting, ctx, "pay")
        if any(law.commission_exempt for law in laws):
            if commission_pay_mentioned(posting):  # saying so is all that law asks of a commission job
                laws = [law for law in laws if not law.commission_exempt]
        severity = "error" if laws else None
        vague = find_vague_pay(posting)
        note = legal_note(laws)
        if vague:
            first = vague[0]
            yield self.diagnostic(posting, first.start, first.end, f"'{first.text}' is not a salary: give the range, e.g. '$90,000–$110,000 a year'{note}.", severity=severity)
        elif (grade := _grade_named(posting)) is not None:
            # A US federal grade points to OPM's tables, a Canadian classification to the Treasury Board's;
            # the posting still owes the range it pays.
            yield self.at_document(
                posting, f"Pay is given only as a grade ({grade}): add the salary range{_LOCALITY if grade[:2] in ('GS', 'SE') else ''}, with currency and period{note}.",
                severity=severity,
            )
        else:
            yield self.at_document(posting, f"No pay is stated: add the salary or hourly range with currency and period{note}.", severity=severity)


# "GS-15", "GS15", "GS-GS 15", or front matter's `gs: [15]`, as TTS and USAJOBS postings give a grade.
_GRADE_NAMED = re.compile(r"\bGS[- ]?(?:GS )?(\d{1,2})\b|\bSenior Executive Service\b")
# Canada's federal classifications as the Canadian Digital Service and GC Jobs give them, a group and a
# two-digit level ("classified as CS-04", "Classification: AS-02"; precision sample 1207): the Treasury
# Board's pay rates for the group, not a figure. Only beside "classif…" or "group", so a product code is none.
_CLASSIFICATION = re.compile(r"\b(?:[A-Z]{2}[- ]){1,2}0\d(?:-0\d)?\b")
_LOCALITY = " for the locality"  # OPM's US grades pay by locality
_CLASSIFIED = re.compile(r"(?i)\bclassif|\bgroup\b")


def _other_end(posting: Posting, salary: Salary, others: list[Salary]) -> Salary | None:
    """An open figure of the same currency and period that closes ``salary``'s open end: a floor
    ("from", "a minimum of") under an "up to", or the other way round. Only a rate of pay, not a bonus's
    or a perk's amount nor one paid by the quarter: "Attendance bonus of up to $150 per quarter" under
    "Starting at $22.00 per hour" is no top of the hourly pay (blind set S99)."""
    want = "from" if salary.open_ended == "up-to" else "up-to"
    for other in others:
        if other.open_ended != want or other.currency != salary.currency or other.period != salary.period or other.start == salary.start:
            continue
        if not rate_of_pay(posting, other):
            continue
        low, high = (other.min, salary.max) if want == "from" else (salary.min, other.max)
        if low is not None and high is not None and low < high:
            return other
    return None


def _levels(code: str) -> list[str]:
    """'CS-04' -> ['CS-04']; 'EC 06-07' -> ['EC-06', 'EC-07']."""
    m = re.fullmatch(r"(.+?)[- ](0\d)(?:-(0\d))?", code)
    if m is None:
        return [code]
    group = m.group(1).replace(" ", "-")
    return [f"{group}-{level}" for level in m.group(2, 3) if level]


def _grade_named(posting: Posting) -> str | None:
    """The US federal grade the title, front matter or text names, as "GS-15" or "SES", or Canada's
    federal classification ("CS-04/CS-05")."""
    gs = posting.meta.get("gs")
    if isinstance(gs, list) and gs and all(isinstance(g, int) for g in gs):
        return "/".join(f"GS-{g}" for g in gs)
    # A header's grade field first ("Pay scale & grade: GS 12"): a grade in the text may be the experience asked
    # for ("equivalent to at least the GS-11 grade level", blind set S95).
    fields = [v for k, v in posting.meta.items() if "grade" in str(k).lower() and isinstance(v, str)]
    for text in (*fields, posting.title or "", *(b.text for b in posting.body_blocks())):
        if "GS" in text or "Senior Executive" in text:
            m = _GRADE_NAMED.search(text)
            if m:
                return f"GS-{m.group(1)}" if m.group(1) else "SES"
    for text in (posting.title or "", *(b.text for b in posting.body_blocks())):
        if ("-0" in text or " 0" in text) and _CLASSIFIED.search(text):
            # "EC 06-07", a space for the dash and a range of levels (precision sample 1208): "EC-06/EC-07".
            levels = list(dict.fromkeys(level for code in _CLASSIFICATION.findall(text) for level in _levels(code)))
            if levels:
                return "/".join(levels[:3])
    return None


class PayRangeBounded(Rule):
    code: str = "PAY002"
    name: str = "pay-range-bounded"
    summary: str = "Give both ends of the pay range: no 'up to', 'from', 'starting at' or '+' alone."
    why: str = (
        "An open-ended figure hides the real range; New York City and State, Minnesota, Vermont, DC and British "
        "Columbia require a minimum and a maximum (BC: '$20 per hour and up' does not comply)."
    )
    source: str = "https://natlawreview.com/article/new-york-city-commission-human-rights-provides-salary-range-transparency-act"
    example: str = "# Data Engineer\n\nPay: up to $120,000 a year."
    passing: str = "# Data Engineer\n\nPay: $95,000 to $120,000 a year."
    notes: str = (
        "The main salary, and every other rate of the job's pay written open-ended ('freelancers earn from $70/hour', "
        "'longer pieces pay up to $400', '$27.00 per hour and up', a piece rate beside a fee for the whole project: "
        "'Extra illustrations: from $40 each'). Not a bonus, commission, allowance or perk 'up to' an "
        "amount, an amount implausible for its period, the main range's end named again, or the top of a scale whose "
        "bottom is the main figure (but a rate under its own label, 'Extension rate: up to $3,350/week', or other "
        "workers' rate, 'Drivers with a clean record earn up to $32/hr', is reported, as is a per diem paid by the hour, "
        "'Per diem rate: starting at $45.00 per hour'). An open main figure stated twice (a board's 'Salary:' field "
        "repeating the pay line) is reported where the text first states it. Only a rate of pay closes an open main "
        "figure: 'Attendance bonus of up to $150 per quarter' under 'Starting at $22.00 per hour' does not."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        salary = posting.salary
        if salary is None:
            return
        laws = in_force(posting, ctx, "bounded")
        # "Good crews earn up to ISK 2,400,000 per month" and "the minimum wage guarantee of ISK 462,000 per
        # month": each an end, together a range (blind set S48).
        open_figures = find_open_ended(posting)
        partner = _other_end(posting, salary, open_figures) if salary.open_ended in ("up-to", "from") else None
        if partner is not None and OTHER_GROUP.match(posting.prose, sentence_at(posting, salary)) and OTHER_GROUP.match(
            posting.prose, sentence_at(posting, partner)
        ):
            partner = None  # "Drivers earn up to $30 …", "helpers earn from $18 …": two groups, each open
        if (salary.open_ended is not None or salary.min is None or salary.max is None) and partner is None:
            yield self._one_end(posting, _first_statement(posting, salary, open_figures), laws)
        # Another rate of the job's pay, open at one end ("Freelancers on our bench earn from $70/hour",
        # "Longer pieces pay up to $400"), is as open as the main one (blind set S19); a bonus,
        # commission or allowance "up to" an amount is no rate of pay.
        ends = {salary.min, salary.max} - {None}
        for other in open_figures:
            known = other.max if other.max is not None else other.min
            if not _OPEN_IN_FIGURE.search(other.raw) or (known in ends and salary.currency == other.currency):
                continue  # the main range's end again ("the maximum advertised salary ($183,300)"), not an open rate
            # (A price per piece is no end of a price per project: "$1,800 for the whole project … from $40 each".)
            if salary.min == salary.max and (salary.period, salary.per, salary.currency) == (other.period, other.per, other.currency) and (
                (other.open_ended == "up-to" and (salary.min or 0) < (other.max or 0))
                or (other.open_ended in ("from", "plus") and (other.min or 0) < (salary.max or 0))
            ) and not own_rate_label(posting, other, salary) and not OTHER_GROUP.match(posting.prose, sentence_at(posting, other)):
                continue  # the other end of the main figure: "at the bottom of Grade 7 (£37,099) … up to £44,263"
            if partner is not None and other.start == partner.start:
                continue  # the floor (or the cap) that closes the main figure
            if other.start != salary.start and other.end != salary.end and rate_of_pay(posting, other):
                yield self._one_end(posting, other, laws)
        for _, other in rate_fields(posting, salary):
            if other.open_ended is not None:
                yield self._one_end(posting, other, laws)

    def _one_end(self, posting: Posting, salary: Salary, laws: list[str]) -> Diagnostic:
        known = salary.max if salary.max is not None else salary.min
        missing = "minimum" if salary.min is None or salary.open_ended == "up-to" else "maximum"
        start, end = salary_span(posting, salary)
        return self.diagnostic(
            posting, start, end,
            f"'{salary.raw}' gives only one end of the range ({money(known)}); state the {missing} too{legal_note(laws)}.",
            severity="error" if laws else None,
        )


# An open end written in the figure itself ("up to $400", "from $70/hour", "$25+", "$27 and up"), not
# read from words before it ("the maximum advertised salary ($183,300)").
_OPEN_IN_FIGURE = re.compile(r"(?i)^[^\d$€£¥₹]*[a-z]|\+|\b(?:and up|and above|and over|or more|or higher)\b")


def _first_statement(posting: Posting, salary: Salary, others: list[Salary]) -> Salary:
    """Where the text first states the open main figure: a board's footer field ("Salary: Up to $23.50 per
    hour") repeats the body's "Pay: up to $23.50 per hour" above it (blind set S97)."""
    for other in others:
        if other.start >= salary.start:
            break
        if (other.open_ended, other.min, other.max, other.currency, other.period) == (
            salary.open_ended, salary.min, salary.max, salary.currency, salary.period
        ) and rate_of_pay(posting, other):
            return other
    return salary


class PayPeriod(Rule):
    code: str = "PAY003"
    name: str = "pay-period"
    summary: str = "Say whether the pay is per hour, day, week, month or year."
    why: str = "Google's baseSalary needs unitText (HOUR, DAY, WEEK, MONTH, YEAR); '$45' or '$4,000' means nothing without it."
    source: str = GOOGLE_SALARY
    example: str = "# Data Engineer\n\nSalary: $160,000 - $350,000"
    passing: str = "# Data Engineer\n\nSalary: $160,000 - $350,000 a year"
    notes: str = (
        "The main salary, and another rate on a line under its own '… rate:' label ('- Overtime rate: $88.50'); not a "
        "bonus's, allowance's or mileage rate, and not a US federal grade's pay, which is annual by definition. Front "
        "matter's figures with no period take the text's where they overlap it (STR016 reports figures that differ); where "
        "neither says per what, the text's figure is reported, as candidates read it, if the two overlap. A "
        "price per piece says per what ('$60 each', '$0.68 per mile'); a job board's pay panel, the figure over a line "
        "of its kind ('$350' over 'Fixed-price', '$35.00-$55.00' over 'Hourly range'), is the main salary. A page's "
        "figures whose period only the JSON-LD's unitText gives are reported too: candidates read the page. A header's "
        "'Salary:' range is the main salary over a single figure in the title or the text that is one of its ends ('£29k' "
        "in the title, 'Salary: £26,000 - £29,000' under it; a salary schedule's first cell under 'Salary: $54,212 - "
        "$101,847'), and over the title's repeat of it ('Data Analyst | 14 000–18 000 PLN' over 'Salary: 14 000 – 18 000 PLN'). "
        "A main salary stated twice the same way below the title (a header's '$140K - $190K' repeated under "
        "'Compensation') is reported where the text first states it. A later line that pays 'the band above' by a period "
        "('Salary: the band above, paid yearly') says per what, with no other pay figure between."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        salary = posting.salary
        if salary is None or salary.grade is not None:
            return  # General Schedule and SES rates are annual by definition
        yield from self._labelled_rates(posting, salary)
        if not salary.period_structured:
            salary = first_statement(posting, salary)  # a repeat's gap is reported where first stated (blind set S124)
        start, end = salary_span(posting, salary)
        if salary.period_structured and salary.period is not None and salary.per is None:
            # Search engines read the JSON-LD's unitText; candidates read the page (blind sets S66, S69, S71).
            yield self.diagnostic(
                posting, start, end, f"'{salary.raw}' does not say per what on the page; only the JSON-LD does ({PERIOD_WORDS[salary.period]}): write it out.",
                severity=_MILDER[self.severity] if salary.period == "YEAR" else None,
            )
            return
        if salary.per is not None or (salary.period is not None and not salary.period_inferred):
            return  # a piece rate ("$0.68 per mile") says per what
        if salary.period is not None:
            # A year's amount tells its period ("$128,000 - $156,000"): advice, not a gap. "$300 - $900"
            # (a day? a week?) and "$2,000" (a month?) are guesses: the rule's own severity.
            yield self.diagnostic(
                posting, start, end, f"'{salary.raw}' does not say per what; read as {PERIOD_WORDS[salary.period]} from the amount: write it out.",
                severity=_MILDER[self.severity] if salary.period == "YEAR" else None,
            )
        else:
            yield self.diagnostic(posting, start, end, f"'{salary.raw}' does not say whether it is per hour, month or year.")

    def _labelled_rates(self, posting: Posting, salary: Salary) -> Iterator[Diagnostic]:
        """Another rate on a line of its own under its label ("- Overtime rate: $88.50"): per what, too
        (blind set S23); not a bonus's or an allowance's rate."""
        for block in blocks_with(posting, list(posting.body_blocks()), ("rate",)):
            label = RATE_LABEL.match(block.text)
            if label is None or not label.group(1).lower().endswith(("rate", "rates")):
                continue
            if block.start <= salary.start < block.end or NOT_A_RATE.search(label.group(1)):
                continue
            for other in find_salaries_in(posting, block):
                if other.start - block.start < label.end() or other.per is not None:
                    continue
                if other.period is None or other.period_inferred:
                    yield self._no_period(posting, other)
        for key, other in rate_fields(posting, salary):
            if key.endswith(("rate", "rates")) and other.per is None and (other.period is None or other.period_inferred):
                yield self._no_period(posting, other)

    def _no_period(self, posting: Posting, other: Salary) -> Diagnostic:
        return self.diagnostic(
            posting, other.start, max(other.end, other.start + 1),
            f"'{other.raw}' does not say per what: write it out (per hour, week, month or year).",
        )


# One step below a rule's severity: a configured "error" keeps inferred periods at "warning".
_MILDER = {"error": "warning", "warning": "info", "info": "info"}


RULES: list[Rule] = [
    PayPresent.default(),
    PayRangeBounded.default(),
    PayPeriod.default(),
]
