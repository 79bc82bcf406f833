"""STR013: no "fully remote" that the posting's office days contradict."""

from __future__ import annotations

import re
from collections.abc import Iterator

from postlint.builtin.structure.sources import GOOGLE_JOBPOSTING
from postlint.engine.rule import Context, Rule
from postlint.language.places import HYBRID_WORK
from postlint.language.prefilter import blocks_with
from postlint.model.diagnostic import Diagnostic
from postlint.model.posting import Posting

_FULLY_REMOTE = re.compile(r"(?i)\b(?:fully|100\s?%|entirely|completely) remote\b")
# "…, or fully remote within Poland": one option of several, not what the role is (blind set S25).
_OPTION_BEFORE = re.compile(r"(?i)\bor\s+(?:work(?:ing)?\s+|be\s+|go\s+)?$")
_DENIED_BEFORE = re.compile(r"(?i)\b(?:not|isn['’]t|never|no\s+longer)\s+(?:an?\s+)?$")


def _claims_remote(text: str, m: re.Match[str]) -> bool:
    """The posting says the role is fully remote: not an FAQ's question ("Can I work fully remote?")
    nor one option of several."""
    if _OPTION_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return False
    if _DENIED_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return False  # "This is a hybrid role, not a fully remote one" (blind set S52)
    stop = re.search(r"[.!?\n]", text[m.end() :])
    return not (stop and stop.group(0) == "?")
# "our East Austin office", "our King Street West office", "the office in Shoreditch"; a name may hold a
# hyphen or an apostrophe ("our Saint-Laurent office", blind set S64).
# Or a street, a district and a town, each capitalised: "at our office on Brannan Street in SoMa, San Francisco,
# five days a week" (blind set S75).
_PLACE = (
    r"(?: (?:in|at) \w[\w'’-]*(?: \w[\w'’-]*)?"
    r"|(?:,? (?:in|at|on|near) (?:the )?(?-i:[A-Z])[\w'’.-]*(?:,? (?-i:[A-Z])[\w'’.-]*){0,3}){1,3},?)?"
)
# "in our office", "at the Berlin studio", "from the office in Leeds", and written without the article
# by a non-native writer: "in office in Kreuzberg" (blind set S16); "come to our Roma Norte office in
# CDMX", "visit the office" (blind set S73).
# Where office days are spent: an office, or a town hall, a clinic, a warehouse (blind set S71: "two days a week
# at the town hall"). Not a store or branch, which a remote area manager visits, nor a school pupils attend.
_WORKPLACE = (
    r"office|offices|HQ|headquarters|studio|newsroom|laborator(?:y|ies)|labs?|plant|site|hub|town hall|city hall|clinic"
    # A council's own town hall: "attend the Civic Centre three days a week" (blind set S122), "County Hall".
    r"|hospital|warehouse|depot|factory|civic cent(?:re|er)|county hall"
)
_OFFICE = (
    rf"(?:(?:on[- ]site )?(?:in|at|from|(?:come|comes|coming|go|goes|going|commute|commuting|travel|travels|travell?ing)\s+(?:in)?to"
    rf"|visit(?:s|ing)?|attend(?:s|ing)?) (?:(?:the|our) (?:[A-Z][\w.'’-]* ){{0,3}}(?:{_WORKPLACE}){_PLACE}"
    rf"|office (?:in|at) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)|on[- ]site)"  # "on site in our Basel laboratories" (blind set S23)
)
_DAYS = r"(?:\d|one|two|three|four|five)"
# "a week", "per week", "each month", "/week" (blind set S28: "in our Dubai office 3 days/week").
_A_WEEK = r"(?:(?:a|per|each) (?:week|month)|/\s?(?:week|wk|month))"
_HYBRID = re.compile(
    # Office days a week or a month are regular attendance (a quarterly offsite is not).
    rf"(?i)\b(?:{HYBRID_WORK}|{_DAYS}\s+days?\s?{_A_WEEK} {_OFFICE}|{_OFFICE} {_DAYS}\s+days?\s?{_A_WEEK}|"
    rf"in[- ]office \d|on[- ]?site{_PLACE} {_DAYS}\s+days?"
    # "join us in our Denver office every Tuesday and Thursday", "work from our Amsterdam office on Tuesdays",
    # "the team is in the office Tue/Thu" (blind set S38)
    rf"|{_OFFICE} (?:(?:every|on) )?(?:monday|tuesday|wednesday|thursday|friday|mon|tues?|wed|thu(?:rs?)?|fri)s?\b"
    r"(?!\s+(?:street|st\b|road|rd\b|avenue|ave\b|lane|square|place))"
    # "in-office collaboration days in Austin every Tuesday", "office days twice a month"
    r"|(?:in[- ])?office\s+(?:[\w-]+\s+)?days?\b[^.;\n]{0,40}?\b(?:(?:every|each|on)\s+(?:monday|tuesday|wednesday|thursday|friday)s?"
    r"|(?:a|per|each|every)\s+(?:week|month))"
    # "come into our East Austin studio on Tuesdays and Thursdays"
    r"|\b(?:come|comes|coming)\s+(?:in)?to\s+(?:the|our)\s+(?:[A-Z]\w+\s+){0,3}(?:office|studio|HQ|headquarters|workshop|hub)\s+"
    r"(?:on|every)\s+(?:monday|tuesday|wednesday|thursday|friday)s?"
    # "work from our Denver office Tuesday through Thursday"
    r"|\b(?:from|in|at)\s+(?:the|our)\s+(?:[A-Z]\w+\s+){0,3}(?:office|studio|HQ|headquarters|hub)\s+(?:on\s+|every\s+)?"
    r"(?:monday|tuesday|wednesday|thursday|friday)s?\s+(?:through|to|thru|-|–)\s+(?:tuesday|wednesday|thursday|friday)s?"
    # Weekdays, then the office: "with Tuesdays and Thursdays at our Westlands office" (blind set S57); not "your first
    # Tuesday in the office".
    # After what joins it to the role ("with", "spending"); not "no more Mondays in the office", "our virtual office".
    r"|\b(?:with|plus|spend(?:ing)?|work(?:ing)?)\s+(?:every\s+(?:monday|tuesday|wednesday|thursday|friday)|(?:monday|tuesday|wednesday|thursday|friday)s)"
    r"(?:(?:,|\s+and|\s+&|\s*/)\s*(?:every\s+)?(?:monday|tuesday|wednesday|thursday|friday)s?){0,4}"
    r"\s+(?:at|in|from)\s+(?:the|our)\s+(?!(?:virtual|online|home|remote)\b)(?:[A-Z][\w-]*\s+){0,3}(?:office|studio|HQ|headquarters|hub))\b"
)


