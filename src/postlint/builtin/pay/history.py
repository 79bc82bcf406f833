"""PAY009: no question about pay history (current or past pay)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from postlint.engine.rule import Context, Rule
from postlint.language.prefilter import blocks_with
from postlint.language.sentence_split import sentence_starts
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting
from postlint.pay.jurisdictions import in_force, legal_note

_PAY_HISTORY = re.compile(
    r"(?i)\b(?:salary|pay|compensation|wage) history\b|"
    # Up to two adjectives before the pay: "your current gross annual salary" (blind set S70).
    r"\b(?:your|their) (?:current|previous|past|prior|last|present|most recent)"
    r"(?: (?:and|or|/|&) (?:current|previous|past|prior|last|expected|desired|most recent))? (?:(?:annual|monthly|base|basic|gross|net|hourly|total) ){0,2}"
    r"(?:salary|compensation|pay|wages?|earnings|remuneration|(?:salary |pay |compensation )?package"
    r"|(?:hourly |pay )?rate(?: of pay)?|ctc|cost[- ]to[- ]company)\b|"
    # "with current salary, expected salary and notice period" (blind set S58).
    r"\b(?:current|previous|prior) (?:salary|compensation)(?: (?:details|information|and)\b|(?=,\s*(?:expected|desired|asking)\b))|"
    # India's CTC (cost to company), as the current pay is asked for there: "mention your current CTC".
    # Written out, alone it may be a cost ("cut the current cost to company of cloud"): only with "(CTC)" after it
    # (blind set S88: "with your current cost to company (CTC), expected CTC and notice period").
    r"\b(?:current|present|last drawn|previous) (?:ctc\b|cost[- ]to[- ]company(?=\s*\(ctc\)))|"
    # The expected pay first: "your expected and current salary" (blind set S61).
    r"\byour (?:expected|desired) (?:and|or|/|&) (?:current|previous|past|prior|last|present) (?:(?:annual|monthly|base|basic|gross|net|total) ){0,2}(?:salary|pay|compensation|ctc)\b|"
    # Singapore's and Malaysia's "last drawn salary": the pay of the last job.
    r"\blast[- ]drawn (?:salary|pay|wages?|compensation|remuneration)\b|"
    # Asked in other words: "what you made at your last job", "how much you earn now" (blind set S8).
    r"\bwhat you (?:made|earned|were paid) (?:at|in) your (?:last|previous|current|prior) (?:job|role|position|employer)\b|"
    # "what you currently make", "what you're currently making per hour" (blind set S13)
    # And paid: "inbox me … and what you're currently paid" (blind set S104). Not a pay offer's: "we'll beat what you're paid now".
    r"\bwhat(?<!beat what)(?<!match what)(?<!than what)(?<!top what)(?<!double what) you(?:['’]re| are)? currently (?:make|making|earn|earning|get paid|getting paid|paid|being paid)\b|"
    r"\bwhat(?<!beat what)(?<!match what)(?<!than what)(?<!top what)(?<!double what) you(?:['’]re| are) (?:paid|being paid) (?:now|currently|at the moment|today)\b|"
    r"\bhow much you (?:earn|make|are paid|get paid) (?:now|currently|today|at the moment)\b|"
    # "tell me what you're making now" (blind set S105 re-score), "what you make today".
    r"\bwhat(?<!beat what)(?<!match what)(?<!than what)(?<!top what)(?<!double what) you(?:['’]re| are)? (?:make|making|earn|earning) (?:now|today|at the moment|right now)\b|"
    # Each past job's pay: "your last three employers and your pay at each one" (blind set S24).
    r"\byour (?:pay|salary|wages?|compensation|rate) at (?:each|every|all)(?: of)? (?:(?:them|those|these|your) )?(?:one|ones|of them|jobs?|employers?|companies|positions?|roles?)\b|"
    # "Your resume must list the salary you received in each job" (blind set S46).
    # "…, for each job, the hours worked per week, and the salary you received" (the same set, re-scored).
    # ("withdraw the wages you earned before payday" is no request: alone, only a salary received asks.)
    r"\b(?:the\s+)?(?:salary|pay|wages?|compensation)\s+you\s+(?:received|earned|were\s+paid|made)\s+(?:in|at|for)\s+(?:each|every|all|your\s+(?:last|previous|past|prior))(?:\s+(?:jobs?|roles?|positions?|employers?))?\b|"
    r"\bthe\s+(?:salary|compensation)\s+you\s+(?:received|were\s+paid)\b|"
    # Payslips asked for: "Bring last 3 months salary slip", "attach your latest payslips" (blind set S29).
    r"\b(?:last|latest|recent|previous|past)\s+(?:\d+|one|two|three|six)?\s*months?['’]?\s*(?:salary|pay)\s*slips?\b|"
    r"\b(?:bring|submit|send|attach|provide|share|upload|include)\s+(?:your\s+|a\s+copy\s+of\s+your\s+)?(?:last|latest|recent|current|previous)\s+(?:salary\s*slips?|pay\s*slips?|payslips?)\b|"
    # Documents of the pay asked for: "Send a cover letter, a CV and proof of current salary" (blind set S83).
    r"\b(?:proof|evidence)\s+of\s+(?:current|present|previous|prior|last|most\s+recent|past)\s+(?:(?:annual|monthly|base|basic|gross|net)\s+)?"
    r"(?:salary|pay|compensation|wages?|earnings|remuneration)\b(?!\s+(?:range|band|scale)s?\b)|"
    # A field to fill in: "include the following: - Full name - Current salary" (blind set S7).
    r"(?m:^\W{0,3}(?:current|present|previous|last) (?:monthly |annual |basic )?(?:salary|pay|compensation|wages?)\b)"
)
# A list's last thing to send: "Send your CV, passport copy and current salary to …" (blind set S91), also joined by
# "+" as in text messages and sent "on" a channel ("Send CV + current salary on WhatsApp", blind set S100). Only a
# whole item ("current salary bands", "… and current salary expectations" are no history) and only after a verb
# that asks for it (_ASKS_FOR_ITEM: "Transfers keep their grade and current salary" asks nothing).
_LIST_ITEM = re.compile(
    r"(?i)(?:\b(?:and|or)\s|,\s|&\s|/|\+\s?)(?P<bare>(?:current|present|previous|prior|last) (?:(?:annual|monthly|base|basic|gross|net) )?"
    r"(?:salary|compensation|pay|wages?|remuneration))(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|or|&|to|details|information|via|by|on|with|in\s+your)\b)"
)
# Every _PAY_HISTORY match holds a word of each list: blocks without are not scanned.
_PAY_WORDS = ("salary", "pay", "compensation", "wage", "earnings", "rate", "ctc", "package", "remuneration", "to company")  # "payslip" holds "pay"
_HISTORY_WORDS = ("history", "your", "their", "current", "previous", "prior", "present", "last", "latest", "recent", "past")
# "Their current salary" is a request only after a verb that asks for it: "Applicants must state
# their current salary", not "Transfers keep their current salary".
_ASKS_FOR = re.compile(r"(?i)\b(?:state|include|including|provide|list|disclose|give|indicate|submit|specify|send|detail|mention|declare|enter|with)\b")
# The verbs that ask for a list's last item ("Send your CV and current salary"); not "with" ("transfer with their grade
# and current salary").
_ASKS_FOR_ITEM = re.compile(
    # Not the employer's own giving: "On transfer we will provide continuity of service and current salary" (review).
    r"(?i)(?<!\bwe\s)(?<!\bwe\swill\s)(?<!\bwe['’]ll\s)(?<!\bwe\scan\s)(?<!\bwe\sshall\s)\b(?:state|include|including|provide|list|disclose|give|indicate|submit|specify|send|detail|mention|declare|enter"
    r"|share|e-?mail|forward|quote|attach|tell\s+us|let\s+us\s+know)\b"
)
# The other words' phrases ("what you made at your last job", "how much you earn now").
_OTHER_WORDS = ("what you made", "what you earned", "what you were paid", "how much you", "currently mak", "currently earn", "currently get", "currently paid", "currently being paid", "paid now",
               "paid currently", "paid at the moment", "paid today", "making now", "make now", "earning now", "earn now", "make today",
               "making today", "earn today", "earning today", "making at the moment", "making right now", "make right now", " you received", " you earned", " you were paid", " you made")


# A promise not to ask, before the words in the same sentence.
_NEGATED = re.compile(r"(?i)\b(?:never|not|won['’]t|don['’]t|doesn['’]t|cannot|can['’]t|no one|nobody|prohibited|prohibits|forbid\w*|ban(?:s|ned)?)\b")


class NoPayHistory(Rule):
    code: str = "PAY009"
    name: str = "no-pay-history"
    summary: str = "Do not ask for salary history (current or past pay)."
    why: str = (
        "Pay history carries past pay gaps into new offers; the EU Pay Transparency Directive (Art. 5(2)), British "
        "Columbia, DC and many US states ban the question."
    )
    source: str = "https://eur-lex.europa.eu/eli/dir/2023/970/oj"
    example: str = "# Data Engineer\n\nTo apply, send your CV and your current salary."
    passing: str = "# Data Engineer\n\nTo apply, send your CV. The current salary range for this role is $90,000 - $110,000."

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        laws = in_force(posting, ctx, "no-pay-history")
        blocks = blocks_with(posting, blocks_with(posting, posting.body_blocks(), _PAY_WORDS), _HISTORY_WORDS)
        seen = {id(b) for b in blocks}
        blocks = [*blocks, *(b for b in blocks_with(posting, posting.body_blocks(), _OTHER_WORDS) if id(b) not in seen)]
        for block in blocks:
            # Line breaks as spaces (same offsets): "your salary\nhistory" wrapped is the same request (blind set S35).
            text = block.text.replace("\n", " ")
            starts = sentence_starts(block.text)
            before = _FirstInSentence(block.text, starts)  # one search per sentence and pattern: linear in the items
            history = [(m.start(), m.end()) for m in _PAY_HISTORY.finditer(text)]
            found = [(s, e, text[s:e]) for s, e in history]
            h = 0
            for m in _LIST_ITEM.finditer(text):  # items and history both in order: one sweep for overlaps
                start, end = m.span("bare")
                while h < len(history) and history[h][1] <= start:
                    h += 1
                overlaps = h < len(history) and history[h][0] < end
                if not overlaps and before.has(_ASKS_FOR_ITEM, start):
                    found.append((start, end, ""))
            for start, end, words in sorted(found):
                if before.has(_NEGATED, start):
                    continue  # "We will never ask about your pay history": a promise, not a request
                if words[:5].lower() == "their" and not before.has(_ASKS_FOR, start):
                    continue
                yield self.at_block(posting, block, start, end, f"Asking for '{text[start:end]}' requests pay history; ask for salary expectations instead, or nothing{legal_note(laws)}.", severity="error" if laws else None)


class _FirstInSentence:
    """Whether a pattern matches in ``offset``'s sentence before it, from the pattern's first match in
    that sentence, searched once per sentence (a sentence listing thousands of items stays linear)."""

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text, self.starts = text, starts
        self.first: dict[tuple[int, re.Pattern[str]], int | None] = {}

    def has(self, pattern: re.Pattern[str], offset: int) -> bool:
        k = bisect.bisect_right(self.starts, offset) - 1
        key = (k, pattern)
        if key not in self.first:
            end = self.starts[k + 1] if k + 1 < len(self.starts) else len(self.text)
            m = pattern.search(self.text, self.starts[k], end)
            self.first[key] = m.end() if m else None
        first_end = self.first[key]
        return first_end is not None and first_end <= offset

RULES: list[Rule] = [NoPayHistory.default()]
