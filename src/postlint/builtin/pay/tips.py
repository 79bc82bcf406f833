"""PAY008's tips: tipped pay stated with the wage before tips (Vermont H.704 asks tipped jobs to say
so and give the wage excluding tips). "tips for applying" and "at your fingertips" are no pay: a
word counts only in a pay phrase ("$15 an hour plus tips", "tipped position").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.builtin.pay.pay_talk import MONEY, about_this_job, negated, sentence_bounds
from postlint.language.job_titles import ROLE_WORDS, has_role_word
from postlint.language.sentence_split import sentence_around, sentence_start
from postlint.model.posting import Block, Posting
from postlint.pay.salary import PayMention

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
    rf"|{MONEY}[^.;!?\n]{{0,20}}?\s(?:in|of)\s+(?P<i>tips|gratuities)\b"
    rf"|\b(?P<j>tips)\s*(?::|of)\s*(?:up\s+to\s+|about\s+|around\s+)?{MONEY}"
)
_TIP_WITH_MONEY = re.compile(rf"(?i)\b(?:with|including|incl\.?|after|excluding|not\s+including)\s+(?P<k>tips|gratuities)\b{_ADVICE_AFTER}")
# "plus tips" is pay beside a wage word or figure; "salary" is left out ("salary guide, plus tips").
# "DOE plus tips", "negotiable + tips": pay not given, but named (blind set S31).
_PAY_WORD = re.compile(
    rf"(?i)\b(?:pay|paid|wages?|hourly|earn\w*|base\s+(?:pay|rate|wage)|per\s+hour|an\s+hour|DOE|DOQ|depending\s+on\s+experience|negotiable)\b|{MONEY}"
)
# A pay figure that includes tips or counts them is not the wage before tips.
_TIPS_AFTER_FIGURE = re.compile(r"(?i)^[\s)]*(?:(?:with|including|incl\.?|inc\.?|after|w/|in|of|from)\s+(?:\w+\s+)?)?(?:tips|gratuit)")
_TIPS_BEFORE_FIGURE = re.compile(
    r"(?i)(?:\b(?:with|including|incl\.?|after|counting)\s+(?:\w+\s+)?(?:tips|gratuities)"
    r"|\b(?:tips|gratuities)\s*(?::|averag\w*|of|are|total\w*|come\s+to|bring\s+in|add\s+up\s+to|typically|usually|range|can))"
    r"[^.;!?\n\d$€£]{0,30}$"
)


def _tips_word(m: re.Match[str]) -> str:
    """The name of the group that holds the tips word in a match of _TIP_PHRASES or _TIP_WITH_MONEY."""
    return next(k for k, v in m.groupdict().items() if v is not None)


def tip_mentions(posting: Posting, block: Block) -> Iterator[tuple[int, int]]:
    text = block.text
    for m in _TIP_PHRASES.finditer(text):
        name = _tips_word(m)
        i, j = m.span(name)
        left, right = sentence_bounds(text, i, j)
        if name in ("a", "b") and not _PAY_WORD.search(text, left, right):
            continue  # "our guide, plus tips from the team": no pay in sight
        if about_this_job(posting, block, i, j):
            yield i, j
    for m in _TIP_WITH_MONEY.finditer(text):
        i, j = m.span("k")
        left, right = sentence_bounds(text, i, j)
        if _PAY_WORD.search(text, left, right) and about_this_job(posting, block, i, j):
            yield i, j


# The header fields that hold the job's pay ("Pay: USD 2,600 - 3,100 a month with tips").
_HEADER_PAY_KEYS = ("salary", "compensation", "pay")


def header_tip_mentions(posting: Posting) -> Iterator[tuple[int, int]]:
    """Source spans of tips in a header line's pay value, which the blocks do not hold ("Pay: USD 2,600 -
    3,100 a month with tips", blind set S64). The value is the pay, so no pay word need stand beside them."""
    for key, (start, end) in posting.meta_spans.items():
        if key not in _HEADER_PAY_KEYS:
            continue
        value = posting.source[start:end]
        for pattern in (_TIP_PHRASES, _TIP_WITH_MONEY):
            for m in pattern.finditer(value):
                name = _tips_word(m)
                if not negated(value, 0, m.start(name)):
                    yield start + m.start(name), start + m.end(name)


def wage_before_tips(posting: Posting, block: Block | None, salaries: list[PayMention], at: int = 0) -> bool:
    """Whether the posting states a pay figure (of ``salaries``) that is not tip income or pay including
    tips; within :func:`_own_pay_span` where the tips belong to a role of their own (tips in a header
    line, ``block`` None, are the job's own: any figure will do)."""
    source = posting.source
    span = _own_pay_span(posting, block, at) if block is not None else None
    with_tips = False
    unseen: list[PayMention] = []
    for mention in salaries:
        if span is not None and not span[0] <= mention.start < span[1]:
            continue
        after = source[mention.end : mention.end + 30]
        before = source[max(0, mention.start - 40) : mention.start]
        if _TIPS_AFTER_FIGURE.match(after) or _TIPS_BEFORE_FIGURE.search(before):
            with_tips = True
        elif _unseen(posting, mention):
            unseen.append(mention)
        else:
            return True
    # Front matter's pay beside text figures that all count tips is no wage before tips (blind set S127).
    return bool(unseen) and not with_tips


def _unseen(posting: Posting, mention: PayMention) -> bool:
    """A figure no reader sees: front matter's, outside every block and header field."""
    if any(start <= mention.start < end for start, end in posting.meta_spans.values()):
        return False
    first = next(posting.blocks(), None)
    return first is None or mention.start < first.start


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
