"""PAY008: commission and tipped pay stated with its basis (one concept of the pay family, split for size).

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

from postlint.engine.rule import Context, Rule
from postlint.language.keywords import ROLE_WORDS, has_role_word
from postlint.language.prefilter import blocks_with, may_contain
from postlint.language.sentence_split import sentence_around, sentence_start
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Block, Posting
from postlint.pay.jurisdictions import in_force, legal_note
from postlint.pay.salary import PayMention, find_pay_mentions

VERMONT = "https://legislature.vermont.gov/statutes/section/21/005/00495p"  # 21 V.S.A. § 495p

# Blocks holding none of these cannot hold a mention ("OTE" is looked for case-sensitively).
_WORDS = ("commission", "on-target", "on target", "tips", "tipped", "tip ", "tip-", "gratuit")
_PAY_KINDS = ("compensation", "benefits")
# Sections where commission and tips are more often the work than the pay ("administer commission
# plans", "manage the tip pool"): a mention there needs a pay word of its own sentence.
_OFF_PAY_KINDS = ("responsibilities", "skills", "preferred-qualifications", "education-experience", "about-company",
                  "how-to-apply", "eeo", "eligibility")
_WINDOW = 60  # characters of context read on each side of a word
_STOP = re.compile(r"[.!?;](?=\s)|\n\s*\n")

# Money as postings write it, bounded so a run of digits is scanned once.
_MONEY = (
    r"(?:(?:US|USD|CA|CAN|C|AU|A|NZ)?[$€£¥₹]\s?\d[\d,.]{0,12}(?:\s?[kK]\b)?"
    r"|\d[\d,.]{0,12}(?:\s?[kK])?\s?(?:USD|EUR|GBP|CAD|AUD|dollars|euros)\b)"
)
# Beside "OTE" or "commission" a figure needs no currency: "OTE 85-95k", "commission of 5,000".
_AMOUNT = rf"(?:{_MONEY}|\b\d{{1,3}}(?:[,.]\d{{3}}){{1,2}}\b|\b\d{{2,3}}(?:\s?[-–]\s?\d{{2,3}})?\s?[kK]\b)"

# Right after a mention: "commission on every upgrade you sell" is earned per thing sold
# ("commissions on every continent" is an architect's work).
_ON_EACH_SOLD = (
    r"\s+on\s+(?:each|every)\s+(?:\w+\s+){0,2}?(?:sale|upgrade|unit|policy|deal|booking|order|item|product|plan"
    r"|subscription|contract|account|package|ticket|membership|renewal|transaction|placement|referral|car|vehicle|home)s?\b"
    r"|\s+on\s+(?:each|every)\s+\w+(?:\s+\w+)?\s+you\s+(?:sell|close|book|sign|place)\b"
)
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
    rf"|(?:{_MONEY}|\b(?:hour|hr|year|yr|annum|month))\s*(?:\+|plus|and|&|with))\s*(?:an?\s+)?(?:(?:{_ADJECTIVES})\s+){{0,2}}$"
    rf"|\b(?:{_ADJECTIVES})\s+$"
    rf"|(?:%|\bpercent|\bper\s?cent|{_MONEY})\s*(?:in\s+)?(?:(?:{_ADJECTIVES})\s+)?$"
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
    rf"|{_ON_EACH_SOLD}"
    rf"|\s+of\s+(?:up\s+to\s+|between\s+|about\s+|around\s+|approximately\s+|~\s*)?(?:\d|{_MONEY})"
    rf"|\s*[:=–-]\s*(?:\d|{_MONEY}|up\s+to\b|uncapped\b|paid\b|based\b)"
    rf"|\s*\(\s*(?:\d|{_MONEY}|uncapped\b|paid\b|based\b|avg\b|average\b|OTE\b|up\s+to\b)"
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
_PERCENT = re.compile(r"(?i)\d+(?:[.,]\d{1,2})?\s?(?:%|percent\b|per\s?cent\b)")
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
    r"|holiday\s+pay|vacation\s+pay|insurance|vakantiegeld)[^.;\d]{0,20}$"
)
_PER_UNIT = re.compile(
    rf"(?i){_MONEY}\s*(?:per|for\s+each|for\s+every|a|each|/)\s*(?:closed\s+|new\s+|successful\s+|qualified\s+|signed\s+|booked\s+)?"
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

# -- the work, not the pay -----------------------------------------------------------
# A verb or skill word before the mention makes it a duty ("process commission payments",
# "experience with commission plans", "manage the tip pool") unless a pay word follows it.
_DUTY_WORDS = (
    r"administer|manag|calculat|comput|process|track|audit|reconcil|design|model|analy[sz]|report|maintain"
    r"|overs[ae]|supervis|validat|forecast|accru|automat|implement|own|support|prepar|review|configur|document|negotiat"
    r"|ensur|enforc|complian|disburs|distribut|handl|experience|knowledge|familiar|understand|expertise|proficien|skill"
)
_DUTY = re.compile(rf"(?i)\b(?:{_DUTY_WORDS})\w*\b(?P<tail>[^.;!?]{{0,50}})$")
# A Responsibilities item that opens with such a verb is a duty whatever follows it
# ("Process payroll, including wages and commissions"; "Ensure servers receive their tips"),
# and so is a bookkeeping one ("Record daily sales, tips and commissions").
_DUTY_ITEM = re.compile(rf"(?i)^\W*(?:{_DUTY_WORDS}|record|pay\s+out|issu|post|enter|collect|run|lead|coordinat|train)\w*\b")
# "not a commission-based role", "unlike tipped jobs": what the job is not.
_NEGATED = re.compile(
    r"(?i)\b(?:no|not|never|without|unlike|instead\s+of|rather\s+than|non|nor|neither|free\s+(?:of|from))\b"
    r"(?!\s+(?:cap|caps|capped|limit|limits|ceiling|maximum|max)\b)[^.;!?,:()–—]{0,20}$"  # "no cap on commission" is pay
)
_CANDIDATE_PAY = re.compile(
    rf"(?i)\b(?:earn\w*|receiv\w*|plus|base|salary|wages?|paid|pays?|income|on\s+top)\b|\+|\bOTE\b|%|{_MONEY}"
)
_ON_EACH = re.compile(f"(?i){_ON_EACH_SOLD}")

# -- tips ------------------------------------------------------------------------
# Pay phrasings of tips; Vermont H.704 asks tipped jobs to say so and give the wage excluding tips.
_ADVICE_AFTER = r"(?!\s+(?:for|on|about|and\s+tricks|to\s+(?:help|improve|make|get|ace)|how)\b)"
_SHARE_OF = r"(?:(?:a|your)\s+)?(?:(?:share|portion|cut|split)\s+of\s+(?:the\s+)?)?"
_TIP_PHRASES = re.compile(
    # "plus tips", "+ a share of tips", "plus a cut of the tip pool" (blind set S20).
    rf"(?i)\bplus\s+{_SHARE_OF}(?:(?:cash|credit[- ]card|pooled|generous|nightly|daily)\s+)?(?P<a>tips|gratuities|gratuity)\b{_ADVICE_AFTER}"
    rf"|\+\s*{_SHARE_OF}(?P<b>tips|gratuities)\b"
    rf"|\b(?:wages?|pay|salary|compensation|hourly(?:\s+(?:rate|pay|wage))?|base(?:\s+(?:pay|wage|rate))?|rate)\s*(?:and|&|\+|plus|/)\s*"
    rf"(?P<c>tips|gratuities)\b{_ADVICE_AFTER}"
    r"|(?<!non-)(?<!non )\b(?P<d>tipped)\s+(?:positions?|roles?|jobs?|employees?|staff|wages?|minimum|rate|work|workers?"
    r"|occupations?|employment|basis|team\s+members?|pay|hourly)\b"
    r"|\b(?P<e>tip(?:s|ped)?)[ -](?:credit|pool(?:s|ing|ed)?|shar(?:e|es|ing)|outs?|income|wages?|earnings)\b"
    r"|\b(?P<f>tips|gratuities)\s+(?:average|averag(?:es|ing)|(?:are\s+)?(?:pooled|shared\s+(?:among|between|equally)"
    r"|split\s+(?:among|between|equally)|paid\s+(?:out|daily|nightly|weekly|in\s+cash)|on\s+top|in\s+addition)"
    r"|(?:are\s+)?(?:not\s+)?included\s+in\s+(?:the\s+|your\s+)?(?:pay|wage|rate|salary|hourly))\b"
    rf"|\b(?:earn|earns|earning|keep|keeps|keeping|receive|receives|make|makes|making)\s+(?:(?:all|your|their|100\s?%(?:\s+of)?"
    rf"|generous|cash|credit[- ]card|additional|extra|great|good)\s+){{0,2}}(?P<g>tips|gratuities)\b{_ADVICE_AFTER}"
    rf"|\b(?:average|averaging|avg\.?|nightly|cash|credit[- ]card|pooled|generous)\s+(?P<h>tips|gratuities)\b{_ADVICE_AFTER}"
    rf"|{_MONEY}[^.;!?\n]{{0,20}}?\s(?:in|of)\s+(?P<i>tips|gratuities)\b"
    rf"|\b(?P<j>tips)\s*(?::|of)\s*(?:up\s+to\s+|about\s+|around\s+)?{_MONEY}"
)
_TIP_WITH_MONEY = re.compile(rf"(?i)\b(?:with|including|incl\.?|after|excluding|not\s+including)\s+(?P<k>tips|gratuities)\b{_ADVICE_AFTER}")
# "plus tips" is pay beside a wage word or figure; "salary" is left out ("salary guide, plus tips").
# "DOE plus tips", "negotiable + tips": pay not given, but named (blind set S31).
_PAY_WORD = re.compile(
    rf"(?i)\b(?:pay|paid|wages?|hourly|earn\w*|base\s+(?:pay|rate|wage)|per\s+hour|an\s+hour|DOE|DOQ|depending\s+on\s+experience|negotiable)\b|{_MONEY}"
)
# A pay figure that includes tips or counts them is not the wage before tips.
_TIPS_AFTER_FIGURE = re.compile(r"(?i)^[\s)]*(?:(?:with|including|incl\.?|inc\.?|after|w/|in|of|from)\s+(?:\w+\s+)?)?(?:tips|gratuit)")
_TIPS_BEFORE_FIGURE = re.compile(
    r"(?i)(?:\b(?:with|including|incl\.?|after|counting)\s+(?:\w+\s+)?(?:tips|gratuities)"
    r"|\b(?:tips|gratuities)\s*(?::|averag\w*|of|are|total\w*|come\s+to|bring\s+in|add\s+up\s+to|typically|usually|range|can))"
    r"[^.;!?\n\d$€£]{0,30}$"
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence of ``text`` around ``text[start:end]``, read at most 300 characters each way."""
    low = max(0, start - 300)
    left = max((m.end() for m in _STOP.finditer(text, low, start)), default=low)
    right = _STOP.search(text, end, min(len(text), end + 300))
    return left, right.start() if right else min(len(text), end + 300)