_EVERY_DAY = re.compile(r"(?i)\b(?:5|five)\s+days?\s?(?:a|per|each|/)\s?w")


class RemoteHonesty(Rule):
    code: str = "STR013"
    name: str = "remote-honesty"
    summary: str = "Do not call a hybrid or office role fully remote."
    why: str = "Google: TELECOMMUTE is only for jobs that are remote 100% of the time; a 'fully remote' role with office days misleads."
    source: str = GOOGLE_JOBPOSTING
    example: str = "# Data Engineer\n\nThis is a fully remote role with 2 days a week in the office."
    passing: str = "# Data Engineer\n\nThis is a hybrid role with 2 days a week in the office."
    notes: str = (
        "Office days count at any workplace: an office, studio, site or lab, a town hall (a civic centre, county hall), "
        "clinic, hospital or warehouse, "
        "with its street or town between it and the days ('at our office on Brannan Street in SoMa, San Francisco, five "
        "days a week'). Stores or branches a remote manager visits do not. Five days a week asks for 'on-site', not 'hybrid'."
    )

    def check(self, posting: Posting, ctx: Context) -> Iterator[Diagnostic]:
        body = list(posting.body_blocks())
        # Every _FULLY_REMOTE match holds "remote"; without one, nothing to contradict.
        remote = next(
            ((b, m) for b in blocks_with(posting, body, ("remote",)) for m in _FULLY_REMOTE.finditer(b.text) if _claims_remote(b.text, m)),
            None,
        )
        if remote is None:
            return
        # Line breaks as spaces (same offsets): a hard wrap inside "from our\nAmsterdam office" is no break.
        hybrid = next(((b, m) for b in body if (m := _HYBRID.search(b.text.replace("\n", " ")))), None)
        if hybrid:
            block, m = remote
            line, _ = posting.locate(hybrid[0].at(hybrid[1].start()))
            # Five days a week at the office is no hybrid role either.
            instead = "'on-site'" if _EVERY_DAY.search(hybrid[1].group(0)) else "'hybrid'"
            yield self.at_block(posting, block, m.start(), m.end(), f"'{m.group(0)}' contradicts the office attendance on line {line}: say {instead} instead.")


RULES: list[Rule] = [RemoteHonesty.default()]
