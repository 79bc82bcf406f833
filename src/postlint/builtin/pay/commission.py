"""PAY008: commission and tipped pay stated with its basis. Commission is read here, tips in
:mod:`postlint.builtin.pay.tips`, and whether a word is this job's pay in :mod:`postlint.builtin.pay.pay_talk`.

A posting whose pay includes commission should say how the commission is
earned (a rate, or an amount); one whose pay includes tips should give the
wage paid before tips. Only pay talk counts: "the European Commission",
"commission a study", "commissioning of systems", "tips for applying" and
"at your fingertips" are not pay, so a word counts only in a pay phrase
("base plus commission", "$15 an hour plus tips") or in a Compensation or
Benefits section. Postings without the key words cost one shared look-up.

Every word list below is written for postlint from the phrasings that the
pay-transparency sources describe (research notes §1.2 PAY008 and §4: New York
Labor Law 194-b, Vermont H.704, Washington L&I policy ES.E.1, Colorado 7 CCR
1103-18 Rule 11); the lists of near misses are postlint's own heuristics [H].
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.builtin.pay.pay_talk import (
    MONEY,
    ON_EACH_SOLD,
    PAY_KINDS,
    WINDOW,
    about_this_job,
    in_sections,
    sentence_bounds,
)
from postlint.builtin.pay.tips import header_tip_mentions, tip_mentions, wage_before_tips
from postlint.engine.rule import Context, Rule
from postlint.language.prefilter import blocks_with, may_contain
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting
from postlint.pay.jurisdictions import in_force, legal_note
from postlint.pay.salary import find_pay_mentions

VERMONT = "https://legislature.vermont.gov/statutes/section/21/005/00495p"  # 21 V.S.A. § 495p

# Blocks holding none of these cannot hold a mention ("OTE" is looked for case-sensitively).
_WORDS = ("commission", "on-target", "on target", "tips", "tipped", "tip ", "tip-", "gratuit")

# Beside "OTE" or "commission" a figure needs no currency: "OTE 85-95k", "commission of 5,000".
_AMOUNT = rf"(?:{MONEY}|\b\d{{1,3}}(?:[,.]\d{{3}}){{1,2}}\b|\b\d{{2,3}}(?:\s?[-–]\s?\d{{2,3}})?\s?[kK]\b)"

# -- commission ---------------------------------------------------------------
_COMMISSION = re.compile(r"(?i)\bcommissions?\b")
# Words that make "commission" pay when they stand just before it ("uncapped commission",
# "sales commission"). Sources: research notes §1.2 (PAY007/PAY008 wording), WA ES.E.1.
_ADJECTIVES = (
    r"uncapped|capped|unlimited|generous|competitive|attractive|lucrative|monthly|quarterly|annual|weekly|sales|"
    r"tiered|residual|recurring|first[- ]year|renewal|straight|pure|override|variable|earned|realistic|performance[- ]based"
)
_PAY_BEFORE = re.compile(
    rf"(?i)(?:\b(?:plus|earn(?:s|ing|ed)?|receive[sd]?|receiving|eligible\s+for|eligibility\s+for|paid|we\s+(?:also\s+)?pay"
    rf"|in\s+addition\s+to)"
    rf"|\+|\b(?:salary|salaries|base|wages?|pay|hourly(?:\s+(?:rate|pay|wage))?|rate|bonus(?:es)?|incentives?|tips|stipend|draw|retainer)"
    rf"\s*(?:and|&|\+|plus|or|/|,|with)"
    rf"|(?:{MONEY}|\b(?:hour|hr|year|yr|annum|month))\s*(?:\+|plus|and|&|with))\s*(?:an?\s+)?(?:(?:{_ADJECTIVES})\s+){{0,2}}$"
    rf"|\b(?:{_ADJECTIVES})\s+$"
    rf"|(?:%|\bpercent|\bper\s?cent|{MONEY})\s*(?:in\s+)?(?:(?:{_ADJECTIVES})\s+)?$"
    r"|\b(?:paid|work(?:s|ing|ed)?|based|sell(?:s|ing)?|solely|purely|entirely|strictly|partly|partially|mostly)\s+on\s+(?:a\s+)?$"
    rf"|\b(?:compensation|pay|salary|remuneration|earnings|income)\s*:\s*(?:an?\s+)?(?:(?:{_ADJECTIVES})\s+){{0,2}}$"
    r"|\b(?:no|without\s+an?)\s+(?:cap|limit|ceiling)\s+(?:on|to)\s+(?:your\s+)?$"
)
_PAY_AFTER = re.compile(
    r"(?i)(?:-(?:based|only)\b|\s+(?:based|only)\s+(?:on\b|role|position|job|pay|compensation|basis|sales|income|earnings)"
    r"|\s+only\s*(?:[.,;)!]|$)"
    r"|\s+(?:structures?|plans?|schemes?|rates?|splits?|checks?|cheques?|payments?|payouts?|earnings|income|potential"
    r"|eligib(?:le|ility)|tiers?|accelerators?|paid|payable|percentages?|draws?|opportunit(?:y|ies)|sales)\b"
    r"|\s+on\s+(?:all\s+|each\s+|every\s+|your\s+|net\s+|gross\s+|new\s+|total\s+|closed\s+)?(?:sales?|revenue|bookings?|deals?"
    r"|contracts?|units?|polic(?:y|ies)|premiums?|placements?|billings?|renewals?|profits?|margins?|orders?|accounts?|business|ARR|MRR)\b"
    rf"|{ON_EACH_SOLD}"
    rf"|\s+of\s+(?:up\s+to\s+|between\s+|about\s+|around\s+|approximately\s+|~\s*)?(?:\d|{MONEY})"
    rf"|\s*[:=–-]\s*(?:\d|{MONEY}|up\s+to\b|uncapped\b|paid\b|based\b)"
    rf"|\s*\(\s*(?:\d|{MONEY}|uncapped\b|paid\b|based\b|avg\b|average\b|OTE\b|up\s+to\b)"
    r"|\s+(?:is|are)\s+(?:paid|uncapped|calculated|based|earned|capped|payable)\b)"
)
# Not pay whatever the context: the verb ("to commission a study"), bodies ("the
# Commission", "planning commission"), commissioned art, and idioms.
_NOT_PAY_BEFORE = re.compile(
    r"(?i)(?:\b(?:out\s+of|sins?\s+of|errors?\s+of|omissions?\s+(?:and|or|&)|acts?\s+of|(?<!addition\s)to|will|would|may|might|must|shall"
    r"|should|can|could|we|they|you|no|zero|without|non|not(?:\s+an?)?)[\s-]+"
    r"|\b(?:put|placed|back|remains?|remained|stay(?:s|ed)?|is|are|was|were)\s+(?:in|into)\s+"
    r"|\b(?:we|us|site|website|page|company|it)\s+(?:may\s+|might\s+|can\s+|could\s+|will\s+)?(?:also\s+)?"
    r"(?:earn|receive|get|make)s?\s+(?:an?\s+)?(?:small\s+)?(?:affiliate\s+)?|\baffiliate\s+"
    r"|\b(?:planning|zoning|utilit(?:y|ies)|trade|securities|exchange|elections?|electoral|service|rights|preservation"
    r"|landmarks?|arts?|county|city|state|federal|national|european|commerce|communications|energy|regulatory|gaming"
    r"|liquor|lottery|port|parks?|wildlife|transit|transportation|water|boundary|ethics|royal|law|advisory|independent"
    r"|joint|international|district|regional|health|housing|civil|public|artwork|portrait|mural"
    r"|illustration|sculpture|freelance|music|book|film|design|architectural)\s+)$"
)
_NOT_PAY_AFTER = re.compile(
    r"(?i)(?:'s?\b|’s?\b|-free\b|\s*(?:and|/)\s*decommission"
    r"|\s+(?:an?|the|this|that|these|those|our|their|its|his|her|your|new|original|research|studies|study|reports?"
    r"|surveys?|artwork|art|works?|pieces?|portraits?|murals?|sculptures?|members?|meetings?|hearings?|chair\w*|staff"
    r"|agenda|minutes|officials?|proceedings|rules?|regulations?|decisions?|approval|review|requests?|queue|sheet)\b"
    r"|\s+of\s+(?:an?\s+|the\s+|any\s+)?(?:crimes?|offen[cs]es?|fraud|acts?|felon(?:y|ies)|misdemeanou?rs?|violations?"
    r"|theft|abuse|wrongdoing|misconduct|sins?|torts?)\b"
    r"|\s+to\s+(?:create|paint|design|write|produce|compose|build|make)\b"
    r"|\s+(?:from|on|for)\s+(?:any\s+|qualifying\s+)?(?:purchases?|links?|products?\s+(?:bought|purchased)|sales\s+made)\b"
    r"|\s+for\s+(?:an?|the)\s+(?:new\s+)?(?:mural|portrait|painting|sculpture|artwork|piece|book|film|song|score|series"
    r"|building|installation|report|study)\b)"
)
# A capitalised "Commission" after a capitalised name is a body ("Federal Trade Commission"),
# unless that word is a pay word in a title-case heading ("Base Salary Plus Commission").
_CAPITAL_BEFORE = re.compile(r"(?:^|[^\w&+])(?P<word>[A-Z][\w'’.-]{0,30})\s+$")
_CAPITAL_OK = {"the", "our", "your", "plus", "base", "salary", "pay", "and", "with", "earn", "bonus", "bonuses"} | set(
    re.sub(r"\[- \]", "-", _ADJECTIVES).split("|")
)
_BODY_AFTER = re.compile(r"\s+(?:on|of|for)\s+[A-Z]")
# On-target earnings: a total that includes commission.
_OTE_WORD = r"(?:\bOTE\b|(?i:\bon[- ]target\s+(?:earnings|compensation|pay|income|earning\s+potential|commission)))"
_OTE = re.compile(_OTE_WORD)
_OTE_BEFORE = re.compile(
    r"(?i)(?:\b(?:uncapped|competitive|realistic|attractive|generous|excellent|strong|total|first[- ]year|year[- ](?:one|1)"
    r"|plus|with|base\s*(?:salary\s*)?(?:\+|plus|and|&))|\+)\s*$"
)

# A commission basis: a rate, an amount per sale, commission or OTE money, earnings including commission.
# Found with finditer: only from a run of digits' start (a match inside a run starts at the run's start too), and the
# run taken whole; retried from every digit, a run of 20,000 digits in a commission's sentence took 70 s.
_PERCENT = re.compile(r"(?i)(?<!\d)\d++(?:[.,]\d{1,2})?\s?(?:%|percent\b|per\s?cent\b)")
_PERCENT_NOT_RATE_AFTER = re.compile(
    # "4% match", "5% matched", "10% discounts"; "a 4% company match", "30% employee discount".
    r"(?i)\s*(?:of\s+(?:the\s+|your\s+)?time|travel|remote|match|discount|(?:[\w-]+\s+){1,2}?(?:match|discount)\b|401|employer|equity"
    r"|vest\w*|ownership|off\b|covered|coverage|contribut\w*|raise|profit|premiums?"
    r"|(?:(?:employer[- ])?paid\s+)?(?:health|medical|dental|insurance|parental|leave|pto|vacation|time\s+off|holidays?|sick)"
    # "70% of your health insurance", "80% of the mutuelle": a share of a benefit (blind set S7)
    r"|of\s+(?:your\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:health|medical|dental|insurance|mutuelle|pension|premiums?|cover(?:age)?|transit|travel\s+pass|meal)"
    r"|(?:annual\s+|target\s+|performance\s+)?bonus|of\s+(?:your\s+|the\s+|annual\s+)?(?:base|salary))"
)
# "Pension of 12%", "superannuation at 11.5%": a benefit's share (blind set S27).
_PERCENT_NOT_RATE_BEFORE = re.compile(
    r"(?i)(?:match(?:ing)?|401\s?\(?k\)?|travel|remote|discount|equity|vest\w*|bonus|pension|superannuation|retirement"
    r"|holiday\s+pay|vacation\s+pay|insurance|vakantiegeld"
    # Hong Kong's, Singapore's and Malaysia's pension funds, and a statutory share: "MPF above the statutory 5%" (blind set S47).
    r"|\bmpf|\bcpf|\bepf|kiwisaver|provident|statutory"
    # A health plan's share: "Medical, dental and vision, 100% covered…", "Health cover paid 60% by the company" (blind sets S50, S53).
    r"|medical|dental|vision|health|cover(?:ed|age)?|dependents|dependants)[^.;\d]{0,20}$"
)
_PER_UNIT = re.compile(
    rf"(?i){MONEY}\s*(?:per|for\s+each|for\s+every|a|each|/)\s*(?:closed\s+|new\s+|successful\s+|qualified\s+|signed\s+|booked\s+)?"
    r"(?:sale|deal|booking|unit|policy|placement|appointment|account|contract|subscription|sign-?up|order|lead"
    r"|vehicle|car|home|transaction|install(?:ation)?|client|customer|enrollment|demo)s?\b"
)
_COMMISSION_THEN_MONEY = re.compile(rf"(?i)\bcommissions?\b(?P<gap>[^.;!?\n]{{0,40}}?){_AMOUNT}")
_MONEY_THEN_COMMISSION = re.compile(rf"(?i){_AMOUNT}(?P<gap>[^.;!?\n\d$€£]{{0,30}}?)\bcommissions?\b")
# What stands between commission and money when the money is the base pay, not commission.
_BASE_GAP_AFTER = re.compile(r"(?i)\b(?:base|salary|salaries|wages?|hourly|guarantee\w*)\b")
_BASE_GAP_BEFORE = re.compile(r"(?i)\b(?:base|salary|salaries|wages?|plus|and|or)\b|[+&,]")
_BASE_AFTER = re.compile(r"(?i)\s*(?:/\s*\w+\s*|(?:an?|per)\s+\w+\s+)?(?:base|salary|basic|guaranteed?)\b")
_BASE_BEFORE = re.compile(r"(?i)\b(?:base|salary|wages?|pay)(?:\s+(?:pay|salary|rate|wage))?\s*(?:of|is|:|=|-|–)?\s*$")
_OTE_MONEY = re.compile(
    rf"(?:{_AMOUNT}\s*(?:[-–]\s*{_AMOUNT}\s*)?(?:\(\s*)?(?i:(?:total|realistic|uncapped|annual|first[- ]year|year[- ]one|target)\s+)?{_OTE_WORD})"
    rf"|{_OTE_WORD}\s*(?:[:(]\s*|(?i:of|range(?:\s+of)?|is|are|=)\s+)?(?i:up\s+to\s+|between\s+|about\s+|around\s+|approx\w*\.?\s+|~\s*)?{_AMOUNT}"
)
# An earnings figure that includes commission: "average reps earn $95,000", "first-year earnings
# $70,000 - $95,000", "$70,000 - $95,000 (base + commission)"; and a split such as "70/30 commission split".
_EARNINGS = re.compile(
    rf"(?i)\b(?:total|expected|average|avg\.?|typical|realistic|first[- ]year|annual|projected|potential|target|on[- ]target)"
    rf"\s+(?:annual\s+|yearly\s+)?(?:earnings|compensation|income|take[- ]home(?:\s+pay)?)\b[^.;!?\n]{{0,30}}?{_AMOUNT}"
    rf"|\b(?:average|top|typical)\s+(?:\w+\s+){{0,2}}(?:earn|make|take\s+home)s?\s+(?:an?\s+average\s+of\s+|over\s+|more\s+than\s+"
    rf"|about\s+|around\s+)?{_AMOUNT}"
    rf"|{_AMOUNT}\s*\(\s*(?:base\s*(?:salary|pay)?\s*(?:\+|plus|and|&)\s*)(?:uncapped\s+)?commissions?\b"
    r"|\b\d{1,3}\s*/\s*\d{1,3}\s+(?:commission\s+)?splits?\b"
)



def _commission_is_pay(posting: Posting, block: Block, m: re.Match[str]) -> bool:
    text = block.text
    left, right = sentence_bounds(text, m.start(), m.end())
    before = text[max(left, m.start() - WINDOW) : m.start()]
    after = text[m.end() : min(right, m.end() + WINDOW)]
    if _NOT_PAY_BEFORE.search(before) or _NOT_PAY_AFTER.match(after):
        return False
    if m.group()[0] == "C":
        capital = _CAPITAL_BEFORE.search(before)
        if capital and capital.group("word").lower() not in _CAPITAL_OK or _BODY_AFTER.match(after) or before.endswith("the "):
            return False
    return bool(_PAY_BEFORE.search(before) or _PAY_AFTER.match(after) or in_sections(posting, block, PAY_KINDS))


def _ote_is_pay(text: str, m: re.Match[str]) -> bool:
    if m.group() != "OTE":
        return True  # "on-target earnings" is pay wherever it stands
    left, right = sentence_bounds(text, m.start(), m.end())
    sentence = text[left:right]
    return bool(_OTE_MONEY.search(sentence) or _OTE_BEFORE.search(text[max(left, m.start() - WINDOW) : m.start()]))


def _commission_mentions(posting: Posting, block: Block) -> Iterator[tuple[int, int]]:
    text = block.text
    if may_contain(text, ("commission",)):
        for m in _COMMISSION.finditer(text):
            if _commission_is_pay(posting, block, m) and about_this_job(posting, block, *m.span()):
                yield m.span()
    if "OTE" in text or may_contain(text, ("on-target", "on target")):
        for m in _OTE.finditer(text):
            if _ote_is_pay(text, m) and about_this_job(posting, block, *m.span()):
                yield m.span()


# A pension's line: its percents are contributions ("Pension of 12% (8% paid by Nordvand, 4% your own
# contribution)", blind set S27), unless the line speaks of commission or sales too.
_PENSION_LINE = re.compile(r"(?i)\b(?:pension|superannuation|retirement|kiwisaver|provident\s+fund|mpf|cpf|epf)\b")
_SALES_WORD = re.compile(r"(?i)\b(?:commission\w*|sales?|deals?|revenue)\b")


# A share of something in a line of its own, beside the commission's: "50% of your Navigo pass" (blind set S90).
# A share of what is sold or earned is a rate: "8% of gross margin", "20% of the placement fee".
_SHARE_OF = re.compile(r"(?i)\s{0,3}of\s+([^.;:,()\n]{1,40})")
_SOLD = frozenset(
    "sale sales sold sell sells selling revenue margin margins profit profits gp billing billings booking bookings fee fees "
    "value deal deals contract contracts premium premiums arr mrr turnover takings order orders invoice invoices "
    "placement placements business quota target gross net "
    # A recruiter's commission: "20% of each hire's first-year salary", "20% of what you bill" (review).
    "bill bills billed billable hire hires hired candidate candidates".split()
)
_WORD = re.compile(r"\w+")


def _is_rate(text: str, apart: bool = False) -> bool:
    """Whether ``text`` states a commission rate; ``apart``: a line other than the one naming commission."""
    sales = _SALES_WORD.search(text) is not None
    if _PENSION_LINE.search(text) and not sales:
        return bool(_PER_UNIT.search(text))
    for m in _PERCENT.finditer(text):
        if apart and not sales and (share := _SHARE_OF.match(text, m.end())) and _SOLD.isdisjoint(w.lower() for w in _WORD.findall(share.group(1))):
            continue
        if not _PERCENT_NOT_RATE_AFTER.match(text, m.end()) and not _PERCENT_NOT_RATE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            return True
    return bool(_PER_UNIT.search(text))


def _has_commission_basis(text: str) -> bool:
    """Whether a sentence about commission states a rate or an amount."""
    if _is_rate(text) or _OTE_MONEY.search(text) or _EARNINGS.search(text):
        return True
    if any(not _BASE_GAP_AFTER.search(m.group("gap")) and not _BASE_AFTER.match(text, m.end()) for m in _COMMISSION_THEN_MONEY.finditer(text)):
        return True  # not "commission and a base salary of $50,000", "commission and a $50,000 base"
    return any(
        not _BASE_GAP_BEFORE.search(m.group("gap")) and not _BASE_BEFORE.search(text, max(0, m.start() - 30), m.start())
        for m in _MONEY_THEN_COMMISSION.finditer(text)
    )  # not "$60,000 plus commission" nor "base pay $20 an hour with commission"


def _related_blocks(posting: Posting, block: Block) -> Iterator[Block]:
    """Blocks that may hold the rates of a commission mentioned in ``block``: its section when the
    section is about pay or its heading names commission, and the list a 'Commission structure:' opens."""
    for section in posting.walk():
        if not section.start <= block.start <= section.end:
            continue
        if section.kind in PAY_KINDS or section.heading is block:
            yield from section.all_blocks()
    if block.text.rstrip().endswith(":"):
        listed = list(posting.blocks())
        index = next((i for i, b in enumerate(listed) if b is block), len(listed))
        for after in listed[index + 1 : index + 21]:
            if after.kind not in ("list_item", "table_row"):
                break
            yield after


def commission_pay_mentioned(posting: Posting) -> bool:
    """Whether the posting says its pay is (wholly or partly) commission, e.g. "paid on commission"."""
    return any(True for block in blocks_with(posting, posting.blocks(), _WORDS) for _ in _commission_mentions(posting, block))


def _header_commission(posting: Posting) -> tuple[int, int] | None:
    """Source span of "commission" in a header box's pay value that gives no rate
    ("Salary: Commission only"; blind set S8), or None."""
    for key, (start, end) in posting.meta_spans.items():
        if key not in ("salary", "compensation", "pay"):
            continue
        value = posting.source[start:end]
        m = _COMMISSION.search(value)
        if m is not None and not _has_commission_basis(value):
            return start + m.start(), start + m.end()
    return None


def _commission_finding(posting: Posting, blocks: list[Block]) -> tuple[Block, int, int] | None:
    # The first mention in the body, where the rate belongs; the title's only when the body has none
    # ("SALES AGENT – COP 2.800.000 + COMMISSIONS" above "Plus uncapped commissions", blind set S75).
    first: tuple[Block, int, int] | None = None
    titled: tuple[Block, int, int] | None = None
    for block in blocks:
        for i, j in sorted(_commission_mentions(posting, block)):
            if block is posting.title_block:
                titled = titled or (block, i, j)
            else:
                first = first or (block, i, j)
            left, right = sentence_bounds(block.text, i, j)
            if _has_commission_basis(block.text[left:right]):
                return None
            if any(_is_rate(b.text, apart=b is not block) for b in _related_blocks(posting, block)):
                return None
    first = first or titled
    if first is not None and any(_EARNINGS.search(b.text) or _OTE_MONEY.search(b.text) for b in posting.blocks()):
        return None  # an earnings figure anywhere: "Our average rep earns $95,000."
    return first


class CommissionTips(Rule):
    code: str = "PAY008"
    name: str = "commission-tips"
    summary: str = "Commission or tipped pay comes with its basis: the commission rate or amount, the wage before tips."
    why: str = (
        "'Base plus commission' or 'plus tips' does not tell candidates what they will earn. New York State and "
        "Vermont require commission-based pay to be disclosed as such (which a mention does), Vermont requires tipped "
        "jobs to state the base wage or range excluding tips, and Washington (L&I policy ES.E.1) the commission rate."
    )
    source: str = VERMONT
    example: str = "# Account Executive\n\nBase salary $60,000 a year plus uncapped commission."
    passing: str = "# Account Executive\n\nBase salary $60,000 a year plus 10% commission on every sale."
    notes: str = (
        "Commission without its basis is reported once, at its first mention in the body, where the rate belongs; "
        "at the title's ('Sales Agent – Base + Commission') only when the body does not name it. A percentage in another "
        "line of the pay section counts as the rate unless it is a share of something not sold ('50% of your travel pass')."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        found = blocks_with(posting, posting.blocks(), _WORDS)
        if "OTE" in posting.source:
            holding = {id(b) for b in found}
            found = [b for b in posting.blocks() if id(b) in holding or "OTE" in b.text]
        if not found:
            span = _header_commission(posting)
            if span is not None:  # "Salary: Commission only" in a header box
                yield self._no_basis(posting, ctx, span[0], span[1], posting.source[span[0] : span[1]])
        else:
            commission = _commission_finding(posting, found)
            if commission is not None:
                block, i, j = commission
                yield self._no_basis(posting, ctx, block.at(i), block.end_at(j), block.text[i:j])
        # Tips in a header line's pay value first (as source offsets, no block), then in the blocks.
        spots: list[tuple[Block | None, int, int]] = [(None, i, j) for i, j in header_tip_mentions(posting)] if posting.meta_spans else []
        spots += [(b, i, j) for b in found for i, j in sorted(tip_mentions(posting, b))]
        salaries = [m for m in find_pay_mentions(posting) if m.kind == "salary"] if spots else []  # once, and only for tips
        tips = next(((b, i, j) for b, i, j in spots if not wage_before_tips(posting, b, salaries, i)), None)
        if tips is not None:
            block, i, j = tips
            start, end = (block.at(i), block.end_at(j)) if block is not None else (i, j)
            said = block.text[i:j] if block is not None else posting.source[i:j]
            laws = in_force(posting, ctx, "tipped-wage")
            yield self.diagnostic(
                posting, start, end,
                f"'{said}' is part of the pay but no wage before tips is stated: give the hourly wage or range "
                f"excluding tips, e.g. '$15.00 an hour plus tips'{legal_note(laws)}.",
                severity="error" if laws else None,
            )

    def _no_basis(self, posting: Posting, ctx: Context, start: int, end: int, said: str) -> Diagnostic:
        """The finding for commission named as pay with no rate or amount (source offsets ``start``-``end``)."""
        laws = in_force(posting, ctx, "commission-basis")
        return self.diagnostic(
            posting, start, end,
            f"'{said}' is part of the pay but not how it is earned: state the commission rate or amount, "
            f"e.g. '8% of each sale' or 'OTE $120,000 (base $80,000)'{legal_note(laws)}.",
            severity="error" if laws else None,
        )


RULES: list[Rule] = [CommissionTips.default()]