def _in_sections(posting: Posting, block: Block, kinds: tuple[str, ...]) -> bool:
    section = posting.section_of(block.start)
    return section is not None and (section.kind in kinds or section.parent_kind in kinds)


def _about_this_job(posting: Posting, block: Block, start: int, end: int) -> bool:
    """Whether a pay phrase at ``block.text[start:end]`` is this job's pay rather than the work."""
    text = block.text
    left, right = _sentence(text, start, end)
    if _NEGATED.search(text, max(left, start - _WINDOW), start):
        return False
    duty = _DUTY.search(text, max(left, start - _WINDOW), start)
    if duty and not _CANDIDATE_PAY.search(duty.group("tail")):
        return False
    if block.kind == "list_item" and _DUTY_ITEM.match(text) and _in_sections(posting, block, ("responsibilities",)):
        return False
    if _in_sections(posting, block, _OFF_PAY_KINDS):
        return bool(_CANDIDATE_PAY.search(text, left, start) or _CANDIDATE_PAY.search(text, end, right) or _ON_EACH.match(text, end))
    return True


def _commission_is_pay(posting: Posting, block: Block, m: re.Match[str]) -> bool:
    text = block.text
    left, right = _sentence(text, m.start(), m.end())
    before = text[max(left, m.start() - _WINDOW) : m.start()]
    after = text[m.end() : min(right, m.end() + _WINDOW)]
    if _NOT_PAY_BEFORE.search(before) or _NOT_PAY_AFTER.match(after):
        return False
    if m.group()[0] == "C":
        capital = _CAPITAL_BEFORE.search(before)
        if capital and capital.group("word").lower() not in _CAPITAL_OK or _BODY_AFTER.match(after) or before.endswith("the "):
            return False
    return bool(_PAY_BEFORE.search(before) or _PAY_AFTER.match(after) or _in_sections(posting, block, _PAY_KINDS))


