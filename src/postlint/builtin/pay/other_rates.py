"""Figures beside the main salary that are another rate of the job, or no rate of its pay (PAY002, PAY003):
another group's earnings ("Top drivers make $1,800+"), a labelled rate ("Rush rate: up to $60/hr", a header
field or a line's label), a perk or allowance ("up to $500 relocation"), a period of its own ("$150 a quarter")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.language.job_titles import has_role_word
from postlint.language.sentence_split import sentence_start
from postlint.model.posting import Posting
from postlint.pay.amounts import scan
from postlint.pay.patterns import UNITS_PER_USD
from postlint.pay.plausible import PLAUSIBLE, plausible_ceiling
from postlint.pay.salary import Salary

# A period of its own after a figure that the parser reads no period in: "up to $150 per quarter".
_OWN_PERIOD = re.compile(r"(?i)(?:per|an?|each|every|/)\s{0,3}(?:quarter|qtr|term|semester|season|trimester)\b")


# Other workers' pay, said of them: "Drivers with a clean record earn up to $32/hr", "Top drivers
# make $1,800+" (blind set S24): not the top of the main figure's scale. A plural without an s is one too:
# "Bank staff earn from £12.21 per hour" (blind set S65). Words start with a letter, so a run of dashes is
# read once, not split every way between the leading punctuation and the words; a sentence starts after no letter.
OTHER_GROUP = re.compile(
    r"(?<![A-Za-z-])\W{0,40}+(?:[A-Za-z][A-Za-z-]{0,30}+\s{1,3}+){0,3}?(?:[A-Za-z][A-Za-z-]{0,30}s|(?i:staff|people|personnel|crew))"
    r"\s{1,3}(?:with\s[^.;!?]{0,40}?\s)?(?:earn|make|get|receive|are\s+paid)\b"
)


# A header field naming another rate of the job: "Rush rate: up to $60/hr", "Weekend pay: from $30/hour".
# A shift's own rate: "Nights: up to $21/hr." (blind set S42), a header field or a line's label.
_SHIFTS = r"nights?|days?|weekends?|evenings?|overnights?|swing|graveyard|lates?|earlies"
_RATE_FIELD = re.compile(rf"(?:^|-)(?:rate|pay|wage)s?$|^(?:{_SHIFTS})(?:-shifts?)?$")


def field_figures(posting: Posting, salary: Salary) -> Iterator[tuple[str, Salary]]:
    """(key, figure) of every header field other than the salary's that holds money, which the plain-text
    reader keeps as metadata, not blocks; the figure's offsets are the source's."""
    for key, (start, end) in posting.meta_spans.items():
        if key == "salary" or start <= salary.start < end:
            continue
        other = next(scan(posting.source[start:end], "section"), None)
        if other is not None:
            yield key, other.model_copy(update={"start": start + other.start, "end": start + other.end})


def rate_fields(posting: Posting, salary: Salary) -> Iterator[tuple[str, Salary]]:
    """(key, figure) of header fields of other rates (blind sets S30, S36: "Rush rate: up to $60/hr",
    "Overtime rate: $31.50" under "Pay: …")."""
    for key, other in field_figures(posting, salary):
        if _RATE_FIELD.search(key) and all(per_diem_pay(m, other) for m in NOT_A_RATE.finditer(key.replace("-", " "))):
            yield key, other


def sentence_at(posting: Posting, salary: Salary) -> int:
    """Where the sentence holding ``salary`` starts in the posting's text."""
    block = posting.block_at(salary.start)
    if block is None:
        return salary.start
    return block.start + sentence_start(block.text, salary.start - block.start)


# A line's own label naming a rate: "- Extension rate: up to $3,350/week", "Weekend pay: from $30/hour";
# PAY003 asks only of a label that ends in "rate" ("- Overtime rate: $88.50").
RATE_LABEL = re.compile(rf"[\W_]*([A-Z][A-Za-z /'’-]{{0,30}}?\b(?:rate|pay|wage)s?|(?:{_SHIFTS})(?:\s+shifts?)?)\s*:", re.IGNORECASE)


def own_rate_label(posting: Posting, other: Salary, salary: Salary) -> bool:
    """The open figure stands under its own rate's label, on a line of its own: another rate of the
    job, not the top of the main figure's scale (blind set S23: "Extension rate: up to $3,350/week")."""
    block = posting.block_at(other.start)
    if block is None or block.start <= salary.start < block.end:
        return False
    m = RATE_LABEL.match(block.text)
    return m is not None and m.end() <= other.start - block.start


