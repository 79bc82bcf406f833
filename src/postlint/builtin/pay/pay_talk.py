"""When a pay word is this job's pay, for PAY008: not a duty ("process commission payments", "manage
the tip pool"), not what the job is not ("not a commission-based role"), and in the posting's pay
talk when it stands in a section about the work. Shared by commission (``commission.py``) and tips
(``tips.py``).
"""

from __future__ import annotations

import re

from postlint.model.posting import Block, Posting

PAY_KINDS = ("compensation", "benefits")
# Sections where commission and tips are more often the work than the pay ("administer commission
# plans", "manage the tip pool"): a mention there needs a pay word of its own sentence.
_OFF_PAY_KINDS = ("responsibilities", "skills", "preferred-qualifications", "education-experience", "about-company",
                  "how-to-apply", "eeo", "eligibility")
WINDOW = 60  # characters of context read on each side of a word
_STOP = re.compile(r"[.!?;](?=\s)|\n\s*\n")

# Money as postings write it, bounded so a run of digits is scanned once; a bare figure starts where a figure
# starts (not after a digit, comma or full stop), so it is not tried again from every digit of "1,1,1,…".
MONEY = (
    r"(?:(?:US|USD|CA|CAN|C|AU|A|NZ)?[$€£¥₹]\s?\d[\d,.]{0,12}(?:\s?[kK]\b)?"
    r"|\b(?<![\d,.])\d[\d,.]{0,12}(?:\s?[kK])?\s?(?:USD|EUR|GBP|CAD|AUD|dollars|euros)\b)"
)

# Right after a mention: "commission on every upgrade you sell" is earned per thing sold
# ("commissions on every continent" is an architect's work).
ON_EACH_SOLD = (
    r"\s+on\s+(?:each|every)\s+(?:\w+\s+){0,2}?(?:sale|upgrade|unit|policy|deal|booking|order|item|product|plan"
    r"|subscription|contract|account|package|ticket|membership|renewal|transaction|placement|referral|car|vehicle|home)s?\b"
    r"|\s+on\s+(?:each|every)\s+\w+(?:\s+\w+)?\s+you\s+(?:sell|close|book|sign|place)\b"
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
    rf"(?i)\b(?:earn\w*|receiv\w*|plus|base|salary|wages?|paid|pays?|income|on\s+top)\b|\+|\bOTE\b|%|{MONEY}"
)
_ON_EACH = re.compile(f"(?i){ON_EACH_SOLD}")

def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence of ``text`` around ``text[start:end]``, read at most 300 characters each way."""
    low = max(0, start - 300)
    left = max((m.end() for m in _STOP.finditer(text, low, start)), default=low)
    right = _STOP.search(text, end, min(len(text), end + 300))
    return left, right.start() if right else min(len(text), end + 300)


def negated(text: str, left: int, start: int) -> bool:
    """Whether the words between ``left`` and ``start`` say what the job is not ("not a commission-based role")."""
    return _NEGATED.search(text, max(left, start - WINDOW), start) is not None


def in_sections(posting: Posting, block: Block, kinds: tuple[str, ...]) -> bool:
    section = posting.section_of(block.start)
    return section is not None and (section.kind in kinds or section.parent_kind in kinds)


def about_this_job(posting: Posting, block: Block, start: int, end: int) -> bool:
    """Whether a pay phrase at ``block.text[start:end]`` is this job's pay rather than the work."""
    text = block.text
    left, right = sentence_bounds(text, start, end)
    if negated(text, left, start):
        return False
    duty = _DUTY.search(text, max(left, start - WINDOW), start)
    if duty and not _CANDIDATE_PAY.search(duty.group("tail")):
        return False
    if block.kind == "list_item" and _DUTY_ITEM.match(text) and in_sections(posting, block, ("responsibilities",)):
        return False
    if in_sections(posting, block, _OFF_PAY_KINDS):
        return bool(_CANDIDATE_PAY.search(text, left, start) or _CANDIDATE_PAY.search(text, end, right) or _ON_EACH.match(text, end))
    return True