def _ote_is_pay(text: str, m: re.Match[str]) -> bool:
    if m.group() != "OTE":
        return True  # "on-target earnings" is pay wherever it stands
    left, right = _sentence(text, m.start(), m.end())
    sentence = text[left:right]
    return bool(_OTE_MONEY.search(sentence) or _OTE_BEFORE.search(text[max(left, m.start() - _WINDOW) : m.start()]))


def _commission_mentions(posting: Posting, block: Block) -> Iterator[tuple[int, int]]:
    text = block.text
    if may_contain(text, ("commission",)):
        for m in _COMMISSION.finditer(text):
            if _commission_is_pay(posting, block, m) and _about_this_job(posting, block, *m.span()):
                yield m.span()
    if "OTE" in text or may_contain(text, ("on-target", "on target")):
        for m in _OTE.finditer(text):
            if _ote_is_pay(text, m) and _about_this_job(posting, block, *m.span()):
                yield m.span()


# A pension's line: its percents are contributions ("Pension of 12% (8% paid by Nordvand, 4% your own
# contribution)", blind set S27), unless the line speaks of commission or sales too.
_PENSION_LINE = re.compile(r"(?i)\b(?:pension|superannuation|retirement|kiwisaver|provident\s+fund)\b")
_SALES_WORD = re.compile(r"(?i)\b(?:commission\w*|sales?|deals?|revenue)\b")