# Money that is not a rate of the job's pay, in the sentence of an open-ended figure.
NOT_A_RATE = re.compile(
    r"(?i)\b(?:bonus\w*|commissions?|tips?|gratuit\w*|incentives?|allowances?|reimburse\w*|relocation|referrals?|"
    r"budgets?|equity|stock|shares|401\(?k|match\w*|credits?|discounts?|raises?|increases?|sign[- ]?on|signing|stipends?|"
    r"per diem|mileage(?!\s+pay\b)|contributions?|retention|awards?|premiums?|differentials?|loans?|tuition|donations?|funds?|grants?|"
    r"revenue|sales|savings|deposit|fee|fees|prizes?|vouchers?|cover(?:age)?(?!\s+(?:shifts?|lessons?|classes|work|hours|sessions?|duties|staff|teachers?|supervisors?)\b)|insurance|pension|super(?:annuation)?|gym|wellness|"
    r"learning|training|education|conferences?|equipment|home office|phone|internet|childcare|commut\w*|travel|expenses?"
    # (A driver's "Mileage pay: starting at $0.62 per mile" is the pay itself, blind set S39.)
    # Australia's salary packaging: a tax concession capped at an amount, not a rate of pay (blind set S26).
    r"|packaging|tax-free)\b"
)


def per_diem_pay(perk: re.Match[str], salary: Salary) -> bool:
    """A per diem paid by the hour is a per diem worker's wage ("Per diem rate: starting at $45.00 per
    hour", blind set S70); a per diem allowance is paid by the day or the trip."""
    return perk.group(0).lower().startswith("per") and salary.period == "HOUR" and not salary.period_inferred


# A freelancer's fixed-price pay is pay too: "Fixed-price milestone for the four theme sections: up to $1,200" (blind set S30).
# …and an offer's stretch: "For an exceptional candidate they can go up to JPY 18,000,000" (blind set S42).
_PAY_VERB = re.compile(
    r"(?i)\b(?:pays?|paid|earn\w*|rates?|salar\w*|wages?|compensation|make|makes|remuneration|fixed[- ]price|milestones?"
    r"|(?:can|could|will|may)\s+go)\b"
)


def rate_of_pay(posting: Posting, salary: Salary) -> bool:
    """An open-ended figure other than the main salary states a rate of the job's pay: a period or
    piece rate, or a pay word before it in its sentence, and no bonus, perk or allowance beside it."""
    block = posting.block_at(salary.start)
    if block is None:
        return False  # a front-matter figure is the main salary's business
    text = block.text  # the posting's prose, markup blanked, offset by block.start
    at, end = salary.start - block.start, min(len(text), salary.end - block.start)
    start = sentence_start(text, at)
    stop = re.search(r"[.;!?]", text[end : end + 120])
    stated = salary.per is not None or (salary.period is not None and not salary.period_inferred)
    if not stated and _OWN_PERIOD.match(posting.source[salary.end : salary.end + 40].lstrip()):
        return False  # "up to $150 a quarter": paid by a period no hourly or yearly pay is
    # A figure with its period is pay, whatever the sentence adds after it ("Top drivers earn
    # $1,800+ per week with our fuel and safety bonuses", blind set S24): only the words right after count.
    after = min(20 if stated else 120, stop.start() if stop else 120)
    if any(not per_diem_pay(m, salary) and not _ADDED.fullmatch(text, end, m.start()) for m in NOT_A_RATE.finditer(text, start, end + after)):
        return False
    if stated and salary.period is not None and salary.per is None:
        amount = salary.max if salary.max is not None else salary.min or 0.0
        if not PLAUSIBLE[salary.period][0] <= amount / UNITS_PER_USD.get(salary.currency or "", 1) or amount > plausible_ceiling(posting, salary):
            return False  # "$500 a year" is an allowance, not pay
    return stated or _PAY_VERB.search(text, start, at) is not None or _role_label(text[start:at])


# Money added to the figure, not qualifying it: "$210k+ and equity", "$90k plus bonus" (blind set S76).
_ADDED = re.compile(r"\s*(?:\+|&|and|plus)\s+(?:(?:an?|annual|yearly|generous|some)\s+)?")
# A role's own label before its figure: "- Staff Frontend Engineer: $210k+" in a list of openings (blind set S76).
_LABEL = re.compile(r"[\W_]*((?:[A-Za-z][\w/&-]*\s+){0,5}[A-Za-z][\w-]*)\s*[:–—-]\s*")


def _role_label(lead: str) -> bool:
    """``lead``, the sentence up to the figure, is only a role's name and a colon or dash."""
    m = _LABEL.fullmatch(lead)
    return m is not None and has_role_word(m.group(1))
