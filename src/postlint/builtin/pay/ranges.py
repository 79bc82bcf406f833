"""PAY005 and PAY006: a pay range that makes sense, and one not too wide to be useful."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from pydantic import Field

from postlint.builtin.pay.disclosure import (
    GOOGLE_SALARY,
    PERIOD_WORDS,
    money,
    reversed_range,
    salary_span,
)
from postlint.builtin.pay.other_rates import field_figures
from postlint.engine.rule import Context, Rule
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting
from postlint.model.salary import PER_YEAR, Salary
from postlint.pay.jurisdictions import in_force, legal_note
from postlint.pay.plausible import PLAUSIBLE, plausible_ceiling
from postlint.pay.salary import find_ranges, find_text_salary

# The US federal minimum cash wage of a tipped employee (FLSA, 29 U.S.C. 203(m); US DOL
# "Minimum Wages for Tipped Employees"): an hourly rate this low is plausible when tips follow it.
TIPPED_CASH_WAGE = 2.13
# ("+" has no word boundary before it: "$2.13/hour + tips", blind set S53.)
_TIPS_AFTER = re.compile(r"(?i)[^.;\n]{0,30}?(?:\b(?:plus|and|with)|\+)\s*(?:cash |credit card )?tips\b|[^.;\n]{0,30}?\btipped\b")
# In the high-wage currencies a full-time year pays more than this (the lowest full-time minimum wage among them,
# the US federal $7.25 an hour, is about 15,000 a year): "€4,800 – €5,600 per year" for a Lyon data scientist is a
# month's pay (blind set S68). Part-time, pro-rata, term-time, casual and student pay can be less.
_FULL_YEAR_CURRENCIES = frozenset({"USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SGD"})
FULL_YEAR_MINIMUM = 10000
_LESS_THAN_A_FULL_YEAR = re.compile(
    r"(?i)\bpart[- ]?time\b|\bpro[- ]?rata\b|\bterm[- ]time\b|\bintern(?:s|ship)?\b|\bstipend"
    # Casual work, not a dress code or a mood: "smart casual", "casual dress", "a casual atmosphere".
    r"|(?<!smart )(?<!smart-)\bcasual\b(?![ \t-]+(?:dress|attire|clothing|clothes|wear|atmosphere|environment|vibe|culture|office"
    r"|setting|conversations?|chats?|fridays?|lunch(?:es)?|coffee|meetups?|games?|gaming|gamers?|players?|dining|style|feel)\b)"
    r"|\bvolunteer|\bhonorari|\btrainee|\bper\s+(?:project|course|module|class|semester|term)\b"
    r"|\b(?:[1-9]|[12]\d)\s*(?:hours?|hrs?|h)\s*(?:a|per|/)\s*(?:week|wk)\b|\b0?\.[1-8]\s*FTE\b"
    # A job for students, not one that serves them ("a school for 740 students", blind set S115): a student's job or
    # role, a working student (Germany's Werkstudent), a post open to students, a reader who is one.
    r"|\bstudent\s+(?:jobs?|positions?|roles?|posts?|workers?|assistants?|employees?|helpers?|ambassadors?|interns?"
    r"|internships?|trainees?)\b"
    r"|\bworking\s+students?\b|\bwerkstudent|\bstudentische"
    r"|\b(?:open|suitable|ideal|perfect|great|aimed|targeted)\s+(?:to|for|at)\s+(?:[\w-]+\s+){0,2}?students\b"
    r"|\bstudents?\s+(?:are\s+)?(?:welcome|wanted|needed)\b|\b(?:you\s+are|are\s+you|must\s+be|as)\s+an?\s+(?:[\w-]+\s+){0,2}?student\b(?!['’])"
)
# A job that is seasonal or an apprenticeship, said so in the text (apart from _LESS_THAN_A_FULL_YEAR: one pattern of
# both was slow on hostile input).
_SEASONAL_OR_APPRENTICESHIP = re.compile(
    # A seasonal job, not a seasonal menu or demand ("We change the seasonal card", "Cook the seasonal specials", blind
    # set S116): seasonal work, staff or a post; the job labelled so ("Job type: Seasonal", "is seasonal"); a season's hire.
    r"(?i)\bseasonal\s+(?:[\w-]+\s+){0,2}?(?:jobs?|positions?|posts?|roles?|work(?:ers?)?|employ(?:ees?|ment)|staff|contracts?"
    r"|hires?|help|helpers?|associates?|assistants?|team\s+members?|crew|vacanc(?:y|ies)|opportunit(?:y|ies)|basis)\b"
    r"|\(\s*seasonal\s*\)|(?m:^)[ \t]*(?:[\w -]{1,30}:[ \t]*)?seasonal[ \t]*(?m:$)"
    r"|\b(?:temporary|fixed[- ]term|full[- ]time)[ \t]*(?:[,/|·•&]|or|and)[ \t]*seasonal\b|\bseasonal[ \t]*[,/|·•&][ \t]*full[- ]time\b"
    r"|\b(?:job|position|post|role|work|contract|employment)\s+is\s+seasonal\b"
    r"|\bfor\s+the\s+(?:[\w-]+\s+){0,2}?season\b(?!['’])"
    # An apprenticeship that is this job, not apprentices beside the hire ("two apprentices") nor one the hire has
    # completed ("Completed apprenticeship as a chef", blind set S116).
    r"|\b(?<!completed )(?<!finished )apprenticeship\s+(?:[\w-]+\s+)?(?:programm?es?|positions?|posts?|roles?|places?|schemes?|vacanc(?:y|ies)"
    r"|opportunit(?:y|ies)|contracts?|wages?|rates?|pay|salary|allowance)\b"
    r"|\bapprentice\s+(?:(?:national\s+)?minimum\s+)?(?:wages?|rates?|pay|salary|allowance)\b"
    r"|\b(?:as|become|be|are|hire|hiring|recruit(?:ing)?)\s+an?\s+(?:[\w-]+\s+){0,2}?apprentice\b|\bapprentices?\s+(?:wanted|needed|welcome)\b"
    r"|\b(?<!completed )(?<!finished )(?<!after )(?:this|your|the)\s+apprenticeship\b"
    r"|\b(?:is|offer(?:s|ing)?|start)\s+an?\s+(?:[\w-]+\s+){0,2}?apprenticeship\b"
)

# The title names the job: "Seasonal Farm Hand", "Apprentice Chef", "Chef Apprenticeship (Level 3)".
_LESS_THAN_A_FULL_YEAR_TITLE = re.compile(r"(?i)\b(?:seasonal|apprentice(?:ship)?|summer)\b")


class PayRangeSane(Rule):
    code: str = "PAY005"
    name: str = "pay-range-sane"
    summary: str = "The range makes sense: minimum above zero, minimum no larger than maximum, amount plausible for its period."
    why: str = (
        "Google's baseSalary range is minValue..maxValue; a reversed range or '$45 a year' is a typo that misleads candidates "
        "and search. The main salary is checked in full; every other range in the posting (a lead's rate, a second "
        "location's) is checked for a reversed range."
    )
    notes: str = (
        "A yearly range under 10,000 in US, Canadian, Australian, New Zealand or Singapore dollars, euros, pounds or Swiss "
        "francs is a month's pay mislabelled unless the posting says the job is part-time, pro rata, term-time, casual, "
        "seasonal or for students, interns, trainees, apprentices or volunteers (or gives fewer than 30 hours a week); "
        "the job must be for students ('student assistant', 'working student', 'open to students'), not serve them "
        "('a school for 740 students'), and be seasonal or an apprenticeship itself ('a seasonal position', 'Job type: "
        "Seasonal', 'Apprentice Chef', 'this apprenticeship'), not beside one ('two apprentices' in the team, 'the "
        "seasonal card', a 'Completed apprenticeship' asked for). "
        "An amount above about USD 1,000 an hour, 10,000 a day, 40,000 a week, 80,000 a month or 5 million a year (more "
        "in currencies of many units per dollar; with no currency, or a '$' that may be a "
        "peso or a Hong Kong or Taiwan dollar, up to 2,000 an hour and 200,000 a month) is a wrong amount or period."
    )
    source: str = GOOGLE_SALARY
    severity: str = "error"
    example: str = "# Data Engineer\n\nSalary: $120,000 - $95,000 a year"
    passing: str = "# Data Engineer\n\nSalary: $95,000 - $120,000 a year"

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        salary = posting.salary
        if salary is None:
            return
        yield from self._main(posting, salary)
        # Every other range is checked for the one unmistakable typo, a reversed range: a second
        # figure may be a bonus, a perk or a premium, whose amounts no period makes implausible.
        for other in find_ranges(posting):
            if other.start != salary.start and other.min is not None and other.max is not None and other.min > other.max:
                yield self.diagnostic(posting, other.start, other.end, reversed_range(other))
        # So is a range in a header field the plain-text reader keeps as metadata ("Crew lead: $650 - $575
        # per day" under "Pay: …", blind set S38), whatever its label.
        for _, other in field_figures(posting, salary):
            if other.min is not None and other.max is not None and other.min > other.max:
                yield self.diagnostic(posting, other.start, other.end, reversed_range(other))

    def _main(self, posting: Posting, salary: Salary) -> Iterator[Diagnostic]:
        start, end = salary_span(posting, salary)
        values = [v for v in (salary.min, salary.max) if v is not None]
        if any(v <= 0 for v in values):
            yield self.diagnostic(posting, start, end, f"'{salary.raw}' has a zero or negative amount.")
        elif salary.min is not None and salary.max is not None and salary.min > salary.max:
            yield self.diagnostic(posting, start, end, reversed_range(salary))
        elif salary.period is not None and not salary.period_inferred and values:
            low, high = PLAUSIBLE[salary.period][0], plausible_ceiling(posting, salary)
            if salary.period == "HOUR" and _TIPS_AFTER.match(posting.source, salary.end):
                low = TIPPED_CASH_WAGE  # "$2.13 per hour plus tips": a tipped worker's cash wage
            if (
                salary.period == "YEAR"
                and salary.currency in _FULL_YEAR_CURRENCIES
                and salary.min is not None  # a range: a lone "up to £3,214 a year" may be an allowance read as the pay
                and min(values) < FULL_YEAR_MINIMUM
                and not _LESS_THAN_A_FULL_YEAR.search(posting.source)
                and not _SEASONAL_OR_APPRENTICESHIP.search(posting.source)
                and not (posting.title and _LESS_THAN_A_FULL_YEAR_TITLE.search(posting.title))
            ):
                low = FULL_YEAR_MINIMUM
            odd = [v for v in values if not low <= v <= high]
            if odd:
                yield self.diagnostic(posting, start, end, f"'{salary.raw}' is {money(odd[0])} {PERIOD_WORDS[salary.period]}, which is implausible: check the amount or the period.")


class PayRangeWidth(Rule):
    code: str = "PAY006"
    name: str = "pay-range-width"
    summary: str = "The range is not too wide to be useful (Ontario caps the spread at $50,000 a year)."
    why: str = (
        "Ranges 'too wide to be useful' defeat pay transparency. Ontario (O. Reg. 476/24, from 2026-01-01) limits the "
        "spread to $50,000 a year where the top is $200,000 or less; elsewhere no law sets a number, so the check runs "
        "only with the CA-ON profile or when you set `max-spread`."
    )
    source: str = "https://www.mccarthy.ca/en/insights/blogs/canadian-employer-advisor/regulations-and-force-dates-released-working-workers-four-and-five"
    max_spread: float | None = Field(default=None, gt=0, description="largest allowed max-min per year; unset = only under CA-ON")
    example: str = "# Data Engineer\n\nSalary: $60,000 - $140,000 a year"
    passing: str = "# Data Engineer\n\nSalary: $90,000 - $120,000 a year"
    example_config: ClassVar[dict] = {"jurisdictions": ["CA-ON"]}
    notes: str = (
        "With pay in front matter, the range the text shows is measured and reported on its line; front matter's "
        "range is reported as well only where its figures differ from the text's (STR016 reports the difference)."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        salary = posting.salary
        if salary is None:
            return
        for shown, said in _ranges_to_check(posting, salary):
            yield from self._width(posting, ctx, shown, said)

    def _width(self, posting: Posting, ctx: Context, salary: Salary, said: str) -> Iterator[Diagnostic]:
        if salary.min is None or salary.max is None or salary.period is None:
            return
        factor = PER_YEAR[salary.period]
        spread, top = (salary.max - salary.min) * factor, salary.max * factor
        start, end = salary_span(posting, salary)
        for law in in_force(posting, ctx, "range-cap"):
            if law.range_cap and spread > law.range_cap and top <= (law.range_cap_applies_below or float("inf")):
                yield self.diagnostic(posting, start, end, f"{said} spans {money(spread)} a year; at most {money(law.range_cap)}{legal_note([law])}.", severity="error")
                return
        if self.max_spread is not None and spread > self.max_spread:
            yield self.diagnostic(posting, start, end, f"{said} spans {money(spread)} a year, wider than {money(self.max_spread)}: narrow it to what you expect to pay.")


def _ranges_to_check(posting: Posting, salary: Salary) -> list[tuple[Salary, str]]:
    """The ranges PAY006 measures, each with how its message names it. Pay from front matter is one candidates do
    not read: the text's range is measured, on its line, and front matter's too only where its figures differ
    (blind sets S110, S111); front matter's is named by both ends, not by the one value its line shows."""
    first = next(posting.blocks(), None)
    in_front_matter = posting.source.startswith(("---", "+++")) and (first is None or salary.start < first.start)
    if not in_front_matter:
        return [(salary, f"'{salary.raw}'")]
    # Separate keys ("salary_min: 90000") show one end on the finding's line: name both.
    one_value = re.fullmatch(r"[\d.,\s]*", salary.raw) is not None
    stated = (salary, f"The front matter's pay ({_both_ends(salary)})" if one_value else f"'{salary.raw}'")
    text = find_text_salary(posting)
    if text is None or text.min is None or text.max is None:
        return [stated]
    if text.period is None:
        text = text.model_copy(update={"period": salary.period, "period_inferred": salary.period_inferred})
    shown = (text, f"'{text.raw}'")
    same = (text.min, text.max, text.period) == (salary.min, salary.max, salary.period)
    return [shown] if same else [shown, stated]


def _both_ends(salary: Salary) -> str:
    """'CAD 90,000–160,000': a range named by its ends and currency."""
    ends = "–".join(money(v) for v in (salary.min, salary.max) if v is not None)
    return f"{salary.currency or ''} {ends}".strip()


RULES: list[Rule] = [PayRangeSane.default(), PayRangeWidth.default()]