def _is_rate(text: str) -> bool:
    if _PENSION_LINE.search(text) and not _SALES_WORD.search(text):
        return bool(_PER_UNIT.search(text))
    for m in _PERCENT.finditer(text):
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
        if section.kind in _PAY_KINDS or section.heading is block:
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
    first: tuple[Block, int, int] | None = None
    for block in blocks:
        for i, j in sorted(_commission_mentions(posting, block)):
            first = first or (block, i, j)
            left, right = _sentence(block.text, i, j)
            if _has_commission_basis(block.text[left:right]):
                return None
            if any(_is_rate(b.text) for b in _related_blocks(posting, block)):
                return None
    if first is not None and any(_EARNINGS.search(b.text) or _OTE_MONEY.search(b.text) for b in posting.blocks()):
        return None  # an earnings figure anywhere: "Our average rep earns $95,000."
    return first


def _tip_mentions(posting: Posting, block: Block) -> Iterator[tuple[int, int]]:
    text = block.text
    for m in _TIP_PHRASES.finditer(text):
        name = next(k for k, v in m.groupdict().items() if v is not None)
        i, j = m.span(name)
        left, right = _sentence(text, i, j)
        if name in ("a", "b") and not _PAY_WORD.search(text, left, right):
            continue  # "our guide, plus tips from the team": no pay in sight
        if _about_this_job(posting, block, i, j):
            yield i, j
    for m in _TIP_WITH_MONEY.finditer(text):
        i, j = m.span("k")
        left, right = _sentence(text, i, j)
        if _PAY_WORD.search(text, left, right) and _about_this_job(posting, block, i, j):
            yield i, j


def _wage_before_tips(posting: Posting, block: Block, salaries: list[PayMention], at: int = 0) -> bool:
    """Whether the posting states a pay figure (of ``salaries``) that is not tip income or pay including
    tips; within :func:`_own_pay_span` where the tips belong to a role of their own."""
    source = posting.source
    span = _own_pay_span(posting, block, at)
    for mention in salaries:
        if span is not None and not span[0] <= mention.start < span[1]:
            continue
        after = source[mention.end : mention.end + 30]
        before = source[max(0, mention.start - 40) : mention.start]
        if not _TIPS_AFTER_FIGURE.match(after) and not _TIPS_BEFORE_FIGURE.search(before):
            return True
    return False


def _own_pay_span(posting: Posting, block: Block, at: int) -> tuple[int, int] | None:
    """The source span that must hold the wage of tips mentioned at ``block.text[at]`` when they are
    one role's own, else None (any figure of the posting will do). A role's own: a list item of its
    pay ("Bartenders: competitive pay plus tips" among "Line cooks: $15 per hour"), a block or section
    under its label ("WEEKEND DISH HELP" over "Paid hourly + share of tips", blind set S20), or a
    sentence about another role than the title's ("Bartender shifts are also available, paid base plus
    tips" in a server's posting, blind set S19)."""
    label, colon, _ = block.text.partition(":")
    head, newline, _ = block.text.partition("\n")
    if (block.kind == "list_item" and colon and len(label.split()) <= 4 and has_role_word(label)) or (
        newline and len(head.split()) <= 5 and (head.strip().isupper() or head.rstrip().endswith(":"))
    ):
        return block.at(0), block.end
    if newline:
        # A line of its own role's pay among others: "Line cooks: $19 - $22 per hour" / "Bartender: DOE plus tips" (blind set S31).
        first = block.text.rfind("\n", 0, at) + 1
        last = block.text.find("\n", at) % (len(block.text) + 1)
        label, colon, _ = block.text[first:last].partition(":")
        if colon and len(label.split()) <= 4 and has_role_word(label):
            return block.at(first), block.at(last)
    section = posting.section_of(block.start)
    named = section is not None and (section.kind == "other" or (section.decided or "").startswith("content"))
    if section is not None and section.heading is not None and named and len(section.title.split()) <= 5:
        # Under a heading that is no part of a posting ("🧽 WEEKEND DISH HELP"): a role of its own.
        return section.heading.start, max((b.end for b in section.all_blocks()), default=section.heading.end)
    title = _singular_words(posting.title or "")
    sentence = sentence_around(block.text, at, at)
    if title and {w for w in _singular_words(sentence) if w in ROLE_WORDS} - title:
        start = sentence_start(block.text, at)
        return block.at(start), block.at(start) + len(sentence)
    return None


def _singular_words(text: str) -> set[str]:
    """The words of a text in lower case without a plural "s": "Bartender shifts" -> {"bartender", "shift"}."""
    return {word.lower().removesuffix("s") for word in re.findall(r"[A-Za-z]+", text)}


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

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        found = blocks_with(posting, posting.blocks(), _WORDS)
        if "OTE" in posting.source:
            holding = {id(b) for b in found}
            found = [b for b in posting.blocks() if id(b) in holding or "OTE" in b.text]
        if not found:
            span = _header_commission(posting)
            if span is not None:  # "Salary: Commission only" in a header box
                yield self._no_basis(posting, ctx, span[0], span[1], posting.source[span[0] : span[1]])
            return
        commission = _commission_finding(posting, found)
        if commission is not None:
            block, i, j = commission
            yield self._no_basis(posting, ctx, block.at(i), block.end_at(j), block.text[i:j])
        spots = [(b, i, j) for b in found for i, j in sorted(_tip_mentions(posting, b))]
        salaries = [m for m in find_pay_mentions(posting) if m.kind == "salary"] if spots else []  # once, and only for tips
        tips = next(((b, i, j) for b, i, j in spots if not _wage_before_tips(posting, b, salaries, i)), None)
        if tips is not None:
            block, i, j = tips
            laws = in_force(posting, ctx, "tipped-wage")
            yield self.at_block(
                posting, block, i, j,
                f"'{block.text[i:j]}' is part of the pay but no wage before tips is stated: give the hourly wage or range "
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
